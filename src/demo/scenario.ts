import { richTextOf } from '../complaints/richText'
import { addDays } from '../procedure/dates'

import type { ComplaintStatus } from '../procedure/lifecycle'
import type { RegulationRules } from '../procedure/rules'

export type DemoPeople = { handler: number; directie: number; committee?: number }

type Step = { status: ComplaintStatus; data: (receivedOn: string) => Record<string, unknown> }

const decidedAfter = 24

const step = (status: ComplaintStatus, data: Step['data'] = () => ({})): Step => ({ status, data })

const acknowledged = step('acknowledged', (r) => ({ acknowledgedOn: addDays(r, 3) }))
const decided = (rules: RegulationRules) =>
  step('decided', (r) => ({
    decidedOn: addDays(r, decidedAfter),
    outcome: (['founded', 'partlyFounded', 'unfounded'] as const)[r.charCodeAt(9) % 3],
    reasoning: richTextOf(
      'Wij hebben met u en de betrokken medewerker gesproken en de afspraken nagekeken.',
    ),
    measures: 'Afspraken over terugbellen zijn in het teamoverleg besproken.',
    ...(rules.hearingRequired || rules.complainantConsulted
      ? {
          hearings: [
            {
              date: addDays(r, 10),
              heard: 'complainantAndEmployee',
              party: 'klager en medewerker',
              summary: 'Beide partijen gehoord.',
            },
          ],
        }
      : {}),
  }))

/**
 * The status changes that bring a complaint to `target` under these rules, each with the facts
 * the guard of that change asks for; null when the regulation has no way there.
 */
export const pathTo = (
  target: ComplaintStatus,
  rules: RegulationRules,
  people: DemoPeople,
): Step[] | null => {
  const inProgress = step('inProgress', () => ({
    handler: people.handler,
    ...(people.committee ? { committee: people.committee } : {}),
  }))
  const toDecided = [acknowledged, inProgress, decided(rules)]
  const extension = rules.extension.kind
  const paths: Record<ComplaintStatus, Step[] | null> = {
    received: [],
    awaitingWrittenConfirmation: [step('awaitingWrittenConfirmation')],
    acknowledged: [acknowledged],
    notAdmitted: [
      acknowledged,
      step('notAdmitted', (r) => ({
        nonAdmittedOn: addDays(r, 8),
        nonAdmissionMotivation: 'De klacht gaat over een onderwerp dat de regeling uitsluit.',
      })),
    ],
    inProgress: [acknowledged, inProgress],
    hearing: [
      acknowledged,
      inProgress,
      step('hearing', (r) => ({
        hearings: [
          {
            date: addDays(r, 12),
            heard: 'complainant',
            party: 'klager',
            summary: 'Gesprek gepland.',
          },
        ],
      })),
    ],
    extended:
      extension === 'none'
        ? null
        : [
            acknowledged,
            inProgress,
            step('extended', (r) => ({
              extensions: [
                {
                  kind: extension,
                  announcedOn: addDays(r, 20),
                  reason: 'Een betrokken medewerker is afwezig.',
                  ...(extension === 'agreed' ? { newDate: addDays(r, 45) } : {}),
                },
              ],
            })),
          ],
    decided: toDecided,
    closed: [
      ...toDecided,
      step('closed', (r) => {
        const score = 1 + (r.charCodeAt(8) % 5)
        // Answered by phone: the demo's decided complaints keep their survey open.
        return {
          closedOn: addDays(r, decidedAfter + 3),
          satisfaction: {
            score,
            handledWell: score >= 3 ? 'yes' : 'no',
            answeredOn: addDays(r, decidedAfter + 3),
            via: 'phone',
            remark: 'Netjes afgehandeld.',
          },
        }
      }),
    ],
    appealed: rules.appeal
      ? [...toDecided, step('appealed', (r) => ({ appealedOn: addDays(r, decidedAfter + 7) }))]
      : null,
    appealDecided: rules.appeal
      ? [
          ...toDecided,
          step('appealed', (r) => ({ appealedOn: addDays(r, decidedAfter + 7) })),
          step('appealDecided', (r) => ({
            appealReviewer: people.directie,
            appealDecidedOn: addDays(r, decidedAfter + 20),
            appealOutcome: 'unfounded',
          })),
        ]
      : null,
    reopened:
      rules.reopenOnNewInformation || rules.newInvestigationOnDissatisfaction
        ? [
            ...toDecided,
            step('reopened', (r) =>
              rules.reopenOnNewInformation
                ? { newInformationOn: addDays(r, decidedAfter + 5) }
                : { dissatisfiedOn: addDays(r, decidedAfter + 5) },
            ),
          ]
        : null,
    withdrawn: [acknowledged, step('withdrawn', (r) => ({ withdrawnOn: addDays(r, 9) }))],
    resolvedInformally: [step('resolvedInformally', (r) => ({ resolvedOn: addDays(r, 2) }))],
  }
  return paths[target]
}
