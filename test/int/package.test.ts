/**
 * What `npm install payload-plugin-complaints` brings, tried as a host app meets it: the tarball
 * `npm pack` makes, unpacked into a host's node_modules, loaded by plain Node and by TypeScript's
 * NodeNext resolution, with nothing of the demo, the tests or the sources in it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve('.')
const host = path.join(root, '.data/pack-host')
const installed = path.join(host, 'node_modules/payload-plugin-complaints')
const ENTRIES = [
  'payload-plugin-complaints',
  'payload-plugin-complaints/procedure',
  'payload-plugin-complaints/pages',
  'payload-plugin-complaints/proxy',
  'payload-plugin-complaints/client',
  'payload-plugin-complaints/rsc',
]

type Packed = { filename: string; size: number; unpackedSize: number; files: { path: string }[] }
let packed: Packed

const run = (command: string, args: string[], cwd: string): string => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${String(stdout ?? '').slice(-4000)}\n${String(stderr ?? '').slice(-4000)}`,
    )
  }
}

/** The lines tsc reports as errors, in the host's project. */
const typeErrors = (cwd: string): string[] => {
  try {
    execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    return []
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '')
      .split('\n')
      .filter((line) => line.includes('error TS'))
  }
}

beforeAll(() => {
  rmSync(host, { recursive: true, force: true })
  mkdirSync(installed, { recursive: true })
  run('npm', ['run', 'build:package'], root)
  packed = (
    JSON.parse(
      run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', host], root),
    ) as Packed[]
  )[0]
  run(
    'tar',
    ['-xzf', path.join(host, packed.filename), '-C', installed, '--strip-components=1'],
    root,
  )
  // The host app: an ESM package whose dependencies (payload, next, react, …) resolve from the repository's node_modules.
  writeFileSync(
    path.join(host, 'package.json'),
    JSON.stringify({ name: 'pack-host', private: true, type: 'module' }),
  )
}, 180_000)

describe('the published package', () => {
  it('holds the built code, the README and the licence, and nothing else', () => {
    const tops = [...new Set(packed.files.map((file) => file.path.split('/')[0]))].sort()
    expect(tops).toEqual(['LICENSE', 'README.md', 'dist', 'package.json'])
    const paths = packed.files.map((file) => file.path)
    expect(
      paths.filter(
        (file) =>
          /(^|\/)(test|demo|app|migrations)\/|embeddedPostgres|\.tsx?$/.test(file) &&
          !file.endsWith('.d.ts'),
      ),
    ).toEqual([])
    expect(paths).toContain('dist/src/intake/embed/complaint-form.js')
    console.log(
      `package: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`,
    )
  })

  it('names its runtime dependencies and leaves Payload, Next and React to the host', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(installed, 'package.json'), 'utf8'),
    ) as Record<string, Record<string, string>>
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      'date-holidays',
      'fflate',
      'luxon',
      'nodemailer',
    ])
    expect(Object.keys(manifest.peerDependencies)).toEqual(
      expect.arrayContaining([
        'payload',
        '@payloadcms/db-postgres',
        '@payloadcms/richtext-lexical',
        'next',
        'react',
      ]),
    )
  })

  it('loads its server entries in plain Node, and resolves every entry', () => {
    // The client and RSC entries import Payload's UI (with its CSS): only the host's bundler loads them.
    const script = `
      for (const entry of ${JSON.stringify(ENTRIES)}) import.meta.resolve(entry)
      const loaded = {}
      for (const entry of ${JSON.stringify(ENTRIES.slice(0, 4))}) loaded[entry] = Object.keys(await import(entry)).sort()
      console.log(JSON.stringify(loaded))
    `
    const loaded = JSON.parse(
      run('node', ['--input-type=module', '-e', script], host).trim(),
    ) as Record<string, string[]>
    expect(loaded['payload-plugin-complaints']).toEqual(
      expect.arrayContaining(['complaintsPlugin', 'modelRegulation', 'MODEL_REGULATIONS']),
    )
    expect(loaded['payload-plugin-complaints/procedure']).toEqual(
      expect.arrayContaining(['createCalendar']),
    )
    expect(loaded['payload-plugin-complaints/pages']).toEqual(
      expect.arrayContaining(['complaintPages']),
    )
    expect(loaded['payload-plugin-complaints/proxy']).toEqual(['answerDatabaseOutage'])
  }, 60_000)

  it("builds a host config with the plugin and a model regulation, loaded as Payload's CLI loads a config", () => {
    // Payload's CLI loads a config through tsx; Payload's own lexical package does not always finish loading in plain Node.
    writeFileSync(
      path.join(host, 'payload.config.mjs'),
      `
      import { buildConfig } from 'payload'
      import { postgresAdapter } from '@payloadcms/db-postgres'
      import { lexicalEditor } from '@payloadcms/richtext-lexical'
      import { complaintsPlugin, modelRegulation, MODEL_REGULATIONS } from 'payload-plugin-complaints'
      import { createCalendar } from 'payload-plugin-complaints/procedure'
      const config = await buildConfig({
        secret: 'pack-host', telemetry: false, editor: lexicalEditor(),
        db: postgresAdapter({ pool: { connectionString: 'postgres://unused' } }),
        jobs: { enableConcurrencyControl: true },
        collections: [{ slug: 'users', auth: true, fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin'] }] }],
        plugins: [complaintsPlugin({ publicUrl: 'https://klachten.example.org' })],
      })
      const regulation = modelRegulation('hss', '2024-01-01')
      const day = createCalendar().addWorkingDays('2026-12-24', 1)
      console.log(JSON.stringify({ collections: config.collections.map((c) => c.slug), models: MODEL_REGULATIONS.length, regulation: regulation.slug, day }))
    `,
    )
    const output = JSON.parse(
      run(path.join(root, 'node_modules/.bin/tsx'), ['payload.config.mjs'], host)
        .trim()
        .split('\n')
        .at(-1)!,
    ) as { collections: string[]; models: number; regulation: string; day: string }
    expect(output.collections).toEqual(
      expect.arrayContaining([
        'regulations',
        'complaints',
        'committees',
        'letters',
        'complaint-attachments',
      ]),
    )
    expect([output.models, output.regulation, output.day]).toEqual([5, 'hss', '2026-12-28'])
  }, 60_000)

  it('type-checks in a host that resolves like Node (NodeNext), every entry', () => {
    const imports = ENTRIES.map((entry, index) => `import * as entry${index} from '${entry}'`).join(
      '\n',
    )
    writeFileSync(
      path.join(host, 'host.ts'),
      `${imports}\nexport const entries = [${ENTRIES.map((_, index) => `entry${index}`).join(', ')}]\nexport const plugin: typeof entry0.complaintsPlugin = entry0.complaintsPlugin\nexport const notANumber: number = entry0.complaintsPlugin\n`,
    )
    writeFileSync(
      path.join(host, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          jsx: 'react-jsx',
          types: [],
          typeRoots: [path.join(root, 'node_modules/@types')],
        },
        files: ['host.ts'],
      }),
    )
    // Checked with the libraries' declarations too; errors inside Payload's own declarations are not ours to judge.
    const ours = typeErrors(host).filter((line) => /payload-plugin-complaints|host\.ts/.test(line))
    // The one error is the deliberate one: the entries' types are real, not `any`.
    expect(ours).toHaveLength(1)
    // The imports, then `entries`, `plugin`, and on the line after those, `notANumber`.
    expect(ours[0]).toContain(`host.ts(${ENTRIES.length + 3},14): error TS2322`)
  }, 120_000)
})
