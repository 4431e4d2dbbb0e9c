import { checkPastDate, isEmailAddress, isPhoneNumber } from '../../src/intake/formats'
import { fileTypeOf } from '../../src/intake/fileTypes'
import { createRateLimiter } from '../../src/intake/rateLimit'

describe('the rate limit of the public form', () => {
  it('allows max attempts in any window, then says when the oldest leaves it', () => {
    const limiter = createRateLimiter({ max: 3, windowSeconds: 60 })
    expect([0, 10_000, 20_000].map((at) => limiter.hit('a', at).allowed)).toEqual([true, true, true])
    expect(limiter.hit('a', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 })
    expect(limiter.hit('b', 30_000).allowed).toBe(true)
    // The window slides: at 60.001 s the first attempt has left it.
    expect(limiter.hit('a', 60_001).allowed).toBe(true)
    expect(limiter.hit('a', 60_002).allowed).toBe(false)
  })

  it('forgets the longest idle addresses first when it tracks too many', () => {
    const limiter = createRateLimiter({ max: 1, windowSeconds: 60, maxKeys: 2 })
    limiter.hit('old', 0)
    limiter.hit('middle', 1)
    limiter.hit('new', 2)
    expect(limiter.hit('old', 3).allowed).toBe(true)
    expect(limiter.hit('new', 4).allowed).toBe(false)
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
  ])('reads %s as an e-mail address: %s', (value, expected) => expect(isEmailAddress(value)).toBe(expected))

  it.each([
    ['+31 (0)20-123 45 67', true],
    ['06 12345678', true],
    ['12345', false],
    ['bel me', false],
  ])('reads %s as a phone number: %s', (value, expected) => expect(isPhoneNumber(value)).toBe(expected))

  it.each([
    ['2024-02-29', 'ok'],
    ['2025-02-29', 'invalid'],
    ['2026-04-25', 'future'],
    ['24-04-2026', 'invalid'],
  ])('checks the date %s against 24 April 2026: %s', (value, expected) => expect(checkPastDate(value, '2026-04-24')).toBe(expected))

  it('knows a file by its first bytes, not by what it is called', () => {
    const pdf = fileTypeOf('application/pdf')!
    expect(pdf.matches(new TextEncoder().encode('%PDF-1.4\n...\n%%EOF\n'))).toBe(true)
    expect(pdf.matches(Uint8Array.from([0x4d, 0x5a, 0x90, 0]))).toBe(false)
    expect(fileTypeOf('text/plain; charset=utf-8')!.matches(Uint8Array.from([0x41, 0, 0x42]))).toBe(false)
    expect(fileTypeOf('text/html')).toBeUndefined()
  })
})
