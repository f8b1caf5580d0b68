import { timelinePosition, type TimelineBlock, type TimelineRow } from '@kapstok/documents'

/** Drawing units of the SVG (it scales to the page width through `viewBox`). */
const size = { width: 1000, labels: 330, row: 18, group: 26, axis: 24, bar: 10 }

/**
 * Draw a timeline as an inline SVG image: a year axis, a heading per pijler and a bar per
 * actie; uncertain starts and ends are drawn fuzzy (light, dashed), `doorlopend` acties as a
 * bar open to the end of the axis. The SVG is one image (`role="img"`) named by its `<title>`
 * and described by its `<desc>`; its text is not read out, because the agenda tables hold
 * the same data as text. Every model text is escaped.
 *
 * @param block The timeline.
 * @returns The SVG markup.
 */
export function timelineSvg(block: TimelineBlock): string {
  const chart = size.width - size.labels - 10
  const x = (iso: string, edge: 'start' | 'end' = 'start') => round(size.labels + chart * timelinePosition(block, iso, edge))
  const parts: string[] = []
  let y = size.axis
  for (const group of block.groups) {
    y += size.group
    parts.push(`<text class="tijdlijn-groep" x="0" y="${y - 8}" font-weight="bold">${escape(group.title)}</text>`)
    for (const row of group.rows) {
      parts.push(bar(row, y, x))
      y += size.row
    }
  }
  const height = y + 6
  const years = block.years.map((year) => {
    const left = x(`${year}-01-01`)
    const mid = round((left + x(`${year}-12-31`, 'end')) / 2)
    return `<line class="tijdlijn-raster" x1="${left}" y1="${size.axis - 6}" x2="${left}" y2="${height}" stroke="#b3b3b3" stroke-width="1"/>` +
      `<text class="tijdlijn-jaar" x="${mid}" y="${size.axis - 10}" text-anchor="middle">${year}</text>`
  })
  const title = `${block.id}-titel`
  const desc = `${block.id}-beschrijving`
  return [
    `<svg class="tijdlijn-svg" role="img" aria-labelledby="${title} ${desc}" viewBox="0 0 ${size.width} ${height}" width="100%" font-size="11" font-family="sans-serif" fill="#1a1a1a">`,
    `<title id="${title}">${escape(block.caption)}</title>`,
    `<desc id="${desc}">${escape(block.description)}</desc>`,
    ...years,
    ...parts,
    '</svg>'
  ].join('\n')
}

// One actie: its label, the certain part solid, uncertain parts light and dashed, open end as an arrow.
function bar(row: TimelineRow, y: number, x: (iso: string, edge?: 'start' | 'end') => number): string {
  const top = round(y + (size.row - size.bar) / 2)
  const rect = (from: number, to: number, kind: string) =>
    to > from ? `<rect class="tijdlijn-balk tijdlijn-balk--${kind}" x="${from}" y="${top}" width="${round(to - from)}" height="${size.bar}"${kind === 'zeker' ? ' fill="#154273"' : ' fill="#154273" fill-opacity="0.3" stroke="#154273" stroke-dasharray="2 2"'}/>` : ''
  const from = x(row.start)
  const to = x(row.end, 'end')
  const solidFrom = row.fuzzyStart ? Math.min(to, x(row.fuzzyStart, 'end')) : from
  const solidTo = row.fuzzyEnd ? Math.max(solidFrom, x(row.fuzzyEnd)) : to
  const out = [
    `<g class="tijdlijn-rij${row.open ? ' tijdlijn-rij--open' : ''}"><text x="0" y="${y + size.row - 5}">${escape(row.label)}</text>`,
    rect(from, solidFrom, 'onzeker'),
    rect(solidFrom, solidTo, 'zeker'),
    rect(solidTo, to, 'onzeker')
  ]
  if (row.open) out.push(`<path class="tijdlijn-open" d="M${to} ${top - 3} l8 ${size.bar / 2 + 3} l-8 ${size.bar / 2 + 3} z" fill="#154273"/>`)
  out.push('</g>')
  return out.join('')
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
