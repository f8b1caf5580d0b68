/**
 * Where a paragraph or list item of running text ends: its last word, a last sentence left open
 * or repeating the one before, the list around an item. Read by `unfinished-sentence`; kept apart
 * so the rule file holds the checks and this module the reading of the text.
 */
import type { PlanFile, SourceLocation } from '@kapstok/core'
import { sourceText } from '../rule.js'
import { findPlaceholders } from './placeholders.js'

/**
 * The word a text ends on when no punctuation follows it (emphasis marks aside).
 */
export function lastWord(text: string): { word: string; index: number } | undefined {
  let end = text.length
  while (end > 0 && /[\s*_]/.test(text.charAt(end - 1))) end--
  const trimmed = text.slice(0, end)
  let start = trimmed.length
  // A word may hold an apostrophe (`beleidsagenda's`).
  while (start > 0 && (/[\p{L}\p{N}]/u.test(trimmed.charAt(start - 1)) || (/['’]/.test(trimmed.charAt(start - 1)) && start < trimmed.length))) start--
  if (start === trimmed.length || !/\p{L}/u.test(trimmed.slice(start))) return undefined
  // A web address or a path is not a sentence.
  const before = trimmed.slice(Math.max(0, start - 1), start)
  if (before && /[/.@:\-–]/.test(before)) return undefined
  return { word: trimmed.slice(start), index: start }
}

/**
 * The last sentence of a paragraph when it repeats the first words (three or more) of the sentence
 * before it and stops there: "We verlagen de drempel voor de bijstand. We verlagen de drempel".
 */
export function repeatedHalf(body: string): { text: string; index: number } | undefined {
  if (body.includes('\n')) return undefined
  const ends = [...body.matchAll(/[.!?]+\s+(?=\p{Lu})/gu)]
  const cut = ends.at(-1)
  if (!cut) return undefined
  const from = cut.index + cut[0].length
  const previousStart = (ends.at(-2)?.index ?? -1) + (ends.at(-2)?.[0].length ?? 1)
  const words = (t: string): string[] => t.replace(/[.!?]+$/, '').toLowerCase().split(/\s+/).filter(Boolean)
  const mine = words(body.slice(from))
  const theirs = words(body.slice(previousStart, cut.index))
  if (mine.length < 3 || theirs.length <= mine.length || !mine.every((w, i) => w === theirs[i])) return undefined
  return { text: body.slice(from).trimEnd(), index: from }
}

/**
 * Whether the last sentence of a paragraph is left open: earlier sentences end with a full
 * stop, this one has several words and none.
 */
export function openLastSentence(body: string, lastIndex: number): boolean {
  if (body.includes('\n')) return false
  const boundary = Math.max(body.lastIndexOf('. ', lastIndex), body.lastIndexOf('? ', lastIndex), body.lastIndexOf('! ', lastIndex))
  if (boundary < 0) return false
  const sentence = body.slice(boundary + 2)
  // A placeholder (`Toetsing: nader uitwerken`) is reported by placeholder-text, once.
  return /^\p{Lu}/u.test(sentence) && sentence.split(/\s+/).length >= 6 && !/https?:|www\./.test(sentence) && findPlaceholders(sentence, true).length === 0
}

/**
 * The text of a list item without its marker.
 */
export function itemText(line: string): string {
  return line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
}

/**
 * Whether a list item closes: with a full stop, or with the semicolon of a Dutch list whose
 * items run on (`- de wijkteams;`), after which the last item still owes its full stop.
 */
export function itemCloses(text: string): boolean {
  return /[.!?;][*_)]*\s*$/.test(text)
}

/**
 * Whether an item ends on a colon (emphasis marks aside): it leads in what follows it, and with its
 * own sub-items after it, it is as finished as they are.
 */
export function endsOnColon(text: string): boolean {
  return /:[*_]*\s*$/u.test(text)
}

/**
 * For each line of a list: whether the other items (at least two) all close (`itemCloses`).
 * Counted once per list, so a long list is not read again for every item.
 */
export function closedSiblings(lines: string[]): (j: number) => boolean {
  // An item that ends on a colon before its own sub-items leads them in: it is as finished as they are.
  const closes = (k: number): boolean => itemCloses(lines[k] ?? '') || leadsSubItems(lines, k)
  const items = lines.flatMap((line, k) => (isItem(line) ? [k] : []))
  const closed = items.filter(closes).length
  return (j) => {
    const own = isItem(lines[j] ?? '') ? 1 : 0
    return items.length - own >= 2 && closed - (own && closes(j) ? 1 : 0) === items.length - own
  }
}

// Whether item `k` ends on a colon and the next line is an item indented deeper (its sub-items).
function leadsSubItems(lines: string[], k: number): boolean {
  const line = lines[k] ?? ''
  const next = lines[k + 1]
  const indent = (l: string): number => l.length - l.trimStart().length
  return endsOnColon(line) && next !== undefined && isItem(next) && indent(next) > indent(line)
}

/**
 * Whether the line is a list item (`- …`, `* …`, `1. …`, `2) …`).
 */
export function isItem(text: string): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s/.test(text)
}

/**
 * Whether a list item comes next in the source, after the colon.
 */
export function listFollows(file: PlanFile, location: SourceLocation | undefined): boolean {
  const end = location?.end.offset
  if (!location || end === undefined) return false
  const rest = sourceText(file, location.file)?.slice(end, end + 200) ?? ''
  return /^\s*(?:[-*+]\s|\d+[.)]\s)/.test(rest)
}

/**
 * Whether sections of a deeper level come next in the source, after a colon at the end of a
 * section (`In de visie komen drie lijnen terug:` above `## 1. Eerder signaleren`): the
 * subsections are what the colon announces, as count-claim-mismatch reads them too.
 */
export function sectionsFollow(file: PlanFile, location: SourceLocation | undefined): boolean {
  const end = location?.end.offset
  if (!location || end === undefined) return false
  const source = sourceText(file, location.file) ?? ''
  const next = /^\s*(#{1,6})\s/.exec(source.slice(end, end + 400))
  if (!next) return false
  const own = [...source.slice(0, end).matchAll(/^(#{1,6})\s/gm)].at(-1)
  return own !== undefined && (next[1] ?? '').length > (own[1] ?? '').length
}
