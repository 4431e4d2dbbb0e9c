import type { Lang } from '../procedure/localized'

/**
 * Texts of the internal stages (both IZW: the employee concerned, then the coordinator or
 * manager, then directie): the regulation's setting and the complaint's fields (part of the
 * plugin's labels, nl.ts and en.ts), the case page's action and the yearly report's section.
 */
export const internalStagesNl = {
  'field.internalStages': 'Interne fasen',
  'field.internalStagesHelp':
    'De fasen die een klacht binnen de organisatie doorloopt, van laag naar hoog (bijv. eerst de betrokken medewerker, dan de coördinator of leidinggevende, dan de directie). Leeg: de regeling kent geen interne fasen.',
  'field.internalStagesOfComplaint': 'Interne fasen van deze klacht',
  'field.internalStagesOfComplaintHelp':
    'Elke fase hoger dan de vorige, met de dag waarop de klacht haar bereikte. De fase is de sleutel van een van de fasen van de regeling; op het dossier kiest u haar bij naam (Opschalen naar de volgende fase).',
  'field.stage': 'Fase',
  'field.on': 'Sinds',
  'field.handledBy': 'Behandeld door',
  'row.internalStage': 'Interne fase',
  'row.internalStages': 'Interne fasen',
} as const

export const internalStagesEn: Record<keyof typeof internalStagesNl, string> = {
  'field.internalStages': 'Internal stages',
  'field.internalStagesHelp':
    'The stages a complaint moves up through within the organisation, lowest first (e.g. first the employee concerned, then the coordinator or manager, then the management). Empty: the regulation has no internal stages.',
  'field.internalStagesOfComplaint': 'Internal stages of this complaint',
  'field.internalStagesOfComplaintHelp':
    'Each stage higher than the one before, with the day the complaint reached it. The stage is the key of one of the regulation’s stages; on the case page you choose it by name (Move up to the next stage).',
  'field.stage': 'Stage',
  'field.on': 'Since',
  'field.handledBy': 'Handled by',
  'row.internalStage': 'Internal stage',
  'row.internalStages': 'Internal stages',
}

const texts = {
  nl: {
    current: 'Interne fase: {stage}, sinds {date}{by}.',
    by: ' (behandeld door {name})',
    none: 'Interne fase: nog geen vastgelegd; de eerste is {stage}.',
    action: 'Opschalen naar de volgende fase',
    intro:
      'Komt de klager er in deze fase niet uit, dan gaat de klacht een fase omhoog: leg vast welke, vanaf welke dag en wie haar daar behandelt.',
    submit: 'Fase vastleggen',
    stage: 'Fase',
    on: 'Sinds',
    handledBy: 'Behandeld door',
    reportTitle: 'Interne fasen',
    reportNote:
      'Per fase: hoeveel klachten van deze periode haar bereikten, en hoeveel er in die fase werden afgehandeld (uitspraak of in overleg opgelost, zonder hogere fase).',
    reportStage: 'Fase',
    reportReached: 'Bereikt',
    reportResolved: 'Daar afgehandeld',
    reportNone: 'Geen klachten met interne fasen in deze periode.',
  },
  en: {
    current: 'Internal stage: {stage}, since {date}{by}.',
    by: ' (handled by {name})',
    none: 'Internal stage: none recorded yet; the first is {stage}.',
    action: 'Move up to the next stage',
    intro:
      'When the complainant and this stage do not reach a solution, the complaint moves up a stage: record which, from which day and who handles it there.',
    submit: 'Record the stage',
    stage: 'Stage',
    on: 'Since',
    handledBy: 'Handled by',
    reportTitle: 'Internal stages',
    reportNote:
      'Per stage: how many complaints of this period reached it, and how many were resolved at it (a decision or resolved informally, with no higher stage).',
    reportStage: 'Stage',
    reportReached: 'Reached',
    reportResolved: 'Resolved there',
    reportNone: 'No complaints with internal stages in this period.',
  },
} as const satisfies Record<Lang, Record<string, string>>

export type InternalStageTextKey = keyof (typeof texts)['nl']

export const internalStageText = (
  lang: Lang,
  key: InternalStageTextKey,
  values: Record<string, string> = {},
): string =>
  texts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? values[name] : whole,
  )
