/**
 * The plan's own title written elsewhere in the plan with other words, for `title-drift`: a name that
 * opens with the title's kind word (`Actieplan`, `Nota`) and closes with the title's own span of
 * years, whose words between differ from the title's but share a content word with it
 * (`het Actieplan eenzaamheid oudere inwoners 2027-2030` in a plan titled `Actieplan
 * eenzaamheid ouderen 2027-2030`). The kind and the years fix which document is meant; the
 * shared word keeps a sibling plan on another subject (`Actieplan mantelzorg 2027-2030`) out.
 */
import { normalizeTitle, type Plan } from '@kapstok/core'
import { writtenTexts } from './text.js'
import { planNoun } from './period-words.js'
import { smallWords } from './title-names.js'

/** A mention of the plan's title that departs from it. */
export interface OwnTitleMention {
  pointer: string
  text: string
  /** Offset of the mention in the text. */
  index: number
  /** The mention as written. */
  name: string
}

// A kind word of a document, also as the end of a compound (`Uitvoeringsprogramma`, `Beleidsnota`).
const documentKind = new RegExp(String.raw`^\p{L}*(?:${planNoun}|begroting|akkoord|verordening|beleid|koers|notitie|regeling|convenant|kompas|route|routekaart|pact|deal)$`, 'iu')
// A plan of another body: `het regionale actieplan …`, `de landelijke nota …`.
const otherBody = /\b(?:regionale|regionaal|provinciale|provinciaal|landelijke|landelijk|nationale|nationaal|vorige|oude|eerdere)\s+$/iu

const contentWords = (words: string[]): string[] => words.filter((w) => w.length >= 4 && !smallWords.has(w))

/**
 * The prose mentions of the plan's title (kind word … its years) that use other words.
 *
 * @param model The plan.
 * @returns Each departing mention.
 */
export function ownTitleMentions(model: Plan): OwnTitleMention[] {
  const titel = model.document?.titel ?? ''
  const gemeente = normalizeTitle(model.document?.gemeente ?? '')
  const parts = /^\s*(\S+)\s+(.+?)\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*$/u.exec(titel)
  const kind = parts?.[1] ?? ''
  if (!parts || !documentKind.test(kind)) return []
  // The gemeente's name may be added or left out without renaming the plan.
  const words = (name: string): string[] => normalizeTitle(name).split(' ').filter((w) => w && w !== gemeente)
  const own = words(parts[2] ?? '')
  const ownContent = contentWords(own)
  const years = String.raw`${parts[3]}\s*[-–]\s*${parts[4]}`
  const mention = new RegExp(String.raw`(?<![\p{L}-])${kind}((?:\s+\(?[\p{L}\d’'-]+\)?){1,7}?)\s+${years}(?!\d)`, 'giu')
  const out: OwnTitleMention[] = []
  // Every written text, not prose alone: a besluit point, a heading or a cell names the plan as
  // surely as a sentence does (`1. het Actieplan … 2027-2030 vast te stellen;`). Not the title itself.
  for (const { pointer, text } of writtenTexts(model)) {
    if (pointer.startsWith('/document/')) continue
    for (const m of text.matchAll(mention)) {
      const written = words(m[1] ?? '')
      if (written.join(' ') === own.join(' ') || otherBody.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
      if (!contentWords(written).some((w) => ownContent.includes(w))) continue
      out.push({ pointer, text, index: m.index, name: m[0] })
    }
  }
  return out
}
