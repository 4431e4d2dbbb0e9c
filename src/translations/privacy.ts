/**
 * Texts of privacy in the admin: retention, legal hold, anonymisation, the complainant's
 * export and erasure, and the access log. Part of the plugin's labels (nl.ts, en.ts).
 */
export const privacyNl = {
  'field.tabPrivacy': 'Privacy',
  'field.retention': 'Bewaartermijn van een dossier',
  'field.retentionHelp':
    'Na deze termijn wordt een dossier geanonimiseerd: de cijfers blijven, alles wat een persoon aanwijst of beschrijft verdwijnt. Leeg: twee jaar.',
  'field.retentionFrom': 'Bewaartermijn loopt vanaf',
  'retentionFrom.closure': 'de afsluiting van de klacht',
  'retentionFrom.lastAct': 'de laatste handeling in het dossier',
  'field.legalHold': 'Bewaarplicht: niet anonimiseren',
  'field.legalHoldReason': 'Reden van de bewaarplicht',
  'field.anonymisedOn': 'Geanonimiseerd op',
  'field.erasureReason': 'Gewist op verzoek, reden',
  'auditAction.anonymised': 'geanonimiseerd na de bewaartermijn',
  'auditAction.erased': 'gewist op verzoek',
  'auditAction.exported': 'gegevens van de klager geëxporteerd',
  'refusal.exportNotAllowed':
    'Alleen de directie en de beheerder kunnen de gegevens van een klager exporteren.',
  'refusal.complaintAnonymised': 'Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.',
  'refusal.erasureReasonRequired':
    'geef de reden van het wissen op: het verzoek van de klager wordt met zijn reden vastgelegd.',
  'refusal.erasureOnHold':
    'op deze klacht rust een bewaarplicht ({reason}); wissen kan pas als die is opgeheven.',
  'refusal.erasureWhileOpen':
    'een klacht in behandeling kan niet worden gewist; dat kan zodra zij is afgesloten, ingetrokken, niet-ontvankelijk verklaard of informeel opgelost.',
  'refusal.erasureNotAllowed': 'alleen de directie en de beheerder kunnen een dossier wissen.',
  'collection.accessLog.singular': 'Inzageregel',
  'collection.accessLog.plural': 'Inzagelogboek',
  'field.accessLog': 'Inzagelogboek',
  'field.readBy': 'Ingezien door',
  'field.complaintId': 'Klacht (id)',
  'field.accessPath': 'Via',
  'accessPath.rest': 'REST-API',
  'accessPath.graphql': 'GraphQL-API',
  'accessPath.admin': 'beheeromgeving',
  'accessPath.print': 'afdruk',
  'accessPath.download': 'download',
  'accessPath.export': 'export',
  'accessPath.local': 'Local API',
  'refusal.accessLogUnchangeable':
    'alleen het systeem schrijft hierin; niemand wijzigt of verwijdert een regel, ook een beheerder niet.',
} as const

export const privacyEn: Record<keyof typeof privacyNl, string> = {
  'field.tabPrivacy': 'Privacy',
  'field.retention': 'Retention of a file',
  'field.retentionHelp':
    'After this term a file is anonymised: the figures stay, everything that identifies or describes a person goes. Empty: two years.',
  'field.retentionFrom': 'Retention counts from',
  'retentionFrom.closure': 'the closure of the complaint',
  'retentionFrom.lastAct': 'the last act in the file',
  'field.legalHold': 'Legal hold: do not anonymise',
  'field.legalHoldReason': 'Reason for the hold',
  'field.anonymisedOn': 'Anonymised on',
  'field.erasureReason': 'Erased on request, reason',
  'auditAction.anonymised': 'anonymised after the retention term',
  'auditAction.erased': 'erased on request',
  'auditAction.exported': "complainant's data exported",
  'refusal.exportNotAllowed':
    "Only directie and the administrator can export a complainant's data.",
  'refusal.complaintAnonymised': 'This file has been anonymised and can no longer be changed.',
  'refusal.erasureReasonRequired':
    "state why the data is erased: the complainant's request is recorded with its reason.",
  'refusal.erasureOnHold':
    'this complaint is under a legal hold ({reason}); it can be erased once the hold is lifted.',
  'refusal.erasureWhileOpen':
    'a complaint being handled cannot be erased; it can once it is closed, withdrawn, not admitted or resolved informally.',
  'refusal.erasureNotAllowed': 'only directie and the administrator can erase a file.',
  'collection.accessLog.singular': 'Access log entry',
  'collection.accessLog.plural': 'Access log',
  'field.accessLog': 'Access log',
  'field.readBy': 'Read by',
  'field.complaintId': 'Complaint (id)',
  'field.accessPath': 'Through',
  'accessPath.rest': 'REST API',
  'accessPath.graphql': 'GraphQL API',
  'accessPath.admin': 'admin panel',
  'accessPath.print': 'print',
  'accessPath.download': 'download',
  'accessPath.export': 'export',
  'accessPath.local': 'Local API',
  'refusal.accessLogUnchangeable':
    'only the system writes to it; nobody changes or deletes an entry, not even an administrator.',
}
