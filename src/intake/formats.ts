import { isIsoDate } from '../procedure/dates'

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i

/**
 * name@example.nl: one @, a local part of plain characters without leading, trailing or
 * doubled dots, and a domain of at least two labels ending in letters. As strict as the
 * collection's own e-mail check, so an address accepted here is never refused on save.
 */
export const isEmailAddress = (value: string): boolean => {
  const at = value.lastIndexOf('@')
  if (at <= 0 || value.indexOf('@') !== at || value.length > 254) return false
  const local = value.slice(0, at)
  const labels = value.slice(at + 1).split('.')
  const tld = labels[labels.length - 1] ?? ''
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /^[a-z]{2,}$/i.test(tld)
  )
}

/** Digits with the usual separators: +31 (0)20-123 45 67; between 6 and 20 digits. */
export const isPhoneNumber = (value: string): boolean => {
  if (!/^\+?[0-9 ()./-]+$/.test(value)) return false
  const digits = value.replace(/[^0-9]/g, '').length
  return digits >= 6 && digits <= 20
}

export type DateCheck = 'ok' | 'invalid' | 'future'

/** A real calendar date written YYYY-MM-DD, not after today. */
export const checkPastDate = (value: string, today: string): DateCheck => {
  if (!isIsoDate(value)) return 'invalid'
  return value > today ? 'future' : 'ok'
}
