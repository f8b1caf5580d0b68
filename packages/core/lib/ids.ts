import type { Plan } from './model.generated.js'
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
  const texts: TextValue[] = []
  walkTexts(value, toPointer(path), texts)
  return texts
}

// Builds each pointer from its parent's (rules call this on the whole model, many times per
// check; re-encoding the full path per string and copying arrays per level was a hot spot).
function walkTexts(value: unknown, pointer: string, texts: TextValue[]): void {
  if (typeof value === 'string') {
    texts.push({ pointer, text: value })
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walkTexts(value[i], `${pointer}/${i}`, texts)
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) walkTexts((value as Record<string, unknown>)[key], `${pointer}/${escapeSegment(key)}`, texts)
  }
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
