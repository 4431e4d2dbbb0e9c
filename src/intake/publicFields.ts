import type { ClientDetail, ComplaintField } from '../procedure/rules'

export type PublicFieldKind =
  'text' | 'email' | 'tel' | 'date' | 'textarea' | 'select' | 'checkbox' | 'file'

export type PublicField = {
  name: string
  kind: PublicFieldKind
  /** Longest text accepted, in UTF-16 code units (as the browser's maxlength counts). */
  maxLength?: number
  /** The regulation's name for this datum in `requiredFields`, where it can be required. */
  requirable?: ComplaintField
  /** Part of the contact details, of which the regulation may require at least one. */
  contact?: boolean
  autocomplete?: string
  multiline?: boolean
  /**
   * Asked only of someone complaining on behalf of a client: the client's name (then required),
   * or a detail the regulation asks beside it (`rules.clientDetails`, optional).
   */
  forClient?: 'name' | ClientDetail
}

/** Every field the public form has, in the order it shows them. */
export const PUBLIC_FIELDS: readonly PublicField[] = [
  { name: 'name', kind: 'text', maxLength: 200, requirable: 'name', autocomplete: 'name' },
  { name: 'role', kind: 'select' },
  // The client's details are never the complainant's own: no autofill.
  { name: 'clientName', kind: 'text', maxLength: 200, forClient: 'name', autocomplete: 'off' },
  { name: 'clientNumber', kind: 'text', maxLength: 40, forClient: 'number', autocomplete: 'off' },
  {
    name: 'clientDateOfBirth',
    kind: 'date',
    maxLength: 10,
    forClient: 'dateOfBirth',
    autocomplete: 'off',
  },
  {
    name: 'email',
    kind: 'email',
    maxLength: 254,
    requirable: 'email',
    contact: true,
    autocomplete: 'email',
  },
  {
    name: 'phone',
    kind: 'tel',
    maxLength: 40,
    requirable: 'phone',
    contact: true,
    autocomplete: 'tel',
  },
  {
    name: 'address',
    kind: 'text',
    maxLength: 200,
    requirable: 'address',
    contact: true,
    autocomplete: 'street-address',
  },
  {
    name: 'city',
    kind: 'text',
    maxLength: 100,
    requirable: 'city',
    autocomplete: 'address-level2',
  },
  { name: 'eventsOn', kind: 'date', maxLength: 10, requirable: 'eventsOn' },
  {
    name: 'description',
    kind: 'textarea',
    maxLength: 10_000,
    requirable: 'description',
    multiline: true,
  },
  {
    name: 'desiredSolution',
    kind: 'textarea',
    maxLength: 5_000,
    requirable: 'desiredSolution',
    multiline: true,
  },
  { name: 'attachments', kind: 'file', requirable: 'attachments' },
  { name: 'consentToContactOthers', kind: 'checkbox' },
  { name: 'isUwvClient', kind: 'checkbox' },
]

/** Fields of the submission that are not questions to the complainant. */
export const CONTROL_FIELDS = ['regulation', 'lang', 'idempotencyKey', 'leaveEmpty'] as const

/** The honeypot: hidden from people, filled in by bots that fill in everything. */
export const HONEYPOT = 'leaveEmpty'

export const fieldNamed = (name: string): PublicField | undefined =>
  PUBLIC_FIELDS.find((field) => field.name === name)
