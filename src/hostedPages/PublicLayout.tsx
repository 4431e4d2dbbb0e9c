import type { ReactNode } from 'react'

// Own styles, small and inline: the public pages load nothing of the admin and nothing from elsewhere.
const STYLES = [
  "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}",
  'main{max-width:44em;margin:0 auto;padding:1.5em 1em 3em}',
  'a{color:#0b4fb3}',
  ':focus{outline:3px solid #0b4fb3;outline-offset:2px}',
  '.language{text-align:right;margin:0 0 1em}',
  '.facts dt{font-weight:600}',
  '.facts dd{margin:0 0 .75em}',
  '.expected li{margin:0 0 .75em}',
  '.explanation{display:block;color:#454545;font-size:.95em}',
].join('\n')

/** The public pages' own root layout: no admin styles or scripts, Dutch unless a page says otherwise. */
export const PublicLayout = ({ children }: { children: ReactNode }) => (
  <html lang="nl">
    <head>
      <style>{STYLES}</style>
    </head>
    <body>{children}</body>
  </html>
)
