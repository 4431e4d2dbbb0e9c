import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/database/embeddedPostgres'

const root = path.resolve('.data/test-leftover')
const options = { folder: root, port: 54349, database: 'leftover' }

const query = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query('select 1 as one')
  await client.end()
  return rows[0]?.one
}

/** Starts the server in a child process, then kills that process hard, as a crash would. */
const leaveServerBehind = async (): Promise<number> => {
  const script = `import { startEmbeddedPostgres } from './src/database/embeddedPostgres.ts'
    await startEmbeddedPostgres(${JSON.stringify(options)}); console.log('ready'); setInterval(() => {}, 1000)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()),
  )
  child.kill('SIGKILL')
  await new Promise((resolve) => child.on('exit', resolve))
  return Number.parseInt(readFileSync(path.join(root, 'cluster/postmaster.pid'), 'utf8'), 10)
}

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the embedded PostgreSQL server', () => {
  it('replaces a server that a killed run left behind instead of failing', async () => {
    rmSync(root, { recursive: true, force: true })
    const leftover = await leaveServerBehind()
    expect(() => process.kill(leftover, 0)).not.toThrow()

    const running = await startEmbeddedPostgres(options)
    expect(await query(running.url)).toBe(1)
    expect(() => process.kill(leftover, 0)).toThrow()
    await running.stop()
    await expect(query(running.url)).rejects.toThrow()
  }, 60_000)
})
