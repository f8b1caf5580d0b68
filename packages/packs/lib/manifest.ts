import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { documentKinds, type AgendaPlacement, type DocumentKind, type LabelOverrides, type RaadsvoorstelPart } from '@kapstok/documents'
import { checkColors } from './colors.js'
import { PackError } from './error.js'

/** The contents of a pack's `pack.json`. */
export interface PackManifest {
  /** Pack name, e.g. `nl-gemeente`. */
  name: string
  /** Pack version (semver). */
  version: string
  /** One-line description (optional). */
  description?: string
  /**
   * The pack this one builds on: a name (`nl-gemeente`, `@kapstok/pack-nl-gemeente`,
   * `kapstok-pack-x`) or a path relative to this pack's folder. Its layouts, partials, assets,
   * PDF layout, styles, colours and labels are used where this pack has none of its own (optional).
   */
  extends?: string
  /** Documents the pack provides layouts for (default: all three). */
  documents?: DocumentKind[]
  /** Stylesheets, relative to the pack folder; copied to the output and linked (default: none). */
  styles?: string[]
  /** Logo file, relative to the pack folder (optional). */
  logo?: string
  /** Colours by name (`primary`, `accent`, …); CSS custom properties `--kapstok-<name>` in HTML (optional). */
  colors?: Record<string, string>
  /** Words to use instead of the defaults (optional). */
  labels?: LabelOverrides
  /** Order of the raadsvoorstel's parts in this gemeente's template (optional). */
  raadsvoorstel?: { parts?: RaadsvoorstelPart[] }
  /** `bijlage`: the uitvoeringsagenda is always the last appendix, wherever the source has it (default: `bron`, the source's place). */
  agenda?: AgendaPlacement
}

/**
 * Read and check a pack's `pack.json`: valid JSON, an object with a string `name` and
 * `version`, and fields of the right type.
 *
 * @param dir The pack folder.
 * @param ref The reference as configured, for messages.
 * @returns The manifest; throws `PackError` (Dutch) when it is missing or broken.
 */
export async function readManifest(dir: string, ref: string): Promise<PackManifest> {
  const broken = (problem: string) => new PackError(`Sjabloonpakket \`${ref}\` heeft een ongeldige \`pack.json\`: ${problem}`)
  let value: unknown
  try {
    value = JSON.parse(await readFile(path.join(dir, 'pack.json'), 'utf8'))
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw broken(`${detail}. Herstel het bestand in \`${dir}\``)
  }
  if (!isRecord(value)) throw broken('verwacht een object. Zet de instellingen tussen `{` en `}`')
  const missing = ['name', 'version'].filter((key) => typeof value[key] !== 'string')
  if (missing.length > 0) throw broken(`${missing.map((key) => `\`${key}\``).join(' en ')} ontbreekt. Vul het aan met tekst`)
  const wrong = (field: string, expected: string) => broken(`\`${field}\` moet ${expected} zijn`)
  if (value.documents !== undefined && !(Array.isArray(value.documents) && value.documents.every((d) => documentKinds.includes(d as DocumentKind)))) {
    throw wrong('documents', `een lijst met ${documentKinds.map((k) => `\`${k}\``).join(', ')}`)
  }
  if (value.styles !== undefined && !(Array.isArray(value.styles) && value.styles.every((s) => typeof s === 'string'))) throw wrong('styles', 'een lijst met paden')
  if (value.logo !== undefined && typeof value.logo !== 'string') throw wrong('logo', 'een pad')
  if (value.extends !== undefined && (typeof value.extends !== 'string' || value.extends === '')) throw wrong('extends', 'de naam of het pad van een sjabloonpakket')
  if (value.labels !== undefined && !isRecord(value.labels)) throw wrong('labels', 'een object')
  if (value.raadsvoorstel !== undefined && !isRecord(value.raadsvoorstel)) throw wrong('raadsvoorstel', 'een object')
  if (value.agenda !== undefined && value.agenda !== 'bron' && value.agenda !== 'bijlage') throw wrong('agenda', '`bron` of `bijlage`')
  if (value.colors !== undefined) {
    if (!isRecord(value.colors)) throw wrong('colors', 'een object')
    try {
      checkColors(value.colors as Record<string, string>)
    } catch (error) {
      throw broken(error instanceof Error ? error.message : String(error))
    }
  }
  return value as unknown as PackManifest
}

/**
 * Whether a value is a plain object.
 *
 * @param value Anything.
 * @returns `true` for a non-null, non-array object.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
