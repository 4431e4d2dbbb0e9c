/**
 * The public pages, for a host app's Next.js routes: the hosted form, the regulation's text, the
 * complainant's status and the satisfaction survey. Each route file is two lines; see the README,
 * "The hosted pages".
 */
import { complaintFormMetadata, ComplaintFormPage } from './ComplaintFormPage'
import { RegulationTextPage } from './RegulationTextPage'
import { StatusPage, statusMetadata } from './StatusPage'
import { SurveyPage, surveyMetadata } from './SurveyPage'

import type { FormPageProps } from './regulationPage'
import type { ConfigPromise } from './pageSettings'
import type { StatusPageProps } from './StatusPage'
import type { SurveyPageProps } from './SurveyPage'

export { NotFoundPage } from './NotFoundPage'
export { PublicLayout } from './PublicLayout'

/** The pages bound to the app's config, as Next.js wants a route's `default` and `generateMetadata`. */
export const complaintPages = (config: ConfigPromise) => ({
  form: {
    Page: (props: FormPageProps) => ComplaintFormPage({ config, ...props }),
    generateMetadata: (props: FormPageProps) => complaintFormMetadata(config, props),
  },
  regulation: {
    Page: (props: FormPageProps) => RegulationTextPage({ config, ...props }),
  },
  status: {
    Page: (props: StatusPageProps) => StatusPage({ config, ...props }),
    metadata: statusMetadata,
  },
  survey: {
    Page: (props: SurveyPageProps) => SurveyPage({ config, ...props }),
    metadata: surveyMetadata,
  },
})
