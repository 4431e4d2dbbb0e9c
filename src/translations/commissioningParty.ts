/**
 * Texts of the commissioning parties (opdrachtgevers) in the admin: the regulation's list and
 * whether they see their complaints, and the party of a complaint. Part of the plugin's labels
 * (nl.ts, en.ts).
 */
export const commissioningPartyNl = {
  'field.tabCommissioningParties': 'Opdrachtgevers',
  'field.commissioningParties': 'Opdrachtgevers',
  'field.commissioningPartiesHelp':
    'De opdrachtgevers van de trajecten van cliënten (zoals UWV of een gemeente). De sleutel staat op de klacht; wijzig hem niet meer zodra klachten hem gebruiken.',
  'row.commissioningParty': 'Opdrachtgever',
  'field.commissioningPartyInsight': 'Opdrachtgevers krijgen op verzoek inzage in hun klachten',
  'field.commissioningPartyInsightHelp':
    'Aan: de directie maakt per opdrachtgever een overzicht van diens klachten, de doorlooptijden en de uitkomsten, zonder persoonsgegevens en zonder de inhoud van de klachten.',
  'field.commissioningParty': 'Opdrachtgever',
  'field.commissioningPartyHelp':
    'De opdrachtgever van het traject van de klager, uit de lijst van de regeling. Telt mee in het overzicht voor die opdrachtgever.',
  'refusal.commissioningPartyKeyTwice':
    'de sleutel "{key}" staat meer dan eens in de lijst; een klacht noemt haar opdrachtgever bij de sleutel, dus elke sleutel hoort bij één opdrachtgever.',
} as const

export const commissioningPartyEn: Record<keyof typeof commissioningPartyNl, string> = {
  'field.tabCommissioningParties': 'Commissioning parties',
  'field.commissioningParties': 'Commissioning parties',
  'field.commissioningPartiesHelp':
    "The parties that commission the clients' trajectories (such as UWV or a municipality). The key is stored on the complaint; do not change it once complaints use it.",
  'row.commissioningParty': 'Commissioning party',
  'field.commissioningPartyInsight': 'Commissioning parties may see their complaints on request',
  'field.commissioningPartyInsightHelp':
    "On: management draws up, per commissioning party, an overview of its complaints, their lead times and outcomes, without personal data and without the complaints' content.",
  'field.commissioningParty': 'Commissioning party',
  'field.commissioningPartyHelp':
    "The party that commissioned the complainant's trajectory, from the regulation's list. Counted in that party's overview.",
  'refusal.commissioningPartyKeyTwice':
    'the key "{key}" is on the list more than once; a complaint names its party by the key, so each key belongs to one party.',
}
