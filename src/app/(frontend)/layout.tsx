import './styles.css'

import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: 'Klacht indienen / Submit a complaint',
}

/** The public pages' own root layout: no admin styles or scripts, Dutch unless a page says otherwise. */
const Layout = ({ children }: { children: ReactNode }) => (
  <html lang="nl">
    <body>{children}</body>
  </html>
)

export default Layout
