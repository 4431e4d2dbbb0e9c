import { regulationTextPath } from '../intake/links'
import { fillMessage } from '../procedure/messages'
import { translate } from '../translations'

import type { ResolvedIntakeOptions } from '../intake/resolveIntakeOptions'
import type { Lang } from '../procedure/localized'

/** What staff give a client in one language: the regulation's public page and an e-mail with its link. */
export type Handout = { lang: Lang; url: string; mailto: string }

/**
 * The regulation's own public page (`/klacht/SLUG/regeling?lang=..`) is what a client gets: the
 * same text the form links to, printable, in Dutch or English. Its address comes from
 * `publicUrl`, like every link a complainant receives; the e-mail is written in the client's
 * language, whatever the language of the person sending it.
 */
export const handoutsOf = (
  options: Pick<ResolvedIntakeOptions, 'publicUrl' | 'pagesPath'>,
  regulation: { slug: string; organisation?: string | null },
): Handout[] =>
  (['nl', 'en'] as const).map((lang) => {
    const url = `${options.publicUrl}${regulationTextPath(options, regulation.slug)}?lang=${lang}`
    const values = { organisation: regulation.organisation ?? '', url }
    const subject = fillMessage(translate('handout.mailSubject', lang), values, lang)
    const body = fillMessage(translate('handout.mailBody', lang), values, lang)
    return {
      lang,
      url,
      mailto: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    }
  })
