import { otherLang } from '../intake/publicPages'
import { intakeText } from '../translations/intake'

import type { Lang } from '../procedure/localized'

/** The link to the same page in the other language, written in that language. */
export const LanguageSwitch = ({ lang }: { lang: Lang }) => {
  const other = otherLang(lang)
  return (
    <p className="language">
      <a href={`?lang=${other}`} lang={other} hrefLang={other}>
        {intakeText(lang, 'page.languageSwitch')}
      </a>
    </p>
  )
}
