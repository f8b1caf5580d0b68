/**
 * A document called still to be adopted (`de nog vast te stellen Woonvisie`, `de Woonvisie is nog
 * niet vastgesteld`, `de Woonvisie (nog vast te stellen)`, `de Woonvisie moet nog worden
 * vastgesteld`) while the same text says it was adopted (`De raad stelde de Woonvisie op 10 november
 * vast`, `De Woonvisie is in 2026 vastgesteld`, `de in november vastgestelde Woonvisie`). Read by
 * `stale-statement`: the pending words are older than the text around them.
 */

// A name of a document: a capitalised word, or a compound on a word of policy, and up to three more
// words or years after it (`Woonvisie`, `Nota Wonen 2026`, `woonzorgvisie`).
const DOC = String.raw`(?:visie|nota|plan|programma|verordening|beleid|agenda|kader|akkoord|strategie|regeling|beleidsregels?|notitie|convenant)`
const NAME = String.raw`(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]*${DOC})(?:\s+(?:\p{Lu}[\p{L}-]*|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?|(?:en|voor|van|op)\s+\p{Ll}+(?=\s+(?:is|werd|op|in|vast|door|al|reeds)\b))){0,3}`
// Said as adopted, in the past: the subject or object of `vaststellen` in a past form, or the participle before it.
const adoptedForms = [
  new RegExp(String.raw`\b(?:[Dd]e|[Hh]et)\s+(${NAME})\s+(?:is|werd|zijn|werden)\s+(?:(?:al|reeds|eerder|inmiddels|op\s+[^.;,]{1,25}?|in\s+[^.;,]{1,25}?|door\s+[^.;,]{1,30}?)\s+){0,3}vastgesteld\b`, 'gu'),
  new RegExp(String.raw`\b(?:heeft|hebben|stelde|stelden)\s+(?:[^.;,]{1,40}?\s+)?(?:de|het)\s+(${NAME})\s+(?:(?:al|reeds|op\s+[^.;,]{1,25}?|in\s+[^.;,]{1,25}?)\s+)?vast(?:gesteld)?\b`, 'gu'),
  new RegExp(String.raw`\b(?:[Dd]e|[Hh]et)\s+(?:(?:al|reeds|eerder|op\s+[^.;,]{1,25}?|in\s+[^.;,]{1,25}?)\s+)?vastgestelde\s+(${NAME})`, 'gu')
]
// A clause that does not tell what happened: a condition, an expectation, an obligation or the future.
const notHappened = /\b(?:als|zodra|nadat|wanneer|indien|zal|zullen|verwacht\p{L}*|moet|moeten|hopen|willen|niet|nog|dat|voordat|totdat)\b/iu
// The pending words, with the name after them (attributive) or before them (predicative).
const pendingAfter = /\bnog\s+(?:door\s+(?:de\s+)?(?:gemeenteraad|raad|college)\s+)?vast\s+te\s+stellen\s+/giu
const pendingBefore = /\s*(?:\(\s*|,\s*(?:die|dat)\s+|\s(?:is|wordt|moet|zijn|worden|moeten)\s+)nog\s+(?:niet\s+(?:is\s+)?vastgesteld|vast\s+te\s+stellen|(?:worden\s+)?vastgesteld(?:\s+worden)?|door\s+[^.;,()]{1,30}?vast(?:gesteld|\s+te\s+stellen))\b/giu
const spaces = /\s+/gu
// The name before the pending words is the subject: its article opens the clause (not `het plan bij de Woonvisie`).
const subjectLead = /(?:^|[.!?;:,(]\s*|\b(?:en|maar|want|omdat|dus|dat|ook|nu|daarnaast|inmiddels)\s+)(?:de|het)\s+$/iu

/** A pending mention of a document the text says was adopted. */
export interface StalePending {
  /** Where the pending words start in the text. */
  index: number
  /** The pending words with the name. */
  said: string
  /** The name as adopted. */
  name: string
}

const norm = (name: string): string => name.replace(spaces, ' ').trim().toLowerCase()

/**
 * The names the texts say were adopted (lowercased), from sentences in the past that tell it.
 *
 * @param texts The prose of the plan.
 * @returns The names.
 */
export function adoptedNames(texts: readonly string[]): string[] {
  const names = new Set<string>()
  for (const text of texts) {
    if (!/vast/iu.test(text)) continue
    for (const sentence of text.split(/(?<=[.!?])\s+|\n/u)) {
      if (!/vast/iu.test(sentence)) continue
      for (const form of adoptedForms) {
        for (const m of sentence.matchAll(form)) {
          // The clause up to the match and inside it must tell what happened.
          const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(',', m.index) + 1), m.index + m[0].length)
          if (notHappened.test(clause)) continue
          const name = norm(m[1] ?? '')
          if (name.length >= 4) names.add(name)
        }
      }
    }
  }
  return [...names]
}

/**
 * The pending mentions in one text of names the plan says were adopted.
 *
 * @param text A text.
 * @param names The adopted names (lowercased), from `adoptedNames`.
 * @returns The mentions.
 */
export function* pendingOfAdopted(text: string, names: readonly string[]): Generator<StalePending> {
  if (names.length === 0 || !/\bnog\b/iu.test(text)) return
  const lower = text.toLowerCase()
  const follows = (at: number, name: string): boolean => lower.startsWith(name, at) && !/[\p{L}\d]/u.test(lower.charAt(at + name.length))
  for (const m of text.matchAll(pendingAfter)) {
    const at = m.index + m[0].length
    const name = names.find((n) => follows(at, n))
    if (name) yield { index: m.index, said: text.slice(m.index, at + name.length), name }
  }
  for (const m of text.matchAll(pendingBefore)) {
    const before = lower.slice(0, m.index)
    // A bracket right after the name is about that name; otherwise the name is the clause's subject.
    const bracket = m[0].trimStart().startsWith('(')
    const name = names.find((n) => before.endsWith(n) && (bracket ? !/[\p{L}\d]/u.test(before.charAt(before.length - n.length - 1)) : subjectLead.test(before.slice(0, before.length - n.length))))
    if (name) yield { index: m.index - name.length, said: text.slice(m.index - name.length, m.index + m[0].length).trim(), name }
  }
}
