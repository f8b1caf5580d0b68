import { parseDutchDate } from '@kapstok/nl'
import type { List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PositionRecorder } from '../builder.js'
import { nodeLocation, notePlainLinks, report, type SourceContext } from '../context.js'

/**
 * Read a raadsbesluit written in its fixed legal form: "De raad van de gemeente …;",
 * "gelezen …;", "gehoord …;", "overwegende …;", "gelet op …;", "besluit:", a numbered list
 * (or "vast te stellen …" paragraphs), "Aldus besloten in de openbare vergadering van …",
 * "De griffier, …", "De voorzitter, …". Paragraphs that fit none of these are reported.
 *
 * @param context Source context.
 * @param nodes Chapter content.
 */
export function readBesluit(context: SourceContext, nodes: RootContent[]): void {
  const rec = new PositionRecorder()
  const value: Record<string, unknown> = {}
  const push = (field: string, text: string, node: RootContent): void => {
    const list = (value[field] ??= []) as string[]
    rec.at([field, list.length], nodeLocation(context, node))
    list.push(text)
  }
  let afterBesluit = false
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of (node as List).children) {
        notePlainLinks(context, item)
        push('besluitpunten', clean(toString(item)), item as unknown as RootContent)
      }
      continue
    }
    if (node.type !== 'paragraph') continue
    const text = clean(toString(node))
    const location = nodeLocation(context, node)
    let match: RegExpExecArray | null
    if (/^de raad van de gemeente/i.test(text)) {
      value.aanhef = text
      rec.at(['aanhef'], location)
    } else if (/^(gelezen|gezien) /i.test(text)) {
      value.gelezen = text
      rec.at(['gelezen'], location)
    } else if (/^gehoord /i.test(text)) push('gehoord', text, node)
    else if (/^overwegende/i.test(text)) push('overwegende', text, node)
    else if (/^gelet op/i.test(text)) push('geletOp', text, node)
    else if (/^besluit\s*:?$/i.test(text)) afterBesluit = true
    else if ((match = /openbare vergadering van (.+?)\.?$/i.exec(text))) {
      const iso = parseDutchDate(match[1] ?? '')
      if (iso) {
        value.vergaderdatum = iso
        rec.at(['vergaderdatum'], location)
      }
    } else if ((match = /^de griffier,?\s*(.*)$/i.exec(text))) {
      value.griffier = match[1] ?? ''
      rec.at(['griffier'], location)
    } else if ((match = /^de voorzitter,?\s*(.*)$/i.exec(text))) {
      value.voorzitter = match[1] ?? ''
      rec.at(['voorzitter'], location)
    } else if (afterBesluit) push('besluitpunten', text, node)
    else if (value.intitule === undefined && value.aanhef === undefined) {
      value.intitule = text
      rec.at(['intitule'], location)
    } else {
      const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text
      report(context, `Alinea \`${shown}\` past niet in de vaste vorm van het raadsbesluit; begin met \`gelet op\`, \`overwegende\`, … of zet de tekst na \`besluit:\``, {
        ruleId: 'besluit-unread',
        severity: 'warning',
        location
      })
    }
  }
  rec.at([], nodeLocation(context, nodes[0]))
  context.builder.set(['besluit'], { value, positions: rec.positions })
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
