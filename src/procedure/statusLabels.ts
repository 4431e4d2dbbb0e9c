import type { ComplaintStatus } from './lifecycle'
import type { Lang } from './localized'

export const STATUS_LABELS: Record<Lang, Record<ComplaintStatus, string>> = {
  nl: {
    received: 'ontvangen',
    awaitingWrittenConfirmation: 'wacht op schriftelijke bevestiging',
    acknowledged: 'ontvangst bevestigd',
    notAdmitted: 'niet in behandeling genomen',
    inProgress: 'in behandeling',
    hearing: 'hoor en wederhoor',
    extended: 'verlengd',
    decided: 'uitspraak gedaan',
    closed: 'afgesloten',
    appealed: 'in beroep',
    appealDecided: 'uitspraak op beroep',
    reopened: 'heropend',
    withdrawn: 'ingetrokken',
    resolvedInformally: 'in overleg opgelost',
  },
  en: {
    received: 'received',
    awaitingWrittenConfirmation: 'awaiting written confirmation',
    acknowledged: 'acknowledged',
    notAdmitted: 'not admitted',
    inProgress: 'in progress',
    hearing: 'hearing',
    extended: 'extended',
    decided: 'decided',
    closed: 'closed',
    appealed: 'appealed',
    appealDecided: 'appeal decided',
    reopened: 'reopened',
    withdrawn: 'withdrawn',
    resolvedInformally: 'resolved informally',
  },
}
