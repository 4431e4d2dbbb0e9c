import config from '@payload-config'
import { complaintPages } from 'payload-plugin-complaints/pages'

const { form } = complaintPages(config)

export default form.Page
export const generateMetadata = form.generateMetadata
