import type { Lang } from './localized'
import type { Refusal, RefusalRule } from './refusal'

import { isIsoDate } from './dates'
import { formatDate } from './format'

/** The text for every refusal rule; `{name}` is filled from the refusal's params. */
export const refusalMessages: Record<Lang, Record<RefusalRule, string>> = {
  nl: {
    transitionNotAllowed: "Van '{from}' naar '{to}' gaan staat de klachtenregeling niet toe.",
    transitionNotDirect: "Van '{from}' naar '{to}' gaat niet in één stap: eerst {steps}.",
    requiredDataMissing:
      'Nog niet ingevuld: {datum}; de regeling vraagt dit voordat de behandeling begint.',
    complainantRoleNotAllowed:
      'Een {role} kan onder deze regeling geen klacht indienen; dat kunnen: {allowed}.',
    clientMissing:
      'Een {role} klaagt namens een cliënt: vul de naam in van de cliënt om wie de klacht gaat.',
    clientNotApplicable:
      'Een {role} klaagt in eigen naam, niet namens een cliënt: laat de gegevens van de cliënt leeg. Alleen een {roles} klaagt namens een cliënt.',
    complainantNotConsulted:
      'De regeling behandelt de klacht in overleg met de klager: leg een gesprek met de klager vast, of dat de klager daarvan afzag.',
    notOral:
      'Alleen een mondelinge klacht die nog niet op schrift staat, wacht op schriftelijke bevestiging.',
    notOfficial:
      'De klacht is nog niet officieel: leg haar eerst schriftelijk vast (klachtenformulier of brief).',
    acknowledgementNotSent: 'Vul de datum in waarop de ontvangstbevestiging is verstuurd.',
    nonAdmissionNoticeNotSent:
      'Vul de datum in waarop de klager is bericht dat de klacht niet in behandeling wordt genomen.',
    motivationMissing: 'Geef de motivatie waarom de klacht niet in behandeling wordt genomen.',
    withdrawalNotRecorded: 'Vul de datum in waarop de klager de klacht heeft ingetrokken.',
    resolutionNotRecorded: 'Vul de datum in waarop de klacht in overleg is opgelost.',
    handlerMissing: 'Wijs eerst een klachtenbehandelaar aan.',
    committeeSizeWrong: 'De klachtencommissie bestaat uit {size} leden; nu zijn het er {count}.',
    committeeMemberInvolved:
      '{member} is bij de klacht betrokken en kan niet in de klachtencommissie zitten.',
    eventsTooOld:
      'De gebeurtenissen ({eventsOn}) liggen te ver terug: de regeling gaat over gebeurtenissen vanaf {earliest}.',
    subjectExcluded: 'Klachten over {subject} vallen niet onder deze regeling.',
    hearingNotScheduled: 'Vul de datum van het gesprek (hoor en wederhoor) in.',
    sidesNotHeard:
      'De regeling vraagt hoor en wederhoor vóór de uitspraak; nog niet gehoord: {sides}. Leg het gesprek vast (op of vóór vandaag), of dat werd afgezien van horen.',
    consentMissing:
      'De regeling benadert anderen dan de klager en de betrokken medewerker alleen na toestemming van de klager. Leg eerst die toestemming vast; nog niet ingevuld: {missing}.',
    consultedBeforeConsent:
      'Het gesprek met een ander op {consultedOn} ligt vóór de toestemming van de klager ({givenOn}); de regeling benadert anderen pas na toestemming.',
    extensionNotProvided: 'Deze regeling kent geen verlenging van de termijn.',
    extensionMissing:
      'Leg de verlenging vast: wanneer de klager is bericht, en zo nodig de nieuwe datum en de reden.',
    extensionKindMismatch: 'Deze regeling kent alleen een {expected}.',
    extensionOnlyOnce:
      'De termijn mag maar één keer worden verlengd; er zijn {count} verlengingen vastgelegd.',
    extensionAnnouncedTooLate:
      'De verlenging is gemeld op {announcedOn}, na het verlopen van de termijn op {deadline}.',
    extensionBeyondMaximum:
      'De nieuwe datum {newDate} ligt na {latest}, de uiterste datum die de regeling toestaat.',
    extensionReasonMissing: 'Geef de reden van de vertraging op; de klager moet die horen.',
    extensionNewDateMissing: 'Vul de nieuwe, met de klager afgesproken datum in.',
    extensionNewDateNotLater:
      'De nieuwe datum {newDate} ligt niet na de lopende termijn ({deadline}).',
    decisionTermNotStarted:
      'De termijn voor de uitspraak loopt nog niet: de klacht is nog niet officieel.',
    decisionNotSent: 'Vul de datum van de uitspraak in.',
    decisionReasonsMissing: 'De uitspraak moet met redenen zijn omkleed; vul de motivering in.',
    outcomeMissing: 'Geef aan of de klacht gegrond of ongegrond is.',
    closureNotRecorded: 'Vul de datum van afsluiting in.',
    appealNotProvided: 'Deze regeling kent geen beroep.',
    appealBeforeDecision: 'Het beroep ({appealedOn}) is gedateerd vóór de uitspraak ({decidedOn}).',
    appealTooLate:
      'Het beroep is ingesteld op {appealedOn}, na het einde van de beroepstermijn op {deadline}.',
    appealReviewerMissing: 'Wijs aan wie het beroep beoordeelt.',
    appealReviewerNotIndependent:
      '{reviewer} was bij de eerste behandeling betrokken en mag het beroep niet beoordelen.',
    appealDecisionNotSent: 'Vul de datum van de uitspraak op het beroep in.',
    reopenNotProvided: 'Deze regeling voorziet niet in het heropenen van een afgehandelde klacht.',
    newInformationMissing:
      'Heropenen kan als de klager nieuwe informatie aanlevert; vul de datum daarvan in.',
    dissatisfactionNotRecorded:
      'Een nieuw onderzoek kan als de klager niet tevreden is; vul de datum in waarop de klager dat liet weten.',
    termInvalid: 'Ongeldige termijn: kies een heel getal van 0 of meer en een eenheid.',
    committeeSizeMissing: 'Geef op uit hoeveel leden de klachtencommissie bestaat.',
    extensionWithoutDecisionTerm:
      'Een vaste verlenging kan alleen als er een termijn voor de uitspraak is.',
    referralBodyUnknown:
      "'{body}' is geen externe instantie van deze regeling; kies een van: {bodies}.",
    referralDateMissing:
      'Vul de datum in waarop de externe instantie de klacht ontving (doorverwijzing of rechtstreeks).',
    bodyContactBeforeReferral:
      'Het contact door de externe instantie ({contactedOn}) ligt vóór de dag waarop zij de klacht ontving ({referredOn}).',
    internalStagesNotProvided: 'Deze regeling kent geen interne fasen; leg hier geen fase vast.',
    internalStageUnknown:
      "'{stage}' is geen interne fase van deze regeling; kies een van: {stages}.",
    internalStageDateMissing: 'Vul de datum in waarop de klacht de fase {stage} bereikte.',
    internalStageNotHigher:
      'Een klacht gaat alleen een fase omhoog: {stage} komt niet na {previous}.',
    internalStageBeforePrevious:
      'De fase {stage} ({on}) kan niet beginnen vóór de vorige fase ({previousOn}).',
    internalStageBeforeReceipt:
      'De fase {stage} ({on}) kan niet beginnen vóór de ontvangst van de klacht ({receivedOn}).',
    commissioningPartyUnknown:
      '"{value}" is geen opdrachtgever van deze regeling; kies er een uit de lijst van de regeling: {known}.',
    commissioningPartyNone:
      '"{value}": deze regeling kent geen opdrachtgevers; laat dit veld leeg of voeg de opdrachtgever toe aan de regeling.',
  },
  en: {
    transitionNotAllowed: "The regulation does not allow a change from '{from}' to '{to}'.",
    transitionNotDirect: "'{from}' cannot become '{to}' in one step: first {steps}.",
    requiredDataMissing:
      'Not filled in yet: {datum}; the regulation asks for it before handling starts.',
    complainantRoleNotAllowed:
      'A {role} cannot complain under this regulation; those who can: {allowed}.',
    clientMissing:
      'A {role} complains on behalf of a client: fill in the name of the client the complaint is about.',
    clientNotApplicable:
      "A {role} complains in their own right, not on behalf of a client: leave the client's details empty. Only a {roles} complains on behalf of a client.",
    complainantNotConsulted:
      'The regulation handles the complaint in consultation with the complainant: record a conversation with them, or that they declined one.',
    notOral: 'Only an oral complaint not yet in writing can await written confirmation.',
    notOfficial:
      'The complaint is not official yet: first put it in writing (complaint form or letter).',
    acknowledgementNotSent: 'Enter the date the acknowledgement was sent.',
    nonAdmissionNoticeNotSent:
      'Enter the date the complainant was told the complaint will not be taken into consideration.',
    motivationMissing: 'Give the motivation for not taking the complaint into consideration.',
    withdrawalNotRecorded: 'Enter the date the complainant withdrew the complaint.',
    resolutionNotRecorded: 'Enter the date the complaint was resolved by agreement.',
    handlerMissing: 'Assign a complaints handler first.',
    committeeSizeWrong: 'The complaints committee has {size} members; it now has {count}.',
    committeeMemberInvolved:
      '{member} is involved in the complaint and cannot sit on the complaints committee.',
    eventsTooOld:
      'The events ({eventsOn}) are too long ago: the regulation covers events from {earliest} on.',
    subjectExcluded: 'Complaints about {subject} are not covered by this regulation.',
    hearingNotScheduled: 'Enter the date of the hearing.',
    sidesNotHeard:
      'The regulation requires hearing both sides before the decision; not heard yet: {sides}. Record the conversation (on or before today), or that the hearing was waived.',
    consentMissing:
      'The regulation contacts anyone other than the complainant and the employee concerned only with the complainant’s consent. Record that consent first; not filled in yet: {missing}.',
    consultedBeforeConsent:
      'The conversation with someone else on {consultedOn} is before the complainant’s consent ({givenOn}); the regulation contacts others only after consent.',
    extensionNotProvided: 'This regulation does not allow extending the term.',
    extensionMissing:
      'Record the extension: when the complainant was told and, where needed, the new date and the reason.',
    extensionKindMismatch: 'This regulation only allows a {expected}.',
    extensionOnlyOnce: 'The term may be extended only once; {count} extensions are recorded.',
    extensionAnnouncedTooLate:
      'The extension was announced on {announcedOn}, after the term ran out on {deadline}.',
    extensionBeyondMaximum:
      'The new date {newDate} is after {latest}, the latest date the regulation allows.',
    extensionReasonMissing: 'Give the reason for the delay; the complainant must be told.',
    extensionNewDateMissing: 'Enter the new date agreed with the complainant.',
    extensionNewDateNotLater: 'The new date {newDate} is not after the running term ({deadline}).',
    decisionTermNotStarted: 'The decision term has not started: the complaint is not official yet.',
    decisionNotSent: 'Enter the date of the decision.',
    decisionReasonsMissing: 'The decision must give its reasons; enter them.',
    outcomeMissing: 'State whether the complaint is founded or unfounded.',
    closureNotRecorded: 'Enter the closing date.',
    appealNotProvided: 'This regulation has no appeal.',
    appealBeforeDecision: 'The appeal ({appealedOn}) is dated before the decision ({decidedOn}).',
    appealTooLate:
      'The appeal was made on {appealedOn}, after the appeal window closed on {deadline}.',
    appealReviewerMissing: 'Assign who judges the appeal.',
    appealReviewerNotIndependent:
      '{reviewer} was involved in the first handling and may not judge the appeal.',
    appealDecisionNotSent: 'Enter the date of the appeal decision.',
    reopenNotProvided: 'This regulation does not provide for reopening a handled complaint.',
    newInformationMissing:
      'A complaint reopens when the complainant brings new information; enter its date.',
    dissatisfactionNotRecorded:
      'A new investigation is possible when the complainant is not satisfied; enter the date they said so.',
    termInvalid: 'Invalid term: choose a whole number of 0 or more and a unit.',
    committeeSizeMissing: 'Enter how many members the complaints committee has.',
    extensionWithoutDecisionTerm: 'A fixed extension needs a decision term.',
    referralBodyUnknown:
      "'{body}' is not an external body of this regulation; choose one of: {bodies}.",
    referralDateMissing:
      'Enter the date the external body received the complaint (on referral or directly).',
    bodyContactBeforeReferral:
      "The external body's contact ({contactedOn}) is before the day it received the complaint ({referredOn}).",
    internalStagesNotProvided: 'This regulation has no internal stages; record no stage here.',
    internalStageUnknown:
      "'{stage}' is not an internal stage of this regulation; choose one of: {stages}.",
    internalStageDateMissing: 'Enter the date the complaint reached the stage {stage}.',
    internalStageNotHigher:
      'A complaint only moves up a stage: {stage} does not come after {previous}.',
    internalStageBeforePrevious:
      'The stage {stage} ({on}) cannot begin before the previous stage ({previousOn}).',
    internalStageBeforeReceipt:
      'The stage {stage} ({on}) cannot begin before the complaint was received ({receivedOn}).',
    commissioningPartyUnknown:
      '"{value}" is not a commissioning party of this regulation; choose one from the regulation\'s list: {known}.',
    commissioningPartyNone:
      '"{value}": this regulation has no commissioning parties; leave this field empty or add the party to the regulation.',
  },
}

const paramText = (value: string | number, lang: Lang): string =>
  typeof value === 'string' && isIsoDate(value) ? formatDate(value, lang) : String(value)

/** Fills `{name}` from params (`name_nl` / `name_en` first); dates read as "vr 24 apr 2026" / "Fri 24 Apr 2026". */
export const fillMessage = (
  template: string,
  params: Record<string, string | number>,
  lang: Lang,
): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[`${name}_${lang}`] ?? params[name]
    return value === undefined ? placeholder : paramText(value, lang)
  })

/** The refusal as a sentence in the given language. */
export const describeRefusal = (refusal: Refusal, lang: Lang = 'nl'): string =>
  fillMessage(refusalMessages[lang][refusal.rule], refusal.params ?? {}, lang)
