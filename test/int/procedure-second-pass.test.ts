/**
 * The procedure read clause by clause, over the collections and their hooks: what a regulation
 * demands holds at every step, not only the first; refusals name people and say what comes
 * first. Each test names the clause it comes from.
 */
import { richTextOf } from '../../src/complaints/richText'
import { isoDateOf } from '../../src/complaints/storedDates'
import { COMPLAINANT, createUser, refusalsOf, withRequiredData } from '../helpers/complaints'
import { callApi } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'

let payload: Payload
let regulations: Record<SeedSlug, number>
const people = {} as Record<'anna' | 'bram' | 'carla' | 'dirk' | 'eva', { id: number }>

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  for (const name of ['anna', 'bram', 'carla', 'dirk', 'eva'] as const) {
    const user = await createUser(payload, `${name}@organisatie.example`, ['handler'])
    people[name] = (await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: `${name[0]!.toUpperCase()}${name.slice(1)} Jansen` },
    })) as { id: number }
  }
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

const create = (slug: SeedSlug, data: Record<string, unknown>) =>
  payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations[slug],
      channel: 'email',
      description: 'Afspraak niet nagekomen',
      ...data,
    }) as never,
  })

const update = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'complaints', id, depth: 0, data: data as never })

const committee = async (name: string, members: number[]) =>
  (await payload.create({ collection: 'committees', data: { name, members } })).id as number

/** An IN FOCUS complaint in handling by a committee of Anna and Bram. */
const inFocusInHandling = async () => {
  const handledBy = await committee(`Commissie ${Math.random()}`, [people.anna.id, people.bram.id])
  const complaint = await create('in-focus-samen', {
    receivedOn: '2026-03-02',
    committee: handledBy,
  })
  await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-03-04' })
  await update(complaint.id, { status: 'inProgress' })
  return { id: complaint.id as number, committee: handledBy }
}

const decision = {
  status: 'decided',
  decidedOn: '2026-03-20',
  outcome: 'unfounded',
  reasoning: richTextOf('Beide kanten gehoord.'),
  hearings: [{ date: '2026-03-12', heard: 'complainantAndEmployee' }],
}

describe('IN FOCUS Samen: "een commissie van twee medewerkers", independent, at every step', () => {
  it('refuses the same person listed twice on a committee, naming them', async () => {
    expect(
      await refusalsOf(
        payload.create({
          collection: 'committees',
          data: { name: 'Dubbel', members: [people.anna.id, people.anna.id] },
        }),
      ),
    ).toEqual([
      ['members', 'Leden: Anna Jansen staat meer dan eens in de commissie; elk lid telt één keer.'],
    ])
  })

  it('refuses removing the committee from a complaint in handling', async () => {
    const { id } = await inFocusInHandling()
    expect(await refusalsOf(update(id, { committee: null }))).toEqual([
      [
        'committee',
        'Klachtencommissie: De klachtencommissie bestaat uit 2 leden; nu zijn het er 0.',
      ],
    ])
  })

  it('refuses replacing it by a smaller one, or by one with a member the complaint is about', async () => {
    const { id } = await inFocusInHandling()
    const small = await committee('Klein', [people.anna.id])
    expect((await refusalsOf(update(id, { committee: small })))[0]).toEqual([
      'committee',
      'Klachtencommissie: De klachtencommissie bestaat uit 2 leden; nu zijn het er 1.',
    ])
    const withSubject = await committee('Met betrokkene', [people.anna.id, people.carla.id])
    expect(
      await refusalsOf(update(id, { committee: withSubject, subjectEmployee: people.carla.id })),
    ).toEqual([
      [
        'committee',
        'Klachtencommissie: Carla Jansen is bij de klacht betrokken en kan niet in de klachtencommissie zitten.',
      ],
    ])
  })

  it('refuses naming a committee member as the person complained about once handling started', async () => {
    const { id } = await inFocusInHandling()
    expect(await refusalsOf(update(id, { subjectEmployee: people.bram.id }))).toEqual([
      [
        'committee',
        'Klachtencommissie: Bram Jansen is bij de klacht betrokken en kan niet in de klachtencommissie zitten.',
      ],
    ])
  })

  it('refuses the decision of a committee that lost a member meanwhile', async () => {
    const { id, committee: handledBy } = await inFocusInHandling()
    // Direct table edit stands for a member who left: the committee's own check would refuse it.
    await payload.db.updateOne({
      collection: 'committees',
      id: handledBy,
      data: { members: [people.anna.id] },
      req: undefined as never,
    })
    const refusals = await refusalsOf(update(id, decision))
    expect(refusals).toContainEqual([
      'committee',
      'Klachtencommissie: De klachtencommissie bestaat uit 2 leden; nu zijn het er 1.',
    ])
    expect((await payload.findByID({ collection: 'complaints', id })).status).toBe('inProgress')
  })
})

describe('Krachtig Perspectief: "de door Krachtig Perspectief aangewezen medewerker"', () => {
  it('refuses removing the handler of a complaint in handling, and deciding without one', async () => {
    const complaint = await create('krachtig-perspectief', {
      receivedOn: '2026-03-02',
      handler: people.dirk.id,
    })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-03-04' })
    await update(complaint.id, { status: 'inProgress' })
    expect(await refusalsOf(update(complaint.id, { handler: null }))).toEqual([
      ['handler', 'Klachtbehandelaar: Wijs eerst een klachtenbehandelaar aan.'],
    ])
  })

  it('refuses an appeal reviewer who handled the complaint, naming them (art. 5: "niet betrokken was bij de eerste afhandeling")', async () => {
    const complaint = await create('krachtig-perspectief', {
      receivedOn: '2026-03-02',
      handler: people.dirk.id,
    })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-03-04' })
    await update(complaint.id, { status: 'inProgress' })
    await update(complaint.id, { ...decision, hearings: [] })
    await update(complaint.id, { status: 'appealed', appealedOn: '2026-03-25' })
    expect(await refusalsOf(update(complaint.id, { appealReviewer: people.dirk.id }))).toEqual([
      [
        'appealReviewer',
        'Beoordelaar van het beroep: Dirk Jansen was bij de eerste behandeling betrokken en mag het beroep niet beoordelen.',
      ],
    ])
  })

  it('applies to complaints submitted after 1 October 2024 only (art. 8: "na deze datum worden ingediend")', async () => {
    expect(
      (await refusalsOf(create('krachtig-perspectief', { receivedOn: '2024-10-01' })))[0]?.[0],
    ).toBe('regulation')
    expect((await create('krachtig-perspectief', { receivedOn: '2024-10-02' })).regulation).toBe(
      regulations['krachtig-perspectief'],
    )
  })
})

describe('a complaint received before the first version of its regulation', () => {
  it('binds to IZW Arbeidscoaching "versie 3, 25-01-2024", with a note, because that date is the last change', async () => {
    const complaint = await create('izw-arbeidscoaching', { receivedOn: '2023-11-06' })
    expect(complaint.regulation).toBe(regulations['izw-arbeidscoaching'])
    expect(complaint.bindingNote).toEqual({
      nl: 'Ontvangen op ma 6 nov 2023, vóór de eerste versie van deze regeling (geldig vanaf do 25 jan 2024); die versie is toegepast.',
      en: 'Received on Mon 6 Nov 2023, before the first version of this regulation (in force from Thu 25 Jan 2024); that version applies.',
    })
  })
})

describe('HSS 3.3: "De directie onderzoekt de klacht in overleg met de klager"', () => {
  const hssInHandling = async () => {
    const complaint = await create('hss', { receivedOn: '2026-03-02' })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-03-04' })
    await update(complaint.id, { status: 'inProgress' })
    return complaint.id as number
  }
  const decideHss = {
    status: 'decided',
    decidedOn: '2026-03-20',
    outcome: 'unfounded',
    reasoning: richTextOf('Besproken met de klager.'),
  }

  it('refuses the decision without a conversation with the complainant', async () => {
    const id = await hssInHandling()
    expect(await refusalsOf(update(id, decideHss))).toEqual([
      [
        'hearings',
        'Hoor en wederhoor: De regeling behandelt de klacht in overleg met de klager: leg een gesprek met de klager vast, of dat de klager daarvan afzag.',
      ],
    ])
    expect(
      await refusalsOf(
        update(id, { ...decideHss, hearings: [{ date: '2026-03-12', heard: 'employee' }] }),
      ),
    ).toHaveLength(1)
  })

  it.each([
    ['a conversation with the complainant', { date: '2026-03-12', heard: 'complainant' }],
    ['the complainant declining one', { heard: 'complainant', waived: true }],
  ])('decides after %s', async (_case, hearing) => {
    const id = await hssInHandling()
    expect((await update(id, { ...decideHss, hearings: [hearing] })).status).toBe('decided')
  })
})

describe('required data and who may complain, for every channel', () => {
  it('lets staff record an oral IZW complaint incomplete, and asks for the data the form asks when handling starts ("naam, adres, woonplaats, telefoonnummer")', async () => {
    const complaint = await create('izw-ambulant', {
      receivedOn: '2026-03-02',
      channel: 'phone',
      officialOn: '2026-03-03',
      complainant: { name: 'Piet' },
    })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-03-04' })
    expect(
      await refusalsOf(update(complaint.id, { status: 'inProgress', handler: people.dirk.id })),
    ).toEqual([
      [
        'complainant.address',
        'Adres: Nog niet ingevuld: adres; de regeling vraagt dit voordat de behandeling begint.',
      ],
      [
        'complainant.city',
        'Woonplaats: Nog niet ingevuld: woonplaats; de regeling vraagt dit voordat de behandeling begint.',
      ],
      [
        'complainant.phone',
        'Telefoon: Nog niet ingevuld: telefoonnummer; de regeling vraagt dit voordat de behandeling begint.',
      ],
    ])
    expect(
      (
        await update(complaint.id, {
          status: 'inProgress',
          handler: people.dirk.id,
          complainant: COMPLAINANT,
        })
      ).status,
    ).toBe('inProgress')
  })

  it('refuses a commissioning party as complainant under IZW ("klant, wettelijk vertegenwoordiger of nabestaande"), in the language of the person saving', async () => {
    const directie = await createLoggedInUser(payload, 'directie@organisatie.example', ['directie'])
    const complaint = await create('izw-arbeidscoaching', {
      receivedOn: '2026-03-02',
      handler: people.dirk.id,
      complainant: { ...COMPLAINANT, role: 'commissioningParty' },
    })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-03-04' })
    const answer = await callApi(payload, 'PATCH', `/complaints/${complaint.id}`, {
      headers: {
        Authorization: `JWT ${directie.token}`,
        'Accept-Language': 'en',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ status: 'inProgress' }),
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors).toEqual([
      {
        path: 'complainant.role',
        message:
          'Role: A commissioning party cannot complain under this regulation; those who can: client, legal representative, surviving relative.',
      },
    ])
  })
})

describe("the excluded subject is one of the regulation version's own", () => {
  it('refuses the regulation\'s words typed as free text, listing what can be chosen (HSS 3.1: "klachten inzake administratiekosten")', async () => {
    expect(
      await refusalsOf(
        create('hss', { receivedOn: '2026-03-02', excludedSubject: 'administratiekosten' }),
      ),
    ).toEqual([
      [
        'excludedSubject',
        'Uitgesloten onderwerp: "administratiekosten" is geen uitgesloten onderwerp van deze regeling; kies er een uit de lijst: administratiekosten (administrationCosts).',
      ],
    ])
    expect(
      (await create('hss', { receivedOn: '2026-03-02', excludedSubject: 'administrationCosts' }))
        .admissibilityIssues,
    ).toHaveLength(1)
  })

  it('refuses any excluded subject under a regulation that excludes none', async () => {
    expect(
      (
        await refusalsOf(
          create('in-focus-samen', {
            receivedOn: '2026-03-02',
            excludedSubject: 'administrationCosts',
          }),
        )
      )[0]?.[1],
    ).toBe(
      'Uitgesloten onderwerp: "administrationCosts": deze regeling sluit geen onderwerpen uit; laat dit veld leeg.',
    )
  })
})

describe('a step the table does not allow directly', () => {
  it('says which steps lead there and what each still needs', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-03-02' })
    const [[path, message]] = await refusalsOf(update(complaint.id, { status: 'decided' }))
    expect(path).toBe('status')
    expect(message).toBe(
      "Status: Van 'ontvangen' naar 'uitspraak gedaan' gaat niet in één stap: eerst 'ontvangst bevestigd' (nog nodig: Vul de datum in waarop de ontvangstbevestiging is verstuurd.); " +
        "dan 'in behandeling' (nog nodig: Wijs eerst een klachtenbehandelaar aan.); " +
        "dan 'uitspraak gedaan' (nog nodig: Vul de datum van de uitspraak in. De uitspraak moet met redenen zijn omkleed; vul de motivering in. Geef aan of de klacht gegrond of ongegrond is. Wijs eerst een klachtenbehandelaar aan.).",
    )
  })
})

describe('the yearly report measures a non-admission against what the regulation counts', () => {
  it('keeps IZW Arbeidscoaching\'s 6 weeks for a complaint not admitted ("niet binnen de gestelde termijn van 6 weken is afgehandeld")', async () => {
    const complaint = await create('izw-arbeidscoaching', { receivedOn: '2026-03-02' })
    const notAdmitted = await update(complaint.id, {
      status: 'notAdmitted',
      nonAdmittedOn: '2026-04-06',
      nonAdmissionMotivation: 'Gaat niet over onze dienstverlening.',
    })
    const deadlines = notAdmitted.deadlines as Record<string, string>
    expect([isoDateOf(deadlines.nonAdmission), isoDateOf(deadlines.reportThreshold)]).toEqual([
      '2026-03-30',
      '2026-04-13',
    ])
  })

  it('measures an IN FOCUS non-admission against the notice term of step 4 ("binnen vier weken na de ontvangstdatum")', async () => {
    const complaint = await create('in-focus-samen', { receivedOn: '2026-03-02' })
    const notAdmitted = await update(complaint.id, {
      status: 'notAdmitted',
      nonAdmittedOn: '2026-04-06',
    })
    const deadlines = notAdmitted.deadlines as Record<string, string>
    expect([isoDateOf(deadlines.nonAdmission), isoDateOf(deadlines.reportThreshold)]).toEqual([
      '2026-03-30',
      '2026-03-30',
    ])
  })
})
