import { NAMESPACE, translations } from './index'

import type { PayloadRequest } from 'payload'
import type { Language } from './index'

/** The language texts are given in for this request: Dutch in a Dutch admin, English otherwise. */
export const languageOf = (req: PayloadRequest | undefined): Language =>
  req?.i18n?.language === 'nl' ? 'nl' : 'en'

/**
 * A text of the plugin for this request, as the host may have overridden it in Payload's i18n
 * (`plugin-complaints:<key>`), else the plugin's own.
 */
export const textOf = (req: PayloadRequest | undefined, key: string): string | undefined => {
  const host = (req?.i18n?.translations as Record<string, Record<string, string>> | undefined)?.[
    NAMESPACE
  ]?.[key]
  return host ?? (translations[languageOf(req)] as Record<string, string>)[key]
}
