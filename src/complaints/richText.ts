/** Plain text of a Lexical rich-text value: enough to know whether reasons were written. */
export const plainText = (value: unknown): string => {
  if (!value || typeof value !== 'object') return typeof value === 'string' ? value : ''
  const node = value as { text?: unknown; children?: unknown[]; root?: unknown }
  if (node.root) return plainText(node.root)
  const own = typeof node.text === 'string' ? node.text : ''
  return [own, ...(node.children ?? []).map(plainText)]
    .filter(Boolean)
    .join(node.children ? '\n' : ' ')
}

/** A Lexical document of plain paragraphs. */
export const richTextOf = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      children: [
        { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' },
      ],
    })),
  },
})
