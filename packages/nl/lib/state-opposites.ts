/**
 * Dutch words for a state a thing is in and their opposites: a place is `bezet` or `vrij`, a
 * building `verhuurd` or `leeg`, capacity `benut` or `onbenut`. A count of things in one state
 * leaves the rest of them in the other, so a sentence about the opposite of a state speaks of the
 * rest. The groups hold general Dutch usage; besides them `on-`, `niet` and `zonder` negate any
 * state (`onbezet`, `niet verhuurd`, `zonder abri`).
 */

/** How a sentence speaks of a state: of the state itself, of its opposite, or of neither. */
export type StatePolarity = 'same' | 'opposite' | undefined

// Each state a place or thing is held in (occupied, let, used) with the words for its opposite (in their base form).
// Such a state is said in few words: a sentence that names neither it nor its opposite speaks of something else.
const HELD: Record<string, readonly string[]> = {
  bezet: ['vrij', 'leeg', 'onbezet', 'beschikbaar'],
  gebruikt: ['ongebruikt', 'onbenut', 'vrij', 'leeg'],
  benut: ['onbenut', 'ongebruikt', 'vrij'],
  verhuurd: ['leeg', 'leegstaand', 'onverhuurd', 'vrij', 'beschikbaar'],
  bewoond: ['leeg', 'leegstaand', 'onbewoond'],
  gevuld: ['leeg', 'open', 'ongevuld'],
  vervuld: ['open', 'vacant', 'onvervuld'],
  verkocht: ['onverkocht', 'beschikbaar']
}
// Outcomes with their opposites: said in many words too (`kreeg een vergunning` for `toegekend`).
const OPPOSITES: Record<string, readonly string[]> = {
  ...HELD,
  afgerond: ['lopend', 'open', 'onafgerond'],
  gereed: ['lopend', 'open'],
  toegekend: ['afgewezen'],
  gehonoreerd: ['afgewezen'],
  afgewezen: ['toegekend', 'gehonoreerd'],
  geslaagd: ['gezakt', 'mislukt'],
  aanwezig: ['afwezig'],
  afwezig: ['aanwezig'],
  bereikt: ['gemist'],
  gehaald: ['gemist']
}

// The words of a phrase that negate what follows (`niet verhuurd`, `zonder vergunning`, `geen abri`).
const NEGATION = /^(?:niet|zonder|geen|nooit)$/u

// The forms of a base word in a sentence: itself and its inflections (`vrije`, `lege`, `bezette`, `leegstaande`).
function inflected(word: string, base: string): boolean {
  if (word === base) return true
  if (!word.startsWith(base.slice(0, -1)) || word.length > base.length + 2) return false
  // `vrij` → `vrije`, `leeg` → `lege` (a long vowel written single before an ending), `bezet` → `bezette`.
  const forms = [base + 'e', base + 'en', base.replace(/([aeou])\1(\p{L})$/u, '$1$2') + 'e', base + base.slice(-1) + 'e']
  return forms.includes(word)
}

// The state a header names and whether the header negates it: `Bezet` → bezet, `Niet verhuurd` → verhuurd (negated),
// `Onbenut` → its own opposite group. A header of several words names the state by its last word.
function stateOf(header: string[]): { state: string; negated: boolean } | undefined {
  const last = header.at(-1) ?? ''
  const negated = header.slice(0, -1).some((w) => NEGATION.test(w))
  if (last in OPPOSITES) return { state: last, negated }
  // `Onbezet`, `Ongebruikt`: the negation of a known state.
  const positive = /^on(\p{L}{4,})$/u.exec(last)?.[1]
  if (positive && positive in OPPOSITES) return { state: positive, negated: !negated }
  return undefined
}

/**
 * Whether a table header names a state a place or thing is held in (`Bezet`, `Verhuurd`, `Niet
 * verhuurd`, `Onbenut`): a sentence speaks of such a column only by the state or its opposite.
 *
 * @param header The header's words, lower case.
 */
export const namesHeldState = (header: readonly string[]): boolean => (stateOf([...header])?.state ?? '') in HELD

/**
 * How a sentence speaks of the state a header names: `same` when it names the state
 * (`bezette plaatsen`, or the opposite negated: `niet vrij`), `opposite` when it names its
 * opposite (`vrij`, `leeg`, `onbezet`, `niet bezet`), undefined when neither or the header names no state.
 *
 * @param header The header's words, lower case (`['bezet']`, `['niet', 'verhuurd']`).
 * @param words The sentence's words, lower case, in order.
 * @returns The polarity.
 */
export function statePolarity(header: readonly string[], words: readonly string[]): StatePolarity {
  const found = stateOf([...header])
  if (!found) return undefined
  const { state, negated } = found
  const opposites = OPPOSITES[state] ?? []
  // Whether the word at `k` is negated by one of the two words before it (`niet meer bezet`).
  const denied = (k: number): boolean => words.slice(Math.max(0, k - 2), k).some((w) => NEGATION.test(w))
  let same = false
  let opposite = false
  for (const [k, word] of words.entries()) {
    const names = inflected(word, state) || (word.startsWith(state) && word.length <= state.length + 4)
    const against = opposites.some((o) => inflected(word, o)) || inflected(word, `on${state}`)
    if (names) (denied(k) ? (opposite = true) : (same = true))
    else if (against) (denied(k) ? (same = true) : (opposite = true))
  }
  if (same === opposite) return undefined
  return same !== negated ? 'same' : 'opposite'
}
