import { richTextOf } from '../../src/complaints/richText'
import { lettersOwed, lettersToDraft } from '../../src/letters/owed'
import { renderTemplate } from '../../src/letters/render'
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
