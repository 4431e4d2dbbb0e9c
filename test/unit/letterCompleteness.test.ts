/**
 * Every letter kind, in both languages, for every model regulation, in every situation that owes
 * it: no placeholder, no empty value, no dangling colon, and nothing about what does not apply
 * (the UWV labour expert for a complainant who is no UWV client).
 */
import { factsFromDocument } from '../../src/complaints/factsFromDocument'
import { plainText } from '../../src/complaints/richText'
import { richTextOf } from '../../src/complaints/richText'
import { LETTER_KINDS } from '../../src/letters/kinds'
import { mergeValues } from '../../src/letters/mergeValues'
import { lettersOwed } from '../../src/letters/owed'
import { renderTemplate } from '../../src/letters/render'
import { templateFor } from '../../src/letters/template'
import {
  actsForClient,
  checkAdmissibility,
  createContext,
  SEED_SLUGS,
  seedRegulations,
} from '../../src/procedure'

import type { LetterKind } from '../../src/letters/kinds'
import type { Lang, SeedSlug } from '../../src/procedure'

type Doc = Record<string, any>

const TODAY = '2026-05-29'

const base = (lang: Lang): Doc => ({
  reference: 'KL-2026-0042',
  receivedOn: '2026-04-24',
  channel: 'email',
  eventsOn: '2026-04-20',
  description: 'De begeleider kwam niet.',
  complainant: {
    name: 'J. de Vries',
    address: 'Dorpsstraat 1',
    city: 'Utrecht',
    email: 'j@example.com',
    language: lang,
    role: 'client',
  },
  uwv: { isUwvClient: false },
  admissibilityIssues: null,
})

/** Situations a complaint passes through, each a change of the base complaint. */
const SITUATIONS: Record<string, (slug: SeedSlug) => Doc> = {
  'written and new': () => ({}),
  'oral and not yet in writing': () => ({ channel: 'phone' }),
  'of a UWV client': () => ({ uwv: { isUwvClient: true } }),
  'not admitted, with a motivation': () => ({
    nonAdmittedOn: '2026-05-01',
    nonAdmissionMotivation: 'De klacht gaat niet over onze dienstverlening.',
  }),
  'about an excluded subject, no motivation written': (slug) => {
    const subject = seedRegulations[slug].rules.excludedSubjects[0]
    return subject
      ? {
          excludedSubject: subject.key,
          admissibilityIssues: [
            {
              rule: 'subjectExcluded',
              nl: `Klachten over ${subject.label.nl} vallen niet onder deze regeling.`,
              en: `Complaints about ${subject.label.en} are not covered by this regulation.`,
            },
          ],
        }
      : {}
  },
  'handled by a committee': () => ({ committee: 1 }),
  'extended with a new date and a reason': () => ({
    extensions: [
      {
        kind: extensionKind(),
        announcedOn: '2026-05-20',
        newDate: '2026-06-26',
        reason: 'Een getuige is afwezig.',
      },
    ],
  }),
  'extended with a reason only': () => ({
    extensions: [
      { kind: extensionKind(), announcedOn: '2026-05-20', reason: 'Een getuige is afwezig.' },
    ],
  }),
  'extended with a new date only': () => ({
    extensions: [{ kind: extensionKind(), announcedOn: '2026-05-20', newDate: '2026-06-26' }],
  }),
  'decided, without measures': () => ({
    outcome: 'unfounded',
    reasoning: richTextOf('Wij hebben beide kanten gehoord.'),
  }),
  'decided with measures, and sent': () => ({
    outcome: 'founded',
    reasoning: richTextOf('De afspraak is niet nagekomen.'),
    measures: 'Vaste begeleider.',
    decidedOn: '2026-05-20',
  }),
  'in appeal, decided': () => ({
    outcome: 'founded',
    reasoning: richTextOf('Zie brief.'),
    decidedOn: '2026-05-11',
    appealedOn: '2026-05-18',
    appealOutcome: 'unfounded',
  }),
  'referred to an external body': () => ({ referredOn: '2026-05-01' }),
  // Where the regulation lets someone complain for a client (both IZW, Krachtig Perspectief).
  'made on behalf of a client, and decided': (slug) => {
    const role = seedRegulations[slug].rules.complainantRoles.find(actsForClient)
    return role
      ? {
          complainant: { ...base('nl').complainant, name: 'P. Bakker', role },
          client: { name: 'Jan Bakker', dateOfBirth: '1950-03-03' },
          outcome: 'partlyFounded',
          reasoning: richTextOf('Een deel klopt.'),
        }
      : {}
  },
}

let currentSlug: SeedSlug = 'hss'
const extensionKind = () =>
  seedRegulations[currentSlug].rules.extension.kind === 'fixed' ? 'fixed' : 'agreed'

const SURVEY_URL = 'https://klachten.example.org/klacht/tevredenheid/abc'
/** What staff give a letter they ask for: whom it is to, the conversation, the questions. */
type Asked = Pick<Parameters<typeof mergeValues>[0], 'addressee' | 'hearing' | 'request'>

const rendered = (
  slug: SeedSlug,
  kind: LetterKind,
  complaint: Doc,
  lang: Lang,
  asked: Asked = {},
  surveyUrl = complaint.decidedOn ? SURVEY_URL : '',
): string => {
  const { rules, name, organisation } = seedRegulations[slug]
  const facts = factsFromDocument(complaint, complaint.committee ? ['anna', 'bram'] : [])
  const { deadlines } = createContext({ rules, facts, today: TODAY })
  const values = mergeValues({
    complaint,
    regulation: { id: 1, name, organisation },
    rules,
    deadlines,
    committeeMembers: complaint.committee ? ['Anna Jansen', 'Bram Kok'] : [],
    regulationUrl: 'https://klachten.example.org/klacht/regeling',
    surveyUrl,
    lang,
    ...asked,
  })
  const template = templateFor([], kind, lang)
  return plainText(renderTemplate(template.body, values))
}

const cases = SEED_SLUGS.flatMap((slug) =>
  (['nl', 'en'] as const).flatMap((lang) =>
    Object.entries(SITUATIONS).flatMap(([situation, change]) => {
      currentSlug = slug
      const complaint = { ...base(lang), ...change(slug) }
      const { rules } = seedRegulations[slug]
      const facts = factsFromDocument(complaint, complaint.committee ? ['anna', 'bram'] : [])
      const calendar = createContext({ rules, facts, today: TODAY }).calendar
      const owed = lettersOwed({
        rules,
        facts,
        admissible: checkAdmissibility(rules, facts, calendar).admissible,
        decisionReady: Boolean(complaint.outcome),
        appealDecisionReady: Boolean(complaint.appealOutcome),
      })
      return [...new Set(owed)].map((kind) => ({
        slug,
        lang,
        situation,
        kind,
        complaint,
        asked: {} as Asked,
      }))
    }),
  ),
)

/** The letters staff ask for during the investigation, in what they may or may not fill in. */
const ASKED: Record<string, [LetterKind, Asked]> = {
  'information asked of the complainant, no date': [
    'informationRequest',
    { request: { questions: 'Welke afspraken zijn er gemaakt?' } },
  ],
  'information asked of someone else, answer by a date': [
    'informationRequest',
    {
      addressee: { name: 'P. Bakker' },
      request: { questions: 'Wat heeft u gezien?', answerBy: '2026-06-12' },
    },
  ],
  'an invitation with every detail': [
    'invitation',
    {
      hearing: {
        date: '2026-06-09',
        time: '14.30',
        place: 'Stationsplein 1, Utrecht',
        attendees: 'Anna Smit en Bram Kok',
      },
    },
  ],
  'an invitation without attendees named': [
    'invitation',
    { hearing: { date: '2026-06-09', time: '9:00', place: 'Online (Teams)' } },
  ],
}

cases.push(
  ...SEED_SLUGS.flatMap((slug) =>
    (['nl', 'en'] as const).flatMap((lang) =>
      Object.entries(ASKED).map(([situation, [kind, asked]]) => ({
        slug,
        lang,
        situation,
        kind,
        complaint: base(lang),
        asked,
      })),
    ),
  ),
)

describe('every letter a model regulation owes comes out complete', () => {
  it('covers every letter kind somewhere', () => {
    expect([...new Set(cases.map((each) => each.kind))].sort()).toEqual([...LETTER_KINDS].sort())
  })

  it.each(
    cases.map((each) => ({
      ...each,
      title: `${each.slug}, ${each.situation}: ${each.kind} (${each.lang})`,
    })),
  )('$title', ({ slug, kind, complaint, lang, asked }) => {
    currentSlug = slug
    const text = rendered(slug, kind, complaint, lang, asked)
    expect(text).not.toMatch(/\{\{|\}\}/)
    expect(text).not.toMatch(/undefined|null|NaN/)
    // A value that was missing leaves traces: a colon before nothing, a space before a full stop, an empty pair of brackets.
    expect(text).not.toMatch(
      /:\s*[.,]|:\s*$|:\s*\n| [.,]|\(\s*\)|\s{3,}|uiterlijk( op)?\s*[.,]|by\s*[.,]/m,
    )
    for (const paragraph of text.split('\n')) expect(paragraph.trim()).not.toBe('')
    if (!complaint.uwv?.isUwvClient) expect(text).not.toMatch(/UWV/)
  })
})

describe('the letters that carry what the regulation promises', () => {
  it('dates the extension letter: the old term and the new one (IZW Ambulant: "een verlenging van 4 weken")', () => {
    currentSlug = 'izw-ambulant'
    const text = rendered(
      'izw-ambulant',
      'extension',
      { ...base('nl'), ...SITUATIONS['extended with a reason only']!('izw-ambulant') },
      'nl',
    )
    expect(text).toContain('Wij hadden u uiterlijk op vrijdag 5 juni 2026 antwoord willen geven')
    expect(text).toContain('U ontvangt ons antwoord nu uiterlijk op vrijdag 3 juli 2026.')
  })

  it('tells a Krachtig Perspectief complainant the reason, and that a date follows, when none was set (art. 4.3)', () => {
    currentSlug = 'krachtig-perspectief'
    const text = rendered(
      'krachtig-perspectief',
      'extension',
      { ...base('nl'), ...SITUATIONS['extended with a reason only']!('krachtig-perspectief') },
      'nl',
    )
    expect(text).toContain('De reden: Een getuige is afwezig.')
    expect(text).toContain('Wij laten u zo snel mogelijk weten wanneer u ons antwoord ontvangt.')
  })

  it('offers the UWV labour expert to UWV clients only (IN FOCUS: "de arbeidsdeskundige van het UWV")', () => {
    currentSlug = 'in-focus-samen'
    const decided = SITUATIONS['decided with measures, and sent']!('in-focus-samen')
    expect(
      rendered(
        'in-focus-samen',
        'decision',
        { ...base('nl'), ...decided, uwv: { isUwvClient: true } },
        'nl',
      ),
    ).toContain('Arbeidsdeskundige UWV')
    expect(
      rendered('in-focus-samen', 'decision', { ...base('nl'), ...decided }, 'nl'),
    ).not.toContain('UWV')
  })

  it('gives the reason the regulation excludes a subject when no motivation was written (HSS 3.1)', () => {
    currentSlug = 'hss'
    const text = rendered(
      'hss',
      'nonAdmission',
      { ...base('nl'), ...SITUATIONS['about an excluded subject, no motivation written']!('hss') },
      'nl',
    )
    expect(text).toContain(
      'De reden: Klachten over administratiekosten vallen niet onder deze regeling.',
    )
  })

  it('gives the survey link in the closure letter where the regulation asks for satisfaction (IZW: "de mate van tevredenheid")', () => {
    const decided = SITUATIONS['decided with measures, and sent']!('izw-ambulant')
    for (const slug of ['izw-ambulant', 'izw-arbeidscoaching'] as const) {
      currentSlug = slug
      expect(rendered(slug, 'closure', { ...base('nl'), ...decided }, 'nl')).toContain(
        `via deze persoonlijke link, die alleen voor uw klacht werkt: ${SURVEY_URL}`,
      )
      expect(rendered(slug, 'satisfactionSurvey', { ...base('en'), ...decided }, 'en')).toContain(
        `through this private link, which works for your complaint only: ${SURVEY_URL}`,
      )
      // Without a link (none made yet), the sentence that would give it is left out whole.
      const without = rendered(slug, 'closure', { ...base('nl'), ...decided }, 'nl', {}, '')
      expect(without).not.toMatch(/tevreden|persoonlijke link/)
    }
    for (const slug of ['hss', 'krachtig-perspectief', 'in-focus-samen'] as const) {
      currentSlug = slug
      expect(rendered(slug, 'closure', { ...base('nl'), ...decided }, 'nl')).not.toMatch(
        /tevreden|tevredenheid|persoonlijke link/,
      )
    }
  })

  it('leaves out the escalation sentence of a Krachtig Perspectief appeal decision, which names no body', () => {
    currentSlug = 'krachtig-perspectief'
    const text = rendered(
      'krachtig-perspectief',
      'appealDecision',
      { ...base('nl'), ...SITUATIONS['in appeal, decided']!('krachtig-perspectief') },
      'nl',
    )
    expect(text).toContain('Ons oordeel in beroep: ongegrond.')
    expect(text).not.toContain('wenden tot')
  })
})

describe('the letters to someone who complains on behalf of a client', () => {
  const onBehalf = (slug: SeedSlug, lang: Lang, role: string, client: Doc | null): Doc => ({
    ...base(lang),
    complainant: { ...base(lang).complainant, name: 'P. Bakker', role },
    ...(client ? { client } : {}),
    outcome: 'partlyFounded',
    reasoning: richTextOf('Een deel klopt.'),
  })

  it.each([
    ['izw-arbeidscoaching', 'legalRepresentative'],
    ['izw-ambulant', 'survivingRelative'],
    ['krachtig-perspectief', 'representative'],
  ] as const)(
    'are addressed to the complainant and name the client in both languages (%s, %s)',
    (slug, role) => {
      currentSlug = slug
      const complaint = (lang: Lang) => onBehalf(slug, lang, role, { name: 'Jan Bakker' })
      const nl = {
        acknowledgement: rendered(slug, 'acknowledgement', complaint('nl'), 'nl'),
        decision: rendered(slug, 'decision', complaint('nl'), 'nl'),
      }
      const en = {
        acknowledgement: rendered(slug, 'acknowledgement', complaint('en'), 'en'),
        decision: rendered(slug, 'decision', complaint('en'), 'en'),
      }
      expect(nl.acknowledgement).toMatch(/^Beste P\. Bakker,/)
      expect(nl.acknowledgement).toContain('U dient deze klacht in namens Jan Bakker.')
      expect(nl.decision).toContain('Het gaat om uw klacht namens Jan Bakker.')
      expect(en.acknowledgement).toMatch(/^Dear P\. Bakker,/)
      expect(en.acknowledgement).toContain('You make this complaint on behalf of Jan Bakker.')
      expect(en.decision).toContain('This is your complaint on behalf of Jan Bakker.')
      expect(
        rendered(
          slug,
          'nonAdmission',
          {
            ...complaint('en'),
            nonAdmittedOn: '2026-05-01',
            nonAdmissionMotivation: 'Buiten de regeling.',
          },
          'en',
        ),
      ).toContain('You did so on behalf of Jan Bakker.')
    },
  )

  it('leaves the sentence out, and keeps the rest, when the complainant is the client', () => {
    currentSlug = 'izw-ambulant'
    const own = { ...base('nl'), outcome: 'founded', reasoning: richTextOf('Klopt.') }
    const acknowledgement = rendered('izw-ambulant', 'acknowledgement', own, 'nl')
    expect(acknowledgement).not.toMatch(/namens/)
    expect(acknowledgement).toContain('hebben wij uw klacht ontvangen. Uw klacht heeft het kenmerk')
    const decision = rendered('izw-ambulant', 'decision', own, 'nl')
    expect(decision).not.toMatch(/namens/)
    expect(decision).toContain('onderzocht. Wij vinden uw klacht gegrond.')
    // A client's name left behind on a complaint the client makes is never put in a letter.
    const stray = { ...own, client: { name: 'Iemand Anders' } }
    expect(rendered('izw-ambulant', 'decision', stray, 'en')).not.toContain('Iemand Anders')
  })
})
