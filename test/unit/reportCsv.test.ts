import { toCsv } from '../../src/reports/csv'
import { requestedRegulation, requestedYear } from '../../src/reports/params'

describe('the CSV of the yearly report', () => {
  it.each([
    [
      'nl',
      [
        ['Kenmerk', 'Gemiddelde'],
        ['KL-2025-0001', 3.25],
      ],
      '\uFEFFKenmerk;Gemiddelde\r\nKL-2025-0001;3,25\r\n',
    ],
    [
      'en',
      [
        ['Reference', 'Mean'],
        ['KL-2025-0001', 3.25],
      ],
      '\uFEFFReference,Mean\r\nKL-2025-0001,3.25\r\n',
    ],
  ] as const)('writes %s with its own separator and decimal sign', (language, rows, expected) => {
    expect(
      toCsv(
        rows.map((row) => [...row]),
        language,
      ),
    ).toBe(expected)
  })

  it('quotes text with separators, quotes or line breaks', () => {
    expect(toCsv([['Wacht; op "dossier"\nvan UWV', null]], 'nl')).toBe(
      '\uFEFF"Wacht; op ""dossier""\nvan UWV";\r\n',
    )
  })

  it('keeps a spreadsheet from running an explanation as a formula', () => {
    expect(toCsv([['=HYPERLINK("http://example.org")', '+31 6 1234', '-', '@SUM(A1)']], 'en')).toBe(
      '\uFEFF"\'=HYPERLINK(""http://example.org"")",\'+31 6 1234,\'-,\'@SUM(A1)\r\n',
    )
  })
})

describe('the parameters of the report', () => {
  it.each([
    [undefined, 2026],
    ['2025', 2025],
    [['2024', '2023'], 2024],
    ['twenty', null],
    ['1899', null],
    ['20255', null],
  ])('reads year %p as %p', (value, expected) => {
    expect(requestedYear(value, '2026-11-23')).toBe(expected)
  })

  it('reads no regulation, or all, as every regulation', () => {
    expect([undefined, '', 'all', 'hss'].map(requestedRegulation)).toEqual([
      null,
      null,
      null,
      'hss',
    ])
  })
})
