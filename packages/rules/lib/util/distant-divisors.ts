/**
 * A figure per counted thing whose count was given further back than its paragraph: `De gemeente
 * telt 36.200 inwoners.` and, paragraphs later, `Het groenonderhoud kostte € 8,4 miljoen. Dat is
 * ruim € 290 per inwoner.` per-noun-means and count-means read a mean with the count in its own
 * sentence or the two before; authors name the size of the town, the club or the group once and
 * divide by it wherever they like. Here the count may stand anywhere earlier in the text (with
 * the chapter's earlier sections before it, see earlier-texts); the total stays where those
 * readers look for it (the mean's sentence or the one before).
 *
 * What keeps a far count strong: it counts the noun after `per`, it is of the year the mean is
 * about (when both name years), the mean's sentence says it is worked out (`gemiddeld`,
 * `omgerekend`, `dat is`), and no earlier count of the same noun gives the mean (a mean over a
 * part is right for the part's count). Against the largest count, the whole, the mean is judged.
 */

import { countMeans } from './count-means.js'
import { beyond, type Equation } from './onderbouwing.js'
import { BOUND, countsNoun, countValue, perNounMeans, WORKED_OUT } from './per-noun-means.js'
import { COUNT } from './pooled-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber, TIME_UNITS } from './year-numbers.js'

type Sentence = { index: number; text: string }

// The noun a figure is per, after an inflected adjective when there is one (`per oudere inwoner`).
const PER = /\bper\s+(?:(\p{Ll}[\p{L}-]{3,}e)\s+)?(\p{L}[\p{L}-]{2,})/giu
// Units of time make a rate over years, read by per-year-means and plan-period-totals.
const TIME = new RegExp(`^(?:${TIME_UNITS}|keer|persoon|stuk)$`, 'iu')

// The clauses of a sentence, split at a semicolon or colon: the count's clause is read without
// the amounts of the others (`… telde het dorp 58.400 inwoners; per inwoner is dat € 1.100.`).
const clauses = (sentence: Sentence): Sentence[] => [...sentence.text.matchAll(/[^;:]+[;:]?/gu)].map((m) => ({ index: sentence.index + (m.index ?? 0), text: m[0] }))

const yearsIn = (text: string): string[] => text.match(/\b(?:19|20)\d{2}\b/gu) ?? []

// The counts of a noun in a sentence, by value.
function countsOf(sentence: Sentence, noun: string): number[] {
  const out: number[] = []
  for (const c of sentence.text.matchAll(COUNT)) {
    const value = countValue(c[1] ?? '')
    if (!value || isYearNumber(c[1]) || !countsNoun(c[2] ?? '', noun)) continue
    out.push(Number(value.n) / Number(value.d))
  }
  return out
}

/**
 * Every mean per counted thing whose count stands before its paragraph's view, judged against
 * the largest earlier count of that thing when no earlier count gives it.
 *
 * @param text A prose text (its chapter's earlier text before it, when read with readAfter).
 * @returns The means as equations, only those the paragraph readers do not read.
 */
export function distantDivisors(text: string): Equation[] {
  const paragraphs = paragraphSentences(text)
  // Each sentence split into clauses once, and each clause's counts of a noun read once: every
  // worked-out mean looks back over all the text before it.
  const clausesOf = paragraphs.map((sentences) => sentences.map(clauses))
  const memo = new WeakMap<Sentence, Map<string, number[]>>()
  const counted = (t: Sentence, noun: string): number[] => {
    const byNoun = memo.get(t) ?? new Map<string, number[]>()
    memo.set(t, byNoun)
    const found = byNoun.get(noun) ?? countsOf(t, noun)
    byNoun.set(noun, found)
    return found
  }
  const out: Equation[] = []
  paragraphs.forEach((sentences, p) => {
    sentences.forEach((sentence, s) => {
      // The sentence says its figure is worked out from others: a far count is then what it divides by.
      if (!WORKED_OUT.test(sentence.text) || BOUND.test(sentence.text)) return
      const view = sentences.slice(Math.max(0, s - 2), s + 1)
      const before = s > 0 ? [sentences[s - 1]!] : []
      const years = yearsIn([...before, sentence].map((t) => t.text).join(' '))
      for (const m of sentence.text.matchAll(PER)) {
        const noun = m[2] ?? ''
        if (TIME.test(noun)) continue
        // Counted in view: the paragraph readers have it.
        if (view.some((t) => counted(t, noun).length > 0)) continue
        // The sentences further back that count the noun once, of the year the mean is about.
        const far = clausesOf
          .slice(0, p)
          .flat(2)
          .concat(clausesOf[p]!.slice(0, Math.max(0, s - 2)).flat())
          .filter((t) => counted(t, noun).length === 1 && !/€/u.test(t.text))
          .filter((t) => years.length === 0 || yearsIn(t.text).length === 0 || yearsIn(t.text).some((y) => years.includes(y)))
        if (far.length === 0) continue
        const at = sentence.index + (m.index ?? 0)
        const readings = far.map((t) => ({ count: counted(t, noun)[0]!, e: meanWith(text, [t, ...before, sentence], sentence, at) }))
        // A count that gives the mean: the mean is of that one (a part, another year).
        if (readings.some((r) => r.e && !beyond(r.e.computed, r.e.stated, r.e.tolerance))) continue
        const whole = readings.reduce((a, b) => (b.count > a.count ? b : a))
        // A number of its own in the mean's sentence (`De toegekende aanvragen (498) kostten …`)
        // may be what it divides by: a part of the far count.
        if (whole.e && !ownNumber(sentence, whole.e)) out.push(whole.e)
      }
    })
  })
  return out
}

// Whether a sentence holds a plain number besides its amounts, years, percentages and the mean's
// own numbers (its result and the total it divides).
function ownNumber(sentence: Sentence, mean: Equation): boolean {
  const terms: string[] = mean.expression.match(/\d[\d.,]*/gu) ?? []
  for (const n of sentence.text.matchAll(/(?<![\d.,])\d[\d.,]*\d|(?<![\d.,])\d/gu)) {
    const at = sentence.index + (n.index ?? 0)
    const before = sentence.text.slice(0, n.index ?? 0)
    if (at === mean.index || terms.includes(n[0]) || /€\s*$/u.test(before) || isYearNumber(n[0]) || /^\s*(?:%|procent)/u.test(sentence.text.slice((n.index ?? 0) + n[0].length))) continue
    return true
  }
  return false
}

// The mean before `at` in the group's last sentence, as the paragraph readers read it with the far count in view.
function meanWith(text: string, group: Sentence[], sentence: Sentence, at: number): Equation | undefined {
  // The figure of this `per`: in its sentence, within a few words of it (either side).
  const inMean = (e: Equation): boolean => e.index >= sentence.index && e.index < sentence.index + sentence.text.length && Math.abs(e.index - at) < 40
  return [...perNounMeans(text, [group]), ...countMeans(text, [group])].find(inMean)
}
