import type { TableRow, TimelineBlock } from '@kapstok/documents'
import { formatDutchDate, formatEuro } from '@kapstok/nl'
import type Handlebars from 'handlebars'
import { inlineToHtml, proseToHtml } from './prose.js'
import { timelineSvg } from './timeline.js'
import { isSafeUrl } from './url.js'

/** One `<tbody>` of a table: an optional group header and its rows. */
export interface TableBody {
  /** The group or subgroup row that heads this body (optional). */
  header?: TableRow
  /** The rows. */
  rows: TableRow[]
}

/**
 * Register kapstok's helpers on a Handlebars environment. Every helper that returns HTML
 * returns a `SafeString` built from escaped or sanitised input, so templates never need `{{{ }}}`.
 *
 * | helper | example | result |
 * |---|---|---|
 * | `prose` | `{{prose markdown level}}` | sanitised HTML from Markdown, headings below `h(level+1)` |
 * | `inline` | `{{inline markdown}}` | sanitised HTML from inline Markdown (a table cell), no `<p>` |
 * | `heading` | `{{#heading level}}…{{/heading}}` | `<h3>…</h3>` for level 2 (h1 is the title) |
 * | `datum` | `{{datum '2023-05-23'}}` | `23 mei 2023` |
 * | `euro` | `{{euro 190000000}}` | `€ 1.900.000` |
 * | `plural` | `{{plural 3 'actie' 'acties'}}` | `3 acties` |
 * | `url` | `{{url href}}` | the URL, or `#` when unsafe (`javascript:`) |
 * | `eq`, `not`, `or` | `{{#if (eq kind 'total')}}` | comparisons |
 * | `tbodies` | `{{#each (tbodies rows)}}` | rows split at group rows |
 * | `blockPartial` | `{{> (blockPartial type)}}` | `block-<type>` |
 * | `columnAlign` | `{{columnAlign ../columns @index}}` | `left` / `right` |
 * | `timeline` | `{{timeline this}}` | the timeline block as an inline SVG image |
 *
 * @param hbs The Handlebars environment (from `Handlebars.create()`).
 * @param options Words the helpers show: the accessible name of a note list (default: `Noten`).
 */
export function registerHelpers(hbs: typeof Handlebars, options: { notesLabel?: string } = {}): void {
  const safe = (html: string): Handlebars.SafeString => new hbs.SafeString(html)
  const prose = { notesLabel: options.notesLabel ?? 'Noten' }
  hbs.registerHelper('prose', (markdown: unknown, level: unknown) =>
    safe(typeof markdown === 'string' ? proseToHtml(markdown, { ...prose, headingLevel: headingLevel(level) }) : '')
  )
  hbs.registerHelper('inline', (markdown: unknown) => safe(typeof markdown === 'string' ? inlineToHtml(markdown) : ''))
  hbs.registerHelper('heading', function (this: unknown, level: unknown, options: Handlebars.HelperOptions) {
    const tag = `h${headingLevel(level)}`
    const id = typeof options.hash.id === 'string' ? ` id="${hbs.escapeExpression(options.hash.id)}"` : ''
    return safe(`<${tag}${id}>${options.fn(this)}</${tag}>`)
  })
  hbs.registerHelper('datum', (iso: unknown) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDutchDate(iso) : String(iso ?? '')))
  hbs.registerHelper('euro', (cents: unknown) => (typeof cents === 'number' ? formatEuro(cents) : ''))
  hbs.registerHelper('plural', (count: unknown, singular: unknown, plural: unknown) =>
    `${Number(count)} ${Number(count) === 1 ? String(singular) : String(plural)}`
  )
  hbs.registerHelper('url', (href: unknown) => (typeof href === 'string' && isSafeUrl(href) ? href : '#'))
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  hbs.registerHelper('not', (a: unknown) => !a)
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean))
  hbs.registerHelper('tbodies', (rows: unknown) => tableBodies(Array.isArray(rows) ? (rows as TableRow[]) : []))
  hbs.registerHelper('timeline', (block: unknown) => safe(isTimeline(block) ? timelineSvg(block) : ''))
  hbs.registerHelper('blockPartial', (type: unknown) => `block-${String(type)}`)
  hbs.registerHelper('columnAlign', (columns: unknown, index: unknown) => {
    const column = Array.isArray(columns) ? (columns[Number(index)] as { align?: string } | undefined) : undefined
    return column?.align === 'right' ? 'right' : 'left'
  })
}

/**
 * Split table rows into bodies at group and subgroup rows.
 *
 * @param rows The rows.
 * @returns Bodies in order.
 */
export function tableBodies(rows: TableRow[]): TableBody[] {
  const bodies: TableBody[] = []
  let current: TableBody | undefined
  for (const row of rows) {
    if (row.kind === 'group' || row.kind === 'subgroup') {
      current = { header: row, rows: [] }
      bodies.push(current)
    } else {
      if (!current) bodies.push((current = { rows: [] }))
      current.rows.push(row)
    }
  }
  return bodies
}

// Section level 1 (chapter) is an h2: the document title is the only h1.
function headingLevel(level: unknown): number {
  const n = typeof level === 'number' ? level : 1
  return Math.min(6, Math.max(2, n + 1))
}

function isTimeline(block: unknown): block is TimelineBlock {
  return typeof block === 'object' && block !== null && (block as { type?: unknown }).type === 'timeline'
}
