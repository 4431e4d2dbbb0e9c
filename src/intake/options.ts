import type { PayloadRequest } from 'payload'

/** How many submissions one client address may make in a sliding window. */
export type RateLimitOptions = {
  /**
   * Submissions allowed per client address within the window.
   * @default 10
   */
  max?: number
  /**
   * Length of the sliding window, in seconds.
   * @default 600
   */
  windowSeconds?: number
}

/** Caps on what a complainant may send along. */
export type AttachmentOptions = {
  /**
   * Files per complaint.
   * @default 5
   */
  maxFiles?: number
  /**
   * Size of one file, in bytes.
   * @default 10485760 (10 MiB)
   */
  maxFileBytes?: number
  /**
   * Size of all files of one complaint together, in bytes.
   * @default 20971520 (20 MiB)
   */
  maxTotalBytes?: number
}

/** The options of the public complaint form: `complaintsPlugin({ intake: { ... } })`. */
export type IntakeOptions = {
  /**
   * Origins of the websites that embed the form (`https://www.example.nl`). The app's own
   * origin (the hosted page `/klacht/SLUG`) is always allowed. `'*'` allows every origin.
   * @default []
   */
  allowedOrigins?: string[]
  /**
   * Submissions per client address; `false` turns the limit off (for example when a proxy
   * in front of the app limits already).
   * @default { max: 10, windowSeconds: 600 }
   */
  rateLimit?: RateLimitOptions | false
  /**
   * Limits on attachments.
   * @default { maxFiles: 5, maxFileBytes: 10485760, maxTotalBytes: 20971520 }
   */
  attachments?: AttachmentOptions
  /**
   * Size of a submission without attachments (JSON), in bytes.
   * @default 65536
   */
  maxJsonBytes?: number
  /**
   * The address a submission comes from, for the rate limit.
   * @default the address the plugin's `trustProxy` proxies report; 'unknown' (one shared count) without one
   */
  clientAddress?: (req: PayloadRequest) => string
  /**
   * Path of the hosted pages: the form at `PATH/SLUG`, the status at `PATH/status/TOKEN`.
   * @default '/klacht'
   */
  pagesPath?: string
}
