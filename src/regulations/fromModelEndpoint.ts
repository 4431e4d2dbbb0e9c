import type { Endpoint, PayloadRequest } from 'payload'

import { todayInAmsterdam } from '../complaints/storedDates'
import { languageOf } from '../complaints/refusalError'
import { MODEL_REGULATIONS, modelRegulation } from '../modelRegulation'
import { slugsOf } from '../slugs'
import { translations } from '../translations'

import type { RoleCheck } from '../access/roles'
import type { SeedSlug } from '../procedure/seeds'

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

const isModel = (value: unknown): value is SeedSlug =>
  typeof value === 'string' && (MODEL_REGULATIONS as readonly string[]).includes(value)

/**
 * The model's code if no regulation has it yet, else the first free `code-2`, `code-3`…: never a
 * new version of a regulation that exists.
 */
const freeSlug = async (req: PayloadRequest, slug: string): Promise<string> => {
  const taken = await req.payload.find({
    collection: slugsOf(req).regulations,
    where: { slug: { like: slug } },
    depth: 0,
    limit: 1000,
    pagination: false,
    req,
    select: { slug: true } as never,
  })
  const used = new Set(taken.docs.map((doc) => (doc as { slug?: string }).slug))
  let candidate = slug
  for (let n = 2; used.has(candidate); n += 1) candidate = `${slug}-${n}`
  return candidate
}

/**
 * POST /api/<regulations>/from-model `{ model }`: a new regulation with the summary, terms and rules
 * of one of the model regulations, in force from today (or from the model's own date where its text
 * sets one); its letters follow the default templates. For an admin to make the organisation's own.
 */
export const fromModelEndpoint = (hasRole: RoleCheck): Endpoint => ({
  path: '/from-model',
  method: 'post',
  handler: async (req) => {
    const t = translations[languageOf(req)]
    if (!hasRole(req, 'admin')) return refuse(403, t['refusal.modelAdminOnly'])
    const body = (await req.json?.().catch(() => null)) as { model?: unknown } | null
    if (!isModel(body?.model))
      return refuse(
        422,
        t['refusal.modelUnknown'].replace('{models}', MODEL_REGULATIONS.join(', ')),
        'model',
      )
    const data = modelRegulation(body.model, todayInAmsterdam())
    const created = await req.payload.create({
      collection: slugsOf(req).regulations,
      data: { ...data, slug: await freeSlug(req, data.slug) } as never,
      req,
      overrideAccess: false,
    })
    return Response.json(
      { id: created.id, slug: (created as { slug?: string }).slug },
      { status: 201 },
    )
  },
})
