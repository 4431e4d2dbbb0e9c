import { demoAdmin, seedIfEmpty } from '../../src/demo/seed'
import { startPayload, stopPayload } from '../helpers/payload'

import type { Payload } from 'payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the plugin on a real PostgreSQL', () => {
  it('registers the four collections of the complaint procedure', () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['regulations', 'complaints', 'committees', 'letters']))
  })

  it('lets the demo admin log in after seeding an empty database, and seeds only once', async () => {
    await seedIfEmpty(payload)
    await seedIfEmpty(payload)
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: demoAdmin.email } } })
    expect(totalDocs).toBe(1)
    const login = await payload.login({ collection: 'users', data: demoAdmin })
    expect(login.token).toEqual(expect.any(String))
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('stores data in PostgreSQL itself', async () => {
    const result = await payload.db.drizzle.execute('select version() as version')
    expect(String(result.rows[0]?.version)).toMatch(/^PostgreSQL 1\d/)
  })
})
