import { writtenMoment } from '../casework/formatLong'
import { translations } from '../translations'
import { escapeHtml, letterContent } from './letterHtml'

import type { Lang } from '../procedure/localized'

export type BusinessLetter = {
  lang: Lang
  subject: string
  body: unknown
  /** The day the letter went out, or today for a draft. */
  date: string
  reference: string
  sender: { name: string; address: string; place: string; contact: string }
  recipient: { name: string; address: string; city: string }
}

const lines = (...parts: (string | null | undefined)[]) =>
  parts
    .flatMap((part) => (part ?? '').split('\n'))
    .map((line) => line.trim())
    .filter(Boolean)
    .map(escapeHtml)
    .join('<br>')

/**
 * A Dutch business letter on A4: the sender's letterhead, the recipient's address where a window
 * envelope shows it (left, 50 mm from the top), place and date, our reference, subject, body.
 */
export const businessLetterPage = (letter: BusinessLetter): string => {
  const t = translations[letter.lang]
  const { sender, recipient } = letter
  const dateLine = [sender.place, writtenMoment(letter.date, letter.lang)]
    .filter(Boolean)
    .join(', ')
  return `<!doctype html><html lang="${letter.lang}"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title>
<style>
@page { size: A4; margin: 0 }
body { margin: 0; font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #000; background: #eee }
.sheet { position: relative; box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 1em auto; padding: 20mm 20mm 25mm 25mm; background: #fff }
.sender { position: absolute; top: 18mm; right: 20mm; width: 75mm; text-align: right; font-size: 9.5pt }
.sender strong { font-size: 12pt }
.recipient { position: absolute; top: 50mm; left: 22mm; width: 85mm; height: 35mm; font-style: normal }
.opening { margin-top: 85mm }
.dateline { margin: 0 0 6mm }
.refs { border-collapse: collapse; margin-bottom: 8mm; font-size: 10pt }
.refs th { text-align: left; font-weight: normal; padding: 0 6mm 0 0; color: #333 }
.refs td { padding: 0 }
.body p { margin: 0 0 0.9em }
@media print { body { background: #fff } .sheet { margin: 0 } }
</style></head>
<body><div class="sheet">
<header class="sender"><strong>${escapeHtml(sender.name)}</strong><br>${lines(sender.address, sender.contact)}</header>
<address class="recipient">${lines(recipient.name, recipient.address, recipient.city)}</address>
<div class="opening">
<p class="dateline">${escapeHtml(dateLine)}</p>
<table class="refs"><tr><th>${t['letter.ourReference']}</th><td>${escapeHtml(letter.reference)}</td></tr><tr><th>${t['letter.subject']}</th><td>${escapeHtml(letter.subject)}</td></tr></table>
</div>
<main class="body">${letterContent({ body: letter.body }).html}</main>
</div></body></html>`
}
