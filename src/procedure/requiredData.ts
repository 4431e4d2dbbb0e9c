import type { ComplaintData } from './facts'
import type { Localized } from './localized'
import type { Refusal } from './refusal'
import type { ComplaintField, RegulationRules } from './rules'

import { clientRefusals, ROLE_NAMES } from './client'
import { refuse } from './refusal'

/** The names of the data a regulation can require, for the refusals that say which is missing. */
export const COMPLAINT_FIELD_NAMES: Record<ComplaintField, Localized> = {
  name: { nl: 'naam', en: 'name' },
  address: { nl: 'adres', en: 'address' },
  city: { nl: 'woonplaats', en: 'city' },
  phone: { nl: 'telefoonnummer', en: 'phone number' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  contact: {
    nl: 'contactgegevens (e-mail, telefoon of adres)',
    en: 'contact details (e-mail, phone or address)',
  },
  description: { nl: 'omschrijving van de klacht', en: 'description of the complaint' },
  eventsOn: { nl: 'datum van de gebeurtenissen', en: 'date of the events' },
  desiredSolution: { nl: 'gewenste oplossing', en: 'desired solution' },
  attachments: { nl: 'stukken ter ondersteuning', en: 'supporting documents' },
}

/** Where each required datum is stored on the complaint, for the refusal's field. */
const FIELD_OF: Record<ComplaintField, string> = {
  name: 'complainant.name',
  address: 'complainant.address',
  city: 'complainant.city',
  phone: 'complainant.phone',
  email: 'complainant.email',
  contact: 'complainant.email',
  description: 'description',
  eventsOn: 'eventsOn',
  desiredSolution: 'desiredSolution',
  attachments: 'attachments',
}

const filled = (text: string | null | undefined) => Boolean(text?.trim())

const present = (
  field: ComplaintField,
  data: ComplaintData,
  eventsOn: string | null | undefined,
): boolean => {
  switch (field) {
    case 'contact':
      return filled(data.email) || filled(data.phone) || filled(data.address)
    case 'eventsOn':
      return Boolean(eventsOn)
    case 'attachments':
      return (data.attachments ?? 0) > 0
    default:
      return filled(data[field])
  }
}

/**
 * What the regulation requires of a complaint and its complainant, whatever the channel: the
 * data it names (IZW: name, address, city, phone, description), who may complain, and the
 * client a representative or relative complains for. The form
 * checks the same on submission; staff recording a complaint meet it when handling starts.
 */
export const missingData = (
  rules: RegulationRules,
  data: ComplaintData | null | undefined,
  eventsOn?: string | null,
): Refusal[] => {
  const given = data ?? {}
  const refusals = rules.requiredFields
    .filter((field) => !present(field, given, eventsOn))
    .map((field) =>
      refuse('requiredDataMissing', FIELD_OF[field], {
        datum_nl: COMPLAINT_FIELD_NAMES[field].nl,
        datum_en: COMPLAINT_FIELD_NAMES[field].en,
      }),
    )
  const role = given.role ?? 'client'
  if (rules.complainantRoles.length > 0 && !rules.complainantRoles.includes(role)) {
    const allowed = (lang: 'nl' | 'en') =>
      rules.complainantRoles.map((each) => ROLE_NAMES[each][lang]).join(', ')
    refusals.push(
      refuse('complainantRoleNotAllowed', 'complainant.role', {
        role_nl: ROLE_NAMES[role].nl,
        role_en: ROLE_NAMES[role].en,
        allowed_nl: allowed('nl'),
        allowed_en: allowed('en'),
      }),
    )
  }
  refusals.push(...clientRefusals(role, given.client))
  return refusals
}
