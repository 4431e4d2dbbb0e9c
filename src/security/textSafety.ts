/** Noncharacters of the supplementary planes: U+1FFFE, U+1FFFF ... U+10FFFE, U+10FFFF. */
const PLANE_NONCHARACTERS = Array.from(
  { length: 16 },
  (_, index) => `\\u{${(index + 1).toString(16)}fffe}\\u{${(index + 1).toString(16)}ffff}`,
).join('')

/**
 * Characters no stored text holds, whatever the channel: control characters (C0 but tab and
 * line breaks, DEL, C1), bidirectional overrides and isolates (they make "exe.pdf" of
 * "fdp.exe"), noncharacters and lone surrogates.
 */
export const FORBIDDEN_CHARACTER = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\ufdd0-\\ufdef\\ufffe\\uffff\\ud800-\\udfff${PLANE_NONCHARACTERS}]`,
  'u',
)

export const hasForbiddenCharacter = (text: string): boolean => FORBIDDEN_CHARACTER.test(text)

/** The paths (`complainant.name`, `hearings.0.summary`) of every text in `value` that holds one. */
export const pathsWithForbiddenCharacters = (value: unknown, path: string[] = []): string[] => {
  if (typeof value === 'string') return hasForbiddenCharacter(value) ? [path.join('.')] : []
  if (Array.isArray(value))
    return value.flatMap((item, index) =>
      pathsWithForbiddenCharacters(item, [...path, String(index)]),
    )
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      pathsWithForbiddenCharacters(item, [...path, key]),
    )
  return []
}
