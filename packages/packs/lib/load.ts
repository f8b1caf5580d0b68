import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { defaultLabels, type AgendaPlacement, type DocumentKind, type LabelOverrides, type RaadsvoorstelPart } from '@kapstok/documents'
import { didYouMean } from '@kapstok/core'
import { checkColors } from './colors.js'
import type { PackOverrides } from './config.js'
import { PackError } from './error.js'
import { mergeManifests, mergeRecords, packLayers } from './extends.js'
import { isRecord, type PackManifest } from './manifest.js'
import { defaultPackName, isPathRef, resolvePackDir } from './resolve.js'
import { confinedFile, confinedPackDir, LOGO_EXTENSIONS, MAX_LOGO_BYTES, MAX_PARTIAL_BYTES, sanitizeSvg } from './sandbox.js'

/** The logo a pack (or a plan's override) provides. */
export interface PackLogo {
  /** Absolute path of the file. */
  source: string
  /** The file's contents when kapstok changed them (a plan's SVG logo, sanitised) (optional). */
  contents?: Uint8Array
  /** Whether the plan's configuration chose it (then it names the gemeente in its alternative text). */
  custom: boolean
}

/**
 * A template pack, overrides applied: what every renderer needs. Renderers read their own
 * part of the pack folder from `dir` (HTML `layouts/`, `partials/`, `assets/`; PDF `pdf/layout.json`).
 */
export interface Pack {
  /** The checked manifest (`pack.json`). */
  manifest: PackManifest
  /** Absolute folder of the pack. */
  dir: string
  /**
   * The folders of the pack and of the packs it extends, nearest first: a renderer takes each
   * file (layout, partial, asset, `pdf/layout.json`) from the first folder that has it.
   */
  dirs: string[]
  /** The reference as configured, e.g. `nl-gemeente` or `./huisstijl`. */
  ref: string
  /** Absolute folder the reference and the override paths were resolved against. */
  baseDir: string
  /** Documents the pack provides. */
  documents: DocumentKind[]
  /** Colours: the manifest's, then the plan's (checked). */
  colors: Record<string, string>
  /** Labels: the manifest's, then the plan's (nested records merged per key). */
  labels: LabelOverrides
  /** The logo: the plan's, else the pack's (optional). */
  logo?: PackLogo
  /** Partials the plan replaces: name → absolute file (HTML only). */
  partials: Record<string, string>
  /** The plan's overrides, as configured and checked. */
  overrides: PackOverrides
  /** Whether the configuration is trusted; without it, the output of a plan's own partials is sanitised. */
  trusted: boolean
  /** Order of the raadsvoorstel's parts (optional). */
  raadsvoorstelParts?: RaadsvoorstelPart[]
  /** Where the uitvoeringsagenda goes (optional; see `PackManifest.agenda`). */
  agenda?: AgendaPlacement
}

/** Options for `loadPack`. */
export interface LoadPackOptions {
  /** Folder that relative pack paths and override paths are resolved against (default: `process.cwd()`). */
  baseDir?: string
  /** Partials, colours, logo and labels to replace (optional). */
  overrides?: PackOverrides
  /**
   * Folder the configuration may read from (default: `baseDir`): without `trust`, a pack given
   * as a path and every override file must lie inside it (after resolving links).
   */
  root?: string
  /**
   * Trust the configuration (default: `false`): read files outside `root` and use a plan's own
   * partials and SVG logo unchanged. Without it, partial output and SVG logos are sanitised.
   */
  trust?: boolean
}

/**
 * Find a template pack (see `resolvePackDir`), read and check its `pack.json` and those of the
 * packs it `extends` (merged, nearest first), and apply a plan's overrides (colours, logo, labels; partials are resolved for the HTML renderer).
 *
 * ```ts
 * const pack = await loadPack('nl-gemeente', { baseDir: 'plan/', overrides: { colors: { primary: '#00594f' } } })
 * pack.colors.primary // '#00594f'
 * ```
 *
 * @param ref Pack name or path (default: `nl-gemeente`).
 * @param options Base folder and overrides (optional).
 * @returns The pack; throws `PackError` (Dutch, naming the configuration value) when the pack,
 *   its manifest or an override is unusable.
 */
export async function loadPack(ref: string = defaultPackName, options: LoadPackOptions = {}): Promise<Pack> {
  const baseDir = path.resolve(options.baseDir ?? process.cwd())
  if (typeof ref !== 'string' || ref === '') throw new PackError(`Ongeldig sjabloonpakket \`${String(ref)}\`: geef een naam of een pad`)
  const sandbox = { root: path.resolve(options.root ?? baseDir), trust: options.trust === true }
  const dir = resolvePackDir(ref, baseDir)
  if (!sandbox.trust && isPathRef(ref)) confinedPackDir(dir, ref, sandbox.root)
  const layers = await packLayers(dir, ref, sandbox)
  const { manifest, logoDir } = mergeManifests(layers)
  const dirs = layers.map((layer) => layer.dir)
  const overrides = checkOverrides(options.overrides ?? {}, baseDir, dirs, sandbox)
  const pack: Pack = {
    manifest,
    dir,
    dirs,
    ref,
    baseDir,
    documents: manifest.documents ?? ['programmaplan', 'beleidskader', 'raadsvoorstel'],
    colors: { ...manifest.colors, ...overrides.colors },
    labels: mergeRecords<LabelOverrides>(manifest.labels, overrides.labels),
    partials: Object.fromEntries(Object.entries(overrides.partials ?? {}).map(([name, file]) => [name, path.resolve(baseDir, file)])),
    overrides,
    trusted: sandbox.trust
  }
  if (overrides.logo) pack.logo = await planLogo(path.resolve(baseDir, overrides.logo), sandbox.trust)
  else if (manifest.logo) pack.logo = { source: path.resolve(logoDir ?? dir, manifest.logo), custom: false }
  if (manifest.raadsvoorstel?.parts) pack.raadsvoorstelParts = manifest.raadsvoorstel.parts
  if (manifest.agenda) pack.agenda = manifest.agenda
  return pack
}

// A plan's SVG logo is sanitised unless trusted: it is served beside the HTML and a browser
// runs an SVG's scripts when it is opened.
async function planLogo(source: string, trust: boolean): Promise<PackLogo> {
  if (trust || path.extname(source).toLowerCase() !== '.svg') return { source, custom: true }
  return { source, custom: true, contents: new TextEncoder().encode(sanitizeSvg(await readFile(source, 'utf8'))) }
}

// The configuration is user input: check every field and that named files exist, are small
// enough and (unless trusted) lie inside the plan's folder.
function checkOverrides(overrides: unknown, baseDir: string, packDirs: string[], sandbox: { root: string; trust: boolean }): PackOverrides {
  const at = ['template', 'overrides']
  if (!isRecord(overrides)) throw new PackError('Ongeldige `overrides`: verwacht een object met `partials`, `colors`, `logo` of `labels`', at)
  const file = (value: unknown, setting: string[], what: string, maxBytes: number): void => {
    if (typeof value !== 'string') throw new PackError(`Ongeldig pad \`${String(value)}\` voor ${what}: geef een pad als tekst`, setting)
    confinedFile(value, baseDir, { ...sandbox, maxBytes, what, setting })
  }
  if (overrides.partials !== undefined) {
    if (!isRecord(overrides.partials)) throw new PackError('Ongeldige `partials`: verwacht een object `{ naam: pad }`', [...at, 'partials'])
    const known = [...new Set(packDirs.flatMap(packPartials))].sort()
    for (const [name, value] of Object.entries(overrides.partials)) {
      if (!known.includes(name)) {
        throw new PackError(`Onbekende partial \`${name}\`: het pakket heeft geen \`partials/${name}.hbs\`${didYouMean(name, known) || `; kies uit: ${known.map((k) => `\`${k}\``).join(', ')}`}`, [...at, 'partials', name])
      }
      file(value, [...at, 'partials', name], `partial \`${name}\``, MAX_PARTIAL_BYTES)
    }
  }
  if (overrides.colors !== undefined) {
    if (!isRecord(overrides.colors)) throw new PackError('Ongeldige `colors`: verwacht een object `{ naam: kleur }`', [...at, 'colors'])
    checkColors(overrides.colors as Record<string, string>, [...at, 'colors'])
  }
  if (overrides.logo !== undefined) {
    file(overrides.logo, [...at, 'logo'], 'het logo', MAX_LOGO_BYTES)
    const ext = path.extname(String(overrides.logo)).toLowerCase()
    if (!LOGO_EXTENSIONS.includes(ext)) {
      throw new PackError(`Logo \`${String(overrides.logo)}\` is geen afbeelding; gebruik een ${LOGO_EXTENSIONS.map((e) => e.slice(1).toUpperCase()).join('-, ')}-bestand`, [...at, 'logo'])
    }
  }
  if (overrides.labels !== undefined) checkLabels(overrides.labels, [...at, 'labels'])
  return overrides as PackOverrides
}

/** Names of the partials a pack has (`partials/<name>.hbs`), which a plan may replace. */
function packPartials(packDir: string): string[] {
  try {
    return readdirSync(path.join(packDir, 'partials')).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -4)).sort()
  } catch {
    return []
  }
}

/**
 * Check label overrides against the words the documents use: an unknown key (`begripen`) would
 * otherwise change nothing, silently. Nested groups (`columns`, `meta`, …) are checked per key.
 *
 * @param labels The configured labels.
 * @param setting Configuration path, for the error.
 */
function checkLabels(labels: unknown, setting: string[]): void {
  if (!isRecord(labels)) throw new PackError('Ongeldige `labels`: verwacht een object, bijvoorbeeld `{ begrippen: "Afkortingen" }`', setting)
  const defaults = defaultLabels as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(labels)) {
    if (!Object.hasOwn(defaults, key)) throw new PackError(`Onbekend label \`${key}\`${didYouMean(key, Object.keys(defaults)) || '; zie de standaardwoorden in de documentatie van het sjabloonpakket'}`, [...setting, key])
    const known = defaults[key]
    if (typeof known === 'string' || Array.isArray(known)) {
      const ok = typeof known === 'string' ? typeof value === 'string' : Array.isArray(value) && value.length === known.length && value.every((v) => typeof v === 'string')
      if (!ok) throw new PackError(`Ongeldige waarde voor label \`${key}\`: verwacht ${typeof known === 'string' ? 'een tekst' : `een lijst van ${known.length} teksten (enkelvoud, meervoud)`}`, [...setting, key])
      continue
    }
    if (!isRecord(value) || !isRecord(known)) throw new PackError(`Ongeldige waarde voor label \`${key}\`: verwacht een object met de woorden per sleutel`, [...setting, key])
    for (const inner of Object.keys(value)) {
      if (!Object.hasOwn(known, inner)) throw new PackError(`Onbekend label \`${key}.${inner}\`${didYouMean(inner, Object.keys(known)) || `; kies uit: ${Object.keys(known).map((k) => `\`${k}\``).join(', ')}`}`, [...setting, key, inner])
    }
  }
}
