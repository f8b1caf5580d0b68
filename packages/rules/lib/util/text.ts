import { collectTexts, fromPointer, normalizeTitle, type Plan, type TextValue } from '@kapstok/core'
import { memoByText, SENTENCES } from './memo.js'

// Fields that hold running text (Markdown prose).
const proseKeys = new Set([
  'tekst',
  'toelichting',
  'teksten',
  'intro',
  'voorbeelden',
  'financieleVertaling',
  'reactie',
  'beantwoording',
  'aanpassingTekst',
  'samenvatting',
  'inleiding',
  'beoogdEffect',
  'argumenten',
  'kanttekeningen',
  'communicatie',
  'vervolg',
  'definitie',
  'hoofddoel',
  'beheersmaatregel',
  'risico'
])

// Fields that are identifiers or machine values, never checked as text.
const technicalKeys = new Set(['id', 'pijler', 'verwijzingen', '$schema', 'soort', 'status', 'label', 'datum', 'domeinen'])

/**
 * The key a pointer ends in, skipping array indices (`/principes/0/voorbeelden/2` → `voorbeelden`).
 *
 * @param pointer A JSON Pointer.
 * @returns The last property name.
 */
export function fieldOf(pointer: string): string {
  const segments = fromPointer(pointer).filter((s) => !/^\d+$/.test(s))
  return segments.at(-1) ?? ''
}

/**
 * Every prose string of the model (tekst, toelichting, intro, …), in document order.
 *
 * @param plan The model.
 * @returns Pointers and texts.
 */
export function proseTexts(plan: Plan): TextValue[] {
  return cached(proseCache, plan, () => collectTexts(plan).filter(({ pointer }) => {
    const segments = fromPointer(pointer)
    if (segments[0] === 'inleidingen') return true
    if (segments[0] === 'raadsvoorstel' && segments[1] === 'financien') return true
    return proseKeys.has(fieldOf(pointer))
  }))
}

/**
 * Whether a text is the plan's own: not a bijlage or an inspraakreactie, which speak of other
 * documents or of an earlier version of this one.
 *
 * @param pointer Pointer of the text.
 * @returns Whether the text is the plan's own.
 */
export function ownText(pointer: string): boolean {
  return !pointer.startsWith('/bijlagen/') && !pointer.startsWith('/inspraak/')
}

// Many rules ask for the same texts of one model; rules never change the model, so the lists
// are computed once per model (a copy is returned, callers may sort it).
const proseCache = new WeakMap<Plan, TextValue[]>()
const writtenCache = new WeakMap<Plan, TextValue[]>()

function cached(cache: WeakMap<Plan, TextValue[]>, plan: Plan, compute: () => TextValue[]): TextValue[] {
  let texts = cache.get(plan)
  if (!texts) cache.set(plan, (texts = compute()))
  return [...texts]
}

/**
 * Every human-written string of the model: prose, titles and table cells (not ids, enums or
 * dates).
 *
 * @param plan The model.
 * @returns Pointers and texts.
 */
export function writtenTexts(plan: Plan): TextValue[] {
  return cached(writtenCache, plan, () => collectTexts(plan).filter(({ pointer }) => {
    const segments = fromPointer(pointer)
    if (segments[0] === 'document' && segments[1] !== 'titel' && segments[1] !== 'ondertitel') return false
    // `label` is the kind of a pijler (`thema`), but the written label of a finance row.
    return !segments.some((s) => technicalKeys.has(s) && !(s === 'label' && segments[0] === 'financien'))
  }))
}

// A title reduced for comparison: shared with the documents' reference resolver.
export { normalizeTitle }

/**
 * Similarity of two strings by shared character bigrams (Dice coefficient, 0…1).
 *
 * @param a First string.
 * @param b Second string.
 * @returns 1 for equal normalised strings, 0 for nothing in common.
 */
export function similarity(a: string, b: string): number {
  const x = normalizeTitle(a)
  const y = normalizeTitle(b)
  if (x === y) return 1
  const grams = (s: string): Map<string, number> => {
    const map = new Map<string, number>()
    for (let i = 0; i < s.length - 1; i++) map.set(s.slice(i, i + 2), (map.get(s.slice(i, i + 2)) ?? 0) + 1)
    return map
  }
  const gx = grams(x)
  const gy = grams(y)
  let shared = 0
  for (const [gram, count] of gx) shared += Math.min(count, gy.get(gram) ?? 0)
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0)
  return total === 0 ? 0 : (2 * shared) / total
}

/**
 * Paragraphs of a Markdown text with their offsets.
 *
 * @param text The text.
 * @returns Paragraph texts (trimmed) and where they start.
 */
export function paragraphs(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = []
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g
  for (const match of text.matchAll(pattern)) {
    const raw = match[0]
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) out.push({ text: trimmed, index: match.index + lead })
  }
  return out
}

/** The offset where the line holding `index` starts: two readers that judge one table row compare rows by it. */
export const lineStart = (text: string, index: number): number => text.lastIndexOf('\n', index - 1) + 1

/**
 * The sentences of each paragraph of a text, with their offsets in the text: the unit of
 * calculations that reach back a sentence or two, but not over a blank line.
 *
 * @param text A prose text.
 * @returns Per paragraph, its sentences.
 */
export function paragraphSentences(text: string): Array<Array<{ index: number; text: string }>> {
  // Copies of the lists: a caller may join or cut them (linkedSentences does).
  return splitSentences(text).map((p) => p.slice())
}

// Many readers of a text split it into the same sentences (and the texts read after a chapter's
// earlier ones are split by several readers each): a text is split once.
const splitSentences = memoByText((text: string): Array<Array<{ index: number; text: string }>> =>
  paragraphs(text).map((p) => [...p.text.matchAll(/[^.!?]+(?:[.!?](?=\S)[^.!?]*)*[.!?]?/gu)].map((s) => ({ index: p.index + (s.index ?? 0), text: s[0] }))), SENTENCES)

// A paragraph that opens by pointing back (`Dat is € 43.650 meer …`, `Over die jaren is dat …`,
// `Voor de gemeente resteert dan …`) continues the paragraph before it.
const POINTS_BACK = /^(?:\S+\s+){0,9}?(?:dat|dit|daarmee|hiermee|daarvan|hiervan|daardoor|die|deze|dan)\b/iu

/**
 * The sentences of each paragraph, with a paragraph whose first sentence points back joined to
 * the one before: authors who write a paragraph per sentence still calculate across them.
 *
 * @param text A prose text.
 * @returns Per run of linked paragraphs, its sentences.
 */
export function linkedSentences(text: string): Array<Array<{ index: number; text: string }>> {
  const out: Array<Array<{ index: number; text: string }>> = []
  for (const sentences of paragraphSentences(text)) {
    const first = sentences[0]?.text.trim() ?? ''
    const last = out.at(-1)
    if (last && POINTS_BACK.test(first) && !/^[-*|#]/u.test(first)) last.push(...sentences)
    else out.push(sentences)
  }
  return out
}

/**
 * Shorten a value for a message.
 *
 * @param text The value.
 * @param max Maximum length (default: `60`).
 * @returns The value, cut with `…` when longer.
 */
export function short(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

/**
 * A value in backticks for a message.
 *
 * @param text The value.
 * @returns `` `value` `` (shortened).
 */
export function code(text: string): string {
  return '`' + short(text).replaceAll('`', "'") + '`'
}
