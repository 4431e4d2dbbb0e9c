/**
 * Texts of the periodic review of a regulation's complaints in the admin. Part of the plugin's
 * labels (nl.ts, en.ts).
 */
export const reviewNl = {
  'collection.reviews.singular': 'Periodieke analyse',
  'collection.reviews.plural': 'Periodieke analyses',
  'field.reviewPeriod': 'Periodieke analyse van de klachten',
  'reviewPeriod.none': 'geen',
  'reviewPeriod.quarter': 'elk kwartaal',
  'reviewPeriod.year': 'elk jaar',
  'field.year': 'Jaar',
  'field.period': 'Periode',
  'reviewPeriodKey.q1': '1e kwartaal',
  'reviewPeriodKey.q2': '2e kwartaal',
  'reviewPeriodKey.q3': '3e kwartaal',
  'reviewPeriodKey.q4': '4e kwartaal',
  'reviewPeriodKey.year': 'heel het jaar',
  'field.reviewedOn': 'Geanalyseerd op',
  'field.reviewedBy': 'Door',
  'field.conclusions': 'Conclusies en trends',
  'field.title': 'Titel',
  'refusal.reviewNotProvided': 'deze regeling kent geen periodieke analyse van de klachten.',
  'refusal.reviewPeriodMismatch':
    'deze regeling analyseert over: {periods}; kies een van die perioden.',
  'refusal.reviewTwice': 'over deze periode is al een analyse vastgelegd: {title}.',
} as const

export const reviewEn: Record<keyof typeof reviewNl, string> = {
  'collection.reviews.singular': 'Periodic review',
  'collection.reviews.plural': 'Periodic reviews',
  'field.reviewPeriod': 'Periodic review of the complaints',
  'reviewPeriod.none': 'none',
  'reviewPeriod.quarter': 'every quarter',
  'reviewPeriod.year': 'every year',
  'field.year': 'Year',
  'field.period': 'Period',
  'reviewPeriodKey.q1': 'first quarter',
  'reviewPeriodKey.q2': 'second quarter',
  'reviewPeriodKey.q3': 'third quarter',
  'reviewPeriodKey.q4': 'fourth quarter',
  'reviewPeriodKey.year': 'the whole year',
  'field.reviewedOn': 'Reviewed on',
  'field.reviewedBy': 'By',
  'field.conclusions': 'Conclusions and trends',
  'field.title': 'Title',
  'refusal.reviewNotProvided': 'this regulation has no periodic review of the complaints.',
  'refusal.reviewPeriodMismatch': 'this regulation reviews: {periods}; choose one of those.',
  'refusal.reviewTwice': 'a review of this period is already recorded: {title}.',
}
