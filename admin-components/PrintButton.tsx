'use client'
import React from 'react'

/** Opens the browser's print dialog for the print version of the report. */
export const PrintButton = ({ label }: { label: string }) => (
  <button type="button" className="no-print" onClick={() => window.print()}>
    {label}
  </button>
)
