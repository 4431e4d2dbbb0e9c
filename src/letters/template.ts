import { richTextOf } from '../complaints/richText'
import { defaultTemplates } from './defaultTemplates'

import type { Lang } from '../procedure/localized'
import type { LetterKind } from './kinds'

type StoredTemplate = { kind?: string; language?: string; subject?: string | null; body?: unknown }

/** The regulation's own template for this kind and language, or the one the plugin ships. */
export const templateFor = (
  templates: readonly StoredTemplate[] | null | undefined,
  kind: LetterKind,
  lang: Lang,
) => {
  const own = (templates ?? []).find(
    (template) => template.kind === kind && template.language === lang && template.body,
  )
  if (own) return { subject: own.subject ?? defaultTemplates[kind][lang].subject, body: own.body }
  const shipped = defaultTemplates[kind][lang]
  return { subject: shipped.subject, body: richTextOf(...shipped.paragraphs) }
}
