import { richTextOf } from '../complaints/richText'

import type { StepInput } from './stepInputs'

type Stored = Record<string, any>

const ROW_FIELDS = {
  hearing: ['date', 'heard', 'party', 'summary', 'waived'],
  extension: ['kind', 'announcedOn', 'newDate', 'reason'],
} as const

const filled = (value: unknown): boolean => value !== undefined && value !== null && value !== ''

/** Only the fields a row of that list has; the rest of what was sent is ignored. */
const rowOf = (kind: keyof typeof ROW_FIELDS, value: unknown): Stored => {
  const sent = (value && typeof value === 'object' ? value : {}) as Stored
  return Object.fromEntries(
    ROW_FIELDS[kind].filter((name) => filled(sent[name])).map((name) => [name, sent[name]]),
  )
}

const single = (input: StepInput, value: unknown): unknown => {
  const text = String(value)
  if (input.kind === 'relation') return /^\d+$/.test(text) ? Number(text) : text
  if (input.rich)
    return richTextOf(
      ...text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean),
    )
  return text
}

/**
 * The save a step makes: the values its form sent for the inputs it offered (nothing else), a new
 * hearing or extension added to those already there, a field of a group set beside the others.
 */
export const stepData = (
  doc: Stored,
  inputs: readonly StepInput[],
  values: Record<string, unknown>,
): Stored => {
  const data: Stored = {}
  for (const input of inputs) {
    const value = values[input.path]
    if (!filled(value)) continue
    if (input.kind === 'hearing' || input.kind === 'extension') {
      const row = rowOf(input.kind, value)
      // A hearing is added once it has a date or was waived; an empty form part adds nothing.
      if (input.kind === 'hearing' && !row.date && !row.waived) continue
      data[input.path] = [...((doc[input.path] as Stored[] | undefined) ?? []), row]
      continue
    }
    const [group, leaf] = input.path.split('.')
    if (leaf) data[group] = { ...doc[group], ...data[group], [leaf]: single(input, value) }
    else data[input.path] = single(input, value)
  }
  return data
}
