/**
 * A process that stores one complaint through the Local API and ends the moment the create
 * returns, as a crash right after the commit would: what it left for after the commit never runs.
 * Run: tsx test/helpers/createAndExit.ts <regulation id>, with DATABASE_URL set. Prints the id.
 */
import { getPayload } from 'payload'

import { withRequiredData } from './complaints'

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const created = await payload.create({
  collection: 'complaints',
  depth: 0,
  data: withRequiredData({
    regulation: Number(process.argv[2]),
    channel: 'email',
    description: 'Afspraak niet nagekomen',
  }) as never,
})
// Writes to a pipe are synchronous on Linux: the id is out before the process ends.
process.stdout.write(`${created.id}\n`)
process.exit(0)
