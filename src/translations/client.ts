/**
 * Texts of the client a complaint is about, where a representative or relative complains on
 * their behalf, in the admin. Part of the plugin's labels (nl.ts, en.ts).
 */
export const clientNl = {
  'field.client': 'Cliënt om wie de klacht gaat',
  'field.clientHelp':
    'Alleen als de klager namens een cliënt klaagt (wettelijk vertegenwoordiger, vertegenwoordiger of nabestaande). Klaagt de cliënt zelf, dan blijft dit leeg: de klager is de cliënt.',
  'field.client.name': 'Naam van de cliënt',
  'field.client.number': 'Cliëntnummer',
  'field.client.dateOfBirth': 'Geboortedatum van de cliënt',
  'field.number': 'Cliëntnummer',
  'field.dateOfBirth': 'Geboortedatum',
  'field.clientDetails': 'Gegevens van de cliënt naast de naam',
  'field.clientDetailsHelp':
    'Klaagt iemand namens een cliënt, dan vragen het formulier en "Klacht opnemen" de naam van de cliënt, en wat hier staat (niet verplicht in te vullen). Leeg: alleen de naam.',
  'clientDetail.number': 'cliëntnummer',
  'clientDetail.dateOfBirth': 'geboortedatum',
  'role.representative': 'vertegenwoordiger',
} as const

export const clientEn: Record<keyof typeof clientNl, string> = {
  'field.client': 'Client the complaint is about',
  'field.clientHelp':
    'Only where the complainant complains on behalf of a client (legal representative, representative or surviving relative). Where the client complains, this stays empty: the complainant is the client.',
  'field.client.name': 'Name of the client',
  'field.client.number': 'Client number',
  'field.client.dateOfBirth': "Client's date of birth",
  'field.number': 'Client number',
  'field.dateOfBirth': 'Date of birth',
  'field.clientDetails': "The client's details besides the name",
  'field.clientDetailsHelp':
    'Where someone complains on behalf of a client, the form and "Record a complaint" ask the client\'s name and what is chosen here (optional to fill in). Empty: the name only.',
  'clientDetail.number': 'client number',
  'clientDetail.dateOfBirth': 'date of birth',
  'role.representative': 'representative',
}
