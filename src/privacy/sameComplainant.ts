import type { Where } from 'payload'

import { actsForClient } from '../procedure/client'

type Complainant = {
  role?: string | null
  name?: string | null
  email?: string | null
  phone?: string | null
  address?: string | null
}

const filled = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== ''

const sameName = (a: Complainant | null | undefined, b: Complainant | null | undefined) =>
  filled(a?.name) && filled(b?.name) && a.name.trim().toLowerCase() === b.name.trim().toLowerCase()

/**
 * The complaints of the same complainant as this one: by e-mail address (any case) when the
 * file has one; without, by the same name together with the same phone number or address.
 * A name alone is not enough: two people share it more often than one person changes it. When
 * neither is there, the complaint itself only.
 *
 * Someone who complains on behalf of a client often writes from the client's or the family's
 * address: where either complaint is made for a client, the e-mail address counts only with the
 * same complainant's name, so a representative's file never brings in the client's own
 * complaints, nor the client's a representative's. The client's name on a complaint never makes
 * it anyone's: the export follows the complainant.
 */
export const sameComplainant = (
  id: number,
  complainant: Complainant | null | undefined,
): {
  where: Where
  matches: (other: { id: number; complainant?: Complainant | null }) => boolean
} => {
  const self: Where = { id: { equals: id } }
  if (filled(complainant?.email)) {
    const email = complainant.email.trim().toLowerCase()
    // `like` finds the address in any case, and also inside longer ones: those are left out.
    return {
      where: { or: [self, { 'complainant.email': { like: email } }] },
      matches: (other) =>
        other.id === id ||
        (other.complainant?.email?.trim().toLowerCase() === email &&
          ((!actsForClient(complainant.role) && !actsForClient(other.complainant?.role)) ||
            sameName(complainant, other.complainant))),
    }
  }
  const all = { matches: () => true }
  const by = (['phone', 'address'] as const).filter((key) => filled(complainant?.[key]))
  if (!filled(complainant?.name) || by.length === 0) return { where: self, ...all }
  return {
    ...all,
    where: {
      or: [
        self,
        ...by.map((key): Where => ({
          and: [
            { 'complainant.name': { equals: complainant.name } },
            { [`complainant.${key}`]: { equals: complainant[key] } },
          ],
        })),
      ],
    },
  }
}
