import type { PayloadRequest } from 'payload'

import { APPOINTABLE_ROLES } from '../access/roles'
import { optionsOf } from '../pluginOptions'
import { asSlug, slugsOf } from '../slugs'

import type { Choices, Option } from './stepInputs'

type Person = { id: number | string; name?: string | null; email?: string | null }

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'nl')

/** A person as colleagues know them: by name, by e-mail only where no name was given. */
export const personLabel = (person: Person | null | undefined): string =>
  person?.name?.trim() || person?.email || ''

/**
 * Whom a step can appoint: the people who handle complaints (handlers, directie, admin; never
 * staff who only record), by name; and the committees.
 */
export const loadChoices = async (req: PayloadRequest): Promise<Choices> => {
  const options = optionsOf(req)
  const [users, committees] = await Promise.all([
    req.payload.find({
      collection: asSlug(options.userCollection),
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: slugsOf(req).committees,
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
  ])
  const handles = (user: Record<string, unknown>) =>
    options.getRoles(user).some((role) => (APPOINTABLE_ROLES as readonly string[]).includes(role))
  return {
    people: (users.docs as unknown as (Person & Record<string, unknown>)[])
      .filter(handles)
      .map((user) => ({ value: String(user.id), label: personLabel(user) }))
      .sort(byLabel),
    committees: (committees.docs as unknown as { id: number | string; name?: string }[])
      .map((committee) => ({ value: String(committee.id), label: committee.name ?? '' }))
      .sort(byLabel),
  }
}
