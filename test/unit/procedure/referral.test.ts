import type { ComplaintFacts, SeedSlug } from '../../../src/procedure'

import { deadlinesFor, findDeadline, seedRegulations } from '../../../src/procedure'
import { metOn } from '../../../src/procedure/openDeadlines'
import { bodiesAtAnyMoment, bodyContactTerm, checkReferral } from '../../../src/procedure/referral'

const rulesOf = (slug: SeedSlug) => seedRegulations[slug].rules
const [portal, disputes] = rulesOf('izw-ambulant').escalationBodies
const [officer] = rulesOf('izw-arbeidscoaching').escalationBodies

const contactBy = (slug: SeedSlug, facts: ComplaintFacts) =>
  findDeadline(deadlinesFor(rulesOf(slug), facts), 'externalOfficerContact')

describe("the external body's term", () => {
  it("is the named body's own response term, from the day it received the complaint", () => {
    // Klachtenportaal Zorg: 5 working days after Monday 16 November 2026.
    expect(
      contactBy('izw-ambulant', {
        receivedOn: '2026-11-02',
        referredOn: '2026-11-16',
        referredTo: portal!.name,
      }),
    ).toMatchObject({ date: '2026-11-23', owedBy: 'externalBody', anchor: 'referral' })
    // The complaints officer of IZW Arbeidscoaching: 5 calendar days, to Saturday 21 November,
    // so the Monday after (Algemene termijnenwet).
    expect(
      contactBy('izw-arbeidscoaching', {
        receivedOn: '2026-11-02',
        referredOn: '2026-11-16',
        referredTo: officer!.name,
      })?.date,
    ).toBe('2026-11-23')
  })

  it('is none for a body without a term, and the regulation’s own with no body named', () => {
    const facts = { receivedOn: '2026-11-02', referredOn: '2026-11-16' }
    expect(contactBy('izw-ambulant', { ...facts, referredTo: disputes!.name })).toBeUndefined()
    expect(bodyContactTerm(rulesOf('izw-ambulant'), facts)).toEqual(
      rulesOf('izw-ambulant').externalOfficerContact,
    )
    expect(contactBy('hss', facts)).toBeUndefined()
  })

  it("is met by the body's contact, or by the complaint's end", () => {
    const facts: ComplaintFacts = { receivedOn: '2026-11-02', referredOn: '2026-11-16' }
    expect(metOn('externalOfficerContact', facts)).toBeNull()
    expect(metOn('externalOfficerContact', { ...facts, bodyContactedOn: '2026-11-18' })).toBe(
      '2026-11-18',
    )
    expect(metOn('externalOfficerContact', { ...facts, withdrawnOn: '2026-11-17' })).toBe(
      '2026-11-17',
    )
  })
})

describe('the bodies the complainant may turn to at any moment', () => {
  it('are those the regulation marks so, for the audience they serve', () => {
    expect(bodiesAtAnyMoment(rulesOf('izw-ambulant'), false).map((body) => body.name)).toEqual([
      portal!.name,
    ])
    expect(bodiesAtAnyMoment(rulesOf('izw-arbeidscoaching'), false)).toEqual([])
    const uwvOnly = {
      ...rulesOf('in-focus-samen'),
      escalationBodies: rulesOf('in-focus-samen').escalationBodies.map((body) => ({
        ...body,
        anyMoment: true,
      })),
    }
    expect(bodiesAtAnyMoment(uwvOnly, false)).toEqual([])
    expect(bodiesAtAnyMoment(uwvOnly, true)).toHaveLength(1)
  })
})

describe('a recorded referral', () => {
  const rules = rulesOf('izw-ambulant')
  const received = { receivedOn: '2026-11-02' }

  it('holds together: a body of the regulation, its date, a contact not before it', () => {
    expect(
      checkReferral(rules, {
        ...received,
        referredTo: portal!.name,
        referredOn: '2026-11-16',
        bodyContactedOn: '2026-11-16',
      }),
    ).toEqual([])
    expect(checkReferral(rules, received)).toEqual([])
  })

  it('is refused with the field and the rule at fault', () => {
    expect(
      checkReferral(rules, { ...received, referredTo: 'Zorgbelang', referredOn: '2026-11-16' }),
    ).toEqual([
      {
        rule: 'referralBodyUnknown',
        field: 'referredTo',
        params: { body: 'Zorgbelang', bodies: `${portal!.name}; ${disputes!.name}` },
      },
    ])
    expect(checkReferral(rules, { ...received, bodyContactedOn: '2026-11-16' })).toEqual([
      { rule: 'referralDateMissing', field: 'referredOn' },
    ])
    expect(
      checkReferral(rules, {
        ...received,
        referredOn: '2026-11-16',
        bodyContactedOn: '2026-11-13',
      }),
    ).toEqual([
      {
        rule: 'bodyContactBeforeReferral',
        field: 'bodyContactedOn',
        params: { contactedOn: '2026-11-13', referredOn: '2026-11-16' },
      },
    ])
  })
})
