/**
 * The end of this plan's period said without a verb of duration: "Met deze nota
 * sturen we tot en met 2029 op …", "Deze begroting met de meerjarenraming tot 2030 …".
 * The plan is named with "dit" or "deze" and an end year follows in the same clause. Without the
 * verb the years could belong to an aim of the plan, so only an end close to the period's own end
 * counts (a slip of a year or two, not a horizon like 2040), right after the clause that names the
 * plan ("zetten we", "Dit programma zet tot en met …") or a paper that goes with it, and the caller reports a warning.
 * Used by `period-mismatch`.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { openGap } from './period-owner.js'
import { exclusive } from './plan-period.js'
import { otherThing, planNoun, sentenceBefore, untilWords } from './period-words.js'

/** An end year found near this plan's name. */
export interface NearbyEnd {
  /** Offset of the words to quote. */
  index: number
  /** The words to quote ("tot en met 2030"). */
  written: string
}

// A paper that goes with the plan, at the end of the gap before the year.
const paperEnd = new RegExp(String.raw`(?:${planNoun}|raming|begroting)\s*$`, 'iu')

const ending = String.raw`(${untilWords})\s*((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot\b))`

/**
 * End years close to `eind` that a clause with this plan as its noun gives.
 *
 * @param text A prose text (offsets as in the source).
 * @param thisPlan Regex source of this plan named with "dit"/"deze" (`subject(…)`).
 * @param eind The last year of the period in the metadata.
 * @returns The ends that differ from `eind` by one or two years.
 */
export function nearbyEnds(text: string, thisPlan: string, eind: number): NearbyEnd[] {
  const out: NearbyEnd[] = []
  for (const match of allMatches(compiled(`(${thisPlan})([^.!?;:\\n]{0,60}?)\\s${ending}`, 'giu'), text)) {
    const [whole, , gap = '', connector = '', year = ''] = match
    // `tot 1 januari 2030` and `tot begin 2030` leave their year out, as bare `tot` does.
    const off = Math.abs(Number(year) - (exclusive(connector) ? 1 : 0) - eind)
    if (off === 0 || off > 2) continue
    // Another paper, a subsidy, the past, or a clause of its own between the plan and the year.
    if (otherThing.test(sentenceBefore(text, match.index) + gap) || !openGap(gap) || /\b(?:in|voor|na|sinds|vanaf)\s*$/iu.test(gap)) continue
    // The year is the plan's when it follows the plan's own clause ("zetten we tot en met …") or a
    // paper that goes with the plan ("en de uitvoeringsagenda tot en met …"), not another noun
    // ("de prognose tot en met 2031", "het onderhoud van de sporthal tot en met 2031").
    // So does a whole clause that closes on its separable particle ("zetten we de wijkaanpak voort tot
    // en met …", "lopen de maatregelen door tot …"): the end then belongs to the verb, not to a noun.
    if (!/\b(?:we|wij)\s*$|^\s*\p{L}+\s*$/iu.test(gap) && !paperEnd.test(gap) && !particleClause(gap)) continue
    const written = whole.slice(whole.search(/\s(?:t\/m|tot)\b/iu) + 1)
    out.push({ index: match.index + whole.length - written.length, written })
  }
  // The end before the plan, in the same clause with `we` as its subject: "Tot en met 2031 houden we met
  // deze nota …" (the end opens the sentence) and "… houden we vol tot en met 2031 met deze nota." (the
  // plan closes it). The year is then the span of what we do with the plan.
  const endFirst = compiled(`(?:^|[.!?]\\s+)(${ending})\\s+\\p{L}+\\s+(?:we|wij)\\s+(?:met|in|via)\\s+(?:${thisPlan})`, 'giu')
  const planLast = compiled(`\\b(?:we|wij)\\b[^.!?;:\\n]{0,60}?\\s(${ending})\\s+(?:met|in|via)\\s+(?:${thisPlan})\\s*[.;!?]`, 'giu')
  for (const match of [...allMatches(endFirst, text), ...allMatches(planLast, text)]) {
    const [whole, written = '', connector = '', year = ''] = match
    const off = Math.abs(Number(year) - (exclusive(connector) ? 1 : 0) - eind)
    if (off === 0 || off > 2 || otherThing.test(sentenceBefore(text, match.index) + whole)) continue
    out.push({ index: match.index + whole.indexOf(written), written })
  }
  return out
}

// Separable particles that close a main clause (`zetten … voort`, `lopen … door`, `houden … vol`).
// Not `in`: a gap that ends on it is a time phrase (`in 2029`), turned away before this test.
const PARTICLE_END = /\s(?:voort|door|vol|verder|aan|op|uit|bij|mee|af|vast|toe)\s*$/iu

// A main clause of a few words that closes on its separable particle.
function particleClause(gap: string): boolean {
  return PARTICLE_END.test(gap) && gap.trim().split(/\s+/u).length <= 8
}
