import type { ComplaintFacts, SeedSlug } from '../../../src/procedure'

import { calendarFor, checkAdmissibility, seedRegulations } from '../../../src/procedure'

const admissibility = (slug: SeedSlug, facts: ComplaintFacts) => {
  const rules = seedRegulations[slug].rules
  return checkAdmissibility(rules, facts, calendarFor(rules))
}

describe('admissibility', () => {
  it.each<[string, SeedSlug, ComplaintFacts, boolean]>([
    [
      'admits events exactly a year before receipt (IZW Ambulant)',
      'izw-ambulant',
      { receivedOn: '2026-04-24', eventsOn: '2025-04-24' },
      true,
    ],
    [
      'admits events of last month',
      'izw-ambulant',
      { receivedOn: '2026-04-24', eventsOn: '2026-03-15' },
      true,
    ],
    [
      'admits a complaint whose events date is not known yet',
      'izw-ambulant',
      { receivedOn: '2026-04-24' },
      true,
    ],
    [
      'refuses events a year and a day before receipt',
      'izw-ambulant',
      { receivedOn: '2026-04-24', eventsOn: '2025-04-23' },
      false,
    ],
    [
      'sets no age limit where the regulation has none',
      'izw-arbeidscoaching',
      { receivedOn: '2026-04-24', eventsOn: '2020-01-01' },
      true,
    ],
    [
      'refuses a complaint about administration costs (HSS)',
      'hss',
      { receivedOn: '2026-04-24', subjects: ['administrationCosts'] },
      false,
    ],
    [
      'admits a complaint about how staff handled the costs (HSS)',
      'hss',
      { receivedOn: '2026-04-24', subjects: ['conduct'] },
      true,
    ],
    [
      'admits administration costs where the regulation does not exclude them',
      'krachtig-perspectief',
      { receivedOn: '2026-04-24', subjects: ['administrationCosts'] },
      true,
    ],
  ])('%s', (_behaviour, slug, facts, admissible) => {
    expect(admissibility(slug, facts).admissible).toBe(admissible)
  })

  it('says how far back the regulation reaches', () => {
    expect(
      admissibility('izw-ambulant', { receivedOn: '2026-04-24', eventsOn: '2025-01-10' }).reasons,
    ).toEqual([
      {
        rule: 'eventsTooOld',
        field: 'eventsOn',
        params: { eventsOn: '2025-01-10', earliest: '2025-04-24' },
      },
    ])
  })

  it('names the excluded subject in both languages', () => {
    expect(
      admissibility('hss', { receivedOn: '2026-04-24', subjects: ['administrationCosts'] }).reasons,
    ).toEqual([
      {
        rule: 'subjectExcluded',
        field: 'subjects',
        params: { subject_nl: 'administratiekosten', subject_en: 'administration costs' },
      },
    ])
  })
})
