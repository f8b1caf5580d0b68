/**
 * A list of names after the plural of a kind word ("de vier thema's Wonen, Werk en Zorg"): each
 * name stands for a part of that kind. When the others are titles, a name that is none of them
 * but shares a word with a title the list leaves out is that title written otherwise. Used by
 * `title-drift`.
 */
import type { Plan, PlanFile } from '@kapstok/core'
import { textLocation } from '../rule.js'
import type { KindMention } from './kind-mentions.js'
import { titlesByKind } from './kind-mentions.js'
import { ownText, writtenTexts } from './text.js'
import { namesTitle, smallWords } from './title-names.js'

// The plural of each kind word a plan names its parts with (general Dutch).
const plurals: Record<string, string> = {
  thema: "thema['’]?s", pijler: 'pijlers', principe: 'principes', uitgangspunt: 'uitgangspunten', prioriteit: 'prioriteiten', speerpunt: 'speerpunten',
  ambitie: 'ambities', opgave: 'opgaven', spoor: 'sporen', actielijn: 'actielijnen', programmalijn: 'programmalijnen', route: 'routes', bouwsteen: 'bouwstenen',
  kernwaarde: 'kernwaarden', doel: 'doelen'
}
const count = String.raw`(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)`
// Where the list ends: a stop, a semicolon, a colon, a bracket, a cell border or the end of the line.
const listEnd = /[.;:()|\n]/u
// Between two names: a comma, or `en` / `of` before the last.
const separator = /^(?:\s*,\s*|\s+(?:en|of)\s+)/u

/**
 * Names in a list after `de (vier) thema's` that are no title of that kind while the other names are.
 *
 * @param plan The model.
 * @param file The plan file (sources and positions).
 * @returns The names that drift, with the title they most likely mean.
 */
export function kindListDrifts(plan: Plan, file: PlanFile): KindMention[] {
  const titles = titlesByKind(plan, file)
  const out: KindMention[] = []
  for (const [kind, own] of titles) {
    const plural = plurals[kind]
    if (!plural || own.length < 3) continue
    // `de vier thema's A, …`, `3 thema's: A, …`, also with a verb's rest before a colon (`de drie
    // thema's komen terug: A, …`): the colon opens the list all the same.
    const pattern = new RegExp(String.raw`(?:\b(?:de|het|deze|onze|alle)\s+(?:(${count})\s+)?|\b(${count})\s+)${plural}(?:\s*:\s*|(?:\s+\p{Ll}+){1,2}\s*:\s*|\s+)(?=\p{Lu})`, 'giu')
    // The words that announce the list, up to the plural (without the colon or a verb's rest).
    const announced = new RegExp(String.raw`^.*?${plural}`, 'iu')
    // Longest first, so a title is not taken for a shorter one it starts with.
    const sorted = [...own].sort((a, b) => b.length - a.length)
    for (const { pointer, text } of writtenTexts(plan)) {
      if (!ownText(pointer)) continue
      for (const m of text.matchAll(pattern)) {
        const at = m.index + m[0].length
        const stop = text.slice(at).search(listEnd)
        const run = text.slice(at, stop < 0 ? text.length : at + stop)
        const drift = oddName(run, sorted)
        // A count says how many names the list holds: a list of another length is not this one.
        const said = m[1] ?? m[2]
        if (!drift || (said !== undefined && countOf(said) !== drift.names)) continue
        const location = textLocation(file, pointer, text, at + drift.index, drift.name.length)
        out.push({ reference: announced.exec(m[0])?.[0] ?? m[0].trim(), name: drift.name, titel: drift.titel, pointer, ...(location ? { location } : {}) })
      }
    }
  }
  return out
}

// The one name of a list that is no title, when two or more others are and it shares a word with a title left out.
function oddName(run: string, titles: string[]): { name: string; index: number; titel: string; names: number } | undefined {
  const named: string[] = []
  const odd: Array<{ name: string; index: number }> = []
  let pos = 0
  while (pos < run.length) {
    const rest = run.slice(pos)
    const title = titleAt(rest, titles)
    if (title) {
      named.push(title)
      pos += title.length
    } else {
      // A name that is no title runs to the separator before the next title, or to the end of the list.
      let end = -1
      for (const sep of rest.matchAll(/\s*,\s*|\s+(?:en|of)\s+/gu)) {
        if (titleAt(rest.slice(sep.index + sep[0].length), titles)) {
          end = sep.index
          break
        }
      }
      const name = (end < 0 ? rest : rest.slice(0, end)).trim()
      if (!/^\p{Lu}/u.test(name) || name.split(/\s+/u).length > 6) return undefined
      odd.push({ name, index: pos })
      if (end < 0) {
        pos = run.length
        break
      }
      pos += end
    }
    const sep = separator.exec(run.slice(pos))
    if (!sep) break
    pos += sep[0].length
  }
  // After the last title the sentence may go on ("… en Werk krijgen elk een budget"): only a list that ends with its names counts.
  if (named.length < 2 || odd.length !== 1 || pos < run.trimEnd().length) return undefined
  const [found] = odd
  if (!found || namesTitle(found.name, titles)) return undefined
  const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !smallWords.has(w))
  const mine = words(found.name)
  const sharing = titles.filter((t) => !named.includes(t) && words(t).some((w) => mine.includes(w)))
  // A short title (`Mobiliteit`) is the same part as the title that holds it.
  const left = sharing.filter((t) => !sharing.some((o) => o !== t && o.toLowerCase().includes(t.toLowerCase())))
  return left.length === 1 && left[0] ? { ...found, titel: left[0], names: named.length + 1 } : undefined
}

const countWords = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien']
const countOf = (said: string): number => (/^\d+$/u.test(said) ? Number(said) : countWords.indexOf(said.toLowerCase()) + 2)

// The title the text opens with, whole words only.
function titleAt(text: string, titles: string[]): string | undefined {
  const lower = text.toLowerCase()
  return titles.find((t) => lower.startsWith(t.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(text.slice(t.length)))
}
