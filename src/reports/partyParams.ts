import { isRegulationSlug } from '../intake/regulationInForce'
import { isIsoDate } from '../procedure/dates'
import { requestedYear } from './params'

import type { IsoDate } from '../procedure/dates'
import type { PartyTextKey } from '../translations/partyReport'

/** What a refusal of the party's report says: the status, the parameter and the rule's text. */
export type PartyRefusal = {
  status: 400 | 403
  parameter: string
  key: PartyTextKey
  values?: Record<string, string | number>
}

export type PartyQuery = {
  regulation: string
  party: string
  year: number
  /** The days received that the report covers: the year, or a period within it. */
  days: { first: IsoDate; last: IsoDate }
}

type Read = (name: string) => string | undefined

const trimmed = (read: Read, name: string): string | undefined => read(name)?.trim() || undefined

/** A key of the regulation's list: what an admin typed, without control characters. */
const isPartyKey = (value: string): boolean =>
  value.length <= 100 && !/[\u0000-\u001f\u007f-\u009f]/.test(value)

/**
 * The report asked for, or the first parameter that is wrong: regulation and party required,
 * the year (this year when none), and `from` and `to` within it (the whole year when none).
 */
export const partyQueryOf = (read: Read, today: IsoDate): PartyQuery | PartyRefusal => {
  const regulation = trimmed(read, 'regulation')
  if (!regulation) return { status: 400, parameter: 'regulation', key: 'party.missing.regulation' }
  if (!isRegulationSlug(regulation))
    return {
      status: 400,
      parameter: 'regulation',
      key: 'party.bad.regulation',
      values: { value: String(regulation).slice(0, 60) },
    }
  const party = trimmed(read, 'party')
  if (!party || !isPartyKey(party))
    return { status: 400, parameter: 'party', key: 'party.missing.party' }
  const year = requestedYear(read('year'), today)
  if (year === null) return { status: 400, parameter: 'year', key: 'party.bad.year' }
  const day = (name: 'from' | 'to', fallback: IsoDate): IsoDate | PartyRefusal => {
    const value = trimmed(read, name)
    if (value === undefined) return fallback
    return isIsoDate(value) && value.startsWith(`${year}-`)
      ? value
      : { status: 400, parameter: name, key: `party.bad.${name}`, values: { year } }
  }
  const first = day('from', `${year}-01-01`)
  if (typeof first !== 'string') return first
  const last = day('to', `${year}-12-31`)
  if (typeof last !== 'string') return last
  if (last < first)
    return {
      status: 400,
      parameter: 'to',
      key: 'party.bad.order',
      values: { from: first, to: last },
    }
  return { regulation, party, year, days: { first, last } }
}

export const isPartyRefusal = (value: unknown): value is PartyRefusal =>
  typeof (value as PartyRefusal | null)?.status === 'number'
