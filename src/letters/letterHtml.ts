import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

const escape = (text: string) =>
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

/** A page to print and post, for complainants without e-mail. */
export const printablePage = (letter: Letter, lang: string): string =>
  `<!doctype html><html lang="${lang === 'en' ? 'en' : 'nl'}"><head><meta charset="utf-8"><title>${escape(letter.subject ?? '')}</title>
<style>body{font:12pt/1.5 Georgia,serif;max-width:40em;margin:3em auto}h1{font-size:14pt}@media print{body{margin:0}}</style></head>
<body><h1>${escape(letter.subject ?? '')}</h1>${letterContent(letter).html}</body></html>`
