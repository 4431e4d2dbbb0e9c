export { NotFoundPage as default } from 'payload-plugin-complaints/pages'
