import type { CollectionBeforeChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { isoDateOf } from '../src/complaints/storedDates'
import { othersHeardWithoutConsent } from '../src/procedure/investigation'

type Row = Record<string, unknown>

const day = (value: unknown) => isoDateOf(value as string | null | undefined) ?? ''

const sameRow = (a: Row, b: Row) =>
  day(a.date) === day(b.date) &&
  String(a.heard ?? '') === String(b.heard ?? '') &&
  Boolean(a.waived) === Boolean(b.waived)

const consentKey = (consent: Row | null | undefined) =>
  JSON.stringify([day(consent?.givenOn), consent?.how ?? '', String(consent?.scope ?? '').trim()])

/**
 * A conversation with someone other than the complainant and the employee concerned is consulting
 * others: where the regulation wants the complainant's consent first (IZW), a new or changed one is
 * refused until the consent is recorded, and one dated before it. A change of the consent itself
 * is checked against every such conversation. Conversations stored before the rule stay as they are.
 */
export const checkOthersHeard: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data.hearings === undefined && data.consent === undefined) return data
  const before = (originalDoc?.hearings ?? []) as Row[]
  const after = (data.hearings ?? before) as Row[]
  const consentChanged =
    data.consent !== undefined && consentKey(data.consent) !== consentKey(originalDoc?.consent)
  const checked = after.filter(
    (row) =>
      row.heard === 'other' &&
      (consentChanged || !before.some((old) => old.id === row.id && sameRow(old, row))),
  )
  if (checked.length === 0) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const rows = procedure.facts.hearings?.filter((_, index) => checked.includes(after[index]!))
  const refusals = othersHeardWithoutConsent(procedure.rules, rows, procedure.facts.consent)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
