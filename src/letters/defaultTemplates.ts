import type { Lang } from '../procedure/localized'
import type { LetterKind } from './kinds'

export type TemplateText = { subject: string; paragraphs: string[] }

const greeting = { nl: 'Beste {{complainant.name}},', en: 'Dear {{complainant.name}},' }
const closing = {
  nl: ['Met vriendelijke groet,', '{{organisation}}'],
  en: ['Kind regards,', '{{organisation}}'],
}

const letter = (lang: Lang, subject: string, ...body: string[]): TemplateText => ({
  subject,
  paragraphs: [greeting[lang], ...body, ...closing[lang]],
})

/** A letter that may go to someone other than the complainant greets whom it is addressed to. */
const greetingTo = { nl: 'Beste {{addressee.name}},', en: 'Dear {{addressee.name}},' }

const letterTo = (lang: Lang, subject: string, ...body: string[]): TemplateText => ({
  subject,
  paragraphs: [greetingTo[lang], ...body, ...closing[lang]],
})

/**
 * The letters the plugin ships for every kind, used wherever a regulation has no template of its
 * own. Admins replace them per regulation in the Letter templates tab.
 */
export const defaultTemplates: Record<LetterKind, Record<Lang, TemplateText>> = {
  acknowledgement: {
    nl: letter(
      'nl',
      'Ontvangstbevestiging van uw klacht {{reference}}',
      'Op {{receivedOn}} hebben wij uw klacht ontvangen. U dient deze klacht in namens {{client.name}}. Uw klacht heeft het kenmerk {{reference}}; noemt u dat als u contact met ons opneemt.',
      'Wij behandelen uw klacht volgens de {{regulation.name}}, die u kunt lezen op {{regulation.link}}. Wij luisteren naar u en naar de betrokkenen en laten u schriftelijk weten wat wij van uw klacht vinden.',
      'U ontvangt ons antwoord uiterlijk op {{deadline.decision}}.',
      'U kunt op elk moment ook terecht bij: {{escalation.anyMoment}}. Zij helpen u onafhankelijk van ons.',
    ),
    en: letter(
      'en',
      'Your complaint {{reference}} has been received',
      'We received your complaint on {{receivedOn}}. You make this complaint on behalf of {{client.name}}. Its reference is {{reference}}; please mention it when you contact us.',
      'We handle your complaint under the {{regulation.name}}, which you can read at {{regulation.link}}. We listen to you and to those involved, and tell you in writing what we conclude.',
      'You will receive our answer on {{deadline.decision}} at the latest.',
      'At any moment you can also turn to: {{escalation.anyMoment}}. They help you independently of us.',
    ),
  },
  writtenConfirmationRequest: {
    nl: letter(
      'nl',
      'Wilt u uw klacht schriftelijk bevestigen?',
      'Op {{receivedOn}} heeft u ons mondeling een klacht gemeld. Volgens de {{regulation.name}} behandelen wij een klacht zodra die schriftelijk is ingediend of door u op het klachtformulier is bevestigd.',
      'Wilt u uw klacht op papier of per e-mail aan ons sturen, of het klachtformulier ondertekenen? Daarna ontvangt u een ontvangstbevestiging met de datum waarop u ons antwoord kunt verwachten.',
    ),
    en: letter(
      'en',
      'Would you confirm your complaint in writing?',
      'On {{receivedOn}} you told us of a complaint. Under the {{regulation.name}} we handle a complaint once it is made in writing or confirmed by you on the complaint form.',
      'Would you send us your complaint on paper or by e-mail, or sign the complaint form? You will then receive an acknowledgement with the date you can expect our answer.',
    ),
  },
  committeeComposition: {
    nl: letter(
      'nl',
      'Wie uw klacht {{reference}} behandelen',
      'Uw klacht wordt behandeld door een klachtencommissie van {{committee.members}}. Zij zijn niet betrokken bij waar uw klacht over gaat.',
      'Heeft u bezwaar tegen een van de leden, laat het ons dan zo snel mogelijk weten.',
    ),
    en: letter(
      'en',
      'Who handles your complaint {{reference}}',
      'Your complaint is handled by a complaints committee of {{committee.members}}. They are not involved in what your complaint is about.',
      'If you object to one of its members, please let us know as soon as possible.',
    ),
  },
  nonAdmission: {
    nl: letter(
      'nl',
      'Wij nemen uw klacht {{reference}} niet in behandeling',
      'U heeft ons op {{receivedOn}} een klacht gestuurd. U deed dat namens {{client.name}}. Wij nemen deze klacht niet in behandeling.',
      'De reden: {{nonAdmission.motivation}}',
      'Bent u het daar niet mee eens? {{objection}}',
    ),
    en: letter(
      'en',
      'We do not take up your complaint {{reference}}',
      'You sent us a complaint on {{receivedOn}}. You did so on behalf of {{client.name}}. We do not take this complaint into consideration.',
      'The reason: {{nonAdmission.motivation}}',
      'Do you disagree? {{objection}}',
    ),
  },
  extension: {
    nl: letter(
      'nl',
      'Wij hebben meer tijd nodig voor uw klacht {{reference}}',
      'Wij hadden u uiterlijk op {{deadline.originalDecision}} antwoord willen geven over uw klacht van {{receivedOn}}, maar wij hebben meer tijd nodig.',
      'De reden: {{extension.reason}}',
      '{{extension.answerBy}}',
    ),
    en: letter(
      'en',
      'We need more time for your complaint {{reference}}',
      'We meant to answer your complaint of {{receivedOn}} by {{deadline.originalDecision}}, but we need more time.',
      'The reason: {{extension.reason}}',
      '{{extension.answerBy}}',
    ),
  },
  decision: {
    nl: letter(
      'nl',
      'Ons oordeel over uw klacht {{reference}}',
      'Wij hebben uw klacht van {{receivedOn}} onderzocht. Het gaat om uw klacht namens {{client.name}}. Wij vinden uw klacht {{decision.outcome}}.',
      '{{decision.reasoning}}',
      '{{decision.measures}}',
      'Bent u het niet eens met ons oordeel? {{objection}}',
    ),
    en: letter(
      'en',
      'Our decision on your complaint {{reference}}',
      'We have looked into your complaint of {{receivedOn}}. This is your complaint on behalf of {{client.name}}. We find your complaint {{decision.outcome}}.',
      '{{decision.reasoning}}',
      '{{decision.measures}}',
      'Do you disagree with our decision? {{objection}}',
    ),
  },
  closure: {
    nl: letter(
      'nl',
      'Uw klacht {{reference}} is afgehandeld',
      'Hierbij bevestigen wij dat uw klacht is afgehandeld, met de stappen die wij u in ons oordeel hebben beschreven.',
      'De behandeling van uw klacht duurde {{leadTime}}.',
      'Wij horen graag hoe tevreden u bent over de behandeling van uw klacht; u beantwoordt drie korte vragen via deze persoonlijke link, die alleen voor uw klacht werkt: {{surveyLink}}',
      'Heeft u nieuwe informatie over uw klacht, neem dan contact met ons op.',
    ),
    en: letter(
      'en',
      'Your complaint {{reference}} has been dealt with',
      'We confirm that your complaint has been dealt with, with the steps described in our decision.',
      'Handling your complaint took {{leadTime}}.',
      'We would like to know how satisfied you are with how we handled your complaint; you answer three short questions through this private link, which works for your complaint only: {{surveyLink}}',
      'If you have new information about your complaint, please contact us.',
    ),
  },
  appealAcknowledgement: {
    nl: letter(
      'nl',
      'Wij hebben uw beroep ontvangen ({{reference}})',
      'Op {{appeal.filedOn}} heeft u beroep ingesteld tegen ons oordeel over uw klacht. Uw beroep wordt beoordeeld door iemand die niet bij de eerste behandeling betrokken was.',
    ),
    en: letter(
      'en',
      'We received your appeal ({{reference}})',
      'On {{appeal.filedOn}} you appealed against our decision on your complaint. Your appeal is judged by someone who was not involved in the first handling.',
    ),
  },
  appealDecision: {
    nl: letter(
      'nl',
      'Oordeel over uw beroep ({{reference}})',
      'Wij hebben uw beroep van {{appeal.filedOn}} beoordeeld. Ons oordeel in beroep: {{appeal.outcome}}.',
      'Bent u het hier niet mee eens, dan kunt u zich wenden tot: {{escalation.bodies}}.',
    ),
    en: letter(
      'en',
      'Decision on your appeal ({{reference}})',
      'We have judged your appeal of {{appeal.filedOn}}. Our decision on appeal: {{appeal.outcome}}.',
      'If you disagree, you can turn to: {{escalation.bodies}}.',
    ),
  },
  referral: {
    nl: letter(
      'nl',
      'Uw klacht {{reference}} en een onafhankelijke instantie',
      'Op {{referral.on}} hebben wij uw klacht voorgelegd aan {{referral.body}}. Deze instantie neemt uiterlijk op {{referral.contactBy}} contact met u op.',
      'U kunt met uw klacht ook terecht bij: {{escalation.bodies}}. Zij helpen u onafhankelijk van ons.',
    ),
    en: letter(
      'en',
      'Your complaint {{reference}} and an independent body',
      'On {{referral.on}} we put your complaint before {{referral.body}}. This body will contact you on {{referral.contactBy}} at the latest.',
      'You can also take your complaint to: {{escalation.bodies}}. They help you independently of us.',
    ),
  },
  // Neither letter names the complainant: it may go to someone else (Krachtig Perspectief art. 7:
  // only those directly involved learn of the complaint).
  informationRequest: {
    nl: letterTo(
      'nl',
      'Verzoek om informatie over klacht {{reference}}',
      'Wij onderzoeken de klacht met kenmerk {{reference}} volgens de {{regulation.name}}. Om de klacht goed te kunnen beoordelen, vragen wij u het volgende: {{request.questions}}',
      'Wij ontvangen uw antwoord graag uiterlijk op {{request.answerBy}}. Noemt u in uw antwoord het kenmerk {{reference}}; u kunt eenvoudig op deze brief antwoorden.',
      'Wij gaan zorgvuldig en vertrouwelijk om met wat u ons vertelt.',
    ),
    en: letterTo(
      'en',
      'Request for information about complaint {{reference}}',
      'We are looking into the complaint with reference {{reference}} under the {{regulation.name}}. To judge the complaint properly, we ask you the following: {{request.questions}}',
      'We would welcome your answer by {{request.answerBy}}. Please mention the reference {{reference}} in your answer; you can simply reply to this letter.',
      'We treat what you tell us with care and in confidence.',
    ),
  },
  invitation: {
    nl: letterTo(
      'nl',
      'Uitnodiging voor een gesprek over klacht {{reference}}',
      'Wij onderzoeken de klacht met kenmerk {{reference}} volgens de {{regulation.name}}. Wij willen daarover graag met u in gesprek en nodigen u daarom uit.',
      'Datum: {{invitation.date}}',
      'Tijd: {{invitation.time}} uur',
      'Plaats: {{invitation.place}}',
      'Aanwezig: {{invitation.attendees}}',
      'U mag iemand meenemen die u steunt, bijvoorbeeld een familielid, een vriend of een vertrouwenspersoon. Wilt u ons laten weten wie u meeneemt?',
      'Komt dit moment u niet uit? Neem dan contact met ons op, dan zoeken wij samen een ander moment. Noemt u daarbij het kenmerk {{reference}}.',
    ),
    en: letterTo(
      'en',
      'Invitation to a conversation about complaint {{reference}}',
      'We are looking into the complaint with reference {{reference}} under the {{regulation.name}}. We would like to talk it over with you, and invite you to a conversation.',
      'Date: {{invitation.date}}',
      'Time: {{invitation.time}}',
      'Place: {{invitation.place}}',
      'Attending: {{invitation.attendees}}',
      'You may bring someone who supports you, such as a relative, a friend or a confidential adviser. Would you let us know whom you bring?',
      'Does this time not suit you? Please contact us and we will find another time together. Please mention the reference {{reference}}.',
    ),
  },
  satisfactionSurvey: {
    nl: letter(
      'nl',
      'Hoe tevreden bent u over de behandeling van uw klacht?',
      'Uw klacht {{reference}} is afgehandeld. Wij horen graag hoe tevreden u bent over de manier waarop wij uw klacht hebben behandeld.',
      'U beantwoordt drie korte vragen via deze persoonlijke link, die alleen voor uw klacht werkt: {{surveyLink}}',
      'U kunt ook op deze brief antwoorden: geef de behandeling een cijfer van 1 tot en met 5 en laat ons weten of uw klacht goed is behandeld.',
    ),
    en: letter(
      'en',
      'How satisfied are you with how we handled your complaint?',
      'Your complaint {{reference}} has been dealt with. We would like to know how satisfied you are with the way we handled it.',
      'You answer three short questions through this private link, which works for your complaint only: {{surveyLink}}',
      'You can also reply to this letter: give the handling a score from 1 to 5 and tell us whether your complaint was handled well.',
    ),
  },
}
