/** Whether the database answers now (kept a second). */
export type Probe = () => Promise<boolean>

/**
 * Where the process's Payload leaves its database probe, for what runs before Payload and shares
 * the process but not its modules: a Next.js proxy in front of the admin (src/database/proxy.ts).
 * Nothing else is imported here, so the proxy's bundle stays small.
 */
export const probeHolder = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('payload-plugin-complaints.databaseProbe')
] ??= {}) as { probe?: Probe }
