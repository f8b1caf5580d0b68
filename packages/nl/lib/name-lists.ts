import { parseNumberWord } from './number-words.js'
import { pluralForms } from './plural.js'

/**
 * Reading a cell or heading that names parts of a plan by a list or by "all of them", as Dutch
 * agendas write in a column Thema: `Wonen, Zorg`, `1 en 2`, `Wonen / Werk`, `alle thema's`.
 */

// Separators between names in a list. A title may itself contain one (`Wonen en zorg`), so a
// split at any of them is only taken when the parts on both sides are names.
const separator = /\s*[,;/+&]\s*|\s+(?:en|én)\s+/giu

/**
 * Splits a text into names that each satisfy `isName`, trying every way of cutting it at the
 * separators (a name may contain one: `Wonen en zorg, Werk`). Returns undefined when the text
 * is no list (no separator) or some part names nothing.
 *
 * @param text The cell or heading as written.
 * @param isName Whether a part names something.
 * @returns The parts, in order, or undefined.
 */
export function splitNameList(text: string, isName: (part: string) => boolean): string[] | undefined {
  const cuts = [...text.matchAll(separator)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  if (cuts.length === 0) return undefined
  // starts[i]: the text from the end of cut i-1 (or the start) can begin a part.
  const starts = [0, ...cuts.map((c) => c.end)]
  const ends = [...cuts.map((c) => c.start), text.length]
  // best[i]: a split of the text from starts[i] to the end, or undefined.
  const best: Array<string[] | undefined> = new Array(starts.length)
  for (let i = starts.length - 1; i >= 0; i--) {
    for (let j = i; j < ends.length; j++) {
      const part = text.slice(starts[i], ends[j]).trim()
      if (part === '' || !isName(part)) continue
      if (j === ends.length - 1) {
        best[i] = [part]
        break
      }
      const rest = best[j + 1]
      if (rest) {
        best[i] = [part, ...rest]
        break
      }
    }
  }
  const parts = best[0]
  return parts && parts.length >= 2 ? parts : undefined
}

// The words for a row that belongs to the programme as a whole rather than one part of it.
const wholeWords = /^(?:allen|allemaal|algemeen|overkoepelend|\p{L}*-?overstijgend|integraal|generiek|diverse?)$/iu
// Plurals that name the parts whatever the plan calls them.
const partsWords = new Set(['onderdelen', 'pijlers', "thema's"])

/**
 * Whether a text says a row belongs to every part, or to the programme as a whole, instead of
 * naming one: `alle`, `alle drie`, `alle thema's` (the plural of the plan's own word for its
 * parts), `algemeen`, `overkoepelend`, `thema-overstijgend`. Only asked of a text that names no
 * part itself: a thema titled `Algemeen` is that thema, and `Alle kinderen` is a name.
 *
 * @param text The cell or heading as written.
 * @param kinds The plan's words for its parts (`thema`, `spoor`, a column header).
 * @returns Whether it names every part or the whole.
 */
export function namesEveryPart(text: string, kinds: string[] = []): boolean {
  const words = text.trim().replace(/[.:]$/u, '').replace(/’/g, "'").toLowerCase().split(/\s+/u)
  if (words.length === 1 && wholeWords.test(words[0] ?? '')) return true
  if (words[0] !== 'alle' && words[0] !== 'allemaal') return false
  let rest = words.slice(1)
  if (rest[0] !== undefined && parseNumberWord(rest[0]) !== undefined) rest = rest.slice(1)
  if (rest.length === 0) return true
  return rest.length === 1 && isPartsWord(rest[0] as string, kinds)
}

// `sporen` for `spoor`, `thema's` for `thema`: a plural form of one of the plan's words (or the
// word itself, a column header in the plural), not any word that starts alike (`sportclubs`).
function isPartsWord(word: string, kinds: string[]): boolean {
  if (partsWords.has(word)) return true
  const bare = word.replace(/'/g, '')
  return kinds.some((kind) => {
    const k = kind.trim().toLowerCase().replace(/['’]/g, '')
    return k.length >= 3 && (bare === k || pluralForms(k).includes(bare))
  })
}
