import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { resolveLabels, type AgendaPlacement, type LabelOverrides, type RaadsvoorstelPart } from '@kapstok/documents'
import { loadPack, mergeRecords, PackError, type LoadPackOptions, type Pack, type TemplateConfig } from '@kapstok/packs'
import { pdfColour } from './colour.js'
import { resolveLayout, type Colours, type Layout, type LayoutInput } from './layout.js'
import { unsupportedSvg } from './logo.js'

/** What the PDF renderer takes from a template pack. */
export interface PackSettings {
  /** The layout: the default, then the pack's colours, then `pdf/layout.json`, then the plan's overrides. */
  layout: Layout
  /** Words for `buildDocument`: the pack's labels, then the plan's (so HTML and PDF agree). */
  labels: LabelOverrides
  /** Raadsvoorstel parts in the pack's order (optional). */
  raadsvoorstelParts?: RaadsvoorstelPart[]
  /** Where the uitvoeringsagenda goes (optional). */
  agenda?: AgendaPlacement
}

/** Which PDF colours a pack colour sets (`primary` in `pack.json` → `primary` and `tableHeader`). */
const colourMap: Record<string, Array<keyof Colours>> = {
  primary: ['primary', 'tableHeader'],
  accent: ['tableGroup', 'tableStripe'],
  text: ['text'],
  muted: ['muted'],
  border: ['rule'],
  concept: ['watermark']
}

/**
 * Find and load a template pack (`loadPack` of `@kapstok/packs`) and read its PDF part.
 *
 * @param ref Pack name or path (default: `nl-gemeente`).
 * @param options Base folder and overrides (optional).
 * @returns Layout and document options; throws `PackError` when the pack cannot be used.
 */
export async function loadPdfPack(ref?: string, options: LoadPackOptions = {}): Promise<PackSettings> {
  return pdfPack(await loadPack(ref, options))
}

/**
 * The PDF settings of a loaded pack. The layout is built in layers, later wins: the default;
 * the pack's `pack.json` colours (see `colourMap`); the pack's `pdf/layout.json` (the
 * PDF-specific part of a pack, optional); the plan's overrides — colours (mapped as in
 * `pack.json`) and the logo. Its words (`inhoudsopgave`, `paginaVan`, `logo`) are the
 * document labels of `pack.json` and the plan, the same the HTML shows.
 *
 * @param pack The pack, overrides applied.
 * @returns Layout and document options; throws `PackError` for a broken `pdf/layout.json` or a logo the PDF cannot show.
 */
export async function pdfPack(pack: Pack): Promise<PackSettings> {
  // Each pack of the chain of `extends` may have a `pdf/layout.json`; the nearest wins per setting.
  const files = pack.dirs.map((dir) => join(dir, 'pdf', 'layout.json')).filter((f) => existsSync(f))
  const file = files[0] ?? join(pack.dir, 'pdf', 'layout.json')
  const input = mergeRecords<LayoutInput>(...(await Promise.all(files.reverse().map((f) => readLayout(f, pack.ref)))))
  // Words come from one place, the pack's `labels` with the plan's overrides (as in the HTML);
  // `labels` in `pdf/layout.json` could say "Inhoud" where the HTML says "Inhoudsopgave".
  const words = resolveLabels(pack.labels)
  const layout = resolveLayout(
    {
      ...input,
      colours: { ...mapColours(pack.manifest.colors), ...input.colours, ...mapColours(pack.overrides.colors) },
      labels: { toc: words.inhoudsopgave, pageOf: words.paginaVan, logoAlt: words.logo }
    },
    dirname(file)
  )
  if (pack.logo?.custom) {
    if (!/\.(svg|png|jpe?g)$/i.test(pack.logo.source)) {
      throw new PackError(`Logo \`${pack.overrides.logo ?? basename(pack.logo.source)}\` kan niet in de PDF: gebruik een SVG-, PNG- of JPEG-bestand`, ['template', 'overrides', 'logo'])
    }
    const unsupported = /\.svg$/i.test(pack.logo.source) && existsSync(pack.logo.source) ? unsupportedSvg(await readFile(pack.logo.source, 'utf8')) : []
    if (unsupported.length > 0) {
      throw new PackError(
        `Logo \`${pack.overrides.logo ?? pack.logo.source}\` gebruikt ${unsupported.map((u) => `\`${u}\``).join(', ')}, dat de PDF niet tekent: vereenvoudig de SVG (vormen en tekst zonder transformaties) of gebruik een PNG-bestand`,
        ['template', 'overrides', 'logo']
      )
    }
    layout.logo = pack.logo.source
  } else if (!input.logo && pack.logo) {
    layout.logo = pack.logo.source
  }
  if (layout.logo && !existsSync(layout.logo)) delete layout.logo
  const settings: PackSettings = { layout, labels: pack.labels }
  if (pack.raadsvoorstelParts) settings.raadsvoorstelParts = pack.raadsvoorstelParts
  if (pack.agenda) settings.agenda = pack.agenda
  return settings
}

/**
 * The layout of a pack (see `pdfPack`).
 *
 * @param ref Pack name or path (default: `nl-gemeente`).
 * @param options Base folder and overrides (optional).
 * @returns The complete layout.
 */
export async function loadLayout(ref?: string, options: LoadPackOptions = {}): Promise<Layout> {
  return (await loadPdfPack(ref, options)).layout
}

/**
 * The `loadPack` options in render options: base folder and overrides.
 *
 * @param options Render options: `baseDir` and `overrides`.
 * @returns Options for `loadPack` of `@kapstok/packs`.
 */
export function packOptions(options: Pick<TemplateConfig, 'baseDir' | 'overrides'>): LoadPackOptions {
  return { ...(options.baseDir ? { baseDir: options.baseDir } : {}), ...(options.overrides ? { overrides: options.overrides } : {}) }
}

async function readLayout(file: string, ref: string): Promise<LayoutInput> {
  try {
    const input = JSON.parse(await readFile(file, 'utf8')) as LayoutInput & { $schema?: string }
    delete input.$schema
    return input
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new PackError(`Sjabloonpakket \`${ref}\` heeft een ongeldige \`pdf/layout.json\`: ${detail}. Herstel het bestand \`${resolve(file)}\``)
  }
}

function mapColours(colors: Record<string, string> | undefined): Partial<Colours> {
  const out: Partial<Colours> = {}
  for (const [name, value] of Object.entries(colors ?? {})) {
    for (const key of colourMap[name] ?? []) out[key] = pdfColour(value)
  }
  return out
}
