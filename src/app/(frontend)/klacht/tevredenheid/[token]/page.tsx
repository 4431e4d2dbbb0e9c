import config from '@payload-config'
import { complaintPages } from 'payload-plugin-complaints/pages'

const { survey } = complaintPages(config)

export default survey.Page
export const metadata = survey.metadata
