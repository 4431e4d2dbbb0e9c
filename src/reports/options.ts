/** The options of the overdue view, the yearly report and its CSV export. */
export type ReportOptions = {
  /**
   * The overdue view also lists deadlines that fall within this many working days from today
   * (Dutch public holidays skipped), so they can be met before they pass.
   * @default 5
   */
  dueSoonWorkingDays?: number
  /**
   * Whether handlers open the overdue view for the complaints they handle (as handler, committee
   * member or appeal reviewer). Admin and directie always see every complaint they may read;
   * the yearly report is for admin and directie only.
   * @default true
   */
  handlersSeeOwnCases?: boolean
  /**
   * Most rows a list shows on one page: overdue deadlines, complaints handled late, complaints
   * not handled. The counts above each list are always complete; the CSV export lists all.
   * @default 200
   */
  listLimit?: number
  /**
   * Path of the CSV export under the API route, e.g. `/api/complaints-report.csv`.
   * @default '/complaints-report.csv'
   */
  csvPath?: `/${string}`
}

export type ResolvedReportOptions = Required<ReportOptions>

export const resolveReportOptions = (options: ReportOptions = {}): ResolvedReportOptions => ({
  dueSoonWorkingDays: options.dueSoonWorkingDays ?? 5,
  handlersSeeOwnCases: options.handlersSeeOwnCases ?? true,
  listLimit: options.listLimit ?? 200,
  csvPath: options.csvPath ?? '/complaints-report.csv',
})
