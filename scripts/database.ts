/**
 * Keeps an embedded PostgreSQL running until Ctrl-C, for tools that need a server of their own:
 * `tsx scripts/database.ts <folder> <port>`; prints the DATABASE_URL to use.
 */
import { startEmbeddedPostgres } from '../src/database/embeddedPostgres'

const [folder = '.data/manual', port = '54399'] = process.argv.slice(2)
const running = await startEmbeddedPostgres({ folder, port: Number(port), database: 'postgres' })
console.log(running.url)

const stop = async () => {
  await running.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
setInterval(() => undefined, 1 << 30)
