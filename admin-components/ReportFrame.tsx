import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'
import React from 'react'

import type { AdminViewServerProps } from 'payload'

import { reportStyles } from './reportStyles'

type FrameProps = {
  view: AdminViewServerProps
  children: React.ReactNode
  /** Without the admin's navigation, for paper. */
  plain?: boolean
}

/** A report page inside the admin's own layout (navigation, header), with the report styles. */
export const ReportFrame = ({ view, children, plain = false }: FrameProps) => {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  const body = (
    <>
      <style>{reportStyles}</style>
      {children}
    </>
  )
  if (plain) return <main className="complaints-report complaints-report--print">{body}</main>
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="complaints-report">{body}</div>
      </Gutter>
    </DefaultTemplate>
  )
}

/** Custom views are public: send a visitor who is not logged in to the login page first. */
export const requireLogin = (view: AdminViewServerProps, path: string): void => {
  const { req } = view.initPageResult
  if (req.user) return
  const admin = req.payload.config.routes.admin
  redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`)
}

/** The page shown to a logged-in user without the role the view asks for. */
export const Refusal = ({ title, message }: { title: string; message: string }) => (
  <>
    <h1>{title}</h1>
    <p role="alert">{message}</p>
  </>
)
