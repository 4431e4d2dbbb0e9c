/** Merge fields in a template are written `{{name}}`; an unknown name stays visible so staff spot it. */
const MERGE_FIELD = /\{\{\s*([\w.]+)\s*\}\}/g

export const fillText = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(MERGE_FIELD, (field, name: string) => values[name] ?? field)

/** Whether the text uses a known merge field that has no value for this complaint. */
const missesValue = (text: string, values: Readonly<Record<string, string>>): boolean =>
  [...text.matchAll(MERGE_FIELD)].some(
    ([, name]) => name !== undefined && name in values && !values[name]?.trim(),
  )

/** A sentence ends at . ! ? (or a colon that introduces what follows) before a space or the end; `{{a.b}}` has no space after its dot. */
const SENTENCES = /.+?(?:[.!?:]+(?=\s|$)|$)\s*/gs

/**
 * The text with every sentence that needs a value this complaint does not have left out, so a
 * letter never says "uiterlijk op ." or "wenden tot: ." about something that does not apply.
 * A sentence ending in a colon goes with the sentence it introduces.
 */
export const fillSentences = (text: string, values: Readonly<Record<string, string>>): string => {
  const sentences = text.match(SENTENCES) ?? [text]
  const kept: string[] = []
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as string
    const introduces = sentence.trimEnd().endsWith(':') && index + 1 < sentences.length
    const unit = introduces ? sentence + sentences[index + 1] : sentence
    if (introduces) index += 1
    if (!missesValue(unit, values)) kept.push(fillText(unit, values))
  }
  return kept.join('').trim()
}

type Node = { type?: string; text?: string; children?: Node[] }

const textOf = (node: Node): string =>
  (node.text ?? '') + (node.children ?? []).map(textOf).join('')

const isParagraph = (node: unknown): node is Node =>
  Boolean(node && typeof node === 'object' && (node as Node).type === 'paragraph')

/**
 * A paragraph of one run of text loses the sentences whose values are missing; a paragraph with
 * several runs (formatting, links) is left out whole when any of its values is missing. A
 * paragraph with nothing left is left out.
 */
const renderParagraph = (
  node: Node,
  values: Readonly<Record<string, string>>,
  walk: (node: unknown) => unknown,
): Node | null => {
  const runs = node.children ?? []
  if (runs.length === 1 && typeof runs[0]?.text === 'string') {
    const text = fillSentences(runs[0].text, values)
    return text ? { ...node, children: [{ ...runs[0], text }] } : null
  }
  if (missesValue(textOf(node), values)) return null
  return walk(node) as Node
}

/** The template's Lexical document with every merge field filled in; the template itself is not changed. */
export const renderTemplate = <T>(template: T, values: Readonly<Record<string, string>>): T => {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node))
      return node
        .map((child) =>
          isParagraph(child) ? renderParagraph(child, values, walkInside) : walk(child),
        )
        .filter((child) => child !== null)
    return walkInside(node)
  }
  const walkInside = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === 'text' && typeof value === 'string' ? fillText(value, values) : walk(value),
      ]),
    )
  }
  return walk(template) as T
}

/** The merge fields a template uses, to list the unknown ones to the admin who edits it. */
export const mergeFieldsIn = (template: unknown): string[] => {
  const found = new Set<string>()
  JSON.stringify(template ?? null).replace(MERGE_FIELD, (_field, name: string) => {
    found.add(name)
    return ''
  })
  return [...found]
}
