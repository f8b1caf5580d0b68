/**
 * Patterns built from a plan's own words (its kind noun, its title, its period) are the same for
 * every text of the plan, and for most plans; the period readers built them anew for each text,
 * and compiling them cost more than matching them (a tenth of `period-mismatch` in the eval).
 * Here each source is compiled once.
 *
 * Only the patterns of the last few plans are kept. A pattern holds its machine code for as long
 * as it lives, and a plan's own patterns are long (its title and kind nouns in every alternation
 * of the period readers: some megabytes of code per plan). Kept for every plan of a run, the
 * patterns of two hundred plans filled V8's room for code, and an evaluation run with
 * `--no-regexp-tier-up` died compiling one more.
 */

import { allMatches } from './all-matches.js'

const kept = new Map<string, Map<string, RegExp>>()
// One plan uses some thirty sources, so this keeps several plans' worth; past it, start over: the
// patterns every plan shares are compiled again (only a little time is lost), and those of plans
// long done go with their code.
const KEPT = 256
let count = 0

/**
 * The pattern of a source and flags, compiled once and shared. A global pattern must only be run
 * through `allMatches` or `String.prototype.replace` (which reset its position), never through
 * `exec` or `test` in a loop; `matchAll` would copy (and compile) it again.
 *
 * @param source The pattern's source.
 * @param flags Its flags.
 * @returns The shared pattern.
 */
export function compiled(source: string, flags: string): RegExp {
  let byFlags = kept.get(flags)
  if (!byFlags) kept.set(flags, (byFlags = new Map()))
  let pattern = byFlags.get(source)
  if (!pattern) {
    if (count >= KEPT) {
      kept.clear()
      count = 0
      kept.set(flags, (byFlags = new Map()))
    }
    byFlags.set(source, (pattern = new RegExp(source, flags)))
    count++
  }
  return pattern
}

// The constant parts of each template, compiled once for all plans (by flags, then template).
const templateParts = new Map<string, Map<string, RegExp[]>>()

/**
 * The matches of a plan's own pattern: `template` with `THIS` replaced by `self` (the plan's
 * names), as `allMatches(compiled(template.replace('THIS', self), flags), text)` gives them.
 * Compiling a plan's own pattern costs far more than running it (its nouns and letter classes
 * make some kilobytes of machine code, tens of milliseconds each, for every plan anew), and most
 * texts cannot match: so first each constant part of the template around `THIS` (compiled once
 * for all plans) must match somewhere in the text. A match of the whole holds a match of each
 * part at its place, so a text where a part finds nothing has no match, and the plan's pattern
 * is compiled only for a plan with a text where it may match.
 *
 * @param template The pattern's source with one `THIS`, standing at its top level (not inside a
 *   group or an alternative), and no back-references.
 * @param self The source that takes the place of `THIS`.
 * @param flags The pattern's flags (with `g`).
 * @param text The text.
 * @returns The matches, in order.
 */
export function planMatches(template: string, self: string, flags: string, text: string): RegExpExecArray[] {
  let byTemplate = templateParts.get(flags)
  if (!byTemplate) templateParts.set(flags, (byTemplate = new Map()))
  let parts = byTemplate.get(template)
  if (!parts) {
    const unglobal = flags.replace('g', '')
    byTemplate.set(template, (parts = template.split('THIS').filter((part) => part !== '').map((part) => new RegExp(part, unglobal))))
  }
  for (const part of parts) if (!part.test(text)) return []
  return allMatches(compiled(template.replace('THIS', () => self), flags), text)
}
