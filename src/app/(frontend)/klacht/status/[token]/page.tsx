import config from '@payload-config'
import { complaintPages } from 'payload-plugin-complaints/pages'

const { status } = complaintPages(config)

export default status.Page
export const metadata = status.metadata
