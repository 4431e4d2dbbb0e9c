import type { PayloadRequest } from 'payload'

import { idOf } from '../complaints/factsFromDocument'
import { renderTemplate, fillText } from './render'
import { mergeValues } from './mergeValues'
import { templateFor } from './template'
import { regulationTextPath } from '../intake/links'
import { resolveIntakeOptions } from '../intake/resolveIntakeOptions'
import { optionsOf } from '../pluginOptions'
import { slugsOf } from '../slugs'
import { surveyUrlOf } from '../survey/links'

import type { Deadline } from '../procedure/deadline'
import type { RegulationRules } from '../procedure/rules'
import type { Lang } from '../procedure/localized'
import type { Addressee, LetterKind } from './kinds'
import type { MergeInput } from './mergeValues'

type Stored = Record<string, any>

/** Whom a letter goes to, where that is not (only) the complainant as the complaint records them. */
export type LetterAddressee = {
  to: Addressee
  name: string
  email: string | null
  /** The postal address, lines as written. */
  address: string | null
  lang: Lang
}

export type DraftInput = {
  complaint: Stored
  regulation: Stored
  rules: RegulationRules
  deadlines: readonly Deadline[]
  kind: LetterKind
  /** By default the complainant, in their language. */
  addressee?: LetterAddressee
  /** The conversation an invitation is for. */
  hearing?: Stored
  /** What a request for information asks. */
  request?: MergeInput['request']
  /** Written as the person asking, whose access applies, rather than by the procedure itself. */
  asPerson?: boolean
}

const memberNames = async (req: PayloadRequest, committee: unknown): Promise<string[]> => {
  const id = idOf(committee)
  if (!id) return []
  const found = (await req.payload.findByID({
    collection: slugsOf(req).committees,
    id,
    depth: 1,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Stored | null
  return ((found?.members ?? []) as Stored[]).map((member) => member.name || member.email)
}

/** Drafts the letter of this kind from the regulation's template, in the complainant's language. */
export const draftLetter = async (
  req: PayloadRequest,
  {
    complaint,
    regulation,
    rules,
    deadlines,
    kind,
    addressee,
    hearing,
    request,
    asPerson,
  }: DraftInput,
) => {
  const options = optionsOf(req)
  const pages = resolveIntakeOptions(options.intake, options)
  const lang = addressee?.lang ?? (complaint.complainant?.language === 'en' ? 'en' : 'nl')
  const values = mergeValues({
    complaint,
    regulation,
    rules,
    deadlines,
    committeeMembers: await memberNames(req, complaint.committee),
    // The regulation's public page, where the complainant reads it; links come from configuration.
    regulationUrl: `${options.publicUrl}${regulationTextPath(pages, regulation.slug)}`,
    // The survey's private link, once decided, where the regulation asks for satisfaction.
    surveyUrl: surveyUrlOf(pages, complaint, rules),
    lang,
    addressee,
    hearing,
    request,
  })
  const template = templateFor(regulation.letterTemplates, kind, lang)
  const email = addressee ? addressee.email : complaint.complainant?.email
  return req.payload.create({
    collection: slugsOf(req).letters,
    req,
    overrideAccess: !asPerson,
    depth: 0,
    data: {
      complaint: complaint.id,
      kind,
      language: lang,
      addressee: addressee
        ? {
            to: addressee.to,
            name: addressee.to === 'complainant' ? null : addressee.name,
            address: addressee.to === 'complainant' ? null : addressee.address,
          }
        : { to: 'complainant' },
      subject: fillText(template.subject, values),
      body: renderTemplate(template.body, values),
      channel: email ? 'email' : 'post',
      recipient: email ?? null,
      status: 'draft',
    } as never,
  })
}
