import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withOutageStatus } from 'payload-plugin-complaints'

export const POST = withOutageStatus(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
