/**
 * "Start from a model regulation": an admin creates the organisation's own regulation from one of
 * the five models, never as a new version of a regulation that exists; nobody else may.
 */
import { handleEndpoints } from 'payload'

import { modelRegulation } from '../../src/modelRegulation'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createPeople } from '../helpers/users'

import type { Payload } from 'payload'
import type { TestUser } from '../helpers/users'

let payload: Payload
let people: Record<'admin' | 'directie' | 'handler', TestUser>

beforeAll(async () => {
  payload = await startPayload()
  people = await createPeople(payload, {
    admin: ['admin'],
    directie: ['directie'],
    handler: ['handler'],
  })
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const fromModel = (user: TestUser | undefined, body: unknown) =>
  rest(payload, 'POST', '/regulations/from-model', { token: user?.token, body })

describe('a regulation from a model', () => {
  it('is created for an admin with the model’s texts, terms and rules, in force', async () => {
    const answer = await fromModel(people.admin, { model: 'izw-ambulant' })
    expect(answer.status).toBe(201)
    expect(answer.body.slug).toBe('izw-ambulant')
    const stored = await payload.findByID({
      collection: 'regulations',
      id: answer.body.id,
      depth: 0,
    })
    const model = modelRegulation('izw-ambulant', '2000-01-01')
    expect(stored.name).toBe(model.name)
    expect(stored.rules?.acknowledgement).toMatchObject(model.rules.acknowledgement)
    expect(stored.rules?.decision).toMatchObject(model.rules.decision)
    expect(stored.rules?.requiredFields).toEqual(model.rules.requiredFields)
    // The public form finds it at once.
    const form = await rest(payload, 'GET', '/complaints/form/izw-ambulant')
    expect(form.status).toBe(200)
  })

  it('gets a code of its own when the model’s code is taken, so no existing regulation gains a version', async () => {
    const second = await fromModel(people.admin, { model: 'izw-ambulant' })
    const third = await fromModel(people.admin, { model: 'izw-ambulant' })
    expect([second.status, second.body.slug, third.status, third.body.slug]).toEqual([
      201,
      'izw-ambulant-2',
      201,
      'izw-ambulant-3',
    ])
    const versions = await payload.count({
      collection: 'regulations',
      where: { slug: { equals: 'izw-ambulant' } },
    })
    expect(versions.totalDocs).toBe(1)
  })

  it('is refused to everyone but an admin', async () => {
    for (const user of [people.directie, people.handler, undefined]) {
      const answer = await fromModel(user, { model: 'hss' })
      expect(answer.status).toBe(403)
      expect(answer.body.errors[0].message).toBe('Alleen een beheerder kan een regeling maken.')
    }
    expect(
      (await payload.count({ collection: 'regulations', where: { slug: { like: 'hss' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('names the field and the models when the model is unknown, in Dutch and in English', async () => {
    const dutch = await fromModel(people.admin, { model: 'elders' })
    expect(dutch.status).toBe(422)
    expect(dutch.body.errors[0]).toEqual({
      field: 'model',
      message:
        'Modelregeling: kies een van in-focus-samen, izw-arbeidscoaching, krachtig-perspectief, izw-ambulant, hss.',
    })
    const request = new Request('http://localhost/api/regulations/from-model', {
      method: 'POST',
      headers: {
        Authorization: `JWT ${people.admin.token}`,
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({}),
    })
    const english = await handleEndpoints({ config: payload.config, request })
    expect(english.status).toBe(422)
    expect((await english.json()).errors[0].message).toBe(
      'Model regulation: choose one of in-focus-samen, izw-arbeidscoaching, krachtig-perspectief, izw-ambulant, hss.',
    )
  })
})
