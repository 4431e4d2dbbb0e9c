/**
 * Builds the package that `npm install payload-plugin-complaints` brings: JavaScript and types in
 * dist/, with every relative import written out in full (`./calendar.js`, `./seeds/index.js`) so
 * that Node, Next and TypeScript's NodeNext resolution all load it, and the form's script beside
 * the code that serves it.
 */
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')
const ASSETS = ['src/intake/embed/complaint-form.js']

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })

/** `./calendar` → `./calendar.js`, `./seeds` → `./seeds/index.js`; anything else is left alone. */
const fullSpecifier = (file: string, specifier: string): string => {
  if (/\.(js|json)$/.test(specifier)) return specifier
  const target = path.resolve(path.dirname(file), specifier)
  if (existsSync(`${target}.js`)) return `${specifier}.js`
  if (existsSync(path.join(target, 'index.js'))) return `${specifier}/index.js`
  throw new Error(`${path.relative(root, file)}: cannot resolve the import "${specifier}"`)
}

const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g

const writeImportsInFull = (file: string) => {
  const code = readFileSync(file, 'utf8')
  const rewritten = code.replace(
    RELATIVE_IMPORT,
    (_, keyword: string, quote: string, specifier: string) =>
      `${keyword}${quote}${fullSpecifier(file, specifier)}${quote}`,
  )
  if (rewritten !== code) writeFileSync(file, rewritten)
}

rmSync(dist, { recursive: true, force: true })
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
if (tsc.status !== 0) {
  console.error('build-package: tsc failed, dist/ is incomplete')
  process.exit(tsc.status ?? 1)
}
const emitted = filesUnder(dist).filter((file) => /\.(js|d\.ts)$/.test(file))
for (const file of emitted) writeImportsInFull(file)
for (const asset of ASSETS) copyFileSync(path.join(root, asset), path.join(dist, asset))
console.log(
  `build-package: ${emitted.length} files in dist/, imports written in full, ${ASSETS.length} asset copied`,
)
