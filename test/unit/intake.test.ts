import { checkPastDate, isEmailAddress, isPhoneNumber } from '../../src/intake/formats'
import { fileTypeOf } from '../../src/intake/fileTypes'
import { clientAddressOf, UNKNOWN_ADDRESS } from '../../src/security/clientAddress'

import type { PayloadRequest } from 'payload'

describe('the client address the limits count', () => {
  const asked = (forwardedFor: string | null) =>
    ({
      headers: new Headers(forwardedFor === null ? {} : { 'X-Forwarded-For': forwardedFor }),
    }) as unknown as PayloadRequest

  it.each([
    ['no trusted proxy: whatever the client writes', '203.0.113.7', 0, UNKNOWN_ADDRESS],
    ['no trusted proxy: nothing written', null, 0, UNKNOWN_ADDRESS],
    [
      'one proxy: the address it appended, not what the client wrote before it',
      '198.51.100.99, 203.0.113.7',
      1,
      '203.0.113.7',
    ],
    [
      "one proxy: a victim's address the client wrote does not count",
      '192.0.2.1, 203.0.113.7',
      1,
      '203.0.113.7',
    ],
    [
      'two proxies: the address the outer one appended',
      '192.0.2.1, 203.0.113.7, 10.0.0.2',
      2,
      '203.0.113.7',
    ],
    ['two proxies but only one entry: not trusted', '203.0.113.7', 2, UNKNOWN_ADDRESS],
    ['an entry that is no address', 'evil<script>', 1, UNKNOWN_ADDRESS],
    ['IPv6', '2001:db8::1', 1, '2001:db8::1'],
  ])('%s', (_case, header, proxies, expected) => {
    expect(clientAddressOf(asked(header), proxies)).toBe(expected)
  })
})

describe('what the form accepts', () => {
  it.each([
    ['naam@voorbeeld.nl', true],
    ['voor.achter+klacht@sub.example.co.uk', true],
    ['naam@voorbeeld', false],
    ['naam..x@voorbeeld.nl', false],
    ['naam@-voorbeeld.nl', false],
    ['naam @voorbeeld.nl', false],
  ])('reads %s as an e-mail address: %s', (value, expected) =>
    expect(isEmailAddress(value)).toBe(expected),
  )

  it.each([
    ['+31 (0)20-123 45 67', true],
    ['06 12345678', true],
    ['12345', false],
    ['bel me', false],
  ])('reads %s as a phone number: %s', (value, expected) =>
    expect(isPhoneNumber(value)).toBe(expected),
  )

  it.each([
    ['2024-02-29', 'ok'],
    ['2025-02-29', 'invalid'],
    ['2026-04-25', 'future'],
    ['24-04-2026', 'invalid'],
  ])('checks the date %s against 24 April 2026: %s', (value, expected) =>
    expect(checkPastDate(value, '2026-04-24')).toBe(expected),
  )

  it('knows a file by its first bytes, not by what it is called', () => {
    const pdf = fileTypeOf('application/pdf')!
    expect(pdf.matches(new TextEncoder().encode('%PDF-1.4\n...\nstartxref\n9\n%%EOF\n'))).toBe(true)
    // Without its cross-reference pointer a PDF is incomplete: refused here, in the form's words.
    expect(pdf.matches(new TextEncoder().encode('%PDF-1.4\n...\n%%EOF\n'))).toBe(false)
    expect(pdf.matches(Uint8Array.from([0x4d, 0x5a, 0x90, 0]))).toBe(false)
    expect(fileTypeOf('text/plain; charset=utf-8')!.matches(Uint8Array.from([0x41, 0, 0x42]))).toBe(
      false,
    )
    expect(fileTypeOf('text/html')).toBeUndefined()
  })
})
