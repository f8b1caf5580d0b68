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
