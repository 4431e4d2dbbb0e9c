/**
 * Texts of the satisfaction survey in the admin: the answer on the complaint, how it came in, the
 * regulation's rule and the audit log's entry. Part of the plugin's labels (nl.ts, en.ts); the
 * public page's texts are in intake.ts.
 */
export const surveyNl = {
  'field.askSatisfactionHelp':
    'De afsluitbrief (en de brief "tevredenheidsvraag") bevat een persoonlijke link naar een korte vragenlijst: een cijfer van 1 tot en met 5, of de klacht goed is behandeld, en een toelichting. Het antwoord komt bij de klacht en telt mee in het jaarverslag.',
  'field.satisfactionHelp':
    'De klager antwoordt via de persoonlijke link in de afsluitbrief. Antwoordt de klager per telefoon, brief of in een gesprek, vul het antwoord dan hier in: de link zegt daarna dat er al is geantwoord.',
  'field.handledWell': 'Klacht goed behandeld',
  'field.answeredOn': 'Beantwoord op',
  'field.via': 'Beantwoord via',
  'handledWell.yes': 'ja',
  'handledWell.no': 'nee',
  'surveyVia.online': 'de online vragenlijst',
  'surveyVia.phone': 'telefoon',
  'surveyVia.letter': 'brief',
  'surveyVia.email': 'e-mail',
  'surveyVia.inPerson': 'gesprek',
  'auditAction.surveyAnswered': 'tevredenheid beantwoord door de klager (online)',
  'refusal.surveyOnlineOnly':
    'alleen de klager antwoordt via de online vragenlijst; kies hoe het antwoord binnenkwam: telefoon, brief, e-mail of gesprek.',
}

export const surveyEn: Record<keyof typeof surveyNl, string> = {
  'field.askSatisfactionHelp':
    'The closure letter (and the "satisfaction survey" letter) holds a private link to a short survey: a score from 1 to 5, whether the complaint was handled well, and a comment. The answer lands on the complaint and counts in the yearly report.',
  'field.satisfactionHelp':
    'The complainant answers through the private link in the closure letter. When they answer by phone, by letter or in a conversation, fill in their answer here: the link then says it was answered already.',
  'field.handledWell': 'Complaint handled well',
  'field.answeredOn': 'Answered on',
  'field.via': 'Answered through',
  'handledWell.yes': 'yes',
  'handledWell.no': 'no',
  'surveyVia.online': 'the online survey',
  'surveyVia.phone': 'phone',
  'surveyVia.letter': 'letter',
  'surveyVia.email': 'e-mail',
  'surveyVia.inPerson': 'conversation',
  'auditAction.surveyAnswered': 'satisfaction answered by the complainant (online)',
  'refusal.surveyOnlineOnly':
    'only the complainant answers through the online survey; choose how the answer came in: phone, letter, e-mail or conversation.',
}
