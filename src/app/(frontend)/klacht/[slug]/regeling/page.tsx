import config from '@payload-config'
import { complaintPages } from 'payload-plugin-complaints/pages'

export default complaintPages(config).regulation.Page
