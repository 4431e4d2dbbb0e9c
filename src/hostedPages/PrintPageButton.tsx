'use client'

/** Opens the browser's print dialog: the page is what a client is handed or sent by post. */
export const PrintPageButton = ({ label }: { label: string }) => (
  <button type="button" className="no-print" onClick={() => window.print()}>
    {label}
  </button>
)
