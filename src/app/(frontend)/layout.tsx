import type { Metadata } from 'next'

export { PublicLayout as default } from 'payload-plugin-complaints/pages'

export const metadata: Metadata = {
  title: 'Klacht indienen / Submit a complaint',
}
