import { intakeText } from '../translations/intake'

/** An unknown regulation code or status link; which language the visitor reads is not known. */
export const NotFoundPage = () => (
  <main>
    <h1>{intakeText('nl', 'page.notFoundTitle')}</h1>
    <p>{intakeText('nl', 'page.notFound')}</p>
    <h2 lang="en">{intakeText('en', 'page.notFoundTitle')}</h2>
    <p lang="en">{intakeText('en', 'page.notFound')}</p>
  </main>
)
