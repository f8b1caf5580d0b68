/**
 * Why a numbered reference (`principe 6`, `hoofdstuk 9`, `speerpunt 5`) has no target in the
 * plan: the proofs of `xref-missing-target`, each from what the plan itself numbers or counts.
 */
import type { Plan } from '@kapstok/core'
import type { PartList } from './part-lists.js'
import type { Targets } from './targets.js'

// The plural a message names the model's principes and pijlers by.
const plural: Record<string, string> = {
  principe: 'principes',
  thema: "thema's",
  route: 'routes',
  resultaatgebied: 'resultaatgebieden',
  ontwikkelopdracht: 'ontwikkelopdrachten',
  opgave: 'opgaven'
}

/** Why the plan proves that `kind number` has no target, or `undefined` when it may have one. */
export function missing(kind: string, number: string, targets: Targets, model: Plan): string | undefined {
  const { numbers, annexes } = targets
  const list = (items: Iterable<string>): string => [...items].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })).map((n) => `\`${n}\``).join(', ')
  if (kind === 'bijlage') {
    if (annexes.has(number)) return undefined
    const parts = [...annexes].filter((n) => n.startsWith(number) && /^[a-z]$/.test(n.slice(number.length)))
    if (parts.length > 0) return `er zijn alleen bijlagen ${list(parts)}; noem de juiste bijlage`
    // Chapters after the bijlagen (an agenda, an inspraaknota) may be the later bijlagen.
    const volgorde = model.volgorde ?? []
    const numbered = [...annexes].map((n) => Number.parseInt(n, 10)).filter((n) => !Number.isNaN(n))
    // A chapter after the bijlagen whose heading carries its bijlage number (`# Bijlage 2: …`) is
    // counted among the numbered ones already: it is not an unnumbered later bijlage.
    const own = new Set((model.bijlagen ?? []).map((b) => Number.parseInt(String(b.nummer ?? ''), 10)))
    const numberedChapters = new Set(numbered.filter((n) => !own.has(n))).size
    // A list of abbreviations or terms after bijlagen that carry their numbers is the plan's glossary,
    // not an unnumbered later bijlage: one that is would carry its number like the others (when a
    // chapter after the bijlagen does, `# Bijlage 3: Begrippen`, the count below holds it already).
    // So is the (draft) decision after them (`# Raadsbesluit`): a document of its own, which would carry its number too.
    const ownPart = (key: string): boolean => ['begrippen', 'besluit', 'raadsvoorstel'].includes(key) && own.size > 0 && !own.has(Number.NaN) && numberedChapters === 0
    const after = volgorde.includes('bijlagen') ? volgorde.slice(volgorde.indexOf('bijlagen') + 1).filter((key) => !ownPart(key)) : []
    const trailing = Math.max(0, after.length - numberedChapters)
    const last = numbered.length > 0 ? Math.max(...numbered) : (model.bijlagen?.length ?? 0)
    if (last === 0 || !/^\d+$/.test(number)) return undefined
    if (Number(number) <= last) return numbered.length > 0 ? `er is geen bijlage ${number} (wel ${list(annexes)}); noem de juiste bijlage` : undefined
    if (Number(number) > last + trailing) return `de bijlagen lopen tot en met \`${last}\`; noem de juiste bijlage`
    return undefined
  }
  if (kind === 'principe' || plural[kind]) return missingItem(kind, number, model, list)
  const chapter = number.split('.')[0] ?? ''
  const chapterNumbers = [...numbers].filter((n) => /^\d+$/.test(n))
  if (!number.includes('.')) {
    if (kind !== 'hoofdstuk' || numbers.has(number)) return undefined
    if (chapterNumbers.length > 0) return [...numbers].some((n) => n.split('.')[0] === number) ? undefined : `er is geen hoofdstuk ${number}; verwijs naar een kop die bestaat`
    return Number(number) > targets.chapters ? `het plan heeft \`${targets.chapters}\` hoofdstukken; verwijs naar een kop die bestaat` : undefined
  }
  if (numbers.has(number) || [...numbers].some((n) => n.startsWith(number + '.'))) return undefined
  const paragraphs = [...numbers].filter((n) => n.startsWith(chapter + '.') && n.split('.').length === number.split('.').length)
  // A chapter is known by its own number or, under a heading without one (`# Programma Wonen`), by its numbered paragraphs.
  if ((!numbers.has(chapter) && paragraphs.length === 0) || targets.partlyNumbered.has(number.replace(/\.[^.]*$/, ''))) return undefined
  if (paragraphs.length === 0) return `hoofdstuk ${chapter} heeft geen genummerde paragrafen; verwijs naar een kop die bestaat`
  return `hoofdstuk ${chapter} heeft alleen ${list(paragraphs)}; verwijs naar een kop die bestaat`
}

/** The principes or pijlers of the model that `kind` names (none for other words). */
export function modelItems(kind: string, model: Plan): Array<{ nummer?: string }> {
  if (kind === 'principe') return model.principes ?? []
  if (!plural[kind]) return []
  return kind === 'opgave' && model.opgaven?.length ? model.opgaven : (model.pijlers ?? []).filter((p) => p.label === kind)
}

/** A principe or pijler number the plan's own list does not have. */
function missingItem(kind: string, number: string, model: Plan, list: (items: Iterable<string>) => string): string | undefined {
  const items = modelItems(kind, model)
  if (items.length === 0 || !/^\d+$/.test(number)) return undefined
  const nummers = items.map((item) => item.nummer?.replace(/\.$/, '').toLowerCase()).filter((n): n is string => Boolean(n))
  if (nummers.length === items.length) {
    if (nummers.includes(number)) return undefined
    const repeated = slippedItem(kind, number, model)
    const skipped = repeated === undefined ? skippedItem(kind, number, model) : undefined
    const position =
      repeated !== undefined
        ? ` (nummer \`${repeated}\` staat er twee keer: is het ${ordinal(Number(number))} bedoeld?)`
        : skipped !== undefined
          ? ` (het ${ordinal(Number(number))} heeft nummer \`${skipped}\`: is dat bedoeld?)`
          : ''
    return `er zijn alleen ${plural[kind]} ${list(nummers)}${position}; noem het juiste nummer`
  }
  const run = numberedRun(items)
  if (run !== undefined) return Number(number) <= run ? undefined : `de genummerde ${plural[kind]} lopen tot en met \`${run}\`; noem het juiste nummer`
  return Number(number) <= items.length ? undefined : `er zijn \`${items.length}\` ${plural[kind]}; noem het juiste nummer`
}

/**
 * The length of a list whose items are numbered `1` to `k` and then followed only by items
 * without a number (a chapter of principes that closes with `## Werkwijze`): those
 * close the chapter rather than continue the series. Undefined for any other list.
 *
 * @param items The items, in order.
 * @returns `k`, or undefined.
 */
function numberedRun(items: Array<{ nummer?: string }>): number | undefined {
  const run = items.findIndex((item) => !item.nummer)
  if (run < 2 || items.slice(run).some((item) => item.nummer)) return undefined
  return items.slice(0, run).every((item, i) => item.nummer?.replace(/\.$/, '') === String(i + 1)) ? run : undefined
}

/** Whether the principes or pijlers `kind` names close with items without a number (see `numberedRun`). */
export function closingItems(kind: string, model: Plan): boolean {
  return numberedRun(modelItems(kind, model)) !== undefined
}

/**
 * The number a list repeats when `kind number` may be the item at that position of it
 * (`principe 5` in a list numbered `1, 2, 3, 4, 4`: `4`); not proven missing then.
 *
 * @param kind The kind of item (`principe`, `thema`).
 * @param number The number the reference names.
 * @param model The model.
 * @returns The repeated number, or `undefined` when the list repeats none or is shorter.
 */
export function slippedItem(kind: string, number: string, model: Plan): string | undefined {
  const items = modelItems(kind, model)
  if (!/^\d+$/.test(number) || Number(number) > items.length) return undefined
  const nummers = items.map((item) => item.nummer?.replace(/\.$/, '').toLowerCase())
  return nummers.find((n, i): n is string => n !== undefined && nummers.indexOf(n) !== i)
}

const ordinals = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende']
const ordinal = (n: number): string => ordinals[n - 1] ?? `${n}e`

const structural = new Set(['paragraaf', 'hoofdstuk', 'bijlage'])

/** An item number (`speerpunt 6`, `uitgangspunt 7`) beyond what the plan's own chapter for those items has. */
export function missingPart(kind: string, number: string, listOf: (kind: string) => PartList): string | undefined {
  if (structural.has(kind) || !/^\d{1,2}$/.test(number)) return undefined
  const { numbers, count, plural } = listOf(kind)
  if (numbers.has(number) || (numbers.size === 0 && count === 0)) return undefined
  if (count > 0 && Number(number) <= count) return undefined
  const sorted = [...numbers].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
  if (count === 0) return `er zijn alleen ${plural} ${sorted.map((n) => `\`${n}\``).join(', ')}; noem het juiste nummer`
  return `er zijn \`${count}\` ${plural}; noem het juiste nummer`
}

/**
 * The number the item at position `number` carries when the list skips a number before it
 * (`principe 4` in a list of four numbered `1, 2, 3, 5`: `5`). The reference may mean that item
 * and the heading be the slip (numbering-sequence reports the gap): not proven missing then.
 *
 * @param kind The kind of item (`principe`, `thema`).
 * @param number The number the reference names.
 * @param model The model.
 * @returns The number of the item at that position, or `undefined` when the list has no such gap.
 */
export function skippedItem(kind: string, number: string, model: Plan): string | undefined {
  const items = modelItems(kind, model)
  if (!/^\d+$/.test(number) || Number(number) > items.length) return undefined
  const nummers = items.map((item) => item.nummer?.replace(/\.$/, ''))
  if (!nummers.every((n) => n !== undefined && /^\d+$/.test(n))) return undefined
  const at = nummers[Number(number) - 1]
  return at !== undefined && at !== number && nummers.slice(0, Number(number) - 1).every((n, i) => n === String(i + 1)) ? at : undefined
}
