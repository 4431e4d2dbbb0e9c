/** Merge fields in a template are written `{{name}}`; an unknown name stays visible so staff spot it. */
const MERGE_FIELD = /\{\{\s*([\w.]+)\s*\}\}/g

export const fillText = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(MERGE_FIELD, (field, name: string) => values[name] ?? field)

type Node = { type?: string; text?: string; children?: Node[] }

const textOf = (node: Node): string => (node.text ?? '') + (node.children ?? []).map(textOf).join('')

/** A paragraph made only of merge fields that have no value (no measures taken, say) is left out. */
const emptiedByFill = (node: Node, values: Readonly<Record<string, string>>): boolean =>
  node.type === 'paragraph' && MERGE_FIELD.test(textOf(node)) && fillText(textOf(node), values).trim() === ''

/** The template's Lexical document with every merge field filled in; the template itself is not changed. */
export const renderTemplate = <T>(template: T, values: Readonly<Record<string, string>>): T => {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.filter((child) => !emptiedByFill(child as Node, values)).map(walk)
    if (!node || typeof node !== 'object') return node
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, key === 'text' && typeof value === 'string' ? fillText(value, values) : walk(value)]),
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
