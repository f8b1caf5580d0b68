import { resolve } from 'node:path'

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
