/** The admin's server components, loaded by the import map as `payload-plugin-complaints/rsc#Name`. */
export { ModelRegulationStart } from './ModelRegulationStart'
export { OverdueDashboardBlock } from './OverdueDashboardBlock'
export { OverdueView } from './OverdueView'
export { ReportNavLinks } from './ReportNavLinks'
export { ReportPrintView, ReportView } from './ReportView'
export { CaseOverview } from './CaseOverview'
export { RecordComplaintView } from './RecordComplaintView'
export { RecordComplaintLink } from './RecordComplaintLink'
