import { label, translations } from '../../src/translations'

import type { TranslationKey } from '../../src/translations'

const keyOf = (key: string): TranslationKey => {
  if (!(key in translations.nl)) throw new Error(`No translation for "${key}"`)
  return key as TranslationKey
}

/** The nl/en label of a field, from `field.<name>` in the translations. */
export const fieldLabel = (name: string) => label(keyOf(`field.${name}`))

/** Select options whose labels come from `<group>.<value>` in the translations. */
export const optionsOf = (group: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: label(keyOf(`${group}.${value}`)) }))

/** The labels of a list's rows: "Gesprek 01", "Gesprek toevoegen", from `row.<name>` and `field.<list>`. */
export const rowLabels = (row: string, list: string) => ({
  singular: label(keyOf(`row.${row}`)),
  plural: label(keyOf(`field.${list}`)),
})
