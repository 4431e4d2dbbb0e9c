import type { Payload } from 'payload'
import type { CapturedMail } from './smtpSink'

/**
 * Runs the digest once (after whatever the queue still held) and returns what `email` received,
 * as read: quoted-printable's soft line breaks joined.
 */
export const digestTo = async (
  payload: Payload,
  mail: { received: CapturedMail[] },
  email: string,
): Promise<string[]> => {
  await payload.jobs.run({ queue: 'default', limit: 100 })
  const before = mail.received.length
  await payload.jobs.queue({ task: 'deadlineDigest', input: {} })
  await payload.jobs.run({ queue: 'default', limit: 100 })
  return mail.received
    .slice(before)
    .filter((message) => message.to.includes(email))
    .map((message) => message.raw.replace(/=\r?\n/g, ''))
}
