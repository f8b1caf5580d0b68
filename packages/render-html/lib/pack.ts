import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { loadPack, type LoadPackOptions, type Pack } from '@kapstok/packs'

/** A file the renderer copies next to the HTML. */
export interface PackAsset {
  /** Output path, e.g. `assets/kapstok.css`. */
  path: string
  /** Absolute source path. */
  source: string
  /** Contents to write instead of the source's (a sanitised logo) (optional). */
  contents?: Uint8Array
}

/** A template pack with its HTML parts read: layouts, partials, stylesheets, assets. */
export interface HtmlPack extends Omit<Pack, 'logo' | 'partials'> {
  /** Layout sources by document (`default` for the fallback). */
  layouts: Record<string, string>
  /** Partial sources by name, the plan's replacements applied. */
  partials: Record<string, string>
  /** Names of the partials the plan replaced (their output is sanitised unless the pack is trusted). */
  planPartials: string[]
  /** Output paths of the stylesheets, in link order. */
  styles: string[]
  /** Output path of the logo (optional). */
  logo?: string
  /** Whether the logo was replaced by the plan (then it gets alt text naming the gemeente). */
  customLogo: boolean
  /** Files to copy to the output. */
  assets: PackAsset[]
  /** The stylesheets' text, for self-contained HTML (`standalonePack`; optional). */
  inlineCss?: string
}

/**
 * Find and load a template pack (`loadPack` of `@kapstok/packs`) and read its HTML parts.
 *
 * @param ref Pack name or path (default: `nl-gemeente`).
 * @param options Base folder and overrides (optional).
 * @returns The pack; throws `PackError` when it cannot be used.
 */
export async function loadHtmlPack(ref?: string, options: LoadPackOptions = {}): Promise<HtmlPack> {
  return htmlPack(await loadPack(ref, options))
}

/**
 * Read the HTML parts of a loaded pack: `layouts/*.hbs`, `partials/*.hbs` (the plan's
 * replacements applied), the stylesheets and `assets/`; a plan's own logo is copied as
 * `assets/logo-plan.<ext>`.
 *
 * @param pack The pack, overrides applied.
 * @returns The HTML pack.
 */
export async function htmlPack(pack: Pack): Promise<HtmlPack> {
  const { logo, partials: replaced, ...rest } = pack
  const partials = await layered(pack.dirs, 'partials')
  for (const [name, file] of Object.entries(replaced)) partials[name] = trimEnd(await readFile(file, 'utf8'))
  const html: HtmlPack = {
    ...rest,
    layouts: await layered(pack.dirs, 'layouts'),
    partials,
    planPartials: Object.keys(replaced),
    styles: (pack.manifest.styles ?? []).map(toOutputPath),
    customLogo: false,
    assets: await assets(pack.dirs)
  }
  if (logo?.custom) {
    html.logo = `assets/logo-plan${path.extname(logo.source).toLowerCase()}`
    html.assets.push({ path: html.logo, source: logo.source, ...(logo.contents ? { contents: logo.contents } : {}) })
    html.customLogo = true
  } else if (pack.manifest.logo) {
    html.logo = toOutputPath(pack.manifest.logo)
  }
  return html
}

// `assets/x.css` stays; any other pack path is placed under `assets/`.
function toOutputPath(file: string): string {
  const clean = file.replace(/^\.\//, '')
  return clean.startsWith('assets/') ? clean : `assets/${path.basename(clean)}`
}

// Templates of a pack and the packs it extends: the nearest pack's file of a name wins.
async function layered(dirs: string[], part: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const dir of [...dirs].reverse()) Object.assign(out, await readTemplates(path.join(dir, part)))
  return out
}

// Assets likewise, by their path under `assets/`.
async function assets(dirs: string[]): Promise<PackAsset[]> {
  const out = new Map<string, PackAsset>()
  for (const dir of [...dirs].reverse()) {
    const assetsDir = path.join(dir, 'assets')
    for (const file of await listFiles(assetsDir)) {
      const output = `assets/${path.relative(assetsDir, file).split(path.sep).join('/')}`
      out.set(output, { path: output, source: file })
    }
  }
  return [...out.values()].sort((a, b) => a.path.localeCompare(b.path))
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

// Editors end files with a newline; inside inline markup (a table cell) it would show as a space.
function trimEnd(source: string): string {
  return source.replace(/\r?\n$/, '')
}
