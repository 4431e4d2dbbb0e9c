import type { Payload } from 'payload'

import { richTextOf } from '../complaints/richText'
import { regulationFromSeed } from '../complaints/regulationFromSeed'
import { todayInAmsterdam } from '../complaints/storedDates'
import { seedRegulations } from '../procedure/seeds'
import { seedComplaints } from './seedComplaints'

import type { SeedSlug } from '../procedure/seeds'

/** A made-up sender for the demo's printed letters. */
const DEMO_LETTERHEAD = {
  address: 'Voorbeeldlaan 12\n3511 AB Utrecht',
  place: 'Utrecht',
  contact: '030 123 45 67 · klachten@example.com',
}

export const demoAdmin = { email: 'admin@example.com', password: 'changeme' }

const demoStaff = [
  { email: 'directie@example.com', name: 'Directie', roles: ['directie'] },
  { email: 'behandelaar@example.com', name: 'Klachtbehandelaar', roles: ['handler'] },
  { email: 'commissielid1@example.com', name: 'Commissielid 1', roles: ['handler'] },
  { email: 'commissielid2@example.com', name: 'Commissielid 2', roles: ['handler'] },
  { email: 'medewerker@example.com', name: 'Medewerker', roles: ['staff'] },
]

type Connection = { query: (text: string) => Promise<unknown>; release: () => void }

/**
 * `work` while this process holds the demo seed's lock on the database: instances that start
 * together on an empty database seed it one after the other, and the later ones find it full.
 */
const underSeedLock = async (payload: Payload, work: () => Promise<void>): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: { connect: () => Promise<Connection> } }).pool
  if (!pool) return work()
  const connection = await pool.connect()
  try {
    await connection.query(`select pg_advisory_lock(hashtext('complaints:demo-seed'))`)
    await work()
  } finally {
    await connection
      .query(`select pg_advisory_unlock(hashtext('complaints:demo-seed'))`)
      .finally(() => connection.release())
  }
}

/** Fills an empty development database with the demo organisation. Never runs in production. */
export const seedIfEmpty = (payload: Payload, options: { complaints?: boolean } = {}) =>
  underSeedLock(payload, () => seed(payload, options))

const seed = async (payload: Payload, { complaints = true } = {}): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  payload.logger.info('Seeding the demo: admin@example.com / changeme')
  await payload.create({
    collection: 'users',
    data: { ...demoAdmin, name: 'Beheerder', roles: ['admin'] },
  })
  const users: Record<string, number> = {}
  for (const person of demoStaff) {
    const created = await payload.create({
      collection: 'users',
      data: { ...person, password: demoAdmin.password } as never,
    })
    users[person.email] = created.id as number
  }

  const regulations = {} as Record<SeedSlug, number>
  for (const [slug, seed] of Object.entries(seedRegulations) as [
    SeedSlug,
    (typeof seedRegulations)[SeedSlug],
  ][]) {
    const data = {
      ...regulationFromSeed(seed, '2024-01-01'),
      text: richTextOf(seed.summary.nl),
      textEn: richTextOf(seed.summary.en),
      letterhead: DEMO_LETTERHEAD,
    }
    regulations[slug] = (await payload.create({ collection: 'regulations', data: data as never }))
      .id as number
  }
  const committee = await payload.create({
    collection: 'committees',
    data: {
      name: 'Klachtencommissie IN FOCUS',
      members: [users['commissielid1@example.com']!, users['commissielid2@example.com']!],
      chair: users['commissielid1@example.com'],
    },
  })
  if (complaints) {
    const count = await seedComplaints(payload, {
      regulations,
      today: todayInAmsterdam(),
      people: {
        handler: users['behandelaar@example.com']!,
        directie: users['directie@example.com']!,
        committee: committee.id as number,
      },
      committeeFor: 'in-focus-samen',
    })
    payload.logger.info(`Seeded ${count} demo complaints`)
  }
}
