import { parseNumberWord } from '@kapstok/nl'
import type { Plan } from '@kapstok/core'
import type { RuleContext } from '../rule.js'
import { textLocation } from '../rule.js'
import { proseTexts } from './text.js'

/** The nouns `principle-count-mismatch` counts against the plan's principes (regular-expression source). */
export const principleNouns = '(?:leidende\\s+)?principes|uitgangspunten'

/** A noun whose stated count can be checked, with how to count it. */
export interface CountedNoun {
  /** Regular-expression source for the noun (plural), e.g. `leidende principes`. */
  pattern: string
  /** The listed count for a text at `pointer`, or `undefined` when it cannot be known. */
  count: (plan: Plan, pointer: string) => number | undefined
  /** What is listed, for the message, e.g. `leidende principes`. */
  listed: string
  /** The count of all parts together, for a claim after `samen` / `in totaal` (optional). */
  total?: (plan: Plan) => number | undefined
  /** Whether claims in bijlagen count (default: `true`); bijlagen are often other documents. */
  inBijlagen?: boolean
  /** Whether a mismatch is likely rather than proven, reported at most as a warning (default: `false`). */
  uncertain?: boolean
  /**
   * Whether the claim counts the whole list, read from its sentence up to the count and its clause
   * after the noun (optional; default: always).
   */
  counts?: (before: string, after: string) => boolean
}

/**
 * Find number words before a counted noun in prose ("zeven leidende principes") and report
 * those that differ from the listed count. A part of the list ("de eerste twee"), another
 * document's list ("van de Omgevingswet") and a claim where the plan lists none are left alone.
 *
 * @param plan The model.
 * @param context The rule context.
 * @param nouns Nouns to look for.
 */
export function checkCountClaims(plan: Plan, context: RuleContext, nouns: CountedNoun[]): void {
  const patterns = nouns.map(claimPatterns)
  for (const { pointer, text } of proseTexts(plan)) {
    nouns.forEach((noun, n) => {
      if (noun.inBijlagen === false && pointer.startsWith('/bijlagen/')) return
      const { named, claim } = patterns[n]!
      // Most texts name none of the nouns: the cheap test spares the claim pattern, which tries
      // every word of the text.
      if (!named.test(text)) return
      for (const match of text.matchAll(claim)) {
        const word = match[1] ?? ''
        const stated = /^\d+$/.test(word) ? Number(word) : parseNumberWord(word)
        if (stated === undefined || stated === null || stated < 2 || stated > 100) continue
        const end = match.index + match[0].length
        if (subset.test(text.slice(Math.max(0, match.index - 40), match.index)) || elsewhere.test(text.slice(end, end + 30))) continue
        // `samen twaalf doelen`, `in totaal zes doelen`: the sum over all parts.
        const sentence = text.slice(0, match.index).replace(/^[^]*[.!?]\s/u, '')
        const total = together.test(text.slice(Math.max(0, match.index - 20), match.index)) || summed.test(sentence) ? noun.total?.(plan) : undefined
        if (noun.counts && !noun.counts(sentence, /^[^,;:.!?]*/u.exec(text.slice(end))?.[0] ?? '')) continue
        const listed = listAfter(text, end) ?? total ?? noun.count(plan, pointer)
        // Without a list there is nothing to contradict: the items may be in another document.
        if (listed === undefined || listed === 0 || listed === stated) continue
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        const found = `er ${listed === 1 ? 'is' : 'zijn'} \`${listed}\` ${noun.listed} beschreven`
        context.report(
          `Tekst noemt \`${match[0]}\`, maar ${found}; pas het aantal of de lijst aan`,
          { pointer, ...(location ? { location } : {}), actual: match[0], expected: [String(listed)], ...(noun.uncertain ? { warning: true } : {}) }
        )
      }
    })
  }
}

// The noun alone, and a number word before the noun (the claim), compiled once per check.
function claimPatterns(noun: CountedNoun): { named: RegExp; claim: RegExp } {
  return {
    named: new RegExp(`(?:${noun.pattern})(?![\\p{L}])`, 'iu'),
    claim: new RegExp(`(?<![\\p{L}\\d])([\\p{L}\\d]+)[ \\t\\u00a0]+(${noun.pattern})(?![\\p{L}])`, 'giu')
  }
}

// "de eerste twee principes", "de overige drie thema's": a part of the list, not its size.
// Also a count after `een van de` or `twee van onze`: one or some of the list, not its size.
// A bound (`minimaal`, `ruim`, `meer dan`) says nothing of the list's size, as in the list readers.
// `onder meer`, `bijvoorbeeld`, `zoals` up to two words before the count make it a part (`We zetten onder meer in op vier speerpunten`).
const subset = /\b(?:eerste|laatste|andere|overige|extra|nieuwe|resterende)\s+$|\b(?:onder\s+(?:meer|andere)|o\.a\.|bijvoorbeeld|zoals|waaronder)\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:minimaal|minstens|ten\s*minste|maximaal|hooguit|ruim|bijna|circa|ongeveer|zo['’]n|meer\s+dan|minder\s+dan)\s+$|(?:^|\s)(?:een|één|elk|ieder|geen|\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+van\s+(?:de|deze|die|onze)\s+$/iu
// "met samen twaalf doelen", "in totaal zes doelen": a sum over all parts.
const together = /\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|gezamenlijk)\s+$/iu
// Earlier in the sentence: `In totaal werken we aan zes doelen`.
const summed = /\b(?:in\s+totaal|alles\s+bij\s+elkaar|bij\s+elkaar\s+opgeteld|opgeteld)\b/iu
// "de vier principes van de Omgevingswet", "uit het Coalitieakkoord": another document's list.
const elsewhere = /^\s+(?:van|uit|in|volgens)\s+(?:de|het)\s+\p{Lu}/u

// A claim that ends its sentence in a colon announces the list right after it: count that list.
function listAfter(text: string, end: number): number | undefined {
  // An item may wrap onto indented lines (`- minder wachttijd, vooral in de` / `  kleine kernen;`):
  // they belong to it and do not end the list.
  const rest = /^[^.\n]*:[ \t]*\n\s*\n?((?:[ \t]*(?:[-*+]|\d+[.)])[ \t].*(?:\n|$)(?:[ \t]+(?![-*+][ \t]|\d+[.)][ \t])\S.*(?:\n|$))*)+)/.exec(text.slice(end))
  if (!rest) return undefined
  return (rest[1] ?? '').split('\n').filter((line) => /^(?:[-*+]|\d+[.)])[ \t]/.test(line)).length
}
