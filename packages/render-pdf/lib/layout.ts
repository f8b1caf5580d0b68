import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Page margins in points (1/72 inch). */
export interface Margins {
  /** Top margin, below the running header. */
  top: number
  /** Bottom margin, above the running footer. */
  bottom: number
  /** Left margin. */
  left: number
  /** Right margin. */
  right: number
}

/** Colours as `#rrggbb`. */
export interface Colours {
  /** Body text. */
  text: string
  /** Headings, title page band, table header background. */
  primary: string
  /** Kickers, rules, links. */
  accent: string
  /** Header/footer text and captions. */
  muted: string
  /** Table header text. */
  tableHeaderText: string
  /** Table header background. */
  tableHeader: string
  /** Group-row background in tables. */
  tableGroup: string
  /** Every other body row in tables. */
  tableStripe: string
  /** Table rules. */
  rule: string
  /** Watermark text. */
  watermark: string
}

/** Font sizes in points. */
export interface Sizes {
  /** Body text. */
  body: number
  /** Line height as a multiple of the font size. */
  leading: number
  /** Chapter headings (level 1). */
  h1: number
  /** Level 2 headings. */
  h2: number
  /** Level 3 and deeper headings. */
  h3: number
  /** Table text. */
  table: number
  /** Footnotes, captions, header and footer. */
  small: number
  /** The title on the title page. */
  title: number
}

/** Words printed by the PDF renderer (Dutch by default). */
export interface Labels {
  /** Heading of the table of contents. */
  toc: string
  /** Footer page numbering; `{page}` and `{pages}` are replaced. */
  pageOf: string
  /** Alternative text of the logo; `{gemeente}` is replaced. */
  logoAlt: string
}

/** Everything that decides how the PDF looks; read from `pdf/layout.json` in a template pack. */
export interface Layout {
  /** Page size name understood by pdfkit (default: `A4`). */
  size: string
  /** Margins of portrait pages. */
  margins: Margins
  /** Colours. */
  colours: Colours
  /** Font sizes. */
  sizes: Sizes
  /** Words. */
  labels: Labels
  /** TOC depth: levels of headings listed (default: `2`). */
  tocDepth: number
  /** Logo image (PNG or JPEG), absolute or relative to the layout file (optional). */
  logo?: string
  /** Logo width in points on the title page. */
  logoWidth: number
  /** Tables with at least this many columns go on landscape pages (default: `6`). */
  landscapeColumns: number
  /** Start every chapter (level 1) on a new page (default: `true`). */
  chapterBreak: boolean
  /** Documents set as one flowing text: no table of contents, no chapter breaks (default: `['raadsvoorstel']`). */
  compact: string[]
  /** Section roles that always start on a new page (default: `['besluit']`, the ontwerp-raadsbesluit). */
  breakBefore: string[]
}

/** The built-in layout: a sober municipal house style; template packs override parts of it. */
export const defaultLayout: Layout = {
  size: 'A4',
  margins: { top: 72, bottom: 66, left: 68, right: 62 },
  colours: {
    text: '#1a1a1a',
    primary: '#1f4e79',
    accent: '#2e75b6',
    muted: '#5a5a5a',
    tableHeaderText: '#ffffff',
    tableHeader: '#1f4e79',
    tableGroup: '#dce6f1',
    tableStripe: '#f3f6fa',
    rule: '#b4c3d3',
    watermark: '#c00000'
  },
  sizes: { body: 9.5, leading: 1.45, h1: 17, h2: 13, h3: 11, table: 8, small: 7.5, title: 26 },
  labels: {
    toc: 'Inhoudsopgave',
    pageOf: 'pagina {page} van {pages}',
    logoAlt: 'Logo gemeente {gemeente}'
  },
  tocDepth: 2,
  logoWidth: 120,
  landscapeColumns: 6,
  chapterBreak: true,
  compact: ['raadsvoorstel'],
  breakBefore: ['besluit']
}

/** A partial layout as written in `layout.json`. */
export type LayoutInput = {
  [K in keyof Layout]?: Layout[K] extends unknown[] ? Layout[K] : Layout[K] extends object ? Partial<Layout[K]> : Layout[K]
}

/**
 * Merge a partial layout over the default.
 *
 * @param input Partial layout (optional).
 * @param base Directory that relative paths (the logo) are resolved against (optional).
 * @returns A complete layout.
 */
export function resolveLayout(input: LayoutInput = {}, base?: string): Layout {
  const layout: Layout = {
    ...defaultLayout,
    ...(input as Partial<Layout>),
    margins: { ...defaultLayout.margins, ...input.margins },
    colours: { ...defaultLayout.colours, ...input.colours },
    sizes: { ...defaultLayout.sizes, ...input.sizes },
    labels: { ...defaultLayout.labels, ...input.labels }
  }
  if (layout.logo && base) layout.logo = resolve(base, layout.logo)
  return layout
}

/** What the PDF renderer takes from a template pack. */
export interface PackSettings {
  /** The layout: `pdf/layout.json` over the pack's colours and logo over the default. */
  layout: Layout
  /** Words for `buildDocument`, as in the pack's `pack.json` (so HTML and PDF agree). */
  labels?: Record<string, unknown>
  /** Raadsvoorstel parts in the pack's order (optional). */
  raadsvoorstelParts?: string[]
}

/** The part of a pack's `pack.json` this renderer reads. */
interface PackManifest {
  /** Logo, relative to the pack folder. */
  logo?: string
  /** Colours by name (`primary`, `accent`, …). */
  colors?: Record<string, string>
  /** Label overrides for `buildDocument`. */
  labels?: Record<string, unknown>
  /** Raadsvoorstel settings. */
  raadsvoorstel?: { parts?: string[] }
}

/**
 * Read the PDF settings of a template pack: `pdf/layout.json`, and from `pack.json` the logo,
 * the colours `primary`/`accent` and the labels. A missing file means "use the default".
 *
 * @param pack Template pack folder (default: the bundled `nl-gemeente` pack when found).
 * @returns Layout and document options.
 */
export function loadPack(pack: string | undefined = defaultPack()): PackSettings {
  if (!pack) return { layout: resolveLayout() }
  const manifestFile = join(pack, 'pack.json')
  const manifest: PackManifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as PackManifest) : {}
  const file = join(pack, 'pdf', 'layout.json')
  const input = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LayoutInput & { $schema?: string }) : {}
  delete input.$schema
  const colours: Partial<Colours> = {}
  const pick = (from: string, ...to: Array<keyof Colours>) => {
    const value = manifest.colors?.[from]
    if (value) for (const key of to) colours[key] = value
  }
  pick('primary', 'primary', 'tableHeader')
  pick('accent', 'tableGroup', 'tableStripe')
  pick('text', 'text')
  pick('muted', 'muted')
  pick('border', 'rule')
  pick('concept', 'watermark')
  const layout = resolveLayout({ ...input, colours: { ...colours, ...input.colours } }, dirname(file))
  if (!input.logo && manifest.logo) layout.logo = resolve(pack, manifest.logo)
  if (layout.logo && !existsSync(layout.logo)) delete layout.logo
  const settings: PackSettings = { layout }
  if (manifest.labels) settings.labels = manifest.labels
  if (manifest.raadsvoorstel?.parts) settings.raadsvoorstelParts = manifest.raadsvoorstel.parts
  return settings
}

/**
 * Read the PDF layout of a template pack (see `loadPack`).
 *
 * @param pack Template pack folder (optional).
 * @returns The complete layout.
 */
export function loadLayout(pack?: string): Layout {
  return loadPack(pack).layout
}

/**
 * The `templates/nl-gemeente` pack of this repository, if present.
 *
 * @returns Its path, or `undefined`.
 */
export function defaultPack(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'nl-gemeente')
    if (existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  return undefined
}
