import type { Plan } from './model.generated.js'
import type { PlanFile } from './plan-file.js'
import { escapeSegment, toPointer, type PathSegment } from './pointer.js'

/** A value in the model that has an id. */
export interface IdTarget {
  /** The id. */
  id: string
  /** Which collection it is in, e.g. `principes`, `pijlers`, `doelen`. */
  kind: string
  /** JSON Pointer of the object. */
  pointer: string
  /** The object itself. */
  value: Record<string, unknown>
}

// Collections whose items carry ids, and the nested collections inside them.
const nested: Record<string, string[]> = {
  pijlers: ['doelen', 'kaders', 'inspanningen', 'secties'],
  doelen: ['doelen'],
  secties: ['secties'],
  financien: ['tabellen', 'taakstellingen']
}
const topLevel = [
  'opgaven',
  'effecten',
  'principes',
  'pijlers',
  'acties',
  'risicos',
  'kansen',
  'begrippen',
  'inspraak',
  'secties',
  'bijlagen'
]

/**
 * Every object with an id in the model, in document order.
 *
 * @param plan The model.
 * @returns The id targets (duplicates included).
 */
export function collectIds(plan: Plan): IdTarget[] {
  const out: IdTarget[] = []
  const walk = (items: unknown, kind: string, path: PathSegment[]): void => {
    if (!Array.isArray(items)) return
    items.forEach((item, index) => {
      if (item === null || typeof item !== 'object') return
      const value = item as Record<string, unknown>
      const here = [...path, index]
      if (typeof value.id === 'string') out.push({ id: value.id, kind, pointer: toPointer(here), value })
      for (const child of nested[kind] ?? []) walk(value[child], child, [...here, child])
    })
  }
  for (const kind of topLevel) walk((plan as unknown as Record<string, unknown>)[kind], kind, [kind])
  const financien = plan.financien as unknown as Record<string, unknown> | undefined
  if (financien) for (const kind of nested.financien ?? []) walk(financien[kind], kind, ['financien', kind])
  return out
}

/**
 * Index of ids to their first target.
 *
 * @param plan The model.
 * @returns A map from id to target.
 */
export function indexIds(plan: Plan): Map<string, IdTarget> {
  const index = new Map<string, IdTarget>()
  for (const target of collectIds(plan)) if (!index.has(target.id)) index.set(target.id, target)
  return index
}

/** A string value in the model, with its pointer. */
export interface TextValue {
  /** JSON Pointer of the string. */
  pointer: string
  /** The string. */
  text: string
}

/**
 * Every string in the model, depth first, with its pointer.
 *
 * @param value The model or a part of it.
 * @param path Pointer segments of `value` (default: root).
 * @returns The strings.
 */
export function collectTexts(value: unknown, path: PathSegment[] = []): TextValue[] {
  // Iterative with pointers built by concatenation: linear in the model's size, and no stack
  // overflow on a deeply nested model.
  const texts: TextValue[] = []
  const stack: Array<{ value: unknown; pointer: string }> = [{ value, pointer: toPointer(path) }]
  while (stack.length > 0) {
    const { value: current, pointer } = stack.pop() as { value: unknown; pointer: string }
    if (typeof current === 'string') texts.push({ pointer, text: current })
    else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], pointer: `${pointer}/${i}` })
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown]
        stack.push({ value: child, pointer: `${pointer}/${escapeSegment(key)}` })
      }
    }
  }
  return texts
}

/** A `[text](#id)` link found in prose. */
export interface IdLink {
  /** The id after `#`. */
  id: string
  /** Link text. */
  label: string
  /** Pointer of the string that holds it. */
  pointer: string
  /** Offset of the link in that string. */
  index: number
  /** Length of the link markup. */
  length: number
}

// A label holds no `[`: each `[` starts at most one attempt that ends at the next bracket.
const linkPattern = /\[([^[\]\n]*)\]\(#([^)\s]*)\)/g

/**
 * The first internal link with an id in a piece of source text, e.g. a heading
 * `## [Wonen en zorg](#t2)` or a table cell `[Wonen](#t2)`, which name their target by the id.
 *
 * @param text Source text (Markdown, not yet rendered).
 * @returns The link with its place in `text`, or undefined when there is none.
 */
export function firstIdLink(text: string): Omit<IdLink, 'pointer'> | undefined {
  for (const match of text.matchAll(linkPattern)) {
    const id = match[2] ?? ''
    if (id !== '') return { id, label: match[1] ?? '', index: match.index, length: match[0].length }
  }
  return undefined
}

/**
 * Internal links (`[tekst](#id)`) in all prose of the model.
 *
 * @param plan The model.
 * @returns The links, including empty ones (`](#)`).
 */
export function collectIdLinks(plan: Plan): IdLink[] {
  const links: IdLink[] = []
  for (const { pointer, text } of collectTexts(plan)) {
    for (const match of text.matchAll(linkPattern)) {
      links.push({
        id: match[2] ?? '',
        label: match[1] ?? '',
        pointer,
        index: match.index,
        length: match[0].length
      })
    }
  }
  return links
}

// A Markdown heading with an id in its attributes: `# Ambitie {#ambitie}`, `## Thema 2 {#t2 .visie}`.
const headingWithId = /^ {0,3}#{1,6}[ \t].*\{[^}]*#([\p{L}\d_:.-]+)[^}]*\}[ \t]*#*[ \t]*$/u

/**
 * The ids written on headings in the plan's Markdown sources. A chapter the reader turns into a
 * part of the model without an id of its own (the ambitie, the agenda) is still where a link
 * with that id points, so a link to it is no broken link.
 *
 * @param file The plan file.
 * @returns The ids.
 */
export function headingIds(file: PlanFile): Set<string> {
  const ids = new Set<string>()
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/iu.test(source.path)) continue
    let fence = false
    for (const line of String(source.value ?? '').split('\n')) {
      if (/^\s*(?:```|~~~)/u.test(line)) fence = !fence
      const m = fence ? null : headingWithId.exec(line)
      if (m?.[1]) ids.add(m[1])
    }
  }
  return ids
}
