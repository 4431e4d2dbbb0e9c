import nodemailer from 'nodemailer'

import type { SendMailOptions } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'

import type { EmailAdapter } from 'payload'

type SmtpOptions = {
  /** e.g. smtp://user:password@mail.example.org:587 */
  url: string
  fromAddress: string
  fromName: string
}

/** Payload's e-mail adapter over SMTP (nodemailer); a server that does not answer makes sendEmail reject. */
export const smtpEmailAdapter =
  ({ url, fromAddress, fromName }: SmtpOptions): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as SMTPTransport.Options)
    return {
      name: 'smtp',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: async (message) =>
        transport.sendMail({
          from: { name: fromName, address: fromAddress },
          ...message,
        } as SendMailOptions),
    }
  }
