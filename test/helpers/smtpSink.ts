import { SMTPServer } from 'smtp-server'

export type CapturedMail = { to: string[]; raw: string; subject: string }

/**
 * A real SMTP server on loopback that keeps what it receives: the product sends through its SMTP
 * adapter as in production. It can be stopped and started again to play an unreachable mail server.
 */
export const smtpSink = (port: number) => {
  const received: CapturedMail[] = []
  let server: SMTPServer | undefined
  const start = () =>
    new Promise<void>((resolve) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          let raw = ''
          stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
          stream.on('end', () => {
            const subject =
              /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r\n[ \t]/g, ' ') ?? ''
            received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, subject })
            callback()
          })
        },
      })
      server.listen(port, '127.0.0.1', () => resolve())
    })
  const stop = () =>
    new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  return { received, start, stop, url: `smtp://127.0.0.1:${port}` }
}
