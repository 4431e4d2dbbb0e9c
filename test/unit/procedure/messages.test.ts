import type { Refusal } from '../../../src/procedure'

import { describeRefusal, REFUSAL_RULES, refusalMessages } from '../../../src/procedure'

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('refusal messages', () => {
  it.each(REFUSAL_RULES)(
    'has a Dutch and an English text for %s, with the same placeholders',
    (rule) => {
      const { nl, en } = { nl: refusalMessages.nl[rule], en: refusalMessages.en[rule] }
      expect(nl.trim()).not.toBe('')
      expect(en.trim()).not.toBe('')
      expect(nl).not.toBe(en)
      expect(placeholders(nl)).toEqual(placeholders(en))
    },
  )

  it('has no text for a rule that does not exist', () => {
    expect(Object.keys(refusalMessages.nl).sort()).toEqual([...REFUSAL_RULES].sort())
    expect(Object.keys(refusalMessages.en).sort()).toEqual([...REFUSAL_RULES].sort())
  })

  it.each<[Refusal, string, string]>([
    [
      {
        rule: 'appealTooLate',
        field: 'appealedOn',
        params: { appealedOn: '2026-11-12', deadline: '2026-11-11' },
      },
      'Het beroep is ingesteld op do 12 nov 2026, na het einde van de beroepstermijn op wo 11 nov 2026.',
      'The appeal was made on Thu 12 Nov 2026, after the appeal window closed on Wed 11 Nov 2026.',
    ],
    [
      {
        rule: 'subjectExcluded',
        field: 'subjects',
        params: { subject_nl: 'administratiekosten', subject_en: 'administration costs' },
      },
      'Klachten over administratiekosten vallen niet onder deze regeling.',
      'Complaints about administration costs are not covered by this regulation.',
    ],
    [
      { rule: 'committeeSizeWrong', field: 'committee', params: { size: 2, count: 1 } },
      'De klachtencommissie bestaat uit 2 leden; nu zijn het er 1.',
      'The complaints committee has 2 members; it now has 1.',
    ],
    [
      {
        rule: 'extensionBeyondMaximum',
        field: 'extensions.0.newDate',
        params: { newDate: '2026-07-06', latest: '2026-07-03' },
      },
      'De nieuwe datum ma 6 jul 2026 ligt na vr 3 jul 2026, de uiterste datum die de regeling toestaat.',
      'The new date Mon 6 Jul 2026 is after Fri 3 Jul 2026, the latest date the regulation allows.',
    ],
  ])('describes %j', (refusal, nl, en) => {
    expect(describeRefusal(refusal, 'nl')).toBe(nl)
    expect(describeRefusal(refusal, 'en')).toBe(en)
  })

  it('speaks Dutch unless asked otherwise', () => {
    expect(describeRefusal({ rule: 'handlerMissing', field: 'handler' })).toBe(
      'Wijs eerst een klachtenbehandelaar aan.',
    )
  })

  it('leaves a placeholder visible when its param is missing, so the gap shows', () => {
    expect(describeRefusal({ rule: 'committeeMemberInvolved', field: 'committee' }, 'en')).toMatch(
      /^\{member\} is involved/,
    )
  })
})
