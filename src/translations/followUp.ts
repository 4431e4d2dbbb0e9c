import type { Lang } from '../procedure/localized'

/**
 * Texts of the follow-up after handling: the regulation's settings and the complaint's fields
 * (part of the plugin's labels, nl.ts and en.ts), and the case page's follow-up list.
 */
export const followUpNl = {
  'field.employeeFeedback': 'Na de uitspraak: terugkoppeling aan de betrokken medewerker',
  'field.teamDiscussion': 'Na de uitspraak: de klacht geanonimiseerd in het team bespreken',
  'field.employeeFeedbackOn': 'Teruggekoppeld aan de betrokken medewerker op',
  'field.teamDiscussedOn': 'Geanonimiseerd in het team besproken op',
} as const

export const followUpEn: Record<keyof typeof followUpNl, string> = {
  'field.employeeFeedback': 'After the decision: feedback to the employee concerned',
  'field.teamDiscussion': 'After the decision: discuss the complaint in the team, anonymised',
  'field.employeeFeedbackOn': 'Feedback given to the employee concerned on',
  'field.teamDiscussedOn': 'Discussed in the team, anonymised, on',
}

const caseTexts = {
  nl: {
    title: 'Nazorg',
    employeeFeedback: 'Terugkoppeling aan de betrokken medewerker: nog niet vastgelegd.',
    teamDiscussion: 'Geanonimiseerde bespreking in het team: nog niet vastgelegd.',
    action: 'Verbeteractie: {action}',
    owner: 'door {owner}',
    dueOn: 'uiterlijk {date}',
    late: 'te laat',
    where: 'Vastleggen in het tabblad Evaluatie.',
  },
  en: {
    title: 'Follow-up',
    employeeFeedback: 'Feedback to the employee concerned: not recorded yet.',
    teamDiscussion: 'Anonymised discussion in the team: not recorded yet.',
    action: 'Improvement action: {action}',
    owner: 'by {owner}',
    dueOn: 'by {date}',
    late: 'late',
    where: 'Record it in the Evaluation tab.',
  },
} as const satisfies Record<Lang, Record<string, string>>

export type FollowUpTextKey = keyof (typeof caseTexts)['nl']

/** A text of the case page's follow-up list, with `{name}` filled in. */
export const followUpText = (
  lang: Lang,
  key: FollowUpTextKey,
  values: Record<string, string> = {},
): string =>
  caseTexts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
