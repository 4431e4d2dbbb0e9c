import { isoDateOf } from '../complaints/storedDates'
import { actsForClient } from '../procedure/client'
import { translate } from '../translations'
import { caseText } from '../translations/casework'
import { writtenMoment } from './formatLong'

import type { TranslationKey } from '../translations'
import type { CaseLanguage } from '../translations/casework'

type Stored = Record<string, any>

/** Who complains, in what role: "Piet Bakker (wettelijk vertegenwoordiger)". */
export const complainantLine = (complaint: Stored, lang: CaseLanguage): string => {
  const person = complaint.complainant ?? {}
  const name = String(person.name ?? '').trim() || caseText(lang, 'case.nameless')
  const role = person.role ? translate(`role.${person.role}` as TranslationKey, lang) : null
  return role ? `${name} (${role})` : name
}

/**
 * The client a representative or relative complains for, with what identifies them: "Jan Bakker,
 * geboren 3 maart 1950, cliëntnummer 4711". Null where the complainant is the client.
 */
export const clientLine = (complaint: Stored, lang: CaseLanguage): string | null => {
  const client = complaint.client ?? {}
  if (!actsForClient(complaint.complainant?.role) && !client.name) return null
  const born = isoDateOf(client.dateOfBirth)
  return [
    String(client.name ?? '').trim() || caseText(lang, 'case.clientMissing'),
    born ? caseText(lang, 'case.clientBorn', { date: writtenMoment(born, lang) }) : null,
    client.number ? caseText(lang, 'case.clientNumber', { number: client.number }) : null,
  ]
    .filter(Boolean)
    .join(', ')
}
