import type { ResolvedPluginOptions } from '../types'
import type { ResolvedReportOptions } from './options'

/** What the report views need of the plugin's options; handed to them as server props. */
export type ReportSettings = ResolvedReportOptions &
  Pick<ResolvedPluginOptions, 'getRoles' | 'userCollection' | 'slugs'>

/** The prop under which the views receive the settings. */
export type ReportSettingsProps = { reportSettings: ReportSettings }
