import path from 'node:path'
import { PackError } from './error.js'
import { isRecord, readManifest, type PackManifest } from './manifest.js'
import { isPathRef, resolvePackDir } from './resolve.js'
import { confinedPackDir } from './sandbox.js'

/** One pack of a chain of `extends`. */
export interface PackLayer {
  /** Absolute folder of the pack. */
  dir: string
  /** Its own `pack.json`, as written. */
  manifest: PackManifest
}

/** Longest chain of `extends` followed; a longer one is almost surely a mistake. */
const MAX_DEPTH = 8

/**
 * A pack and the packs it extends (`"extends"` in `pack.json`: a pack name, `@scope/name`, or
 * a path relative to the pack's folder), nearest first. Without `trust`, a base given as a path
 * must lie inside `root`, as the pack itself.
 *
 * @param dir The pack's folder.
 * @param ref The pack as configured, for messages.
 * @param sandbox The plan's folder and whether the configuration is trusted.
 * @returns The layers, the pack itself first; throws `PackError` (Dutch, naming the `pack.json`)
 *   for a base that is not found and for a cycle.
 */
export async function packLayers(dir: string, ref: string, sandbox: { root: string; trust: boolean }): Promise<PackLayer[]> {
  const layers: PackLayer[] = [{ dir, manifest: await readManifest(dir, ref) }]
  const seen = [dir]
  for (let layer = layers[0]; layer?.manifest.extends !== undefined; layer = layers[layers.length - 1]) {
    const base = layer.manifest.extends
    const where = `\`${path.join(layer.dir, 'pack.json')}\``
    let baseDir: string
    try {
      baseDir = resolvePackDir(base, layer.dir)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new PackError(`Sjabloonpakket \`${layer.manifest.name}\` breidt \`${base}\` uit (\`extends\` in ${where}), maar dat pakket is niet gevonden. ${reason}`)
    }
    if (!sandbox.trust && isPathRef(base)) confinedPackDir(baseDir, base, sandbox.root)
    if (seen.includes(baseDir)) {
      throw new PackError(`Sjabloonpakket \`${layer.manifest.name}\` breidt via \`extends\` in ${where} uiteindelijk zichzelf uit (\`${base}\`); haal \`extends\` weg uit een van de \`pack.json\`-bestanden`)
    }
    if (seen.length > MAX_DEPTH) throw new PackError(`Sjabloonpakket \`${ref}\` breidt meer dan ${MAX_DEPTH} pakketten uit; maak de keten van \`extends\` korter`)
    seen.push(baseDir)
    layers.push({ dir: baseDir, manifest: await readManifest(baseDir, base) })
  }
  return layers
}

/**
 * The manifest a pack has with its bases: each field of the nearest pack that sets it;
 * `colors` and `labels` merged key by key (the nearest wins). The name and version are the
 * pack's own; `logo` becomes absolute when a base provides it.
 *
 * @param layers The layers, nearest first (`packLayers`).
 * @returns The effective manifest, and the folder of the pack that provides the logo.
 */
export function mergeManifests(layers: PackLayer[]): { manifest: PackManifest; logoDir?: string } {
  const own = layers[0] as PackLayer
  const merged: Record<string, unknown> & PackManifest = { ...own.manifest }
  let logoDir: string | undefined = own.manifest.logo ? own.dir : undefined
  for (const { dir, manifest } of layers.slice(1)) {
    for (const key of ['documents', 'styles', 'raadsvoorstel', 'agenda'] as const) {
      if (merged[key] === undefined && manifest[key] !== undefined) Object.assign(merged, { [key]: manifest[key] })
    }
    if (!merged.logo && manifest.logo) {
      merged.logo = manifest.logo
      logoDir = dir
    }
    if (manifest.colors) merged.colors = { ...manifest.colors, ...merged.colors }
    if (manifest.labels) merged.labels = mergeRecords(manifest.labels, merged.labels)
  }
  return logoDir ? { manifest: merged, logoDir } : { manifest: merged }
}

/**
 * Layers of records merged per key, later wins; nested records merged one level deep.
 *
 * @param layers The records, lowest first.
 * @returns The merged record.
 */
export function mergeRecords<T>(...layers: Array<T | undefined>): T {
  const out: Record<string, unknown> = {}
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      const current = out[key]
      out[key] = isRecord(current) && isRecord(value) ? { ...current, ...value } : value
    }
  }
  return out as T
}
