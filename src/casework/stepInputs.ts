import { getTranslation } from '@payloadcms/translations'

import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { fieldOfFact } from '../complaints/factsFromDocument'
import { optionsOf } from '../pluginOptions'

import type { Refusal } from '../procedure/refusal'

export type Option = { value: string; label: string }

/** One thing a step asks for, as the case page's step form shows it. */
export type StepInput = {
  /** The complaint's field: `withdrawnOn`, `complainant.address`, `hearings`... */
  path: string
  kind: 'date' | 'text' | 'textarea' | 'select' | 'relation' | 'hearing' | 'extension'
  label: string
  /** A select's choices, the people or committees to pick, or a hearing's "heard" choices. */
  options?: Option[]
  /** For an extension: its kinds. */
  kinds?: Option[]
  /** Rich text, written as plain paragraphs. */
  rich?: true
}

/** The field a refusal asks to fill, as the complaint stores it; null for a row of a list. */
export const pathOfNeed = (refusal: Pick<Refusal, 'field'>): string | null => {
  if (!refusal.field) return null
  const path = fieldOfFact[refusal.field] ?? refusal.field
  return /\.\d+(\.|$)/.test(path) ? null : path
}

const fieldAt = (fields: FlattenedField[], path: string): FlattenedField | undefined => {
  const [head, ...rest] = path.split('.')
  const field = fields.find((each) => each.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

const choicesOf = (field: FlattenedField | undefined, req: PayloadRequest): Option[] =>
  field && field.type === 'select'
    ? field.options.map((option) =>
        typeof option === 'string'
          ? { value: option, label: option }
          : { value: option.value, label: getTranslation(option.label, req.i18n) as string },
      )
    : []

/** Whether the person may write the field: where they may not, the step form does not offer it. */
const mayWrite = async (
  field: FlattenedField,
  req: PayloadRequest,
  doc: Record<string, unknown>,
): Promise<boolean> =>
  !field.access?.update ||
  Boolean(
    await field.access.update({ req, id: doc.id as string, doc, data: doc, siblingData: doc }),
  )

export type Choices = { people: Option[]; committees: Option[] }

/**
 * What the step form asks for each need: the input that fills the field the guard names, when the
 * person may write it and it takes one value (a new hearing or extension counts as one). A need of
 * a list's row (an extension's reason) is corrected in the complaint's own tab instead.
 */
export const stepInputsFor = async (
  needs: readonly Refusal[],
  collection: SanitizedCollectionConfig,
  req: PayloadRequest,
  doc: Record<string, unknown>,
  choices: Choices,
): Promise<{ inputs: StepInput[]; denied: string[] }> => {
  const inputs: StepInput[] = []
  const denied: string[] = []
  const seen = new Set<string>()
  for (const need of needs) {
    const path = pathOfNeed(need)
    if (!path || seen.has(path)) continue
    seen.add(path)
    const field = fieldAt(collection.flattenedFields, path)
    if (!field) continue
    if (!(await mayWrite(field, req, doc))) {
      denied.push(path)
      continue
    }
    const label = getTranslation(('label' in field && field.label) || path, req.i18n) as string
    const input = describe(field, path, label, req, choices)
    if (input) inputs.push(input)
  }
  return { inputs, denied }
}

const describe = (
  field: FlattenedField,
  path: string,
  label: string,
  req: PayloadRequest,
  choices: Choices,
): StepInput | null => {
  switch (field.type) {
    case 'date':
      return { path, kind: 'date', label }
    case 'text':
    case 'email':
      return { path, kind: 'text', label }
    case 'textarea':
      return { path, kind: 'textarea', label }
    case 'richText':
      return { path, kind: 'textarea', label, rich: true }
    case 'select':
      return { path, kind: 'select', label, options: choicesOf(field, req) }
    case 'relationship': {
      const options = field.relationTo === optionsOf(req).userCollection ? choices.people : null
      return { path, kind: 'relation', label, options: options ?? choices.committees }
    }
    case 'array': {
      if (path === 'hearings')
        return {
          path,
          kind: 'hearing',
          label,
          options: choicesOf(fieldAt(field.flattenedFields, 'heard'), req),
        }
      if (path === 'extensions')
        return {
          path,
          kind: 'extension',
          label,
          kinds: choicesOf(fieldAt(field.flattenedFields, 'kind'), req),
        }
      return null
    }
    default:
      return null
  }
}
