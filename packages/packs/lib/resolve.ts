import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PackError } from './error.js'

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
 * The npm package of a pack that ships with kapstok: `nl-gemeente` → `@kapstok/pack-nl-gemeente`.
 *
 * @param name Short pack name.
 * @returns Package name.
 */
export function builtinPackPackage(name: string): string {
  return `@kapstok/pack-${name}`
}

// Shipped packs are dependencies of this package, so they resolve from here, not from the
// plan: a plan folder without node_modules still gets the default pack.
const ownRequire = createRequire(import.meta.url)

/**
 * The folder of a pack reference. A reference is resolved as:
 *
 * 1. a path (starting with `.` or `/`, or containing a slash that is not a scope) relative to
 *    `baseDir`: any folder with a `pack.json`, no `package.json` needed;
 * 2. a pack shipped with kapstok: the package `@kapstok/pack-<name>`;
 * 3. an npm package `kapstok-pack-<name>` (or the name itself when it starts with `@` or
 *    `kapstok-pack-`), resolved from `baseDir`.
 *
 * ```ts
 * resolvePackDir('nl-gemeente', process.cwd()) // …/node_modules/@kapstok/pack-nl-gemeente
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
  if (/^[a-z0-9][a-z0-9-]*$/.test(ref)) {
    const builtin = packageDir(ownRequire, builtinPackPackage(ref))
    if (builtin) return builtin
  }
  // A shipped pack by its package name (as a pack's `extends` names its base) resolves from here too.
  if (ref.startsWith(builtinPackPackage(''))) {
    const builtin = packageDir(ownRequire, ref)
    if (builtin) return builtin
  }
  const name = ref.startsWith('@') || ref.startsWith('kapstok-pack-') ? ref : `kapstok-pack-${ref}`
  const found = packageDir(createRequire(path.join(baseDir, 'noop.js')), name)
  if (found) return found
  throw new PackError(
    `Sjabloonpakket \`${ref}\` niet gevonden: geen map, niet meegeleverd met kapstok en geen npm-pakket \`${name}\`. Installeer het (\`npm install ${name}\`) of geef een pad`
  )
}

/**
 * The folder of an installed pack package: where its `pack.json` (or, for packages whose
 * `exports` hide it, its `package.json`) resolves.
 */
function packageDir(require: NodeJS.Require, name: string): string | undefined {
  for (const entry of ['pack.json', 'package.json']) {
    try {
      const dir = path.dirname(require.resolve(`${name}/${entry}`))
      if (existsSync(path.join(dir, 'pack.json'))) return dir
    } catch {
      // Try the next entry, then give up.
    }
  }
  return undefined
}
