/**
 * Texts of the complaint at an external body (klachtenfunctionaris, Klachtenportaal Zorg) in the
 * admin. Part of the plugin's labels (nl.ts, en.ts).
 */
export const referralNl = {
  'field.tabReferral': 'Externe instantie',
  'field.referredTo': 'Instantie',
  'field.referredToHelp':
    'De naam van een van de externe instanties van de regeling, zoals daar geschreven. Haar termijn voor contact met de klager gaat in op de datum hiernaast.',
  'field.referredBy': 'Doorverwezen door',
  'field.arrivedThroughBody':
    'De klacht kwam binnen via deze instantie (de datum is de dag waarop zij haar ontving)',
  'field.bodyContactedOn': 'Instantie nam contact op met de klager op',
  'field.bodyAdvice': 'Advies of uitkomst van de instantie',
  'field.anyMoment': 'De klager kan op elk moment bij deze instantie terecht',
} as const

export const referralEn: Record<keyof typeof referralNl, string> = {
  'field.tabReferral': 'External body',
  'field.referredTo': 'Body',
  'field.referredToHelp':
    "The name of one of the regulation's external bodies, as written there. Its term to contact the complainant starts on the date beside it.",
  'field.referredBy': 'Referred by',
  'field.arrivedThroughBody':
    'The complaint came in through this body (the date is the day it received it)',
  'field.bodyContactedOn': 'Body contacted the complainant on',
  'field.bodyAdvice': "The body's advice or outcome",
  'field.anyMoment': 'The complainant may turn to this body at any moment',
}
