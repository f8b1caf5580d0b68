/**
 * The brackets of a tokenized text: a parenthesised group is arithmetic next to an operator;
 * otherwise (`(3 fte)`, `1)`) it is a label, and its tokens are dropped.
 */

import type { Token } from './calc-tokens.js'

/**
 * The tokens without the bracketed groups that label rather than compute.
 *
 * @param tokens The tokens of a text, brackets included.
 * @returns The tokens to read arithmetic from.
 */
export function withoutLabels(tokens: Token[]): Token[] {
  const drop = new Set<number>()
  const open: number[] = []
  tokens.forEach((t, i) => {
    if (t.kind === 'lp') open.push(i)
    if (t.kind !== 'rp') return
    const start = open.pop()
    if (start === undefined) return void drop.add(i)
    if (tokens[start - 1]?.kind === 'op' || tokens[i + 1]?.kind === 'op') return
    // `(berekening: 320 uur à € 95 = € 30.400)`: a label and a colon opening the bracket introduce what it holds.
    const labelled = tokens[start + 1]?.kind === 'stop'
    const inner = tokens.slice(start + (labelled ? 2 : 1), i)
    if (labelled) drop.add(start + 1)
    // `(14 lokalen à € 1.350, oftewel € 19.800)`: a bracket that holds a whole calculation with its
    // result is an aside told in full; its inside is read like a sentence, only the brackets go.
    if (inner.length === 5 && inner[0]?.kind === 'num' && inner[1]?.kind === 'op' && inner[2]?.kind === 'num' && inner[3]?.kind === 'eq' && inner[4]?.kind === 'num') return void drop.add(start).add(i)
    // `(14 dagdelen à € 65) kosten € 910`: a group that computes, followed by a result word, is arithmetic too.
    if (tokens[i + 1]?.kind === 'eq' && inner.length === 3 && inner[0]?.kind === 'num' && inner[1]?.kind === 'op' && inner[2]?.kind === 'num') return
    // `de provincie (€ 200.000)`: an amount in parentheses is an amount, not a label.
    if (inner.length === 1 && inner[0]?.kind === 'num' && inner[0].euro) return void drop.add(start).add(i)
    // `het fonds (€ 1,9 miljoen, 41% van het budget)`: so is an amount with its share as an aside;
    // the share restates it and is dropped like a label.
    if (inner.length > 1 && inner[0]?.kind === 'num' && inner[0].euro && inner.slice(1).every((x) => x.kind === 'num' && x.text.endsWith('%'))) {
      for (let k = start; k <= i; k++) if (k !== start + 1) drop.add(k)
      return
    }
    for (let k = start; k <= i; k++) drop.add(k)
  })
  open.forEach((i) => drop.add(i))
  return tokens.filter((_, i) => !drop.has(i))
}
