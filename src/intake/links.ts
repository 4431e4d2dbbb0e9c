import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

/**
 * Links the form and the complainant receive come from configuration (the plugin's
 * `publicUrl`), never from request headers: a forged Host or X-Forwarded-Host must not turn a
 * cached form schema into one that sends complaints elsewhere.
 */
export const statusPath = (options: ResolvedIntakeOptions, token: string) =>
  `${options.pagesPath}/status/${token}`

/** The satisfaction survey of one complaint, behind its own token (src/survey). */
export const surveyPath = (options: ResolvedIntakeOptions, token: string) =>
  `${options.pagesPath}/tevredenheid/${token}`

export const formPath = (options: Pick<ResolvedIntakeOptions, 'pagesPath'>, slug: string) =>
  `${options.pagesPath}/${slug}`

export const regulationTextPath = (
  options: Pick<ResolvedIntakeOptions, 'pagesPath'>,
  slug: string,
) => `${options.pagesPath}/${slug}/regeling`
