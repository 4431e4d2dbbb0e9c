/** The admin's client components, loaded by the import map as `payload-plugin-complaints/client#Name`. */
export { CaseInvestigation } from './CaseInvestigation'
export { DeadlineCell } from './DeadlineCell'
export { EraseOnRequest } from './EraseOnRequest'
export { LocalizedNotesField } from './LocalizedNotesField'
export { NextSteps } from './NextSteps'
export { PrintTimelineButton, SendLetterButton } from './CaseActions'
export { RecordComplaintForm } from './RecordComplaintForm'
export { RegulationChoiceField } from './RegulationChoiceField'
