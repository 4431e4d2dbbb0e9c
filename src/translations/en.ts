import type { TranslationKey } from './nl'

export const en: Record<TranslationKey, string> = {
  'collection.regulations.singular': 'Complaint regulation',
  'collection.regulations.plural': 'Complaint regulations',
  'collection.complaints.singular': 'Complaint',
  'collection.complaints.plural': 'Complaints',
  'collection.committees.singular': 'Complaints committee',
  'collection.committees.plural': 'Complaints committees',
  'collection.letters.singular': 'Letter',
  'collection.letters.plural': 'Letters',
  'group.complaints': 'Complaint procedure',
}
