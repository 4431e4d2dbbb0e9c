/** What every reference of a year starts with: KL-2026-. */
export const referencePrefix = (year: number): string => `KL-${year}-`

/** KL-2026-0042: the year of receipt and a number that counts up within it (past 9999 it grows). */
export const nextReference = (year: number, last: number): string =>
  `${referencePrefix(year)}${String(last + 1).padStart(4, '0')}`
