/**
 * Placeholders: text that stands for text still to be written (`(invullen)`, `xxx`, `TODO`,
 * `PM` in prose, `€ …`). Shared by `placeholder-text` (which reports them) and
 * `abbreviation-undefined` (which must not report `TBD` or `PM` a second time).
 *
 * Every pattern is linear: no nested quantifiers, whitespace runs bounded.
 */

import { monthNames } from '@kapstok/nl'
import { bracketNote, embeddedNote, emptySlot, openingNote, parenthesisNote } from './bracket-notes.js'
import { notePlaceholders } from './placeholder-notes.js'
import { allMatches } from './all-matches.js'

/** Words in capitals that are placeholders, never abbreviations to explain. */
export const placeholderWords = new Set(['TODO', 'TBD', 'TBC', 'FIXME', 'PM', 'NNB', 'NTB', 'XX', 'XXX', 'XXXX'])

/** A placeholder found in a text. */
export interface Placeholder {
  /** Offset in the text. */
  index: number
  /** The placeholder as written. */
  text: string
}

const fill = String.raw`(?:nog\s{1,3})?(?:in\s{1,3}te\s{1,3}vullen|invullen|aan\s{1,3}te\s{1,3}vullen|aanvullen|toevoegen|invoegen|tekst\s{1,3}volgt|volgt(?:\s{1,3}nog)?|nader\s{1,3}(?:in\s{1,3}te\s{1,3}vullen|te\s{1,3}bepalen|uit\s{1,3}te\s{1,3}werken)|n\.?n\.?b\.?|n\.?t\.?b\.?|p\.?m\.?|todo|tbd|x{2,})`

// One group of a date or number template: digits, or a filler for digits not known yet (two dots,
// underscores, x's); the template itself must hold a filler, or it is a date written in full.
const filler = String.raw`(?:\.\.(?!\.)|_{2,}|[xX]{2,4})`
const templateGroup = String.raw`(?:\d{1,4}|${filler})`

// Everywhere, tables included.
const anywhere: RegExp[] = [
  // `(invullen)`, `[nog aanvullen]`, `<invullen>`, `(*invullen*)`, `[PM]`.
  new RegExp(String.raw`[(\[<][\s*_]{0,6}${fill}[\s*_]{0,6}[)\]>]`, 'giu'),
  // A note of its own: a cell, or after a colon or a sentence end ("Werkwijze: nader uitwerken."),
  // not inside a sentence ("dit plan nader uit te werken in verordeningen").
  /(?<=^|[.:;|][ \t]{0,3})(?:nog\s{1,3})?(?:invullen|aanvullen|in\s{1,3}te\s{1,3}vullen|aan\s{1,3}te\s{1,3}vullen|nader\s{1,3}(?:uitwerken|uit\s{1,3}te\s{1,3}werken|in\s{1,3}te\s{1,3}vullen|te\s{1,3}bepalen))(?=[ \t]{0,3}(?:$|[.;|(]))/gimu,
  /(?<![\p{L}])(?:nog\s{1,3}(?:invullen|aanvullen|in\s{1,3}te\s{1,3}vullen|aan\s{1,3}te\s{1,3}vullen)|tekst\s{1,3}volgt)(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}])(?:TODO|TBD|TBC|FIXME)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])(?:x{2,}|X{2,})(?![\p{L}])/gu,
  // A single `x` for a figure: `€ x`, `x procent`, `x inwoners`.
  /(?<=€[ \t]{0,2})[xX](?![\p{L}\p{N}])|(?<![\p{N}][ \t]?)(?<![\p{L}\p{N}])[xX](?=[ \t]{1,2}(?:euro|procent|%|inwoners|deelnemers|huishoudens|woningen|plekken|fte|uur|weken|maanden|jaar)\b)/gu,
  // A date template (`dd-mm-jjjj`), dummy text.
  /(?<![\p{L}])dd[-/.]mm[-/.](?:jj(?:jj)?|yyyy|\d{4})(?![\p{L}])/giu,
  /\blorem\s{1,3}ipsum\b/giu,
  // A cell of a table in the text that is only a question mark.
  /(?<=\|[ \t]{0,10})\?{1,3}(?=[ \t]{0,10}(?:\||$))/gmu,
  // A date, time or reference written as a template whose unknown parts are two dots, x's or
  // underscores (`..-..-2027`, `__/__/2028`, `om ..:15 uur`, `kenmerk 2026/..`): groups of digits or
  // fillers joined by `-`, `/` or `:`, with at least one filler and one group of digits or the colon of
  // a time (`..:..`), so a relative path (`../..`) is none. Not an ellipsis (three dots).
  new RegExp(String.raw`(?<![\p{L}\p{N}._])(?=(?:\d{1,4}[-/:]){0,3}${filler})(?=(?:${filler}[-/:]){0,3}\d|${filler}:${filler})${templateGroup}(?:[-/:]${templateGroup}){1,3}(?![\p{L}\p{N}_]|\.[\p{N}.])`, 'gu'),
  // A day left open before its month (`.. maart 2027`, `__ juni`, `x mei`).
  new RegExp(String.raw`(?<![\p{L}\p{N}._])(?:\.\.|_{2,}|[xX]{1,2})(?=[ \t](?:${monthNames.join('|')})\b)`, 'giu'),
  // A year still to be chosen: `20XX`, `202x`.
  /(?<![\p{L}\p{N}])(?:19|20)(?:\d[xX]|xx|XX)(?![\p{L}\p{N}])/gu,
  // Template fields left in the text: `{{ gemeente }}`, `{% if %}`, `${naam}`.
  /\{\{[^{}\n]{0,60}\}\}|\{%[^%\n]{0,60}%\}|\$\{[^{}\n]{0,40}\}/gu,
  // A note that a value comes later, on its own: "Evaluatie: datum volgt.", a cell `bedrag volgt`.
  /(?<=^|[.:;|(][ \t]{0,3})(?:(?:de|het)\s{1,3})?(?:datum|data|bedrag|bedragen|naam|namen|tekst|planning|link|bron|toelichting|cijfers?|invulling|uitwerking|budget)\s{1,3}volg(?:t|en)(?:\s{1,3}(?:nog|later))?(?=[ \t]{0,3}(?:$|[.;|)]))/gimu,
  // A sentence that ends by saying its content is still to come: "De indicatoren worden nog aangevuld."
  /(?:wordt|worden)\s{1,3}(?:nog|later)\s{1,3}(?:aangevuld|ingevuld|toegevoegd)(?=[ \t]{0,3}(?:$|[.;|]))/gimu
]

// A word in square or angle brackets that names what is to be filled in: `[naam]`, `<datum>`,
// `[bedrag]` (not a Markdown link `[naam](…)`, not a footnote `[1]`).
// Up to three more words may say whose (`<naam wethouder>`, `[datum besluit raad]`).
const slot =
  /[[<][ \t]{0,2}(?:naam|namen|datum|bedrag|aantal|organisatie|partner|titel|nummer|jaar|jaartal|percentage|link|url|website|bron|verwijzing|wethouder|portefeuillehouder|contactpersoon|afdeling|team|functie|adres|e-?mailadres|telefoonnummer|locatie|tekst|gemeente|gemeentenaam|plaats|plaatsnaam|wijk|kern|figuur|afbeelding|foto|x)(?:[ \t]{1,2}[\p{L}-]{1,20}){0,3}[ \t]{0,2}[\]>](?!\()/giu

// In running text any few lower-case words in square brackets ask for a value (`[maand] 2027`,
// `[aantal deelnemers]`): Dutch prose has no other use for them but a link, a footnote or an
// insertion in a quotation (`“[de gemeente] wil …”`), and `[sic]`. The words may be a list of
// fields (`[straat, postcode]`, `[mobiel/vast nummer]`, `[Naam; rol]`): only the first may carry
// a capital, so a source (`[Jansen, 2024]`) or a footnote list (`[2, 5]`) stays out.
const looseSlot = /(?<![\]\\!\p{L}\d])\[[ \t]{0,2}(?!sic\])\p{L}[\p{Ll}-]{1,24}(?:(?:[ \t]{1,2}|[ \t]{0,2}[,;/][ \t]{0,2})[\p{Ll}-]{1,24}){0,6}[ \t]{0,2}\](?![(\[:])/gu
const openQuote = /[“„«][^”»]*$|(?:^|\s)"[^"]*$/u

// Only in running text: in a table `PM` is the notation for pro memorie and `nnb` an agenda
// value that the agenda rules read.
const proseOnly: RegExp[] = [
  /(?<![\p{L}\p{N}\-./])PM(?![\p{L}\p{N}\-])/gu,
  // Question marks for a value (`Kosten: ??`); in an agenda cell the agenda rules read them.
  /(?<![?])\?{2,}(?![?])/gu,
  // `p.m.` as a value, not "per maand" after an amount (`€ 50 p.m.`): checked in `findPlaceholders`.
  /(?<![\p{L}\p{N}.])p\.[ \t]?m\.?(?![\p{L}])/gu,
  /(?<![\p{L}\p{N}.])(?:[nN]\.[nNtT]\.[bB]\.?|[nN][nNtT][bB](?![\p{L}\p{N}]))/gu
]

/** An owner cell that names nobody yet: `nnb`, `n.t.b.`, `nog niet bekend`. Only for owner cells. */
export const ownerUnknown = /^(?:n\.?\s?[nt]\.?\s?b\.?|nog\s+niet\s+bekend|nader\s+te\s+bepalen|nog\s+te\s+bepalen|onbekend|tbd|\?+)$/iu

// Words after which a value is missing (`bedraagt …`, `hoofdstuk …`, `€ …`).
const wantsValue = new Set([
  'de', 'het', 'een', 'op', 'in', 'met', 'per', 'tot', 'is', 'zijn', 'bedraagt', 'bedragen', 'circa', 'ca', 'ruim',
  'ongeveer', 'totaal', 'nummer', 'hoofdstuk', 'bijlage', 'paragraaf', 'tabel', 'figuur', 'artikel', 'datum', '€',
  // Prepositions want their object: an ellipsis there stands for it ("stijgt naar …").
  'naar', 'van', 'aan', 'voor', 'bij', 'door', 'over', 'om', 'rond', 'richting', 'tussen', 'dan'
])
// Words before which a value is missing (`… euro`, `… inwoners`, `… 2024`).
const unit = /^(?:euro|procent|%|inwoners|uur|uren|dagen|weken|maanden|jaar|jaren|keer|fte|mensen|personen|kinderen|jongeren|huishoudens|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|\d+)$/i

/**
 * Placeholders in a text, in order, without overlaps.
 *
 * @param text The text (Markdown prose or a table cell).
 * @param prose Whether the text is running text (`PM`, `nnb` only count there).
 * @returns The placeholders.
 */
export function findPlaceholders(text: string, prose: boolean): Placeholder[] {
  const hits: Placeholder[] = []
  const lines = new Lines(text)
  // URLs, and Markdown link targets (`](../../2024/verslag.pdf)`: a relative path with a year folder is no template).
  const urls = [...text.matchAll(/(?:https?:\/\/|www\.)[^\s<>)\]]+|(?<=\]\()[^()\s]+(?=\))/g)].map((m) => [m.index, m.index + m[0].length] as const)
  const inUrl = (index: number): boolean => urls.some(([from, to]) => index >= from && index < to)
  // `(PM)` after a cost not yet estimated (`is nog niet begroot (PM)`) is the notation, not a marker.
  const notation = (m: RegExpMatchArray): boolean => prose && /^[(\[]\s{0,2}PM\s{0,2}[)\]]$/u.test(m[0]) && reasonInSentence(text, (m.index ?? 0) + m[0].indexOf('PM'))
  for (const pattern of [...anywhere, slot, ...notePlaceholders, bracketNote, parenthesisNote, openingNote, embeddedNote, emptySlot]) {
    for (const m of allMatches(pattern, text)) if (!inUrl(m.index) && !notation(m)) hits.push({ index: m.index, text: m[0] })
  }
  if (prose && !/^(?:€[ \t]{0,2})?(?:PM|p\.[ \t]?m\.?)(?:,-)?$/iu.test(text.trim())) {
    // `PM` or `p.m.` alone is a value (a field or table cell that holds an amount, also `€ PM`); a
    // table row in prose is a table.
    for (const pattern of proseOnly) {
      for (const m of allMatches(pattern, text)) {
        if (lines.first(m.index) !== '|' && !proMemorieExplained(text, m.index, m[0])) hits.push({ index: m.index, text: m[0] })
      }
    }
  }
  if (prose) {
    for (const m of allMatches(looseSlot, text)) {
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)
      if (!line.trimStart().startsWith('|') && !openQuote.test(line) && !inUrl(m.index)) hits.push({ index: m.index, text: m[0] })
    }
  }
  // A table cell that is only a question mark: the value is not known yet.
  if (!prose && /^\s*\?{1,3}\s*$/.test(text)) hits.push({ index: text.indexOf('?'), text: text.trim() })
  hits.push(...missingTextEllipses(text, lines))
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  let end = -1
  return hits.filter((hit) => {
    if (hit.index < end) return false
    end = hit.index + hit.text.length
    return true
  })
}

/**
 * Whether `PM` or `p.m.` at `index` is explained or used as the budget notation it is: "PM (pro
 * memorie)", "PM betekent …", "pro memorie (PM)", "als PM opgenomen", "is PM geraamd", "staat op PM",
 * "PM, omdat …"; or `p.m.` as "per maand"
 * after an amount (`€ 50 p.m.`).
 *
 * @param text The text.
 * @param index Offset of the match.
 * @param written The match.
 * @returns Whether it is no placeholder.
 */
function proMemorieExplained(text: string, index: number, written: string): boolean {
  const before = text.slice(Math.max(0, index - 30), index)
  const after = text.slice(index + written.length, index + written.length + 40)
  if (/^p/u.test(written) && /(?:\d|€|euro)[\s\d.,-]{0,12}$/iu.test(before)) return true
  return (
    /^\s{0,2}\(?\s{0,2}(?:=\s{0,2})?pro[\s-]memorie/iu.test(after) ||
    /^\s{1,3}(?:betekent|staat\s+voor|is\s+de\s+afkorting)/iu.test(after) ||
    /pro[\s-]memorie\s{0,2}[(,]?\s{0,2}$/iu.test(before) ||
    /\bals\s{1,3}$/iu.test(before) ||
    // A person (`een PM en twee adviseurs`, `de PM van het project`): a noun after an article.
    (written === 'PM' && /\b(?:een|de)\s{1,3}$/iu.test(before) && !/^\s{0,2}(?:per|euro|procent|%)\b/iu.test(after)) ||
    // The budget notation in a sentence about a post: "is PM opgenomen", "staat op PM",
    // "zetten we op PM", or a PM with its reason ("PM, omdat de verdeling nog niet bekend is").
    /^\s{1,3}(?:opgenomen|geraamd|begroot|gezet|geboekt|vermeld|meegenomen)\b/iu.test(after) ||
    // Where the post stands as PM: "PM in de tabel met lasten", "PM op in de meerjarenraming", "PM in het kostenoverzicht".
    /^\s{1,3}(?:op\s{1,3})?in\s{1,3}(?:de\s{1,3}|het\s{1,3})?\p{L}*(?:tabel|begroting|raming|overzicht)/iu.test(after) ||
    // The post between the verb and `op` may be a long noun phrase (`staat de huur voor het derde jaar op`).
    /\b(?:staat|staan|blijft|blijven|zetten|zet|gezet|houden|houdt|geraamd)(?:\s+[\p{L}\d]+){0,9}\s+op\s{1,3}$/iu.test(text.slice(Math.max(0, index - 90), index)) ||
    /^\s{0,2},?\s{0,2}(?:omdat|want|zolang|totdat|tot\s+(?:de|het))\b/iu.test(after) ||
    (written === 'PM' && reasonInSentence(text, index))
  )
}

// Whether the sentence around `index` gives the reason for a PM or says what it means ("…, omdat
// de bijdrage nog PM is", "PM dat het bedrag nog niet bekend is", "nemen we PM op, omdat …", "is nog
// niet begroot (PM)", "hangt af van de subsidie"): then PM is the budget notation, written on purpose.
function reasonInSentence(text: string, index: number): boolean {
  const from = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('; ', index), text.lastIndexOf('\n', index), index - 200)
  const ends = /[.;\n]\s/.exec(text.slice(index, index + 200))
  const sentence = text.slice(from + 1, ends ? index + ends.index : index + 200)
  // The term written out in the same sentence explains it too (`PM staat … voor pro memorie`).
  return /\b(?:omdat|want|zolang|totdat|betekent|pro[\s-]memorie|afhankelijk\s+van|hangt\s+(?:\p{L}+\s+){0,4}?af|hangen\s+(?:\p{L}+\s+){0,4}?af|nog\s+niet\s+(?:bekend|vast\p{L}*|duidelijk|zeker|geraamd|begroot|becijferd|doorgerekend|gedekt))\b/iu.test(sentence)
}

/**
 * Ellipses that stand for missing text: the whole text, `[…]` outside a quotation, or `…`
 * where a value belongs (`€ …`, `bedraagt …`, `… inwoners`). Not an omission inside a
 * quotation, not "enz." (`sport, cultuur, …`), not a sequence (`1, 2, …, 10`).
 *
 * @param text The text.
 * @returns The ellipses that are placeholders.
 */
function missingTextEllipses(text: string, lines: Lines): Placeholder[] {
  const out: Placeholder[] = []
  const quoted = quotedRanges(text)
  let q = 0
  for (const m of text.matchAll(/[[(]?[ \t]{0,2}(?:…|\.{3,})[ \t]{0,2}[\])]?/g)) {
    const raw = m[0].trim()
    const start = m.index + m[0].indexOf(raw)
    const end = start + raw.length
    while (q < quoted.length && (quoted[q]?.[1] ?? 0) <= start) q++
    const range = quoted[q]
    if (range && range[0] < start) continue
    const bracketed = /^[[(]/.test(raw) && /[\])]$/.test(raw)
    const before = text.slice(Math.max(0, start - 40), start)
    const after = text.slice(end, end + 40)
    // A quotation block.
    if (lines.first(start) === '>') continue
    const whole = only(text, start, -1, /[ \t*_-]/) && only(text, end, 1, /[ \t*_.]/)
    if (bracketed || whole) {
      out.push({ index: start, text: raw })
      continue
    }
    // Enumerations and "enz.": a comma before or after, or the ellipsis glued to a word.
    if (/,\s{0,2}$/.test(before) || /^\s{0,2},/.test(after) || /[\p{L}\p{N}]$/u.test(before)) continue
    const previous = /([\p{L}€]+)\W{0,2}$/u.exec(before)?.[1]?.toLowerCase()
    const next = /^[\s*_]{0,3}([\p{L}\p{N}%]+)/u.exec(after)?.[1]
    // After a colon at the end of a line or cell, the ellipsis is the value: "Contactpersoon: …".
    const afterColon = /:[ \t]{0,2}$/.test(before) && only(text, end, 1, /[ \t*_.(]/)
    if ((previous !== undefined && wantsValue.has(previous)) || /€\s{0,2}$/.test(before) || afterColon || (next !== undefined && unit.test(next)) || gapInSentence(before, after)) {
      out.push({ index: start, text: raw })
    }
  }
  return out
}

// An ellipsis with a word on both sides, inside one sentence, stands where a number or a name
// belongs ("er kwamen … meldingen binnen", "stijgt naar … in 2027"), whatever the words are. Not
// "enzovoort": the last of a list ("sport, muziek, toneel … en meer") or before `en`/`of`/`enz.`.
function gapInSentence(before: string, after: string): boolean {
  if (!/[\p{L}\p{N}%)][ \t]{1,2}$/u.test(before) || !/^[ \t]{1,2}[\p{L}\p{N}€%²]/u.test(after)) return false
  if (/^[ \t]{1,2}(?:en|of|enz|enzovoort|etc|e\.d)(?![\p{L}])/iu.test(after)) return false
  return !/,[ \t]{0,2}[\p{L}\p{N}-]+[ \t]{1,2}$/u.test(before)
}

// Ranges between paired quotation marks (“…”, „…”, ‘…’, "…"), in order.
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let open: { ch: string; at: number } | undefined
  const closes: Record<string, string> = { '“': '”', '„': '”', '‘': '’', '"': '"' }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (open) {
      if (ch === closes[open.ch] && !(ch === '’' && /\p{L}/u.test(text.charAt(i + 1)))) {
        ranges.push([open.at, i])
        open = undefined
      }
    } else if (ch in closes) open = { ch, at: i }
  }
  return ranges
}

// Whether, from `index` in direction `step` up to the end of the line or table cell, every
// character matches.
function only(text: string, index: number, step: 1 | -1, allowed: RegExp): boolean {
  for (let i = step === 1 ? index : index - 1; i >= 0 && i < text.length; i += step) {
    const ch = text.charAt(i)
    if (ch === '\n' || ch === '|') return true
    if (!allowed.test(ch)) return false
  }
  return true
}

/** Line starts of a text, found once, so a look-up per match stays cheap. */
class Lines {
  private readonly starts: number[] = [0]
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** The first non-space character of the line holding `index`. */
  first(index: number): string {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= index) lo = mid
      else hi = mid - 1
    }
    const from = this.starts[lo] ?? 0
    return /\S/.exec(this.text.slice(from, from + 20))?.[0] ?? ''
  }
}
