import type { Payload } from 'payload'

import { isoDateOf } from '../../src/complaints/storedDates'

/** Stored deadline columns as calendar dates, for readable assertions. */
export const deadlineDates = (complaint: { deadlines?: Record<string, unknown> | null }) =>
  Object.fromEntries(
    Object.entries(complaint.deadlines ?? {}).map(([kind, value]) => [
      kind,
      isoDateOf(value as string | null),
    ]),
  )

/** The errors of a refused save, as `[path, message]` pairs. */
export const refusalsOf = async (attempt: Promise<unknown>): Promise<[string, string][]> => {
  try {
    await attempt
  } catch (error) {
    const errors =
      (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    if (errors.length === 0) throw error
    return errors.map(({ path, message }) => [path, message])
  }
  throw new Error('the save was accepted, but a refusal was expected')
}

export const createUser = async (payload: Payload, email: string, roles: string[]) =>
  payload.create({
    collection: 'users',
    data: { email, password: 'secret-password', name: email.split('@')[0], roles } as never,
  })

/** A stored document without the ids of its array rows, to store it again as a new document. */
export const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key]) =>
            key !== 'id' || !('id' in value && typeof (value as { id: unknown }).id === 'string'),
        )
        .map(([key, inner]) => [key, withoutIds(inner)]),
    )
  }
  return value
}

/** A complainant with every datum a regulation may ask for (IZW: name, address, city, phone). */
export const COMPLAINANT = {
  name: 'Kees de Vries',
  address: 'Dorpsstraat 1',
  city: 'Utrecht',
  phone: '030 1234567',
  email: 'kees@example.com',
  role: 'client',
}

/**
 * A complaint's data as the regulation requires it before handling starts: the complainant's
 * details and the date of the events (Krachtig Perspectief), unless the test gives its own.
 */
export const withRequiredData = (data: Record<string, unknown>): Record<string, unknown> => ({
  complainant: COMPLAINANT,
  eventsOn: typeof data.receivedOn === 'string' ? data.receivedOn.slice(0, 10) : undefined,
  ...data,
})
