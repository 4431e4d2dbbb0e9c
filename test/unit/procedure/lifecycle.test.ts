import type { ComplaintFacts } from '../../../src/procedure'

import {
  allowedNext,
  canTransition,
  createContext,
  describeRefusal,
  seedRegulations,
} from '../../../src/procedure'
import { base, contextOf, TODAY } from './procedureFixture'

describe('named procedure cases', () => {
  const seedCase = (slug: keyof typeof seedRegulations, facts: ComplaintFacts, today = TODAY) =>
    createContext({ rules: seedRegulations[slug].rules, facts, today })

  it('acknowledges an oral IZW complaint within its term from receipt, before it is in writing ("Binnen vijf werkdagen na ontvangst van een klacht ontvangt de klager een ontvangstbevestiging")', () => {
    const context = seedCase('izw-arbeidscoaching', {
      receivedOn: '2026-04-24',
      channel: 'oral',
      acknowledgedOn: '2026-04-27',
    })
    expect(canTransition('received', 'acknowledged', context)).toEqual({ allowed: true })
    expect(allowedNext('received', context)).toEqual([
      'awaitingWrittenConfirmation',
      'acknowledged',
    ])
  })

  it('starts handling an oral IZW complaint only once it is official ("Een klacht wordt beschouwd als officieel wanneer deze schriftelijk wordt ingediend")', () => {
    const data = {
      name: 'Piet',
      address: 'Kerkweg 2',
      city: 'Zeist',
      phone: '06 12345678',
      description: 'Hulp kwam niet.',
    }
    const oral: ComplaintFacts = {
      receivedOn: '2026-04-24',
      channel: 'oral',
      acknowledgedOn: '2026-04-27',
      data,
    }
    expect(
      canTransition('acknowledged', 'inProgress', seedCase('izw-arbeidscoaching', oral)),
    ).toEqual({ allowed: false, refusals: [{ rule: 'notOfficial', field: 'officialOn' }] })
    expect(
      canTransition(
        'acknowledged',
        'inProgress',
        seedCase('izw-arbeidscoaching', { ...oral, officialOn: '2026-04-29' }),
      ),
    ).toEqual({ allowed: true })
  })

  it('asks staff recording an IZW complaint for name, address, city and phone before handling starts ("naam, adres, woonplaats, telefoonnummer en een beschrijving van de klacht")', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      acknowledgedOn: '2026-04-27',
      data: { name: 'Piet', description: 'Hulp kwam niet.' },
    }
    const result = canTransition('acknowledged', 'inProgress', seedCase('izw-ambulant', facts))
    expect(
      result.allowed
        ? []
        : result.refusals.map((refusal) => [refusal.field, describeRefusal(refusal, 'nl')]),
    ).toEqual([
      [
        'complainant.address',
        'Nog niet ingevuld: adres; de regeling vraagt dit voordat de behandeling begint.',
      ],
      [
        'complainant.city',
        'Nog niet ingevuld: woonplaats; de regeling vraagt dit voordat de behandeling begint.',
      ],
      [
        'complainant.phone',
        'Nog niet ingevuld: telefoonnummer; de regeling vraagt dit voordat de behandeling begint.',
      ],
    ])
  })

  it('refuses a commissioning party as complainant where IZW lets only the client, a representative or a relative complain', () => {
    const data = {
      name: 'Gemeente',
      address: 'Markt 1',
      city: 'Zeist',
      phone: '030 1234567',
      description: 'Traject liep vast.',
      role: 'commissioningParty' as const,
    }
    const result = canTransition(
      'acknowledged',
      'inProgress',
      seedCase('izw-arbeidscoaching', {
        receivedOn: '2026-04-24',
        acknowledgedOn: '2026-04-27',
        data,
      }),
    )
    expect(result.allowed ? null : describeRefusal(result.refusals[0]!, 'en')).toBe(
      'A commissioning party cannot complain under this regulation; those who can: client, legal representative, surviving relative.',
    )
  })

  it('acknowledges the IZW complaint once it is on the form', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      channel: 'oral',
      officialOn: '2026-04-27',
      acknowledgedOn: '2026-04-27',
    }
    expect(
      canTransition(
        'awaitingWrittenConfirmation',
        'acknowledged',
        seedCase('izw-arbeidscoaching', facts),
      ),
    ).toEqual({ allowed: true })
  })

  it('acknowledges an oral IN FOCUS complaint, which counts without writing', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      channel: 'oral',
      acknowledgedOn: '2026-04-27',
    }
    expect(canTransition('received', 'acknowledged', seedCase('in-focus-samen', facts))).toEqual({
      allowed: true,
    })
  })

  it('refuses an IN FOCUS committee member who is involved in the complaint', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      acknowledgedOn: '2026-04-27',
      committee: ['anna', 'carla'],
      involved: ['carla'],
      data: { name: 'Anouk', description: 'Traject liep vast.' },
    }
    expect(canTransition('acknowledged', 'inProgress', seedCase('in-focus-samen', facts))).toEqual({
      allowed: false,
      refusals: [
        { rule: 'committeeMemberInvolved', field: 'committee', params: { member: 'carla' } },
      ],
    })
  })

  it('requires hoor en wederhoor before an IN FOCUS decision, and HSS a consultation with the complainant ("in overleg met de klager")', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      decidedOn: '2026-05-15',
      decisionMotivation: 'zie brief',
      committee: ['anna', 'bram'],
      employeeConcerned: true,
    }
    expect(canTransition('inProgress', 'decided', seedCase('in-focus-samen', facts))).toEqual({
      allowed: false,
      refusals: [
        {
          rule: 'sidesNotHeard',
          field: 'hearings',
          params: {
            sides_nl: 'de klager en de betrokken medewerker',
            sides_en: 'the complainant and the employee concerned',
          },
        },
      ],
    })
    expect(canTransition('inProgress', 'decided', seedCase('hss', facts))).toEqual({
      allowed: false,
      refusals: [{ rule: 'complainantNotConsulted', field: 'hearings' }],
    })
    expect(
      canTransition(
        'inProgress',
        'decided',
        seedCase('hss', { ...facts, complainantConsultedOn: '2026-05-08' }),
      ),
    ).toEqual({ allowed: true })
    expect(
      canTransition(
        'inProgress',
        'decided',
        seedCase('hss', { ...facts, complainantDeclinedConsultation: true }),
      ),
    ).toEqual({ allowed: true })
  })

  it('requires Krachtig Perspectief to say founded or unfounded', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-10-01',
      decidedOn: '2026-10-28',
      decisionMotivation: 'zie brief',
      handler: 'dirk',
    }
    expect(canTransition('inProgress', 'decided', seedCase('krachtig-perspectief', facts))).toEqual(
      {
        allowed: false,
        refusals: [{ rule: 'outcomeMissing', field: 'outcome' }],
      },
    )
  })

  it.each([
    ['2026-11-11', true],
    ['2026-11-12', false],
  ])('decides a Krachtig Perspectief appeal made on %s is in time: %s', (appealedOn, allowed) => {
    const facts: ComplaintFacts = { receivedOn: '2026-10-01', decidedOn: '2026-10-28', appealedOn }
    expect(
      canTransition('decided', 'appealed', seedCase('krachtig-perspectief', facts)).allowed,
    ).toBe(allowed)
  })

  it('takes today as the appeal date when none is recorded', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-10-01', decidedOn: '2026-10-28' }
    expect(
      canTransition('closed', 'appealed', seedCase('krachtig-perspectief', facts, '2026-11-11'))
        .allowed,
    ).toBe(true)
    expect(
      canTransition('closed', 'appealed', seedCase('krachtig-perspectief', facts, '2026-11-12'))
        .allowed,
    ).toBe(false)
  })

  it('refuses an appeal where the regulation has none', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      decidedOn: '2026-05-20',
      appealedOn: '2026-05-21',
    }
    expect(canTransition('decided', 'appealed', seedCase('hss', facts))).toEqual({
      allowed: false,
      refusals: [{ rule: 'appealNotProvided', field: 'appealedOn' }],
    })
  })

  it('refuses an appeal reviewer who handled the complaint', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-10-01',
      handler: 'dirk',
      appealReviewer: 'dirk',
      appealDecidedOn: '2026-11-20',
    }
    expect(
      canTransition('appealed', 'appealDecided', seedCase('krachtig-perspectief', facts)),
    ).toEqual({
      allowed: false,
      refusals: [
        {
          rule: 'appealReviewerNotIndependent',
          field: 'appealReviewer',
          params: { reviewer: 'dirk' },
        },
      ],
    })
  })

  it('reopens a Krachtig Perspectief complaint on new information, but not an HSS one', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-04-24', newInformationOn: '2026-06-01' }
    expect(canTransition('closed', 'reopened', seedCase('krachtig-perspectief', facts))).toEqual({
      allowed: true,
    })
    expect(canTransition('closed', 'reopened', seedCase('hss', facts))).toEqual({
      allowed: false,
      refusals: [{ rule: 'reopenNotProvided', field: 'status' }],
    })
  })

  it('lets IN FOCUS investigate anew when the complainant is not satisfied', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-04-24', dissatisfiedOn: '2026-06-01' }
    expect(canTransition('decided', 'reopened', seedCase('in-focus-samen', facts))).toEqual({
      allowed: true,
    })
    expect(
      canTransition(
        'decided',
        'reopened',
        seedCase('in-focus-samen', { receivedOn: '2026-04-24' }),
      ),
    ).toEqual({
      allowed: false,
      refusals: [{ rule: 'dissatisfactionNotRecorded', field: 'dissatisfiedOn' }],
    })
  })

  it('refuses to handle an IZW Ambulant complaint about events over a year old', () => {
    const data = {
      name: 'Piet',
      address: 'Kerkweg 2',
      city: 'Zeist',
      phone: '06 12345678',
      description: 'Hulp kwam niet.',
    }
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      acknowledgedOn: '2026-04-27',
      eventsOn: '2025-03-01',
      data,
    }
    expect(canTransition('acknowledged', 'inProgress', seedCase('izw-ambulant', facts))).toEqual({
      allowed: false,
      refusals: [
        {
          rule: 'eventsTooOld',
          field: 'eventsOn',
          params: { eventsOn: '2025-03-01', earliest: '2025-04-24' },
        },
      ],
    })
  })

  it('requires a detailed motivation to not admit an IZW complaint', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-04-24', nonAdmittedOn: '2026-05-01' }
    expect(canTransition('received', 'notAdmitted', seedCase('izw-ambulant', facts))).toEqual({
      allowed: false,
      refusals: [{ rule: 'motivationMissing', field: 'nonAdmissionMotivation' }],
    })
    expect(canTransition('received', 'notAdmitted', seedCase('in-focus-samen', facts))).toEqual({
      allowed: true,
    })
  })

  it('refuses to jump from received to decided, saying which steps come first and what each still needs, in both languages', () => {
    const result = canTransition(
      'received',
      'decided',
      seedCase('in-focus-samen', {
        receivedOn: '2026-04-24',
        data: { name: 'Anouk', description: 'Traject liep vast.' },
        employeeConcerned: true,
      }),
    )
    if (result.allowed) throw new Error('expected a refusal')
    expect(describeRefusal(result.refusals[0]!, 'nl')).toBe(
      "Van 'ontvangen' naar 'uitspraak gedaan' gaat niet in één stap: eerst 'ontvangst bevestigd' (nog nodig: Vul de datum in waarop de ontvangstbevestiging is verstuurd.); " +
        "dan 'in behandeling' (nog nodig: De klachtencommissie bestaat uit 2 leden; nu zijn het er 0.); " +
        "dan 'uitspraak gedaan' (nog nodig: Vul de datum van de uitspraak in. De uitspraak moet met redenen zijn omkleed; vul de motivering in. De regeling vraagt hoor en wederhoor vóór de uitspraak; nog niet gehoord: de klager en de betrokken medewerker. Leg het gesprek vast (op of vóór vandaag), of dat werd afgezien van horen. De klachtencommissie bestaat uit 2 leden; nu zijn het er 0.).",
    )
    expect(describeRefusal(result.refusals[0]!, 'en')).toMatch(
      /^'received' cannot become 'decided' in one step: first 'acknowledged' \(still needed: Enter the date the acknowledgement was sent\.\); then 'in progress'/,
    )
  })

  it('counts the same committee member twice as one person (IN FOCUS: "twee medewerkers")', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      acknowledgedOn: '2026-04-27',
      committee: ['anna', 'anna'],
      data: { name: 'Anouk', description: 'Traject liep vast.' },
    }
    expect(canTransition('acknowledged', 'inProgress', seedCase('in-focus-samen', facts))).toEqual({
      allowed: false,
      refusals: [{ rule: 'committeeSizeWrong', field: 'committee', params: { size: 2, count: 1 } }],
    })
  })

  it('lists what a decided complaint can move to', () => {
    expect(allowedNext('decided', contextOf(base)).sort()).toEqual([
      'appealed',
      'closed',
      'reopened',
    ])
    const hss = seedCase('hss', {
      receivedOn: '2026-04-24',
      decidedOn: '2026-05-20',
      closedOn: '2026-05-21',
    })
    expect(allowedNext('decided', hss)).toEqual(['closed'])
  })

  it('offers nothing from a closed HSS complaint', () => {
    expect(allowedNext('closed', seedCase('hss', { receivedOn: '2026-04-24' }))).toEqual([])
  })
})
