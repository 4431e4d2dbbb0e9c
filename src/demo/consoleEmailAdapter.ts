import type { EmailAdapter } from 'payload'

/** Development e-mail: every message is printed instead of sent. */
export const consoleEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'console',
  defaultFromAddress: 'klachten@example.com',
  defaultFromName: 'Klachtenregeling',
  sendEmail: async (message) => {
    payload.logger.info({ msg: 'e-mail', to: message.to, subject: message.subject })
    return { accepted: [message.to] }
  },
})
