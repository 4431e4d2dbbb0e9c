/**
 * The periodic review (HSS: "minimaal eens per kwartaal"; Krachtig Perspectief: the register analysed
 * for trends, here yearly; the others none), with the seed regulations: a review per period of the
 * regulation's kind, once; refusals in Dutch and English; directie reminded in the digest of the
 * last period that ended without one; the yearly report showing each review beside its figures.
 */
import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { lastEndedPeriod } from '../../src/procedure/review'
import { reviewRows } from '../../src/reports/reviews'
import { DEFAULT_SLUGS } from '../../src/slugs'
import { callApi } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { smtpSink } from '../helpers/smtpSink'
import { digestTo } from '../helpers/digest'
import { createLoggedInUser } from '../helpers/users'

import { createLocalReq } from 'payload'

import type { Payload, PayloadRequest } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { Slugs } from '../../src/slugs'
import type { YearlyFigures } from '../../src/reports/yearly'
import type { TestUser } from '../helpers/users'

const mail = smtpSink(2633)
let payload: Payload
let regulations: Record<SeedSlug, number>
let directie: TestUser
let handler: TestUser
const TODAY = todayInAmsterdam()

beforeAll(async () => {
  await mail.start()
  process.env.SMTP_URL = mail.url
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  directie = await createLoggedInUser(payload, 'directie@analyse.example', ['directie'])
  handler = await createLoggedInUser(payload, 'behandelaar@analyse.example', ['handler'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
  await mail.stop()
  delete process.env.SMTP_URL
})

const review = (
  user: TestUser,
  data: Record<string, unknown>,
  language = 'nl',
): Promise<{ status: number; body: any }> =>
  callApi(payload, 'POST', '/complaint-reviews', {
    headers: {
      Authorization: `JWT ${user.token}`,
      'Accept-Language': language,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      reviewedOn: TODAY,
      conclusions: 'Meeste klachten over bereikbaarheid; geen andere trend.',
      ...data,
    }),
  })

const refusals = (answer: { status: number; body: any }) => {
  expect(answer.status).toBe(400)
  return answer.body.errors[0].data.errors
}

describe('a periodic review', () => {
  it('is recorded by directie for a quarter of HSS, titled by regulation and period', async () => {
    const answer = await review(directie, {
      regulation: regulations.hss,
      year: 2025,
      period: 'q2',
      reviewedBy: [directie.id],
      measures: 'Terugbelservice ingesteld.',
    })
    expect(answer.status).toBe(201)
    expect(answer.body.doc.title).toBe(
      'Klachtenprocedure HSS Hulpverlening Sociale Sector: 2025 Q2',
    )
  })

  it('is refused a second time for the same period, naming the first, in Dutch and English', async () => {
    const again = { regulation: regulations.hss, year: 2025, period: 'q2' }
    expect(refusals(await review(directie, again))).toEqual([
      {
        path: 'period',
        message:
          'Periode: over deze periode is al een analyse vastgelegd: Klachtenprocedure HSS Hulpverlening Sociale Sector: 2025 Q2.',
      },
    ])
    expect(refusals(await review(directie, again, 'en'))).toEqual([
      {
        path: 'period',
        message:
          'Period: a review of this period is already recorded: Klachtenprocedure HSS Hulpverlening Sociale Sector: 2025 Q2.',
      },
    ])
  })

  it('is refused for a period of another kind than the regulation reviews, or where it reviews none', async () => {
    expect(
      refusals(await review(directie, { regulation: regulations.hss, year: 2025, period: 'year' })),
    ).toEqual([
      {
        path: 'period',
        message:
          'Periode: deze regeling analyseert over: 1e kwartaal, 2e kwartaal, 3e kwartaal, 4e kwartaal; kies een van die perioden.',
      },
    ])
    expect(
      refusals(
        await review(directie, {
          regulation: regulations['in-focus-samen'],
          year: 2025,
          period: 'year',
        }),
      ),
    ).toEqual([
      {
        path: 'regulation',
        message: 'Klachtenregeling: deze regeling kent geen periodieke analyse van de klachten.',
      },
    ])
  })

  it('is not recorded by a handler', async () => {
    const answer = await review(handler, { regulation: regulations.hss, year: 2025, period: 'q1' })
    expect(answer.status).toBe(403)
  })
})

describe('the reminder', () => {
  const digest = async (email: string) => (await digestTo(payload, mail, email)).join('\n')

  it('tells directie of the last ended period without a review, until it is recorded', async () => {
    const last = lastEndedPeriod('quarter', TODAY)!
    const quarter = `${last.period.slice(1)}e kwartaal ${last.year}`
    const before = await digest('directie@analyse.example')
    expect(before).toContain(
      `Klachtenprocedure HSS Hulpverlening Sociale Sector: geen periodieke analyse vastgelegd over ${quarter}`,
    )
    const lastYear = lastEndedPeriod('year', TODAY)!.year
    expect(before).toContain(`geen periodieke analyse vastgelegd over heel het jaar ${lastYear}`)
    expect(before).not.toMatch(/IederZijnWerk Ambulant[^\n]*periodieke analyse/)
    expect(
      (
        await review(directie, {
          regulation: regulations.hss,
          year: last.year,
          period: last.period,
        })
      ).status,
    ).toBe(201)
    expect(await digest('directie@analyse.example')).not.toContain(
      `Klachtenprocedure HSS Hulpverlening Sociale Sector: geen periodieke analyse`,
    )
    // A handler is not told of reviews.
    expect(await digest('behandelaar@analyse.example')).not.toContain('periodieke analyse')
  })
})

describe('the yearly report', () => {
  it('shows each quarter of HSS with its figures and its review, or that none was recorded', async () => {
    const req = (await createLocalReq(
      {
        user: {
          ...(await payload.findByID({ collection: 'users', id: directie.id })),
          collection: 'users',
        } as never,
      },
      payload,
    )) as PayloadRequest
    const quarter = { total: 3, withinTerm: 2, late: 1 }
    const figures = {
      year: quarter,
      quarters: { 1: quarter, 2: quarter, 3: quarter, 4: quarter },
    } as unknown as YearlyFigures
    const rows = await reviewRows(req, DEFAULT_SLUGS as unknown as Slugs, {
      regulation: 'hss',
      year: 2025,
      asOf: TODAY,
      figures,
    })
    expect(rows.map((row) => [row.period, row.missing, row.review?.measures ?? null])).toEqual([
      ['q1', true, null],
      ['q2', false, 'Terugbelservice ingesteld.'],
      ['q3', true, null],
      ['q4', true, null],
    ])
    expect(rows[1]!.figures).toEqual(quarter)
  })
})
