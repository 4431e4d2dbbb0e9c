import type { IsoDate } from './dates'
import type { Localized } from './localized'
import type { Refusal } from './refusal'
import type { ComplainantRole } from './rules'

import { refuse } from './refusal'

/** Every role by the name the regulations give it, for the refusals that name one. */
export const ROLE_NAMES: Record<ComplainantRole, Localized> = {
  client: { nl: 'cliënt', en: 'client' },
  legalRepresentative: { nl: 'wettelijk vertegenwoordiger', en: 'legal representative' },
  representative: { nl: 'vertegenwoordiger', en: 'representative' },
  survivingRelative: { nl: 'nabestaande', en: 'surviving relative' },
  legalEntity: { nl: 'rechtspersoon', en: 'legal entity' },
  commissioningParty: { nl: 'opdrachtgever', en: 'commissioning party' },
  other: { nl: 'andere betrokkene', en: 'other party involved' },
}

/**
 * The roles that complain on behalf of a client (both IZW: "de wettelijk vertegenwoordiger van
 * de klant, of nabestaande van een overleden klant"; Krachtig Perspectief: "vertegenwoordiger").
 * The others complain in their own right: the client themselves, an organisation, a
 * commissioning party about its own contract, anyone else involved.
 */
export const ROLES_FOR_CLIENT: readonly ComplainantRole[] = [
  'legalRepresentative',
  'representative',
  'survivingRelative',
]

/** Whether someone in this role complains for a client; no role recorded is the client. */
export const actsForClient = (role: string | null | undefined): boolean =>
  (ROLES_FOR_CLIENT as readonly string[]).includes(role ?? 'client')

/** The client a complaint is about, where someone else complains for them. */
export type ClientData = {
  name?: string | null
  /** The organisation's client number, where it uses one. */
  number?: string | null
  dateOfBirth?: IsoDate | null
}

const filled = (value: unknown) =>
  value !== null && value !== undefined && String(value).trim() !== ''

/** Whether anything of a client is recorded. */
export const hasClientData = (client: ClientData | null | undefined): boolean =>
  Boolean(client) && [client?.name, client?.number, client?.dateOfBirth].some(filled)

/** "wettelijk vertegenwoordiger, vertegenwoordiger of nabestaande" */
const names = (lang: 'nl' | 'en') => {
  const all = ROLES_FOR_CLIENT.map((role) => ROLE_NAMES[role][lang])
  return `${all.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${all.at(-1)}`
}

/**
 * Someone who complains for a client names that client; someone who complains in their own
 * right records no client (the complainant is the client, and is recorded once, as complainant).
 */
export const clientRefusals = (
  role: ComplainantRole | null | undefined,
  client: ClientData | null | undefined,
): Refusal[] => {
  const given = role ?? 'client'
  const params = {
    role_nl: ROLE_NAMES[given].nl,
    role_en: ROLE_NAMES[given].en,
    roles_nl: names('nl'),
    roles_en: names('en'),
  }
  if (actsForClient(given))
    return filled(client?.name) ? [] : [refuse('clientMissing', 'client.name', params)]
  if (!hasClientData(client)) return []
  const field = filled(client?.name)
    ? 'client.name'
    : filled(client?.number)
      ? 'client.number'
      : 'client.dateOfBirth'
  return [refuse('clientNotApplicable', field, params)]
}
