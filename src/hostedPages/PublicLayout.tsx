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
  // The satisfaction survey: big targets, one column on a phone.
  '*,*::before,*::after{box-sizing:border-box}',
  'h1{font-size:1.6em;line-height:1.25}',
  'form{margin:0 0 2em}',
  'fieldset{border:0;padding:0;margin:0 0 1.5em;min-width:0}',
  'legend,.field label{display:block;font-weight:600;margin:0 0 .25em;padding:0}',
  '.field{margin:0 0 1.5em}',
  '.req{font-weight:400}',
  '.help{color:#454545;font-size:.95em;margin:0 0 .5em}',
  '.scale,.choices{display:flex;flex-wrap:wrap;gap:.5em}',
  '.choice{display:flex;align-items:center;gap:.5em;min-height:44px;padding:.5em .75em;border:2px solid #454545;border-radius:4px;background:#fff;cursor:pointer}',
  '.choice input{width:1.25em;height:1.25em;margin:0;flex:none;accent-color:#0b4fb3}',
  '.choice:has(input:checked){border-color:#0b4fb3;background:#e8f0fc}',
  '.choice:has([aria-invalid=true]){border-color:#b3261e}',
  '.scale .choice{flex:1 1 0;flex-direction:column;text-align:center}',
  '.choices .choice{min-width:7em}',
  '.number{font-size:1.25em;font-weight:700}',
  '.words{font-size:.9em;color:#454545}',
  '@media (max-width:36em){.scale{flex-direction:column}.scale .choice{flex-direction:row;text-align:left}.scale .number{min-width:1.25em}}',
  'textarea{display:block;width:100%;min-height:8em;font:inherit;color:inherit;padding:.5em;border:2px solid #454545;border-radius:4px;resize:vertical}',
  'textarea[aria-invalid=true]{border-color:#b3261e}',
  '.error{color:#b3261e;font-weight:600;margin:0 0 .5em}',
  '.summary{border:4px solid #b3261e;padding:1em;margin:0 0 1.5em}',
  '.summary h2{font-size:1.15em;margin:0 0 .5em}.summary ul{margin:0;padding-left:1.25em}.summary p{margin:0}',
  'button{font:inherit;font-weight:600;min-height:44px;padding:.6em 1.25em;border:0;border-radius:4px;background:#1b5e20;color:#fff;cursor:pointer}',
  'button[disabled]{background:#5f6368;cursor:progress}',
  '.success,.notice{padding:1em;margin:0 0 1.5em}',
  '.success{border:4px solid #1b5e20}.notice{border:4px solid #0b4fb3}',
  '.success h2,.notice h2{font-size:1.25em;margin:0 0 .5em}.success p,.notice p{margin:0}',
  // Printed (the regulation handed to a client): the text, without the page's controls.
  '@media print{.language,.no-print{display:none}main{max-width:none;padding:0}a{color:inherit}}',
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
