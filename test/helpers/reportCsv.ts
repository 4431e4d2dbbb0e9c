import { callApi } from './intake'

import type { Payload } from 'payload'

/** The cells of one line of an English CSV: `,`-separated, a cell with a comma in quotes. */
export const csvCells = (line: string): string[] =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) =>
    cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!,
  )

/**
 * The yearly report's figures CSV in English, as someone with `token` downloads it: each row by
 * its period (`Year`, `Q1` …), each cell by its column's heading.
 */
export const figuresCsvOf = async (
  payload: Payload,
  token: string,
  query: { regulation: string; year: number },
): Promise<Record<string, Record<string, string>>> => {
  const answer = await callApi(
    payload,
    'GET',
    `/complaints-report.csv?regulation=${query.regulation}&year=${query.year}&part=figures&lang=en`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  if (answer.status !== 200) throw new Error(`the CSV answered ${answer.status}`)
  const [header, ...rows] = String(answer.body)
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map(csvCells)
  const period = header!.indexOf('Period')
  return Object.fromEntries(
    rows.map((row) => [
      row[period]!,
      Object.fromEntries(header!.map((name, i) => [name, row[i]!])),
    ]),
  )
}
