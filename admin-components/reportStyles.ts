/** Styles of the report views; the print rules leave only the report itself on paper. */
export const reportStyles = `
.complaints-report { padding-bottom: 3rem; }
.complaints-report h1 { margin: 1.5rem 0 0.5rem; }
.complaints-report h2 { margin: 2rem 0 0.75rem; font-size: 1.25rem; }
.complaints-report p { max-width: 60rem; }
.complaints-report table { border-collapse: collapse; margin: 0.5rem 0 1rem; min-width: 24rem; }
.complaints-report th, .complaints-report td { border-bottom: 1px solid var(--theme-elevation-150, #ddd); padding: 0.35rem 0.75rem; text-align: left; vertical-align: top; }
.complaints-report td.number, .complaints-report th.number { text-align: right; font-variant-numeric: tabular-nums; }
.complaints-report tr.part th { padding-left: 1.75rem; font-weight: normal; }
.complaints-report thead th { background: var(--theme-elevation-50, #f5f5f5); }
.complaints-report th a { color: inherit; }
.complaints-report .badge { border-radius: 4px; padding: 2px 6px; white-space: nowrap; }
.complaints-report .badge--passed { background: #fde2e1; color: #8a1c14; }
.complaints-report .badge--soon { background: #fff1c7; color: #6b4e00; }
.complaints-report .summary { display: flex; flex-wrap: wrap; gap: 2rem; }
.complaints-report .controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
.complaints-report .controls label { display: flex; flex-direction: column; gap: 0.25rem; }
.complaints-report .controls select, .complaints-report .controls input, .complaints-report .controls button { padding: 0.35rem 0.5rem; font: inherit; }
.complaints-report .actions { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0.5rem 0 1rem; }
.complaints-report .pages { display: flex; gap: 1rem; align-items: center; }
.complaints-report .chart { max-width: 100%; height: auto; }
.complaints-report .legend { display: flex; gap: 1.25rem; list-style: none; padding: 0; }
.complaints-report .legend span { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.35rem; vertical-align: middle; }
.complaints-report dl dt { font-weight: 600; margin-top: 0.5rem; }
.complaints-report dl dd { margin: 0 0 0 1rem; max-width: 60rem; }
.complaints-report--print { padding: 1.5rem 2rem; background: #fff; color: #000; }
.complaints-dashboard { border: 1px solid var(--theme-elevation-150, #ddd); border-radius: 4px; padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
.complaints-dashboard h2 { margin: 0 0 0.5rem; font-size: 1.1rem; }
.complaints-dashboard ul { list-style: none; padding: 0; margin: 0 0 0.75rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.complaints-nav-links { display: flex; flex-direction: column; gap: 0.5rem; margin-top: 1rem; }
@media print {
  .nav, .app-header, .template-default__nav-toggler-wrapper, .complaints-report .controls, .complaints-report .actions, .complaints-report .no-print { display: none !important; }
  .template-default__wrap, .template-default { padding: 0 !important; margin: 0 !important; }
  .complaints-report { font-size: 10pt; color: #000; }
  .complaints-report a { color: #000; text-decoration: none; }
  .complaints-report table, .complaints-report svg, .complaints-report section { break-inside: avoid; }
  .complaints-report h2 { break-after: avoid; }
  @page { margin: 15mm; }
}
`
