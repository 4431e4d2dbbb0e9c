/**
 * Texts of bringing the regulation to each client's attention at the start of the trajectory:
 * the rule, the record per client, what staff give the client, the refusals. Part of the
 * plugin's labels (nl.ts, en.ts); the report's texts are part of reports.ts.
 */
export const noticeNl = {
  'collection.regulationNotices.singular': 'Cliënt gewezen op klachtenregeling',
  'collection.regulationNotices.plural': 'Cliënten gewezen op klachtenregeling',
  'field.informClientsAtStart': 'Cliënten bij de start van hun traject op de regeling wijzen',
  'field.informClientsAtStartHelp':
    'Medewerkers leggen per cliënt vast wanneer en hoe de klachtenregeling is gegeven (Cliënten gewezen op klachtenregeling).',
  'field.informClientsWithin': 'Binnen (na de start van het traject)',
  'field.informClientsWithinHelp':
    'Leeg: geen termijn; dan komt er geen herinnering en telt niets als te laat.',
  'field.client': 'Cliënt',
  'field.clientHelp': 'Naam of cliëntnummer, zoals de organisatie de cliënt kent.',
  'field.trajectoryStartedOn': 'Start van het traject',
  'field.informedOn': 'Klachtenregeling gegeven op',
  'field.informedOnHelp':
    'Leeg zolang de cliënt de regeling nog niet heeft gekregen; na de termijn volgt een herinnering.',
  'field.informedHow': 'Hoe gegeven',
  'noticeChannel.handedOver': 'overhandigd',
  'noticeChannel.email': 'per e-mail',
  'noticeChannel.post': 'per post',
  'noticeChannel.conversation': 'in een gesprek',
  'field.informedBy': 'Gegeven door',
  'field.recordedBy': 'Vastgelegd door',
  'field.noticeDueOn': 'Uiterlijk te geven op',
  'field.noticeDueExplanation': 'Zo geteld',
  'field.note': 'Notitie',
  'field.handout': 'Wat u de cliënt geeft',
  'handout.help':
    'De klachtenregeling zoals de cliënt haar leest: open en druk af om te overhandigen of per post te sturen, of stuur de link per e-mail.',
  'handout.chooseRegulation': 'Kies eerst de regeling en bewaar; dan staat hier de link.',
  'handout.nl': 'Nederlands',
  'handout.en': 'Engels',
  'handout.open': 'Openen en afdrukken',
  'handout.email': 'Per e-mail sturen',
  'handout.mailSubject': 'Klachtenregeling {organisation}',
  'handout.mailBody':
    'Hierbij ontvangt u de klachtenregeling van {organisation}, zoals besproken bij de start van uw traject:\n\n{url}\n\nDaar leest u ook hoe u een klacht indient.',
  'refusal.noticeNotProvided':
    'deze regeling vraagt niet om cliënten bij de start van hun traject op de klachtenregeling te wijzen; kies een regeling die dat wel vraagt of zet de regel aan (Regels → Behandeling).',
  'refusal.noticeBeforeTrajectory':
    'de klachtenregeling is gegeven op {informedOn} en het traject begon pas op {startedOn}; vul de dag in waarop de cliënt de regeling bij of na de start kreeg.',
  'refusal.noticeHowMissing': 'geef aan hoe de klachtenregeling is gegeven.',
  'refusal.noticeAnonymised': 'dit gegeven is geanonimiseerd en kan niet meer worden gewijzigd.',
  'regulationPage.howTitle': 'Een klacht indienen',
  'regulationPage.how': 'Heeft u een klacht? Gebruik het klachtenformulier op {url}.',
  'regulationPage.contact': 'U kunt ons ook bereiken: {contact}.',
  'regulationPage.print': 'Afdrukken',
  'regulationPage.textInDutch': 'De tekst van de regeling hieronder is in het Nederlands.',
  'field.textEn': 'Tekst (Engels)',
  'field.textEnHelp':
    'Wat cliënten en klagers lezen op de Engelse pagina van de regeling; leeg: de Nederlandse tekst, met die mededeling.',
} as const

export const noticeEn: Record<keyof typeof noticeNl, string> = {
  'collection.regulationNotices.singular': 'Client informed of the regulation',
  'collection.regulationNotices.plural': 'Clients informed of the regulation',
  'field.informClientsAtStart': 'Tell clients of the regulation at the start of their trajectory',
  'field.informClientsAtStartHelp':
    'Staff record for each client when and how the complaints regulation was given (Clients informed of the regulation).',
  'field.informClientsWithin': 'Within (after the start of the trajectory)',
  'field.informClientsWithinHelp':
    'Empty: no term; then there is no reminder and nothing counts as late.',
  'field.client': 'Client',
  'field.clientHelp': 'Name or client number, as the organisation knows the client.',
  'field.trajectoryStartedOn': 'Trajectory started on',
  'field.informedOn': 'Regulation given on',
  'field.informedOnHelp':
    'Empty while the client has not been given the regulation; a reminder follows once the term is over.',
  'field.informedHow': 'How it was given',
  'noticeChannel.handedOver': 'handed over',
  'noticeChannel.email': 'by e-mail',
  'noticeChannel.post': 'by post',
  'noticeChannel.conversation': 'in a conversation',
  'field.informedBy': 'Given by',
  'field.recordedBy': 'Recorded by',
  'field.noticeDueOn': 'To be given by',
  'field.noticeDueExplanation': 'Counted as',
  'field.note': 'Note',
  'field.handout': 'What you give the client',
  'handout.help':
    'The complaints regulation as the client reads it: open and print it to hand over or post, or send the link by e-mail.',
  'handout.chooseRegulation': 'Choose the regulation and save first; the link then shows here.',
  'handout.nl': 'Dutch',
  'handout.en': 'English',
  'handout.open': 'Open and print',
  'handout.email': 'Send by e-mail',
  'handout.mailSubject': 'Complaints regulation {organisation}',
  'handout.mailBody':
    'Please find the complaints regulation of {organisation}, as discussed at the start of your trajectory:\n\n{url}\n\nIt also tells you how to make a complaint.',
  'refusal.noticeNotProvided':
    'this regulation does not ask to tell clients of the complaints regulation at the start of their trajectory; choose a regulation that does or turn the rule on (Rules → Handling).',
  'refusal.noticeBeforeTrajectory':
    'the regulation was given on {informedOn} and the trajectory only started on {startedOn}; enter the day the client was given it at or after the start.',
  'refusal.noticeHowMissing': 'say how the complaints regulation was given.',
  'refusal.noticeAnonymised': 'this record has been anonymised and can no longer be changed.',
  'regulationPage.howTitle': 'Making a complaint',
  'regulationPage.how': 'Do you have a complaint? Use the complaint form at {url}.',
  'regulationPage.contact': 'You can also reach us: {contact}.',
  'regulationPage.print': 'Print',
  'regulationPage.textInDutch': 'The text of the regulation below is in Dutch.',
  'field.textEn': 'Text (English)',
  'field.textEnHelp':
    'What clients and complainants read on the English page of the regulation; empty: the Dutch text, with a note saying so.',
}

/** The yearly report's section (spread into reports.ts). */
export const noticeReportNl = {
  'report.section.notices': 'Cliënten gewezen op de klachtenregeling',
  'report.notices.intro':
    'Gegeven: de cliënten die de regeling in de periode kregen; te laat: na de termijn van de regeling; nog niet gegeven: cliënten van wie het traject in de periode begon, de termijn op {asOf} voorbij is en de regeling nog niet gegeven.',
  'report.notices.notProvided':
    'Deze regeling vraagt niet om cliënten bij de start van hun traject op de klachtenregeling te wijzen, en er is niets vastgelegd.',
  'report.notices.informed': 'Gegeven',
  'report.notices.late': 'waarvan te laat',
  'report.notices.overdue': 'Nog niet gegeven, termijn voorbij',
} as const

export const noticeReportEn: Record<keyof typeof noticeReportNl, string> = {
  'report.section.notices': 'Clients informed of the regulation',
  'report.notices.intro':
    'Given: the clients who were given the regulation in the period; late: after the regulation’s term; not yet given: clients whose trajectory started in the period, whose term was over on {asOf}, and who have not been given it.',
  'report.notices.notProvided':
    'This regulation does not ask to tell clients of the complaints regulation at the start of their trajectory, and nothing is recorded.',
  'report.notices.informed': 'Given',
  'report.notices.late': 'of which late',
  'report.notices.overdue': 'Not yet given, term over',
}
