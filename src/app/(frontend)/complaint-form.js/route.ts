import { complaintFormScriptResponse } from '../../../intake/embed/script'

/** The embed script; organisations load it from their own website with `defer`. */
export const GET = () => complaintFormScriptResponse()
