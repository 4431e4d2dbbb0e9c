import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))
let cached: Promise<string> | undefined

/** The embed script, read once in production and on every request in development. */
export const complaintFormScript = (): Promise<string> => {
  const read = () => readFile(path.join(dirname, 'complaint-form.js'), 'utf8')
  if (process.env.NODE_ENV !== 'production') return read()
  return (cached ??= read())
}

/** Where the script sends a complainant when the form cannot load on the site that embeds it. */
const HOSTED_PLACEHOLDER = "/*hosted form*/ ''"

/**
 * The embed script as the plugin serves it at /api/complaints/complaint-form.js: cacheable,
 * loadable from any site, with the address of the hosted form (`https://HOST/klacht/`).
 */
export const complaintFormScriptResponse = async (hostedFormBase: string): Promise<Response> =>
  new Response(
    (await complaintFormScript()).replace(HOSTED_PLACEHOLDER, JSON.stringify(hostedFormBase)),
    {
      headers: {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
    },
  )
