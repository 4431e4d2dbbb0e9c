/**
 * The regulation a complaint's hooks read comes from the process's own copy only while that copy
 * is the regulation as last saved: a save through Payload, a save by another instance (straight
 * in the database) and a deletion are each seen by the next read, and what one request does to
 * its copy never reaches the next.
 */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'

import { regulationById } from '../../src/complaints/procedureFor'
import { databaseOf } from '../../src/database/sql'
import { seedRegulations } from '../../src/procedure/seeds'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'

let payload: Payload
let regulations: Record<SeedSlug, number>

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** The HSS regulation as a new request reads it. */
const read = async () => regulationById(await createLocalReq({}, payload), String(regulations.hss))

describe('the regulation read for a complaint', () => {
  it('is the same for each request, and what one request changes in its copy stays there', async () => {
    await read()
    // Read from the process's copy: changed here, in this request's memory only.
    const copy = await read()
    copy!.name = 'Alleen in het geheugen van één verzoek'
    copy!.rules.acknowledgement.amount = 99
    const next = await read()
    expect(next).not.toBe(copy)
    expect(next?.name).toBe(seedRegulations.hss.name)
    expect(next?.rules.acknowledgement.amount).toBe(7)
  })

  it('is read again once saved through Payload', async () => {
    await read()
    await payload.update({
      collection: 'regulations',
      id: regulations.hss,
      data: { name: 'HSS, tekst bijgewerkt' },
    })
    expect((await read())?.name).toBe('HSS, tekst bijgewerkt')
  })

  it('is read again once another instance saved it, straight in the database', async () => {
    await read()
    await databaseOf(payload).execute(
      sql`update regulations set name = 'HSS, elders opgeslagen', updated_at = now() + interval '1 second' where id = ${regulations.hss}`,
    )
    expect((await read())?.name).toBe('HSS, elders opgeslagen')
  })

  it('is nothing once the regulation is gone', async () => {
    await read()
    await payload.delete({ collection: 'regulations', id: regulations.hss })
    expect(await read()).toBeNull()
  })
})
