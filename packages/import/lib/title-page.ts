import type { Element, Root, RootContent } from 'hast'
import { foldKey } from '@kapstok/markdown'
import { parseDutchDate } from '@kapstok/nl'
import { cellsOf, rowsOf } from './agenda.js'
import { headingLevel, isElement, offsetOf, textOf } from './hast.js'
import type { ImportNote } from './notes.js'
import type { DocumentProperties } from './properties.js'

/** The frontmatter fields the import fills in (the `document` part of the model). */
export type Frontmatter = Record<string, string | string[]>

const soorten = ['programmaplan', 'beleidskader', 'agenda', 'aanpak', 'beleidsnota', 'uitvoeringsprogramma', 'actieplan', 'visie', 'begroting']

// A title page names a begroting by its usual compounds and often with its year(s) on the same
// line ("Programmabegroting", "Ontwerpbegroting 2027", "Begroting 2027-2030"); folded text.
const begrotingLine = /^(?:programma|ontwerp|meerjaren|concept ?)?begroting(?: (?:19|20)\d{2}){0,2}$/u

/** Title-page labels (folded) → frontmatter field, as Dutch municipal documents name them. */
const labels: Record<string, string> = {
  gemeente: 'gemeente',
  'soort document': 'soort',
  soort: 'soort',
  documentsoort: 'soort',
  periode: 'periode',
  looptijd: 'periode',
  planperiode: 'periode',
  status: 'status',
  datum: 'datum',
  versie: 'versie',
  versienummer: 'versie',
  'opgesteld door': 'eigenaar',
  eigenaar: 'eigenaar',
  auteur: 'eigenaar',
  afdeling: 'eigenaar',
  portefeuillehouder: 'portefeuillehouder',
  wethouder: 'portefeuillehouder',
  contact: 'contact',
  contactpersoon: 'contact',
  ondertitel: 'ondertitel',
  titel: 'titel'
}

/**
 * Read the title page: the document title (Word's Title style, or the only top-level heading
 * before the chapters), the lines before the first chapter (`Gemeente X`, the kind of
 * document, label/value pairs such as `Datum` / `18 januari 2022`), then the document's
 * properties for what is still missing. What is read is taken out of the tree; the rest of the
 * title page stays as text before the first chapter. Required fields that are nowhere get a
 * placeholder and a note.
 *
 * @param tree The document (changed in place).
 * @param properties The document's properties.
 * @param notes Receives what was guessed or is missing.
 * @returns The frontmatter.
 */
export function readTitlePage(tree: Root, properties: DocumentProperties, notes: ImportNote[]): Frontmatter {
  const found: Frontmatter = {}
  const nodes = tree.children
  const titleIndex = findTitle(nodes)
  const title = titleIndex >= 0 ? (nodes[titleIndex] as Element) : undefined
  if (title) found.titel = textOf(title)
  const firstChapter = nodes.findIndex((n, i) => i > titleIndex && headingLevel(n) > 0)
  const end = firstChapter < 0 ? nodes.length : firstChapter
  const used = new Set<number>(titleIndex >= 0 ? [titleIndex] : [])
  // Only a short lead is a title page; a long one is the document's own opening text.
  const region = nodes.slice(0, end).filter((n) => isElement(n)).length <= 40
  for (let i = 0; region && i < end; i++) {
    const node = nodes[i]
    if (!isElement(node) || used.has(i)) continue
    if (isElement(node, 'table')) {
      if (readMetaTable(node, found)) used.add(i)
      continue
    }
    const text = textOf(node)
    const colon = /^([^:]{2,30}):\s*(.+)$/.exec(text)
    const label = labels[foldKey(text)]
    const next = nodes.slice(i + 1, end).findIndex((n) => isElement(n) && textOf(n) !== '')
    if (label && next >= 0) {
      // The first value wins; a repeated pair (`Gemeente X` above, `Gemeente` / `X` below) is taken out too.
      found[label] ??= textOf(nodes[i + 1 + next] as Element)
      used.add(i).add(i + 1 + next)
    } else if (colon && labels[foldKey(colon[1] as string)] && !(labels[foldKey(colon[1] as string)]! in found)) {
      found[labels[foldKey(colon[1] as string)] as string] = (colon[2] as string).trim()
      used.add(i)
    } else if (/^gemeente\s+\S/i.test(text) && text.split(' ').length <= 5 && !found.gemeente) {
      found.gemeente = text.replace(/^gemeente\s+/i, '')
      used.add(i)
    } else if ((soorten.includes(foldKey(text)) || begrotingLine.test(foldKey(text))) && !found.soort) {
      found.soort = text
      // "Begroting 2027-2030": the years on the kind line are the period (the first one found wins, as for every field).
      if (/\d{4}\s*[-–]\s*\d{4}/u.test(text)) found.periode ??= text
      used.add(i)
    } else if (title && !found.ondertitel && i === nextFilled(nodes, titleIndex) && text.split(' ').length <= 20) {
      // The line right under the title is its subtitle.
      found.ondertitel = text
      used.add(i)
    }
  }
  tree.children = nodes.filter((_, i) => !used.has(i))
  return complete(found, properties, notes, title ? offsetOf(title) : undefined)
}

function findTitle(nodes: RootContent[]): number {
  const styled = nodes.findIndex((n) => isElement(n, 'h1') && ((n.properties.className as string[] | undefined) ?? []).includes('titel'))
  if (styled >= 0) return styled
  const first = nodes.findIndex((n) => headingLevel(n) > 0)
  const h1s = nodes.filter((n) => headingLevel(n) === 1).length
  const deeper = nodes.some((n) => headingLevel(n) > 1)
  return first >= 0 && headingLevel(nodes[first]) === 1 && h1s === 1 && deeper ? first : -1
}

function nextFilled(nodes: RootContent[], after: number): number {
  return nodes.findIndex((n, i) => i > after && isElement(n) && textOf(n) !== '')
}

function readMetaTable(table: Element, found: Frontmatter): boolean {
  const pairs = rowsOf(table).map((row) => cellsOf(row).map(textOf))
  if (pairs.length === 0 || pairs.some((cells) => cells.length !== 2 || !labels[foldKey(cells[0] ?? '')])) return false
  for (const [label, value] of pairs) found[labels[foldKey(label ?? '')] as string] ??= value ?? ''
  return true
}

// Normalise the values to what the schema accepts, fill in from the properties, and note guesses.
function complete(found: Frontmatter, properties: DocumentProperties, notes: ImportNote[], offset: number | undefined): Frontmatter {
  const out: Frontmatter = {}
  const note = (field: string, reason: string) => notes.push({ ruleId: 'import-metadata', reason, field, severity: 'warning', ...(offset !== undefined ? { offset } : {}) })
  const gemeente = str(found.gemeente) || /gemeente\s+(\S.*)$/i.exec(properties.creator ?? properties.subject ?? '')?.[1]
  out.gemeente = gemeente ?? 'Onbekend'
  if (!gemeente) note('gemeente', 'Gemeente `Onbekend`: het document noemt geen gemeente op het titelblad of in de eigenschappen. Vul `gemeente` in')
  const titel = str(found.titel) || properties.title
  out.titel = titel ?? 'Zonder titel'
  if (!titel) note('titel', 'Titel `Zonder titel`: het document heeft geen titel of titelstijl. Vul `titel` in')
  if (found.ondertitel) out.ondertitel = str(found.ondertitel)
  const soort = soorten.find((s) => foldKey(str(found.soort)).includes(s))
  out.soort = soort ?? 'beleidsnota'
  if (!soort) note('soort', `Soort \`beleidsnota\` aangenomen${found.soort ? ` (het titelblad zegt \`${str(found.soort)}\`)` : ''}. Kies in \`soort\` uit: ${soorten.join(', ')}`)
  const periode = /\b(\d{4})\s*[-–—/]\s*(\d{4})\b/.exec(str(found.periode) || str(out.titel))
  if (periode) out.periode = `${periode[1]}-${periode[2]}`
  const status = str(found.status)
  out.status = statusOf(status)
  if (status && foldKey(status) !== out.status) out.statusToelichting = status
  if (!status) note('status', 'Status `concept` aangenomen: het titelblad noemt geen status. Zet `status` op concept, ingediend of vastgesteld')
  for (const field of ['versie', 'eigenaar', 'portefeuillehouder', 'contact']) if (found[field]) out[field] = str(found[field])
  const datum = str(found.datum)
  const iso = datum ? parseDutchDate(datum) : undefined
  if (iso) out.datum = iso
  else if (datum) note('datum', `Datum \`${datum}\` is geen leesbare datum en is weggelaten. Vul \`datum\` in als JJJJ-MM-DD`)
  return out
}

function statusOf(text: string): string {
  const key = foldKey(text)
  if (/\bniet vastgesteld\b/.test(key)) return 'concept'
  for (const status of ['vastgesteld', 'ingediend', 'ingetrokken']) if (key.includes(status)) return status
  return 'concept'
}

function str(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '').trim()
}
