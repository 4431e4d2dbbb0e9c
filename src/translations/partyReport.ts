/** Texts of the commissioning party's report: the page, its CSV export and its refusals. */
const nl = {
  'party.title': 'Overzicht voor opdrachtgever',
  'party.open': 'Overzicht voor een opdrachtgever',
  'party.intro':
    'Klachten van {party} onder {regulation}, ontvangen van {from} tot en met {to}; stand op {asOf}. Zonder persoonsgegevens en zonder de inhoud van de klachten: per klacht alleen de maand van ontvangst, de fase, de uitkomst, de doorlooptijd en of de termijn is gehaald.',
  'party.regulation': 'Regeling',
  'party.party': 'Opdrachtgever',
  'party.year': 'Jaar',
  'party.from': 'Ontvangen vanaf',
  'party.to': 'tot en met',
  'party.show': 'Tonen',
  'party.print': 'Afdrukversie',
  'party.printNow': 'Afdrukken',
  'party.back': 'Terug naar het overzicht',
  'party.backToReport': 'Terug naar het jaarverslag',
  'party.csvFigures': 'CSV: cijfers',
  'party.csvComplaints': 'CSV: klachten',
  'party.noRegulation':
    'Geen regeling geeft opdrachtgevers inzage in hun klachten. Zet dat aan in de regeling (Regels → Opdrachtgevers).',
  'party.section.counts': 'Aantallen',
  'party.section.term': 'Binnen de termijn',
  'party.section.leadTime': 'Doorlooptijd van ontvangst tot uitspraak',
  'party.section.complaints': 'De klachten',
  'party.count.received': 'Ontvangen',
  'party.count.notAdmitted': 'Niet in behandeling genomen',
  'party.count.decided': 'Uitspraak gedaan',
  'party.count.founded': 'waarvan gegrond',
  'party.count.partlyFounded': 'waarvan deels gegrond',
  'party.count.unfounded': 'waarvan ongegrond',
  'party.count.withoutOutcome': 'waarvan zonder oordeel',
  'party.count.withdrawn': 'Ingetrokken',
  'party.count.resolvedInformally': 'In overleg opgelost',
  'party.count.open': 'Nog in behandeling',
  'party.term.yes': 'Binnen de termijn afgehandeld',
  'party.term.no': 'Niet binnen de termijn',
  'party.term.running': 'Nog open, termijn loopt',
  'party.lead.decided': 'Klachten met uitspraak',
  'party.lead.median': 'Mediaan',
  'party.lead.longest': 'Langste',
  'party.lead.calendarDays': 'Kalenderdagen',
  'party.lead.workingDays': 'Werkdagen',
  'party.column.figure': 'Cijfer',
  'party.column.count': 'Aantal',
  'party.column.month': 'Ontvangen in',
  'party.column.stage': 'Fase',
  'party.column.outcome': 'Uitkomst',
  'party.column.calendarDays': 'Doorlooptijd (kalenderdagen)',
  'party.column.workingDays': 'Doorlooptijd (werkdagen)',
  'party.column.withinTerm': 'Binnen de termijn',
  'party.within.yes': 'ja',
  'party.within.no': 'nee',
  'party.within.running': 'loopt nog',
  'party.outcome.founded': 'gegrond',
  'party.outcome.partlyFounded': 'deels gegrond',
  'party.outcome.unfounded': 'ongegrond',
  'party.none': 'Geen klachten van deze opdrachtgever in deze periode.',
  'party.definitions':
    'Doorlooptijd: van de dag van ontvangst tot de dag van de uitspraak; werkdagen zonder weekenden, feestdagen en sluitingsdagen van de regeling, de dag van ontvangst niet meegeteld. Binnen de termijn: zoals in het jaarverslag, gemeten aan de termijn die de regeling voor het verslag stelt. Klachten over uzelf worden niet geteld.',
  'party.refused.title': 'Geen overzicht',
  'party.refused.login': 'Log in om het overzicht voor een opdrachtgever te zien.',
  'party.refused.role':
    'Alleen de directie en beheerders maken het overzicht voor een opdrachtgever.',
  'party.missing.regulation':
    'regulation: geef de code van een regeling, bijvoorbeeld regulation=in-focus-samen.',
  'party.bad.regulation':
    'regulation: "{value}" is geen code van een regeling (kleine letters, cijfers en streepjes).',
  'party.unknown.regulation': 'regulation: er is geen regeling met de code "{value}".',
  'party.missing.party':
    'party: geef de sleutel van een opdrachtgever van de regeling, bijvoorbeeld party=uwv.',
  'party.unknown.party':
    'party: "{value}" is geen opdrachtgever van {regulation}; kies er een uit de lijst van de regeling: {known}.',
  'party.bad.year': 'year: geef een jaar tussen 1900 en 2199, bijvoorbeeld year=2026.',
  'party.bad.from': 'from: geef een datum als JJJJ-MM-DD in {year}.',
  'party.bad.to': 'to: geef een datum als JJJJ-MM-DD in {year}.',
  'party.bad.order': 'to: de einddatum {to} ligt vóór de begindatum {from}.',
  'party.bad.format': 'format: kies format=json of format=csv.',
  'party.bad.part': 'part: kies part=figures of part=complaints.',
  'party.notAllowed':
    'regulation: de regeling {regulation} geeft opdrachtgevers geen inzage in hun klachten (regel "Opdrachtgevers krijgen op verzoek inzage in hun klachten", Regels → Opdrachtgevers).',
}

export type PartyTextKey = keyof typeof nl

const en: Record<PartyTextKey, string> = {
  'party.title': 'Overview for commissioning party',
  'party.open': 'Overview for a commissioning party',
  'party.intro':
    "Complaints of {party} under {regulation}, received from {from} to {to}; as of {asOf}. Without personal data and without the complaints' content: per complaint only the month received, the stage, the outcome, the lead time and whether the term was met.",
  'party.regulation': 'Regulation',
  'party.party': 'Commissioning party',
  'party.year': 'Year',
  'party.from': 'Received from',
  'party.to': 'to',
  'party.show': 'Show',
  'party.print': 'Print version',
  'party.printNow': 'Print',
  'party.back': 'Back to the overview',
  'party.backToReport': 'Back to the yearly report',
  'party.csvFigures': 'CSV: figures',
  'party.csvComplaints': 'CSV: complaints',
  'party.noRegulation':
    'No regulation lets commissioning parties see their complaints. Switch it on in the regulation (Rules → Commissioning parties).',
  'party.section.counts': 'Counts',
  'party.section.term': 'Within the term',
  'party.section.leadTime': 'Lead time from receipt to decision',
  'party.section.complaints': 'The complaints',
  'party.count.received': 'Received',
  'party.count.notAdmitted': 'Not admitted',
  'party.count.decided': 'Decided',
  'party.count.founded': 'of which founded',
  'party.count.partlyFounded': 'of which partly founded',
  'party.count.unfounded': 'of which unfounded',
  'party.count.withoutOutcome': 'of which without a verdict',
  'party.count.withdrawn': 'Withdrawn',
  'party.count.resolvedInformally': 'Resolved informally',
  'party.count.open': 'Still being handled',
  'party.term.yes': 'Handled within the term',
  'party.term.no': 'Not within the term',
  'party.term.running': 'Still open, term running',
  'party.lead.decided': 'Complaints decided',
  'party.lead.median': 'Median',
  'party.lead.longest': 'Longest',
  'party.lead.calendarDays': 'Calendar days',
  'party.lead.workingDays': 'Working days',
  'party.column.figure': 'Figure',
  'party.column.count': 'Count',
  'party.column.month': 'Received in',
  'party.column.stage': 'Stage',
  'party.column.outcome': 'Outcome',
  'party.column.calendarDays': 'Lead time (calendar days)',
  'party.column.workingDays': 'Lead time (working days)',
  'party.column.withinTerm': 'Within the term',
  'party.within.yes': 'yes',
  'party.within.no': 'no',
  'party.within.running': 'running',
  'party.outcome.founded': 'founded',
  'party.outcome.partlyFounded': 'partly founded',
  'party.outcome.unfounded': 'unfounded',
  'party.none': 'No complaints of this commissioning party in this period.',
  'party.definitions':
    "Lead time: from the day of receipt to the day of the decision; working days without weekends, public holidays and the regulation's closing days, the day of receipt not counted. Within the term: as in the yearly report, measured against the term the regulation sets for the report. Complaints about yourself are not counted.",
  'party.refused.title': 'No overview',
  'party.refused.login': 'Log in to see the overview for a commissioning party.',
  'party.refused.role':
    'Only management and administrators draw up the overview for a commissioning party.',
  'party.missing.regulation':
    'regulation: give the code of a regulation, for example regulation=in-focus-samen.',
  'party.bad.regulation':
    'regulation: "{value}" is not a regulation code (lower-case letters, digits and hyphens).',
  'party.unknown.regulation': 'regulation: there is no regulation with the code "{value}".',
  'party.missing.party':
    "party: give the key of one of the regulation's commissioning parties, for example party=uwv.",
  'party.unknown.party':
    'party: "{value}" is not a commissioning party of {regulation}; choose one from the regulation\'s list: {known}.',
  'party.bad.year': 'year: give a year between 1900 and 2199, for example year=2026.',
  'party.bad.from': 'from: give a date as YYYY-MM-DD in {year}.',
  'party.bad.to': 'to: give a date as YYYY-MM-DD in {year}.',
  'party.bad.order': 'to: the end date {to} is before the start date {from}.',
  'party.bad.format': 'format: choose format=json or format=csv.',
  'party.bad.part': 'part: choose part=figures or part=complaints.',
  'party.notAllowed':
    'regulation: the regulation {regulation} does not let commissioning parties see their complaints (rule "Commissioning parties may see their complaints on request", Rules → Commissioning parties).',
}

const texts = { nl, en } as const

export type PartyLanguage = keyof typeof texts

/** A text of the party's report with its `{placeholders}` filled in. */
export const partyText = (
  language: PartyLanguage,
  key: PartyTextKey,
  values: Record<string, string | number> = {},
): string =>
  texts[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
