/** Dutch texts of the plugin: the first language of every organisation that uses it. */
export const nl = {
  'collection.regulations.singular': 'Klachtenregeling',
  'collection.regulations.plural': 'Klachtenregelingen',
  'collection.complaints.singular': 'Klacht',
  'collection.complaints.plural': 'Klachten',
  'collection.committees.singular': 'Klachtencommissie',
  'collection.committees.plural': 'Klachtencommissies',
  'collection.letters.singular': 'Brief',
  'collection.letters.plural': 'Brieven',
  'group.complaints': 'Klachtenregeling',
} as const

export type TranslationKey = keyof typeof nl
