import { collectIds, headingIds, missingLinkReason, type Plan, type PlanFile } from '@kapstok/core'
import { namesEveryPart, splitNameList } from '@kapstok/nl'
import type { ModelBuilder } from './builder.js'
import type { SourceContext } from './context.js'
import { pijlerLabelWords } from './section-map.js'
import { foldKey } from './text.js'

/**
 * Give agenda rows whose pijler was named by a heading (`## Wonen`, `## [Wonen](#t1)`) or a
 * pijler cell the id of the pijler with that title, short title, id or "label nummer" (also
 * followed by a name: `Thema 2: Snelle hulp`; rule title-drift checks that name). Runs
 * after all files are read, so the agenda may come before the thema's. A name that resolves
 * to nothing is one `ref-missing` per heading or value, not one per row; without pijlers, a
 * heading only groups rows (their subkop).
 *
 * @param file Plan file for messages.
 * @param builder The model.
 * @param pending Rows to resolve.
 */
export function resolveAgendaPijlers(file: PlanFile, builder: ModelBuilder, pending: SourceContext['pendingPijlers']): void {
  if (pending.length === 0) return
  const pijlers = (builder.get(['pijlers']) as Array<Record<string, string>> | undefined) ?? []
  const names = new Map<string, string>()
  for (const p of pijlers) {
    for (const name of [p.titel, p.korteTitel, p.id, p.nummer ? `${p.label} ${p.nummer}` : undefined, nameAfterNumber(p.titel)]) {
      if (name) names.set(foldKey(name), p.id as string)
    }
  }
  const kinds = [...new Set(pijlers.map((p) => p.label).filter((label): label is string => Boolean(label)))]
  const kindKeys = new Set(kinds.map(foldKey))
  // Numbered pijlers are named by their bare number in a column headed by their label (`| Thema |` … `| 2 |`).
  const numbers = new Map(pijlers.filter((p) => p.nummer).map((p) => [foldKey(p.nummer as string), p.id as string]))
  const reported = new Set<string>()
  let ids: Set<string> | undefined
  const acties = builder.get(['acties']) as Array<Record<string, unknown>>
  // The pijler a title names; a bare number only in a pijler column.
  const idOf = (title: string, inColumn: boolean): string | undefined => {
    const key = foldKey(title)
    // `Thema Wonen`, `Spoor 2`: the plan's own word for its pijlers (or a common one, `pijlerLabelWords`) before the name.
    const first = /^(\S+)\s+/.exec(key)?.[1] ?? ''
    const bare = pijlerLabelWords.has(first) || kindKeys.has(first) ? key.slice(first.length).trim() : key
    // "Thema 2: Snelle hulp" names thema 2 by its number, whatever the name after it (title-drift compares that name).
    const numbered = /^(\p{L}+)\s+(\d+[a-z]?)(?:\s*[:.–—-]\s*|\s+\(|\s+)\S/u.exec(title)
    return names.get(key) ?? names.get(bare) ?? (numbered ? names.get(foldKey(`${numbered[1]} ${numbered[2]}`)) : undefined) ?? (inColumn ? numbers.get(bare) : undefined)
  }
  for (const row of pending) {
    const inColumn = row.column !== undefined
    const id = idOf(row.title, inColumn) ?? (row.number ? names.get(foldKey(row.number)) : undefined)
    const actie = acties[row.index] as Record<string, unknown>
    if (id) {
      actie.pijler = id
      continue
    }
    if (!row.link && pijlers.length > 0 && namesEveryPart(row.title, [...kinds, row.column ?? ''])) {
      // `alle thema's`, `algemeen`: the row belongs to the whole programme, on purpose; kept as
      // written, and marked so that rules and documents need not read the cell again.
      actie.allePijlers = true
      if (row.column !== undefined) actie.overig = { ...(actie.overig as Record<string, string> | undefined), [row.column]: row.title }
      else actie.subkop ??= row.title
      continue
    }
    const listed = inColumn && !row.link ? splitNameList(row.title, (part) => idOf(part, inColumn) !== undefined) : undefined
    if (listed) {
      // `Wonen, Zorg`, `1 en 2`: the row belongs to the first pijler and contributes to the others;
      // the cell stays as written.
      const [first, ...others] = listed.map((part) => idOf(part, inColumn) as string)
      actie.pijler = first
      const refs = (actie.verwijzingen as string[] | undefined) ?? []
      actie.verwijzingen = [...new Set([...refs, ...others.filter((other) => other !== first)])]
      actie.overig = { ...(actie.overig as Record<string, string> | undefined), [row.column as string]: row.title }
      continue
    }
    if (pijlers.length === 0 && row.column === undefined && !row.link) {
      // Without pijlers a heading in the agenda only groups rows: it is their subkop.
      actie.subkop ??= row.title
      continue
    }
    if (row.column !== undefined) {
      // A pijler cell that names no pijler is kept as written, under its header.
      actie.overig = { ...(actie.overig as Record<string, string> | undefined), [row.column]: row.written ?? row.title }
      if (pijlers.length === 0) continue
    }
    const key = foldKey(row.title)
    if (reported.has(key)) continue
    reported.add(key)
    // A cell's link to an id nothing has stays in the row as written, where the core reports it
    // as any broken link (`ref-missing`): one message, not two.
    if (row.written !== undefined && !(ids ??= new Set(collectIds(builder.model as unknown as Plan).map((t) => t.id))).has(row.title)) continue
    const known = pijlers.map((p) => '`' + p.titel + '`').join(', ') || 'geen'
    const reason = row.link
      ? `${row.column === undefined ? 'Kop in de uitvoeringsagenda' : `Kolom \`${row.column}\``} linkt naar \`#${row.title}\`, maar geen pijler heeft dat id; link naar een bestaande pijler (${pijlers.map((p) => '`#' + p.id + '` ' + p.titel).join(', ') || 'geen'})`
      : row.column === undefined
        ? `Kop \`${row.title}\` in de uitvoeringsagenda hoort bij geen pijler; link de kop naar een pijler (\`[${row.title}](#id)\`) of gebruik de titel van een pijler (${known})`
        : `Kolom \`${row.column}\` noemt \`${row.title}\`, dat bij geen pijler hoort; gebruik de titel of het id van een pijler (${known})`
    file.message(reason, {
      ruleId: 'ref-missing',
      source: '@kapstok/markdown',
      ...(row.location ? { location: row.location } : {})
    })
  }
}

/**
 * The name in a title that starts with its own number (`Pijler 1: Gezond opgroeien`,
 * `Thema II – Wonen`, `3. Werk`): an agenda cell often gives only that name.
 */
function nameAfterNumber(title: string | undefined): string | undefined {
  const match = /^(?:\p{L}+\s+)?(?:\d+[a-z]?|[IVX]+)\s*[:.)–—-]\s*(\S.*)$/u.exec(title ?? '')
  return match?.[1]
}

/**
 * Internal links in text the model keeps plain (a list item's title drops its link markup):
 * a link to an id no part of the plan has is reported as the core validator reports a link in
 * prose, so the link is not lost silently with its markup.
 *
 * @param file Plan file for messages.
 * @param builder The model.
 * @param links The links to check.
 */
export function resolvePlainLinks(file: PlanFile, builder: ModelBuilder, links: SourceContext['plainLinks']): void {
  if (links.length === 0) return
  const ids = new Set([...collectIds(builder.model as unknown as Plan).map((t) => t.id), ...headingIds(file)])
  for (const link of links) {
    if (link.id === '' || ids.has(link.id)) continue
    file.message(missingLinkReason(link.id, link.label), {
      ruleId: 'ref-missing',
      source: '@kapstok/markdown',
      ...(link.location ? { location: link.location } : {})
    })
  }
}
