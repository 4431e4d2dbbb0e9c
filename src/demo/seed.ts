import type { Payload } from 'payload'

export const demoAdmin = { email: 'admin@example.com', password: 'changeme' }

/** Fills an empty development database with the demo organisation. Never runs in production. */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Seeding the demo: admin@example.com / changeme')
  await payload.create({
    collection: 'users',
    data: { ...demoAdmin, name: 'Beheerder', roles: ['admin'] },
  })
}
