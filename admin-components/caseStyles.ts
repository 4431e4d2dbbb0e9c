/** Styles of the case page; printing the history leaves only the history on paper. */
export const caseStyles = `
.case-overview { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 4px; padding: 1rem 1.25rem; margin-bottom: 1.5rem; display: grid; gap: 1rem 2rem; grid-template-columns: minmax(18rem, 1fr) minmax(18rem, 1fr); }
.case-overview h3 { margin: 0 0 0.5rem; font-size: 1.05rem; }
.case-header { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0; }
.case-header div { min-width: 10rem; }
.case-header dt { font-size: 0.8rem; color: var(--theme-elevation-600, #555); }
.case-header dd { margin: 0; font-weight: 600; }
.case-header .case-deadline { flex-basis: 100%; border-left: 4px solid var(--theme-elevation-300, #aaa); padding-left: 0.75rem; }
.case-deadline--passed { border-left-color: #c0392b !important; }
.case-deadline--soon { border-left-color: #d4a100 !important; }
.case-deadline--later { border-left-color: #2e7d32 !important; }
.case-deadline small { display: block; font-weight: normal; color: var(--theme-elevation-700, #444); }
.case-badge { border-radius: 4px; padding: 1px 6px; margin-left: 0.5rem; white-space: nowrap; font-size: 0.85rem; }
.case-badge--passed { background: #fde2e1; color: #8a1c14; }
.case-badge--soon { background: #fff1c7; color: #6b4e00; }
.case-badge--later { background: #e3f3e4; color: #1d5b21; }
.case-steps__list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
.case-step { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 4px; padding: 0.5rem 0.75rem; }
.case-step--ready { border-color: #2e7d32; }
.case-step__name { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--theme-text, inherit); text-decoration: underline; }
.case-step__ready { margin-left: 0.5rem; font-weight: normal; font-size: 0.8rem; background: #e3f3e4; color: #1d5b21; border-radius: 4px; padding: 1px 6px; text-decoration: none; display: inline-block; }
.case-step__letter { margin: 0.25rem 0 0; font-size: 0.9rem; }
.case-step__needs { font-size: 0.9rem; margin-top: 0.25rem; }
.case-step__needs ul { margin: 0.15rem 0 0; padding-left: 1.25rem; }
.case-step__needs em { color: var(--theme-elevation-600, #555); }
.case-step__form { display: grid; gap: 0.5rem; margin-top: 0.75rem; max-width: 32rem; }
.case-step__field { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.9rem; }
.case-step__field input, .case-step__field select, .case-step__field textarea { font: inherit; padding: 0.35rem 0.5rem; }
.case-step__group { border: 1px solid var(--theme-elevation-150, #ddd); padding: 0.5rem 0.75rem; display: grid; gap: 0.5rem; }
.case-step__errors { color: #8a1c14; background: #fde2e1; padding: 0.5rem 0.75rem; border-radius: 4px; }
.case-step__errors ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.case-step__actions { display: flex; gap: 0.5rem; }
.case-step__actions .btn { margin: 0; }
.case-work { display: grid; gap: 1rem; align-content: start; }
.case-investigation__state { margin: 0 0 0.5rem; font-size: 0.9rem; border-left: 4px solid var(--theme-elevation-300, #aaa); padding-left: 0.5rem; }
.case-investigation__intro { margin: 0; font-size: 0.85rem; color: var(--theme-elevation-600, #555); }
.case-step__field abbr { text-decoration: none; color: #8a1c14; }
.case-letters table, .case-timeline table, .case-readers table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.case-letters th, .case-letters td, .case-timeline td, .case-readers th, .case-readers td { border-bottom: 1px solid var(--theme-elevation-150, #ddd); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.case-letters tr.case-letter--owed { background: #fff8e1; }
.case-letters .case-letter__actions { display: flex; gap: 0.75rem; flex-wrap: wrap; }
.case-timeline { grid-column: 1 / -1; }
.case-privacy { grid-column: 1 / -1; }
.case-follow-up { grid-column: 1 / -1; }
.case-follow-up ul { margin: 0.25rem 0; padding-left: 1.25rem; }
.case-follow-up__late { color: #8a1c14; font-weight: 600; }
.case-follow-up__where { font-size: 0.85rem; color: var(--theme-elevation-600, #555); margin: 0; }
.case-privacy__actions { display: flex; gap: 0.75rem; flex-wrap: wrap; align-items: flex-start; }
.case-privacy__actions .btn { margin: 0; }
.case-erase { display: grid; gap: 0.4rem; max-width: 40rem; }
.case-erase textarea { width: 100%; font: inherit; }
.case-erase__buttons { display: flex; gap: 0.5rem; }
.case-readers { grid-column: 1 / -1; }
.case-readers__note { margin: 0 0 0.5rem; font-size: 0.85rem; color: var(--theme-elevation-600, #555); }
.case-timeline summary { cursor: pointer; font-weight: 600; }
.case-timeline td.when { white-space: nowrap; width: 12rem; }
.case-timeline tr.state-late td, .case-timeline tr.state-passed td { color: #8a1c14; }
.case-timeline tr.state-met td { color: #1d5b21; }
/* A date the hooks compute (deadlines) cannot be cleared: no clear button on a read-only date. */
.date-time-field.read-only .date-time-picker__clear-button { display: none; }
@media (max-width: 900px) { .case-overview { grid-template-columns: 1fr; } }
@media print {
  body.print-case-timeline * { visibility: hidden; }
  body.print-case-timeline .case-timeline, body.print-case-timeline .case-timeline * { visibility: visible; }
  body.print-case-timeline .case-timeline { position: absolute; top: 0; left: 0; right: 0; }
  body.print-case-timeline .no-print { display: none; }
}
`

/** Styles of the form that records a complaint by phone, at the desk or by letter. */
export const recordStyles = `
.record-form { display: grid; gap: 0.75rem; max-width: 40rem; margin-top: 1rem; }
.record-row { display: flex; gap: 1rem; flex-wrap: wrap; }
.record-field { display: flex; flex-direction: column; gap: 0.2rem; }
.record-field input, .record-field select, .record-field textarea { font: inherit; padding: 0.4rem 0.5rem; }
.record-group { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 4px; padding: 0.75rem 1rem; display: grid; gap: 0.6rem; }
.record-field abbr { text-decoration: none; color: #8a1c14; }
.record-note { background: var(--theme-elevation-50, #f5f5f5); padding: 0.5rem 0.75rem; border-radius: 4px; margin: 0; }
.record-form > button { justify-self: start; }
.record-saved { border: 1px solid #2e7d32; border-radius: 4px; padding: 0.75rem 1rem; max-width: 40rem; }
.record-actions { display: flex; gap: 1.5rem; }
`
