/**
 * A reference the sentence itself says is gone: `Principe 5 over de scholen is vervallen`,
 * `het vroegere thema 4`, `Bijlage 3 uit het concept is geschrapt`. A plan that explains why a
 * number no longer exists does not send the reader looking for it.
 */

// A word before the reference that marks it as former (`het vroegere`, `het geschrapte`).
const FORMER_BEFORE = /\b(?:vroegere?|voormalige?|eerdere|oude|vervallen|geschrapte|ingetrokken|weggevallen|verwijderde)\s+$/iu
// The clause after the reference says the target is gone or merged into another.
// No conjunction in between: `thema 6 is nodig omdat de regeling vervalt` says nothing of thema 6.
const SPAN = String.raw`(?:(?!\b(?:omdat|want|dat|die|dan|als|waardoor|zodat|terwijl|en|maar|nu|wanneer|waarna|doordat|of)\b)[^,;:.!?])`
const GONE_AFTER = new RegExp(
  String.raw`^${SPAN}{0,90}?\b(?:(?:is|zijn|werd|werden)\s+(?:${SPAN}{0,60}\s)?(?:vervallen|geschrapt|ingetrokken|opgeheven|verwijderd|weggelaten|samengevoegd|opgegaan|komen\s+te\s+vervallen)|vervalt|vervallen|komt\s+te\s+vervallen|bestaat\s+niet\s+meer|bestaan\s+niet\s+meer)\b`,
  'iu'
)
// Before the reference, only what can open a clause whose subject it is (`Ook het oude …`).
const SUBJECT_OPENING = /(?:^|[.;:!?]\s+|,\s+|\(\s*)(?:(?:ook|maar|en)\s+)?(?:(?:het|de)\s+)?(?:\p{L}+e\s+)?$/iu

/**
 * Whether the reference at `index` is said, in its own clause, to be gone.
 *
 * @param text The text the reference stands in.
 * @param index Where the reference starts.
 * @param length The length of the written reference.
 * @returns `true` when a word before it marks it as former, or it opens a clause that says it is gone.
 */
export function retiredReference(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index)
  if (FORMER_BEFORE.test(before)) return true
  return SUBJECT_OPENING.test(text.slice(0, index)) && GONE_AFTER.test(text.slice(index + length))
}
