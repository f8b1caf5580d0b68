import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PackError } from './error.js'

/** Folder of the packs that ship with kapstok (`templates/` in the repository). */
export const builtinPacksDir = fileURLToPath(new URL('../../../../templates/', import.meta.url))

/** The pack used when the configuration names none. */
export const defaultPackName = 'nl-gemeente'

/**
 * Whether a pack reference is a path (starting with `.` or `/`, or with a slash that is not a scope).
 *
 * @param ref The reference.
 * @returns `true` for a path, `false` for a name.
 */
export function isPathRef(ref: string): boolean {
  return ref.startsWith('.') || path.isAbsolute(ref) || (ref.includes('/') && !ref.startsWith('@'))
}

/**
 * The folder of a pack reference. A reference is resolved as:
 *
 * 1. a path (starting with `.` or `/`, or containing a slash that is not a scope) relative to `baseDir`;
 * 2. a pack shipped with kapstok: `templates/<name>`;
 * 3. an npm package `kapstok-pack-<name>` (or the name itself when it starts with `@` or
 *    `kapstok-pack-`), resolved from `baseDir`.
 *
 * ```ts
 * resolvePackDir('nl-gemeente', process.cwd()) // …/templates/nl-gemeente
 * ```
 *
 * @param ref Name or path.
 * @param baseDir Folder to resolve paths and packages from.
 * @returns Absolute folder holding `pack.json`; throws `PackError` (Dutch) when there is none.
 */
export function resolvePackDir(ref: string, baseDir: string): string {
  if (isPathRef(ref)) {
    const dir = path.resolve(baseDir, ref)
    if (!existsSync(path.join(dir, 'pack.json'))) {
      throw new PackError(`Sjabloonpakket \`${ref}\` niet gevonden: geen \`pack.json\` in die map. Geef het pad naar een map met een \`pack.json\``)
    }
    return dir
  }
  const builtin = path.join(builtinPacksDir, ref)
  if (/^[a-z0-9][a-z0-9-]*$/.test(ref) && existsSync(path.join(builtin, 'pack.json'))) return builtin
  const name = ref.startsWith('@') || ref.startsWith('kapstok-pack-') ? ref : `kapstok-pack-${ref}`
  const require = createRequire(path.join(baseDir, 'noop.js'))
  for (const entry of ['pack.json', 'package.json']) {
    try {
      return path.dirname(require.resolve(`${name}/${entry}`))
    } catch {
      // Try the next entry, then give up below.
    }
  }
  throw new PackError(
    `Sjabloonpakket \`${ref}\` niet gevonden: geen map, niet meegeleverd in \`templates/\` en geen npm-pakket \`${name}\`. Installeer het (\`pnpm add ${name}\`) of geef een pad`
  )
}
