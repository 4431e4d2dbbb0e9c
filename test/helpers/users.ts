import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export const PASSWORD = 'vertrouwelijk-2026'

export type TestUser = { id: number; email: string; token: string }

/** A user with the given roles, logged in: `token` is what the REST and GraphQL calls send. */
export const createLoggedInUser = async (
  payload: Payload,
  email: string,
  roles: Role[],
  name = email.split('@')[0],
): Promise<TestUser> => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles, name },
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  if (!token) throw new Error(`${email} could not log in`)
  return { id: user.id as number, email, token }
}

/** One logged-in user per name, with the roles given: `people.handler.token`. */
export const createPeople = async <Name extends string>(
  payload: Payload,
  roles: Record<Name, readonly Role[]>,
): Promise<Record<Name, TestUser>> => {
  const people = {} as Record<Name, TestUser>
  for (const [name, granted] of Object.entries(roles) as [Name, readonly Role[]][])
    people[name] = await createLoggedInUser(payload, `${name.toLowerCase()}@organisatie.example`, [
      ...granted,
    ])
  return people
}
