import { parseNumberWord } from '@kapstok/nl'

// A number as a declaration writes it: `1`, `0,1`, `2.000`, or a word (`één`).
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\p{L}+)`
// Before the verb that says it: `kunnen totalen 1 afwijken`, `met 0,1 afwijken`, `één eenheid
// afwijken`, `wijkt … 1 af`, `is het totaal door afronding 1 hoger`.
const beforeVerb = new RegExp(String.raw`(?:^|[\s(])(?:(€)\s*)?${NUMBER}(?:\s+(mln|miljoen))?(?:\s+eenhe(?:id|den))?\s+(?:afwijken|af\b|hoger|lager|verschillen)`, 'giu')
// After a bound: `van maximaal 1`, `hooguit € 2.000`, `±1`, `(max. 1)`, `verschillen tot 1`.
const BOUND = String.raw`(?:hoogstens|maximaal|max\.|ten hoogste|hooguit|niet meer dan|±|\+\/-|plus of min)`
const afterBound = new RegExp(
  String.raw`(?:(?:verschil(?:len)?|afwijking(?:en)?)\s+(?:van|tot)\s+(?:${BOUND}\s*)?|${BOUND}\s*)(?:(€)\s*)?${NUMBER}(?:\s+(mln|miljoen))?`,
  'giu'
)

/**
 * The difference a rounding declaration next to a finance table allows, when it names one.
 * Only sentences about rounding count. A bare number is in the table's unit (`1` in a table
 * `x € 1.000` is € 1.000); a number with `€` is euros. A declaration without a number (`door
 * afronding kunnen totalen afwijken`) names no margin: the amounts' own rounding is the limit.
 *
 * @param text The paragraph with the declaration.
 * @param factor The table's unit factor (1000 for `x € 1.000`).
 * @returns The margin in cents, or `undefined`.
 */
export function roundingMargin(text: string, factor: number): number | undefined {
  const found: number[] = []
  for (const sentence of text.split(/(?<=[.;!?])\s+/).filter((s) => /afrond/i.test(s))) {
    for (const pattern of [beforeVerb, afterBound]) {
      for (const m of sentence.matchAll(pattern)) {
        const written = m[2] ?? ''
        const value = /^\d/.test(written) ? Number(written.replace(/\./g, '').replace(',', '.')) : parseNumberWord(written.toLowerCase())
        if (value === undefined || !Number.isFinite(value)) continue
        const scale = m[3] ? 1_000_000 : m[1] ? 1 : factor
        found.push(Math.round(value * scale * 100))
      }
    }
  }
  return found.length > 0 ? Math.max(...found) : undefined
}
