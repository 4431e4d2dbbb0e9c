import type { RegulationSeed, RegulationRules } from '../procedure/rules'
import type { Term } from '../procedure/terms'
import { storedDateOf } from './storedDates'

const term = (value: Term | null) => value ?? { amount: null }

/** A seed regulation as the data of a Regulations document. */
export const regulationFromSeed = (seed: RegulationSeed, effectiveFrom: string) => {
  const rules: RegulationRules = seed.rules
  return {
    name: seed.name,
    slug: seed.slug,
    organisation: seed.organisation,
    clientCategory: seed.clientCategory,
    version: seed.version,
    effectiveFrom: storedDateOf(seed.inForceFrom ?? effectiveFrom),
    effectiveFromStrict: seed.inForceStrictly,
    summary: seed.summary,
    rules: {
      ...rules,
      acknowledgement: term(rules.acknowledgement),
      nonAdmission: term(rules.nonAdmission),
      decision: term(rules.decision),
      appeal: term(rules.appeal),
      appealDecision: term(rules.appealDecision),
      externalOfficerContact: term(rules.externalOfficerContact),
      reportThreshold: term(rules.reportThreshold),
      maxEventAge: term(rules.maxEventAge),
      informClientsWithin: term(rules.informClientsWithin),
      extension:
        rules.extension.kind === 'fixed'
          ? { ...rules.extension, max: term(rules.extension.max) }
          : rules.extension,
      escalationBodies: rules.escalationBodies.map((body) => ({
        ...body,
        responseTerm: term(body.responseTerm),
      })),
      holidays: {
        ...rules.holidays,
        closedOn: rules.holidays.closedOn.map((day) => ({ ...day, date: storedDateOf(day.date) })),
      },
    },
  }
}
