import { Forbidden } from 'payload'

import type { Endpoint, PayloadRequest } from 'payload'

import { procedureFor } from '../complaints/procedureFor'
import { nextSteps } from '../procedure/nextSteps'
import { slugsOf } from '../slugs'
import { stepData } from './stepData'
import { stepInputsFor } from './stepInputs'

import type { ComplaintStatus } from '../procedure/lifecycle'

type StepRequest = { to?: string; values?: Record<string, unknown>; updatedAt?: string }

/**
 * POST /api/<complaints>/:id/step: takes one step of the case page. It saves the new stage with
 * the fields the step's form filled, as the person (their access applies), through the
 * collection's hooks: those accept or refuse it, in the person's language, as any save.
 */
const takeStep = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) throw new Forbidden(req.t)
  const collection = slugsOf(req).complaints
  const id = String(req.routeParams?.id ?? '')
  // A body that is no JSON is a request for no step: the save below refuses it by its field.
  const body = ((await req.json?.().catch(() => null)) ?? {}) as StepRequest
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })) as unknown as Record<string, any>
  const procedure = await procedureFor(req, doc)
  const step = procedure
    ? nextSteps(doc.status as ComplaintStatus, procedure.context).find(({ to }) => to === body.to)
    : undefined
  const { inputs } = step
    ? await stepInputsFor(step.needs, req.payload.collections[collection].config, req, doc, {
        people: [],
        committees: [],
      })
    : { inputs: [] }
  const data = stepData(doc, inputs, body.values ?? {})
  const saved = await req.payload.update({
    collection,
    id,
    data: {
      ...data,
      status: typeof body.to === 'string' ? body.to : '',
      ...(body.updatedAt ? { updatedAt: body.updatedAt } : {}),
    } as never,
    depth: 0,
    req,
    overrideAccess: false,
  })
  return Response.json({ id: saved.id, status: (saved as { status?: string }).status })
}

export const takeStepEndpoint: Endpoint = { path: '/:id/step', method: 'post', handler: takeStep }
