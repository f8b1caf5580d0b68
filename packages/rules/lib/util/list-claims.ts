/**
 * Counts that announce a list in the Markdown itself: "de volgende zes maatregelen:", "We nemen
 * zes maatregelen." right before a bulleted or numbered list or before sub-headings, a heading
 * with a count, an inline list ("zes partners, namelijk …"), and a count that refers back to a
 * list later in its section ("Deze vijf maatregelen …", "de drie genoemde doelen").
 */

import { appositiveNames, countedParts, inlineEnumeration, type InlineCount } from './inline-list.js'
import { namesAfterCopula, namesPointedBack } from './list-copula.js'
import { afterwordClaims } from './list-afterwords.js'
import { itemClaims } from './item-claims.js'
import { backCount } from './list-back-counts.js'
import { questionsAfter } from './question-lists.js'
import { frontedCounts } from './fronted-list-counts.js'
import { withoutEmphasis } from './emphasis.js'
import { namesAfterObject, namesAfterPassive, namesAfterPhrase, namesAfterVerb, namesNextSentence } from './list-subjects.js'
import { namesAfterClause } from './list-clauses.js'
import { blocksOf, headingsNamedBy, itemsUnder, itemTexts, lastSentence, position, subHeadings, type Block } from './list-blocks.js'
import { CLAIM, PLURAL, afterPreposition, countOf, countsUnemphasised, unitClaim, withoutRelative } from './list-claim-words.js'
import { CLASSIFIER, DISTRIBUTIVE, ELSEWHERE, PARTIAL, RANGE, RANGED, announcing, type Claim } from './list-announcing.js'

/** A count in the text that differs from the list it announces or refers to. */
export interface ListClaim {
  /** The count and its noun as written (`zes maatregelen`). */
  written: string
  /** The count stated. */
  stated: number
  /** The items the list has. */
  listed: number
  /** The noun, lower case (`maatregelen`). */
  noun: string
  /** Whether the text proves the mismatch: a colon right after the noun and a flat list under it. */
  certain: boolean
  /** 1-based line of the claim in the source. */
  line: number
  /** 1-based column of the claim. */
  column: number
  /** 0-based offset of the claim in the source. */
  offset: number
}

/** Options of `listClaims`. */
export interface ListClaimOptions {
  /** Nouns another rule counts against the plan's own lists (`principes`): left alone (optional). */
  except?: RegExp
}

// A short sentence that introduces the list a count before it announced: `Dat zijn:`, `Die lichten we hieronder toe.`
const POINTING = /^(?:(?:dat|dit|die|deze)\s+(?:zijn|luiden|staan|lichten|werken|beschrijven|noemen)\b|het\s+(?:gaat\s+om|zijn)\b)[^.!?]{0,40}[:.]\s*$/iu
// A short sentence that opens the list with a pronoun for the noun counted before it: `Wij zetten
// ze op een rij:`, `Die hebben we als volgt vertaald:`. Not one with a count or a list noun of its
// own (`Ze gingen over de volgende onderwerpen:`).
const BACK = /(?:^|\s)(?:ze|zij|die|deze)(?=\s)/iu
function pointsBack(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/u)
  return /:\s*$/u.test(sentence) && words.length <= 10 && BACK.test(` ${sentence}`) && !ELSEWHERE.test(sentence) && !/\b(?:volgende|onderstaande)\b/iu.test(sentence) && [...sentence.matchAll(CLAIM)].every((m) => countOf(m[1] ?? '') === undefined)
}

// Words that announce sub-headings as the items: `de volgende`, `hieronder`.
const ANNOUNCE = /\b(?:volgende|onderstaande|hieronder|hierna)\b|:\s*$/iu
// The section saying what it holds (`Dit hoofdstuk beschrijft vijf doelen.`, `In deze paragraaf
// behandelen we drie routes.`): its sub-headings are the items when the count closes the sentence.
const SECTION_HOLDS = /\b(?:(?:dit|deze)\s+(?:hoofdstuk|paragraaf)\s+(?:beschrijft|bevat|behandelt|kent|noemt|geeft)|in\s+(?:dit|deze)\s+(?:hoofdstuk|paragraaf)\s+(?:beschrijven|behandelen|noemen|geven)\s+(?:we|wij))\b/iu
const holdsClaim = (sentence: string, claim: { index: number; written: string }): boolean =>
  SECTION_HOLDS.test(sentence.slice(0, claim.index)) && /^\s*(?:uit|aan|weer)?\s*[.:]?\s*$/iu.test(sentence.slice(claim.index + claim.written.length))
// A word between the count and the noun in a later reference: `de drie genoemde doelen`.
const REFERRING = String.raw`(?:(?:hierboven|hiervoor|eerder|boven)\s+)?(?:genoemde|beschreven|opgesomde|bovenstaande|voornoemde)`

/**
 * Find counts that announce a list or refer back to it and differ from its size. A nested list
 * is counted by its top items (a count of all items is right too); a count after `onder meer`,
 * `bijvoorbeeld`, `minimaal` (a part or a bound) or of something else than the items (`in zes
 * wijken de volgende maatregelen:`) is left alone.
 *
 * @param markdown The Markdown source of a plan file.
 * @param options What to leave to other rules (optional).
 * @returns The differing counts, in order.
 */
export function listClaims(source: string, options: ListClaimOptions = {}): ListClaim[] {
  // `We onderscheiden **drie** doelgroepen:`: a count in emphasis is a count.
  const markdown = countsUnemphasised(source)
  const blocks = blocksOf(markdown)
  const out: ListClaim[] = []
  const announced = new Map<number, number>()
  blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return
    const next = blocks[b + 1]
    let sentence = lastSentence(block.text)
    let claim = announcing(sentence.text, options.except)
    // The sentence that opens what follows: the claim's own, or the pointing sentence after it.
    const opening = sentence.text
    // "We kiezen drie sporen. Dat zijn:": a short sentence that points back to the count before it.
    if (!claim && (POINTING.test(sentence.text) || pointsBack(sentence.text)) && sentence.index > 0) {
      sentence = lastSentence(block.text.slice(0, sentence.index).trimEnd())
      const before = announcing(sentence.text, options.except)
      claim = before && { ...before, colon: false }
    }
    if (!claim) return
    let listed: number | undefined
    let certain = false
    if (next?.kind === 'list' && !next.interrupted) {
      // Sub-items: the count may count all items, or only the top ones.
      if (next.nested > 0 && claim.stated === next.top + next.nested) return
      listed = next.top
      certain = claim.colon && next.nested === 0
    } else if (next?.kind === 'heading' && (ANNOUNCE.test(opening) || holdsClaim(sentence.text, claim) || headingsNamedBy(blocks, b + 1, claim.noun))) {
      // A count of what the sub-headings hold together (`vier opgaven:` over two headings of two) is right too.
      if (itemsUnder(blocks, b + 1) === claim.stated) return
      listed = subHeadings(blocks, b + 1)
    } else if (next?.kind === 'table' && ANNOUNCE.test(opening)) {
      // A table the sentence announces (`de volgende`, `hieronder`, a colon): its data rows are the items.
      // One row is a sample, no enumeration.
      listed = (next.rows ?? 0) >= 2 ? next.rows : undefined
    }
    if (listed === undefined || listed === 0 || listed === claim.stated) return
    announced.set(b, claim.stated)
    out.push(at(claim, listed, certain, markdown, block.offset + sentence.index + claim.index))
  })
  out.push(...references(blocks, markdown, announced, options), ...headingClaims(blocks, markdown, announced, options), ...inlineClaims(blocks, markdown, options), ...afterwordClaims(blocks, markdown, options.except), ...itemClaims(markdown, options), ...fronted(blocks, markdown, options))
  return out.sort((a, b) => a.offset - b.offset)
}

// A lead-in that ends on its verb, not on a noun: a short question-like clause (`Wat we gaan doen:`,
// `Hoe we dat aanpakken:`) or a verb right after its pronoun subject (`Concreet betekent dit dat we
// investeren:`). Its `-en` word is an infinitive or plural verb, so the lead-in names no noun.
const VERB_LEAD = /^(?:wat|hoe|waar|waarom|wanneer|wie|waarmee|waaraan|waarop|waarvoor)\s+(?:\S+\s+){0,5}?\p{Ll}+en[^\p{L}]*:\s*$|(?:^|\s)(?:we|wij|ze|zij|u|je|jij|ik|men)\s+\p{Ll}+en[^\p{L}]*:\s*$/iu
const verbLead = (text: string): boolean => VERB_LEAD.test(text.trim())

// "Deze vijf maatregelen …", "de drie genoemde doelen" later in the section of an announced list.
// A year or a place (a capitalised name) between the counted noun and the colon or `namelijk` that opens its items.
const COUNT_ADJUNCT = /^[ \t]+(?:(?:in|vanaf|tot|voor)[ \t]+(?:19|20)\d\d|in[ \t]+\p{Lu}[\p{L}-]+)(?=[ \t]*(?::|,?[ \t]+(?:namelijk|te[ \t]+weten)\b))/u
// The plural noun a lead-in ends on before its colon (`de volgende wijkcentra:`), perhaps with a particle after it.
const COLON_NOUN = new RegExp(String.raw`(?<![\p{L}-])(${PLURAL})(?:\s+(?:na|uit|in|toe|op|aan|vast|centraal|hieronder))?[^\p{L}]*:\s*$`, 'iu')
function references(blocks: Block[], markdown: string, announced: Map<number, number>, options: ListClaimOptions): ListClaim[] {
  const out: ListClaim[] = []
  blocks.forEach((block, b) => {
    const list = blocks[b + 1]
    if (block.kind !== 'paragraph' || list?.kind !== 'list' || list.nested > 0 || list.interrupted) return
    const colon = verbLead(block.text) ? undefined : COLON_NOUN.exec(block.text)?.[1]?.toLowerCase()
    const noun = colon ?? announcing(lastSentence(block.text).text, options.except)?.noun
    // A lead-in without a noun (`Het geld komt van:`): a count that opens the paragraph right
    // after the list points back to it (`Deze vijf partners …`).
    const next = blocks[b + 2]
    if (!noun && next?.kind === 'paragraph' && /:\s*$/u.test(block.text)) {
      const back = backCount(next.text, markdown.slice(block.offset + block.text.length, next.offset))
      if (back && back.stated !== list.top && !options.except?.test(back.noun)) out.push(at({ written: back.written, stated: back.stated, noun: back.noun, index: 0, colon: false }, list.top, false, markdown, next.offset + back.index))
    }
    if (!noun || options.except?.test(noun)) return
    const back = new RegExp(String.raw`\b(?:deze|die|de|alle|onze)\s+(\d{1,2}|\p{L}+)\s+(?:de\s+)?(?:${REFERRING}\s+)?${noun.replace(/[-']/g, '.')}(?![\p{L}])`, 'giu')
    for (let k = b + 2; k < blocks.length && blocks[k]?.kind !== 'heading'; k++) {
      const later = blocks[k]
      if (later?.kind !== 'paragraph') continue
      for (const m of later.text.matchAll(back)) {
        const stated = countOf(m[1] ?? '')
        // The announcement with the same count was reported: one defect, one message.
        if (stated === undefined || stated === list.top || announced.get(b) === stated) continue
        // Items named just before (`De wijkbus en de buurtkamer zijn nieuw. Deze twee …`) may be what it refers to.
        if (/\s(?:en|of)\s/iu.test(later.text.slice(0, m.index))) continue
        const written = m[0].slice(m[0].indexOf(m[1] ?? ''))
        out.push(at({ written, stated, noun, index: 0, colon: false }, list.top, false, markdown, later.offset + m.index + m[0].indexOf(m[1] ?? '')))
      }
    }
  })
  return out
}

// `## Vijf speerpunten` over four sub-headings, or over a list of four right under it.
function headingClaims(blocks: Block[], markdown: string, announced: Map<number, number>, options: ListClaimOptions): ListClaim[] {
  const out: ListClaim[] = []
  blocks.forEach((block, b) => {
    if (block.kind !== 'heading' || !block.text || block.offset === undefined) return
    // A section number (`3.`, `2.1`, `4 Aanpak`) is no count; `3 pijlers` is.
    const title = block.text.replace(/^(?:\d+(?:\.\d+)+\.?|\d+\.|\d+(?=\s+\p{Lu}))\s+/u, '')
    const claim = announcing(title, options.except)
    if (!claim || claim.index > 10) return
    // The first heading or list after the heading and its introduction.
    const k = blocks.findIndex((x, i) => i > b && x.kind !== 'paragraph')
    const next = blocks[k]
    const introduced = k - b <= 2
    const children = next?.kind === 'heading' && next.level === block.level + 1 ? subHeadings(blocks, k) : undefined
    const listed = children ?? (next?.kind === 'list' && introduced && next.nested === 0 && !next.interrupted ? next.top : undefined)
    if (!listed || listed === claim.stated) return
    // An introduction that says the same count under the heading was reported: one defect, one message.
    if (Array.from({ length: Math.max(0, k - b - 1) }, (_, i) => announced.get(b + 1 + i)).includes(claim.stated)) return
    out.push(at(claim, listed, false, markdown, block.offset + block.text.indexOf(claim.written)))
  })
  return out
}

// "zes maatregelen: schuldhulp, vroegsignalering en …", "drie wijken (Noord, Oost en Zuid)",
// "zes partners, namelijk …".
function inlineClaims(blocks: Block[], markdown: string, options: ListClaimOptions): ListClaim[] {
  const out: ListClaim[] = []
  // A list item holds running text too (`- We toetsen aan drie criteria: a, b en c.`).
  const paragraphs = blocks.filter((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph')
  for (const block of [...paragraphs, ...itemTexts(markdown)]) {
    // A line break inside a paragraph is a space in Markdown: a list may run on after it (same length, same offsets).
    // Emphasis marks inside the sentence (`worden vier gymzalen **gerenoveerd**:`) are no words either.
    const text = withoutEmphasis(block.text).replace(/[ \t]*\n[ \t]*/gu, (br) => ' '.repeat(br.length))
    for (const m of text.matchAll(CLAIM)) {
      const stated = countOf(m[1] ?? '')
      const lead = text.slice(0, m.index)
      // An apposition between dashes (`de drie kernen – A, B en C – krijgen …`) is one between
      // brackets (same length, so offsets hold).
      // A time or a place the whole count holds for before the colon (`vier maatregelen in 2027:`,
      // `drie wijkcentra in Veldhoorn:`) is no part of the items.
      const rest = text.slice(m.index + m[0].length).replace(/^([ \t]+)[–—]([ \t]+[^–—()\n]+?[ \t]+)[–—](?=[ \t,]|$)/u, '$1($2)').replace(COUNT_ADJUNCT, '')
      // Items with counts of their own add up to the count, also of people or homes (`elf mensen: zes …`).
      const parts = countedParts(rest)
      // `onder meer`, `zoals` or a bound only make a part of the count in its own sentence: one that
      // ends just before it (`We letten onder meer op geluid. Twee scholen …`) says nothing of this count.
      // A sentence ends before a capital (the count's own, too), so an abbreviation (`o.a. drie`) stays in.
      const own = `${lead}${m[0]}`.replace(/^[^]*[.!?;]\s+(?=\p{Lu})/u, '').slice(0, -m[0].length)
      // A part as large as the whole is no part of it: the figures after the colon are a result
      // (`vijf groepen van acht deelnemers: 40 deelnemers per jaar, 160 in totaal`).
      if (stated === undefined || (unitClaim(m) && !parts) || (parts?.largest ?? 0) >= stated || /\d/.test(m[2] ?? '') || RANGED.test(m[2] ?? '') || PARTIAL.test(own) || RANGE.test(own)) continue
      if (options.except?.test((m[3] ?? '').toLowerCase())) continue
      // A separable particle may stand between the noun and the colon (`pakken we vijf wijken aan:`).
      // So may words that single the list out (`drie soorten in het bijzonder:`).
      // Also before `namelijk` / `te weten` (`voeren we twee regels in, namelijk …`).
      const particled = rest.replace(/^[ \t]+(?:aan|op|uit|in|toe|vast|na|centraal|in[ \t]+het[ \t]+bijzonder|specifiek|met[ \t]+name)(?=[ \t]*(?::|,?[ \t]+(?:namelijk|te[ \t]+weten)\b))/iu, '')
      // A classifier counts the kinds of the word after it (`vier soorten afval:`, `drie typen bruggen:`): that word is part of the noun.
      const bare = CLASSIFIER.test(m[3] ?? '') ? particled.replace(/^[ \t]+\p{Ll}[\p{Ll}-]*(?=[ \t]*(?::|,?[ \t]+(?:namelijk|te[ \t]+weten)\b|[ \t]*\())/u, '') : particled
      // A relative clause before the colon describes the noun (`twee locaties aangewezen, die … zijn: …`).
      const clause = withoutRelative(bare)
      const items = parts ?? questionsAfter((m[3] ?? '').toLowerCase(), rest) ?? inlineEnumeration(clause) ?? namesAfterObject(clause) ?? namesAfterClause(clause) ?? namesAfterPassive(lead, clause) ?? namesAfterVerb(lead, clause) ?? namesAfterPhrase(clause) ?? appositiveNames(rest) ?? namesNextSentence(lead, rest) ?? namesAfterCopula(lead, rest) ?? namesPointedBack(lead, rest)
      if (!items || (stated >= items.min && stated <= items.max) || earlierCountFits(lead, items)) continue
      const claim = { written: m[0], stated, noun: (m[3] ?? '').toLowerCase(), index: 0, colon: false }
      out.push(at(claim, stated < items.min ? items.min : items.max, false, markdown, block.offset + m.index))
    }
  }
  return out
}

// `vier meldpunten voor zes kernen: in A, B, C en D`: two counts before one list, and the list fits the
// first; it may be of either, so the second is not said to be wrong.
// Only when the second count stands in a phrase after a preposition (`voor zes kernen`): `twee scholen en drie
// gymzalen: …` lists the gymzalen.
function earlierCountFits(lead: string, items: InlineCount): boolean {
  const sentence = lead.slice(-300).split(/[.!?:;]\s+/u).at(-1) ?? ''
  const words = sentence.trim().split(/\s+/u)
  if (!afterPreposition(words, words.length)) return false
  return [...sentence.matchAll(CLAIM)].some((c) => {
    const n = countOf(c[1] ?? '')
    return n !== undefined && n >= items.min && n <= items.max
  })
}

// A number that names a part (`tabel 4 - Uitgaven`, `hoofdstuk 3 beschrijven we`) is no count.
const LABEL = /(?:^|[^\p{L}])(?:tabel|figuur|grafiek|bijlage|hoofdstuk|paragraaf|§|artikel|actie|doel|thema|fase|stap|nr\.?|nummer)\s*$/iu

// CLAIM, stepped by hand so a label's number can give back the words its match took.
const CLAIM_STEPS = new RegExp(CLAIM.source, CLAIM.flags)

/** A count and its noun in running text, with the words between (`vijf sterke punten`). */
export interface PlainCount {
  /** As written. */
  written: string
  /** The count. */
  stated: number
  /** The noun, lower case. */
  noun: string
  /** The words between the count and the noun and the noun, lower case (`sterke punten`). */
  phrase: string
  /** Offset in the text. */
  index: number
}

/**
 * The counts of a text that may size a list: no unit, range, part or bound before it, and no
 * `per` / `elke` after it in its sentence (`drie acties per thema`).
 *
 * @param text A line or paragraph.
 * @param options What to leave to other rules (optional).
 * @returns The counts in order.
 */
export function plainCounts(text: string, options: ListClaimOptions = {}): PlainCount[] {
  const out: PlainCount[] = []
  const claims = CLAIM_STEPS
  claims.lastIndex = 0
  for (let m = claims.exec(text); m; m = claims.exec(text)) {
    const stated = countOf(m[1] ?? '')
    const lead = text.slice(0, m.index).replace(/^[^]*[.!?;]\s/u, '')
    const rest = /^[^.!?;]*/u.exec(text.slice(m.index + m[0].length))?.[0] ?? ''
    // A number that names a part (`Tabel 2 noemt de zes wegen`) is no count, and the words its
    // match took may hold the count: read on right after it.
    if (LABEL.test(lead)) {
      claims.lastIndex = m.index + m[0].indexOf(m[1] ?? '') + Math.max(1, (m[1] ?? '').length)
      continue
    }
    if (stated === undefined || unitClaim(m) || /\d|(?:^|\s)-+\s/u.test(m[2] ?? '') || RANGED.test(m[2] ?? '') || PARTIAL.test(lead) || RANGE.test(lead) || DISTRIBUTIVE.test(rest)) continue
    const noun = (m[3] ?? '').toLowerCase()
    if (options.except?.test(noun)) continue
    out.push({ written: m[0], stated, noun, phrase: `${m[2] ?? ''}${m[3] ?? ''}`.toLowerCase(), index: m.index })
  }
  return out
}

function at(claim: Claim, listed: number, certain: boolean, markdown: string, offset: number): ListClaim {
  return { written: claim.written.replace(/\s+/gu, ' '), stated: claim.stated, listed, noun: claim.noun, certain, ...position(markdown, offset) }
}

// `Voor vier bruggen trekken we een budget uit:` over items that each name a brug.
const fronted = (blocks: Block[], markdown: string, options: ListClaimOptions): ListClaim[] =>
  frontedCounts(blocks, markdown)
    .filter((f) => !options.except?.test(f.noun))
    .map((f) => at({ written: f.written, stated: f.stated, noun: f.noun, index: 0, colon: false }, f.listed, false, markdown, f.offset))
