import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string,
  )

type Letter = { subject?: string | null; body?: unknown }

/** The letter's body as HTML and as plain text, for the e-mail and the print view. */
export const letterContent = (letter: Letter) => {
  const data = letter.body as SerializedEditorState | undefined
  return {
    html: data ? convertLexicalToHTML({ data }) : '',
    text: data ? convertLexicalToPlaintext({ data }) : '',
  }
}
