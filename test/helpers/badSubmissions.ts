import { samples } from './intake'

/**
 * Malformed submissions of the public form, generated from a seed so every run sends the same
 * ones. Each starts from a valid submission of one of the five regulations and gets at least
 * one defect; harmless noise (script tags, accents, emoji) goes into the fields left valid.
 */
export type BadFile = { name: string; type: string; data: Uint8Array }
export type BadSubmission = {
  defects: string[]
  format: 'json' | 'multipart' | 'raw'
  values: Record<string, unknown>
  files: BadFile[]
  headers: Record<string, string>
  raw?: { contentType: string; body: Uint8Array | string }
}

/** mulberry32: small, fast and good enough to pick test cases. */
export const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const VALID: Record<string, Record<string, string>> = {
  hss: { name: 'Kees', description: 'Niemand belde terug.' },
  'in-focus-samen': { name: 'Anouk', description: 'Het traject liep vast.' },
  'izw-arbeidscoaching': {
    name: 'Fatima',
    address: 'Dorpsstraat 1',
    city: 'Utrecht',
    phone: '030-1234567',
    description: 'Afspraken niet nagekomen.',
  },
  'izw-ambulant': {
    name: 'Piet',
    address: 'Kerkweg 2',
    city: 'Zeist',
    phone: '06 12345678',
    description: 'Hulp kwam niet.',
  },
  'krachtig-perspectief': {
    name: 'Bureau Noord',
    email: 'info@noord.example',
    description: 'Rapport te laat.',
    role: 'commissioningParty',
  },
}

const TEXT_FIELDS = [
  'name',
  'email',
  'phone',
  'address',
  'city',
  'eventsOn',
  'description',
  'desiredSolution',
  'role',
  'regulation',
  'lang',
]
const MAX: Record<string, number> = {
  name: 200,
  email: 254,
  phone: 40,
  address: 200,
  city: 100,
  eventsOn: 10,
  description: 10_000,
  desiredSolution: 5_000,
  role: 200,
}
const NOISE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table complaints; --",
  'Zoë én Çelik 😀',
  '{{7*7}}',
  '${process.exit()}',
]
const BAD_DATES = [
  '2025-02-30',
  '2026-13-01',
  '2025-00-10',
  '31-12-2025',
  '2025-1-1',
  '0000-00-00',
  '1899-12-31',
  '2300-01-01',
  'gisteren',
  '2025-02-29',
  '2025-04-31',
  '２０２５-01-01',
  '2099-06-01',
]
const BAD_SLUGS = [
  'bestaat-niet',
  '../etc/passwd',
  'IZW-AMBULANT',
  '',
  ' hss',
  "hss' OR '1'='1",
  'a'.repeat(150),
  'hss\u0000',
  '%00',
  '*',
]
const BAD_EMAILS = [
  'geen-adres',
  'a@b',
  '@example.nl',
  'naam@',
  'naam@@example.nl',
  'na am@example.nl',
  'naam@example..nl',
  '.naam@example.nl',
  'naam@-example.nl',
  `${'a'.repeat(65)}@example.nl`,
]
const BAD_PHONES = [
  'bel me',
  '12',
  '+31 6 1234 5678 ext. 9',
  '0'.repeat(25),
  '06-1234567a',
  '<b>06</b>',
]
const WRONG_TYPES: unknown[] = [
  42,
  -1.5,
  true,
  false,
  [],
  ['a'],
  {},
  { nested: { deeper: [1, 2, { x: 'y' }] } },
  1e308,
]
const CONTROL = [
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\ud800',
  '\udc00x',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufdd0',
  '\ufffe',
  '\u{1fffe}',
]

type Defect = (random: () => number, sub: BadSubmission, regulation: string) => void

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T
const fileOf = (name: string, type: string, data: Uint8Array): BadFile => ({
  name: `bad-input-${name}`,
  type,
  data,
})

const ZIP_ONLY = Uint8Array.from([
  0x50,
  0x4b,
  0x03,
  0x04,
  20,
  0,
  0,
  0,
  0,
  0,
  ...new TextEncoder().encode('readme.txt hello'),
])
const DISGUISED: (() => BadFile)[] = [
  () => fileOf('virus.pdf', 'application/pdf', samples.exe()),
  () =>
    fileOf(
      'page.png',
      'image/png',
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
    ),
  () => fileOf('photo.jpg', 'image/jpeg', samples.png()),
  () =>
    fileOf(
      'letter.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ZIP_ONLY,
    ),
  () => fileOf('cut.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj')),
  () => fileOf('nul.txt', 'text/plain', Uint8Array.from([72, 0, 105])),
  () =>
    fileOf(
      'vector.png',
      'image/png',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ),
  () => fileOf('tool.exe', 'application/x-msdownload', samples.exe()),
  () => fileOf('empty.pdf', 'application/pdf', new Uint8Array()),
  () =>
    fileOf(
      'latin1.txt',
      'text/plain',
      Uint8Array.from([0x4b, 0x6c, 0x61, 0x63, 0x68, 0x74, 0xe9, 0xff]),
    ),
  () => fileOf('noname', '', samples.exe()),
  () =>
    fileOf(
      'fake.jpg',
      'image/jpeg',
      Uint8Array.from([
        0xff,
        0xd8,
        0xff,
        0xe0,
        ...new TextEncoder().encode('tekst die zich als foto voordoet'),
      ]),
    ),
  () => fileOf('rekening\u202efdp.exe', 'application/pdf', samples.pdf()),
  () => fileOf('nul\u0000.pdf', 'application/pdf', samples.pdf()),
]

const textDefect =
  (change: (random: () => number, field: string) => unknown, fields = TEXT_FIELDS): Defect =>
  (random, sub) => {
    const field = pick(random, fields)
    sub.values[field] = change(random, field)
  }

/** Every kind of defect, with the name the test reports it by. */
export const DEFECTS: Record<string, Defect> = {
  wrongType: textDefect((random) => pick(random, WRONG_TYPES)),
  hugeString: textDefect(
    (random, field) =>
      pick(random, NOISE).padEnd((MAX[field] ?? 200) + 1 + Math.floor(random() * 2000), 'x'),
    Object.keys(MAX),
  ),
  // A form body cannot carry half a surrogate pair (it becomes U+FFFD): those go in JSON only.
  controlCharacter: (random, sub) =>
    void (sub.values[pick(random, ['name', 'description', 'city', 'desiredSolution'])] =
      `Klacht${pick(random, sub.format === 'json' ? CONTROL : CONTROL.filter((c) => !/[\ud800-\udfff]/.test(c)))}tekst`),
  lineBreakInName: textDefect(() => 'Jan\nJansen', ['name', 'city', 'address']),
  impossibleDate: (random, sub) => void (sub.values.eventsOn = pick(random, BAD_DATES)),
  unknownRegulation: (random, sub) => void (sub.values.regulation = pick(random, BAD_SLUGS)),
  missingRequired: (random, sub) =>
    void delete sub.values[pick(random, ['name', 'description', 'regulation'])],
  badEmail: (random, sub) => void (sub.values.email = pick(random, BAD_EMAILS)),
  badPhone: (random, sub) => void (sub.values.phone = pick(random, BAD_PHONES)),
  roleNotAllowed: (random, sub, regulation) =>
    void (sub.values.role = pick(
      random,
      regulation === 'krachtig-perspectief'
        ? ['survivingRelative', 'admin', 'staff']
        : ['commissioningParty', 'legalEntity', 'admin', 'directie'],
    )),
  honeypot: (random, sub) =>
    void (sub.values.leaveEmpty = pick(random, ['http://spam.example', 'x', 'Buy now'])),
  unknownField: (random, sub) =>
    void (sub.values[
      pick(random, ['isAdmin', 'status', 'reference', 'handler', '__proto__x', 'statusToken'])
    ] = 'x'),
  badLanguage: (random, sub) =>
    void (sub.values.lang = pick(random, ['de', 'NL', 'english', 'nl-NL'])),
  badBoolean: (random, sub) =>
    void (sub.values[pick(random, ['consentToContactOthers', 'isUwvClient'])] = pick(random, [
      'misschien',
      'ja!',
      '2',
    ])),
  badIdempotencyKey: (random, sub) => {
    if (random() < 0.5) {
      sub.headers['Idempotency-Key'] = pick(random, [
        'kort',
        'spatie in de sleutel 123',
        '<script>x</script>-0123456789',
        'x'.repeat(201),
      ])
      return
    }
    sub.values.idempotencyKey = 'veld-sleutel-0123456789'
    sub.headers['Idempotency-Key'] = 'kop-sleutel-0123456789'
  },
}

/** Defects that need a multipart body: attachments and repeated fields. */
export const MULTIPART_DEFECTS: Record<string, Defect> = {
  disguisedAttachment: (random, sub) => void sub.files.push(pick(random, DISGUISED)()),
  tooManyAttachments: (random, sub) =>
    void sub.files.push(
      ...Array.from({ length: 6 + Math.floor(random() * 4) }, (_, index) =>
        fileOf(`many-${index}.txt`, 'text/plain', samples.text()),
      ),
    ),
  oversizedAttachment: (random, sub) =>
    void sub.files.push(
      fileOf(
        'big.pdf',
        'application/pdf',
        new Uint8Array(10 * 1024 * 1024 + 1 + Math.floor(random() * 1024)).fill(0x25),
      ),
    ),
  repeatedField: (random, sub) =>
    void (sub.values[pick(random, ['name', 'description', 'regulation'])] = ['een', 'twee']),
}

/** Bodies that are no submission at all. */
export const RAW_BODIES: { defect: string; contentType: string; body: Uint8Array | string }[] = [
  {
    defect: 'truncatedJson',
    contentType: 'application/json',
    body: '{"regulation":"hss","name":"Kees"',
  },
  { defect: 'jsonArray', contentType: 'application/json', body: '[{"regulation":"hss"}]' },
  { defect: 'jsonNull', contentType: 'application/json', body: 'null' },
  { defect: 'jsonString', contentType: 'application/json', body: '"klacht"' },
  { defect: 'emptyBody', contentType: 'application/json', body: '' },
  {
    defect: 'invalidUtf8',
    contentType: 'application/json',
    body: Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]),
  },
  { defect: 'byteOrderMark', contentType: 'application/json', body: '\ufeff{"regulation":"hss"}' },
  {
    defect: 'formUrlEncoded',
    contentType: 'application/x-www-form-urlencoded',
    body: 'regulation=hss&name=Kees',
  },
  { defect: 'plainText', contentType: 'text/plain', body: 'Ik heb een klacht' },
  {
    defect: 'xml',
    contentType: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  {
    defect: 'brokenMultipart',
    contentType: 'multipart/form-data; boundary=abc',
    body: '--abc\r\nContent-Disposition: form-data; name="name"\r\n\r\nKees',
  },
  { defect: 'multipartWithoutBoundary', contentType: 'multipart/form-data', body: 'name=Kees' },
  {
    defect: 'deepJson',
    contentType: 'application/json',
    body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
  },
  {
    defect: 'jsonTooLarge',
    contentType: 'application/json',
    body: JSON.stringify({ regulation: 'hss', name: 'Kees', description: 'x'.repeat(70_000) }),
  },
]

/** `count` malformed submissions, the same for the same seed. */
export const generateBadSubmissions = (count: number, seed: number): BadSubmission[] => {
  const random = seededRandom(seed)
  const fileKinds = Object.keys(MULTIPART_DEFECTS)
  // A form body turns every value into text, so a wrong type is a defect of JSON only.
  const kindsFor = (format: 'json' | 'multipart') =>
    Object.keys(DEFECTS).filter((kind) => format === 'json' || kind !== 'wrongType')
  return Array.from({ length: count }, (_, index) => {
    if (index % 25 === 0) {
      const raw = RAW_BODIES[(index / 25) % RAW_BODIES.length]!
      return {
        defects: [raw.defect],
        format: 'raw',
        values: {},
        files: [],
        headers: {},
        raw: { contentType: raw.contentType, body: raw.body },
      }
    }
    const regulation = pick(random, Object.keys(VALID))
    const format: 'json' | 'multipart' = random() < 0.4 ? 'multipart' : 'json'
    const sub: BadSubmission = {
      defects: [],
      format,
      values: { regulation, ...VALID[regulation] },
      files: [],
      headers: {},
    }
    for (const field of ['description', 'desiredSolution', 'city'])
      if (random() < 0.3 && field in sub.values)
        sub.values[field] = `${sub.values[field]} ${pick(random, NOISE)}`
    const wanted = 1 + Math.floor(random() * 3)
    for (let n = 0; n < wanted; n += 1) {
      // Oversized files are slow to build: about one in a hundred multipart cases.
      const fileDefect = format === 'multipart' && random() < 0.4 ? pick(random, fileKinds) : null
      const name =
        fileDefect === 'oversizedAttachment' && random() > 0.05
          ? 'disguisedAttachment'
          : (fileDefect ?? pick(random, kindsFor(format)))
      ;(MULTIPART_DEFECTS[name] ?? DEFECTS[name])!(random, sub, regulation)
      sub.defects.push(name)
    }
    if (format === 'json' && random() < 0.05) {
      sub.values.attachments = [{ name: 'x.pdf', data: 'JVBERi0=' }]
      sub.defects.push('attachmentsInJson')
    }
    return sub
  })
}
