import { plainText, richTextOf } from '../../src/complaints/richText'
import { mergeValues } from '../../src/letters/mergeValues'
import { lettersOwed, lettersToDraft } from '../../src/letters/owed'
import { renderTemplate } from '../../src/letters/render'
import { templateFor } from '../../src/letters/template'
import { writtenDate } from '../../src/letters/writtenDate'
import { copySeed } from '../../src/procedure/seeds'

import type { ComplaintFacts } from '../../src/procedure/facts'

const facts = (more: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  receivedOn: '2026-04-24',
  channel: 'written',
  ...more,
})

describe('letters owed to the complainant', () => {
  const izw = copySeed('izw-ambulant').rules
  const owed = (
    more: Partial<ComplaintFacts>,
    flags: Partial<{
      admissible: boolean
      decisionReady: boolean
      appealDecisionReady: boolean
    }> = {},
  ) =>
    lettersOwed({
      rules: izw,
      facts: facts(more),
      admissible: true,
      decisionReady: false,
      appealDecisionReady: false,
      ...flags,
    })

  it.each([
    ['a new written complaint', {}, {}, ['acknowledgement']],
    // IZW: receipt acknowledged within 5 working days of receipt, and the request to confirm it in writing.
    [
      'an oral complaint not yet in writing',
      { channel: 'oral' as const },
      {},
      ['writtenConfirmationRequest', 'acknowledgement'],
    ],
    ['an inadmissible complaint without motivation', {}, { admissible: false }, []],
    [
      'an inadmissible complaint with motivation',
      { nonAdmissionMotivation: 'Te oud.' },
      { admissible: false },
      ['nonAdmission'],
    ],
    [
      'an admissible complaint staff decided not to take up',
      { nonAdmissionMotivation: 'Ingetrokken na gesprek.' },
      {},
      ['acknowledgement', 'nonAdmission'],
    ],
    [
      'two extensions',
      { extensions: [{ kind: 'fixed' as const }, { kind: 'fixed' as const }] },
      {},
      ['acknowledgement', 'extension', 'extension'],
    ],
    [
      'a decided complaint',
      { decidedOn: '2026-05-20' },
      {},
      ['acknowledgement', 'decision', 'closure', 'satisfactionSurvey'],
    ],
  ])('owes for %s: the right letters', (_case, more, flags, expected) => {
    expect(owed(more, flags)).toEqual(expected)
  })

  it('drafts only what is not there yet, counting repeated kinds', () => {
    expect(
      lettersToDraft(
        ['acknowledgement', 'extension', 'extension'],
        ['extension', 'acknowledgement'],
      ),
    ).toEqual(['extension'])
    expect(lettersToDraft(['acknowledgement'], ['acknowledgement', 'acknowledgement'])).toEqual([])
  })
})

describe('rendering a template', () => {
  it('fills merge fields, keeps unknown ones visible and drops paragraphs left empty', () => {
    const template = richTextOf(
      'Beste {{complainant.name}},',
      '{{decision.measures}}',
      'Kenmerk {{reference}} {{unknown}}',
    )
    const rendered = renderTemplate(template, {
      'complainant.name': 'A. Jansen',
      'decision.measures': '',
      reference: 'KL-2026-0001',
    })
    const texts = rendered.root.children.map((paragraph) => paragraph.children[0]!.text)
    expect(texts).toEqual(['Beste A. Jansen,', 'Kenmerk KL-2026-0001 {{unknown}}'])
    expect(template.root.children[0]!.children[0]!.text).toBe('Beste {{complainant.name}},')
  })

  it.each([
    ['2026-04-24', 'nl', 'vrijdag 24 april 2026'],
    ['2026-04-24', 'en', 'Friday 24 April 2026'],
    ['2027-01-01', 'nl', 'vrijdag 1 januari 2027'],
  ] as const)('writes %s out as a letter does (%s)', (date, lang, expected) => {
    expect(writtenDate(date, lang)).toBe(expected)
  })
})

describe('the lead time of a closure letter', () => {
  const leadTimeOf = (complaint: Record<string, unknown>, lang: 'nl' | 'en') =>
    mergeValues({
      complaint,
      regulation: { name: 'Regeling', organisation: 'Zorg BV' },
      rules: copySeed('izw-ambulant').rules,
      deadlines: [],
      committeeMembers: [],
      regulationUrl: 'https://klachten.example.org/regeling',
      lang,
    }).leadTime

  it('counts calendar days from receipt to closure and names both days', () => {
    const closed = { receivedOn: '2026-03-03T10:00:00.000Z', closedOn: '2026-04-06T10:00:00.000Z' }
    expect(leadTimeOf(closed, 'nl')).toBe(
      '34 dagen, van dinsdag 3 maart 2026 tot maandag 6 april 2026',
    )
    expect(leadTimeOf(closed, 'en')).toBe(
      '34 days, from Tuesday 3 March 2026 to Monday 6 April 2026',
    )
    expect(leadTimeOf({ receivedOn: '2026-03-03', closedOn: '2026-03-04' }, 'nl')).toMatch(
      /^1 dag, /,
    )
  })

  it('is in the closure letter the model regulations start with', () => {
    expect(plainText(templateFor([], 'closure', 'nl').body)).toContain('{{leadTime}}')
    expect(plainText(templateFor([], 'closure', 'en').body)).toContain('{{leadTime}}')
  })
})
