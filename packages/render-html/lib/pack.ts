import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DocumentKind, LabelOverrides, RaadsvoorstelPart } from '@kapstok/documents'
import { checkColors } from './colors.js'

/** The contents of a pack's `pack.json`. */
export interface PackManifest {
  /** Pack name, e.g. `nl-gemeente`. */
  name: string
  /** Pack version (semver). */
  version: string
  /** One-line description (optional). */
  description?: string
  /** Documents the pack provides layouts for (default: all three). */
  documents?: DocumentKind[]
  /** Stylesheets, relative to the pack folder; copied to the output and linked (default: none). */
  styles?: string[]
  /** Logo file, relative to the pack folder (optional). */
  logo?: string
  /** Colours as CSS custom properties `--kapstok-<name>` (optional). */
  colors?: Record<string, string>
  /** Words to use instead of the defaults (optional). */
  labels?: LabelOverrides
  /** Order of the raadsvoorstel's parts in this gemeente's template (optional). */
  raadsvoorstel?: { parts?: RaadsvoorstelPart[] }
}

/** What a plan's configuration may change in a pack. Paths are relative to `baseDir`. */
export interface PackOverrides {
  /** Partials to replace, by name: `{ titelblad: './titelblad.hbs' }` (optional). */
  partials?: Record<string, string>
  /** Colours to replace, e.g. `{ primary: '#00594f' }` (optional). */
  colors?: Record<string, string>
  /** Logo file to use instead of the pack's (optional). */
  logo?: string
  /** Words to replace (optional). */
  labels?: LabelOverrides
}

/** A file the renderer copies next to the HTML. */
export interface PackAsset {
  /** Output path, e.g. `assets/kapstok.css`. */
  path: string
  /** Absolute source path. */
  source: string
}

/** A loaded template pack, overrides applied. */
export interface Pack {
  /** The manifest. */
  manifest: PackManifest
  /** Absolute folder of the pack. */
  dir: string
  /** Documents provided. */
  documents: DocumentKind[]
  /** Layout sources by document (`default` for the fallback). */
  layouts: Record<string, string>
  /** Partial sources by name. */
  partials: Record<string, string>
  /** Output paths of the stylesheets, in link order. */
  styles: string[]
  /** Output path of the logo (optional). */
  logo?: string
  /** Whether the logo was replaced by the plan (then it gets alt text naming the gemeente). */
  customLogo: boolean
  /** Colours, overrides applied (validated). */
  colors: Record<string, string>
  /** Labels, overrides applied. */
  labels: LabelOverrides
  /** Files to copy to the output. */
  assets: PackAsset[]
}

/** Options for `loadPack`. */
export interface LoadPackOptions {
  /** Folder that relative pack paths and override paths are resolved against (default: `process.cwd()`). */
  baseDir?: string
  /** Partials, colours, logo and labels to replace (optional). */
  overrides?: PackOverrides
}

/** Folder of the packs that ship with kapstok (`templates/` in the repository). */
export const builtinPacksDir = fileURLToPath(new URL('../../../../templates/', import.meta.url))

/**
 * Find and load a template pack. A reference is resolved as:
 *
 * 1. a path (starting with `.` or `/`, or containing a slash that is not a scope) relative to `baseDir`;
 * 2. a pack shipped with kapstok: `templates/<name>`;
 * 3. an npm package `kapstok-pack-<name>` (or the name itself when it starts with `@` or `kapstok-pack-`),
 *    resolved from `baseDir`.
 *
 * @param ref Pack name or path (default: `nl-gemeente`).
 * @param options Base folder and overrides (optional).
 * @returns The pack.
 */
export async function loadPack(ref = 'nl-gemeente', options: LoadPackOptions = {}): Promise<Pack> {
  const baseDir = path.resolve(options.baseDir ?? process.cwd())
  const dir = resolvePackDir(ref, baseDir)
  const manifest = JSON.parse(await readFile(path.join(dir, 'pack.json'), 'utf8')) as PackManifest
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new Error(`Cannot load pack \`${ref}\`: \`pack.json\` needs a \`name\` and a \`version\``)
  }
  const overrides = options.overrides ?? {}
  const layouts = await readTemplates(path.join(dir, 'layouts'))
  const partials = await readTemplates(path.join(dir, 'partials'))
  for (const [name, file] of Object.entries(overrides.partials ?? {})) {
    partials[name] = trimEnd(await readFile(path.resolve(baseDir, file), 'utf8'))
  }
  const assets: PackAsset[] = (await listFiles(path.join(dir, 'assets'))).map((file) => ({
    path: `assets/${path.relative(path.join(dir, 'assets'), file).split(path.sep).join('/')}`,
    source: file
  }))
  const pack: Pack = {
    manifest,
    dir,
    documents: manifest.documents ?? ['programmaplan', 'beleidskader', 'raadsvoorstel'],
    layouts,
    partials,
    styles: (manifest.styles ?? []).map(toOutputPath),
    customLogo: false,
    colors: checkColors({ ...manifest.colors, ...overrides.colors }),
    labels: mergeLabels(manifest.labels, overrides.labels),
    assets
  }
  if (manifest.logo) pack.logo = toOutputPath(manifest.logo)
  if (overrides.logo) {
    const source = path.resolve(baseDir, overrides.logo)
    const target = `assets/logo-plan${path.extname(source).toLowerCase()}`
    pack.assets.push({ path: target, source })
    pack.logo = target
    pack.customLogo = true
  }
  return pack
}

/**
 * The folder of a pack reference (see `loadPack`).
 *
 * @param ref Name or path.
 * @param baseDir Folder to resolve paths and packages from.
 * @returns Absolute folder holding `pack.json`.
 */
export function resolvePackDir(ref: string, baseDir: string): string {
  const isPath = ref.startsWith('.') || path.isAbsolute(ref) || (ref.includes('/') && !ref.startsWith('@'))
  if (isPath) {
    const dir = path.resolve(baseDir, ref)
    if (!existsSync(path.join(dir, 'pack.json'))) throw new Error(`Cannot find pack \`${ref}\`: no \`pack.json\` in \`${dir}\``)
    return dir
  }
  const builtin = path.join(builtinPacksDir, ref)
  if (/^[a-z0-9][a-z0-9-]*$/.test(ref) && existsSync(path.join(builtin, 'pack.json'))) return builtin
  const name = ref.startsWith('@') || ref.startsWith('kapstok-pack-') ? ref : `kapstok-pack-${ref}`
  const require = createRequire(path.join(baseDir, 'noop.js'))
  try {
    return path.dirname(require.resolve(`${name}/pack.json`))
  } catch {
    try {
      return path.dirname(require.resolve(`${name}/package.json`))
    } catch {
      throw new Error(
        `Cannot find pack \`${ref}\`: not a folder, not in \`templates/\`, and no npm package \`${name}\`. Install it (\`pnpm add ${name}\`) or give a path`
      )
    }
  }
}

// `assets/x.css` stays; any other pack path is placed under `assets/`.
function toOutputPath(file: string): string {
  const clean = file.replace(/^\.\//, '')
  return clean.startsWith('assets/') ? clean : `assets/${path.basename(clean)}`
}

async function readTemplates(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const file of await listFiles(dir)) {
    if (file.endsWith('.hbs')) out[path.basename(file, '.hbs')] = trimEnd(await readFile(file, 'utf8'))
  }
  return out
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

function mergeLabels(...layers: Array<LabelOverrides | undefined>): LabelOverrides {
  const out: Record<string, unknown> = {}
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      const current = out[key]
      out[key] =
        isRecord(current) && isRecord(value) ? { ...current, ...value } : value
    }
  }
  return out as LabelOverrides
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// Editors end files with a newline; inside inline markup (a table cell) it would show as a space.
function trimEnd(source: string): string {
  return source.replace(/\r?\n$/, '')
}
