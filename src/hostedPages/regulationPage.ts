import { pageLang, regulationForPage } from '../intake/publicPages'
import { pageSettings } from './pageSettings'

import type { ConfigPromise } from './pageSettings'

/** What Next.js gives a page of one regulation: its code in the path, `?lang=` in the query. */
export type FormPageProps = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ lang?: string }>
}

/** What a page of one regulation starts from: its language, the app, and the version in force today (or none). */
export const regulationPage = async (
  config: ConfigPromise,
  { params, searchParams }: FormPageProps,
) => {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const settings = await pageSettings(config)
  return {
    lang: pageLang(query.lang),
    settings,
    regulation: await regulationForPage(settings.payload, slug),
  }
}
