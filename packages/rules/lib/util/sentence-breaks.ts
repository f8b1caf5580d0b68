/**
 * Where running text breaks off by its layout rather than by its last word: a line of a
 * paragraph that stops mid-clause while the next line starts a new sentence (two half sentences
 * glued together), and a paragraph or list item of one sentence that stops without a full stop
 * while its neighbours close with one. Used by `unfinished-sentence`.
 */
import { isItem, itemText } from './paragraph-ends.js'
import { clusterWithoutVerb, nounOpener } from './clause-cut.js'
import { strongPast } from './dated-future.js'

// Words that start a Dutch sentence and are never written with a capital inside one, unless they
// begin a name (`basisschool De Regenboog`): then the next word has a capital too. Every
// preposition and linking adverb that opens a sentence counts (`Over de kosten …`, `Daarna
// volgt …`, `Tijdens de bouw …`), not a chosen few.
const starter = String.raw`(?:De|Het|Een|We|Wij|Ze|Zij|Ik|U|Dit|Dat|Deze|Die|Er|Daar|Hier|Daar(?:om|naast|bij|na|voor|mee|door|in|op|uit|over|toe)|Hier(?:bij|mee|voor|door|in|naast)|Ook|Verder|Vervolgens|Bovendien|Zo|Als|Omdat|Wanneer|Zodra|Nadat|Voordat|Hoewel|Nu|Toch|Dan|Maar|En|In|Op|Met|Voor|Bij|Na|Door|Vanaf|Sinds|Om|Over|Tot|Tijdens|Naast|Volgens|Zonder|Onder|Tegen|Tussen|Vanuit|Via|Uit|Aan|Elke|Iedere|Alle|Veel|Binnen)`
// A starter, an article and a capital open a name or title (`Aan de Slag`, `Over de Brug`), not a sentence.
const notName = String.raw`(?!(?:de|het|een|der|den)[ \t]+\p{Lu})`
// The subject may be an abbreviation before its verb ("De GGD adviseert …").
const newSentence = new RegExp(String.raw`^[ \t]*${starter}[ \t]+(?:\p{Lu}{2,}[ \t]+)?${notName}\p{Ll}`, 'u')
// A lowercase word at the end of a line, without punctuation after it (emphasis aside).
const openEnd = /(?<![\p{L}\p{N}\-/.@])(\p{Ll}[\p{L}\p{N}'’-]*)[*_]*[ \t]*$/u

/** A place where a line stops mid-sentence. */
export interface LineBreak {
  /** Offset of the last word of the line in the text. */
  index: number
  /** That word. */
  word: string
  /** The start of the next line. */
  next: string
}

/**
 * Lines of a paragraph (or list item with its continuation lines) that stop on a lowercase
 * word while the next line starts a new sentence: "… bewoners die na de sloop van hun flat" +
 * "We bieden hen …". Only a line that is itself part of running text: it holds a sentence mark
 * (`. `, `, `), continues a wrapped sentence or is a list item of five words or more, so a title
 * line above a sentence does not count.
 *
 * @param text The paragraph.
 * @param cut Whether a line (without its list marker) stops mid-clause (`clauseCut`, a dangling word).
 * @returns The breaks, in order.
 */
export function gluedLineBreaks(text: string, cut: (line: string) => boolean): LineBreak[] {
  const out: LineBreak[] = []
  const lines = text.split('\n')
  // Each line's open end, read once: a line's own and the next line's `wrapped` both ask.
  const ends = lines.map((line) => openEnd.exec(line))
  let offset = 0
  lines.forEach((line, i) => {
    const next = lines[i + 1]
    const end = ends[i]
    const content = itemText(line)
    const wrapped = i > 0 && ends[i - 1] !== null
    // A line that opens after a closed sentence starts a sentence of its own (a paragraph written
    // one sentence per line): running text, not a title.
    const opensSentence = i > 0 && /[.!?][*_)”"’]*[ \t]*$/u.test(lines[i - 1] ?? '') && /^\p{Lu}/u.test(content.trim())
    const words = content.split(/\s+/).length
    // A list item of five words or more is running text too.
    const item = content.length < line.length && words >= 5
    if (end?.[1] && next !== undefined && !isItem(next) && newSentence.test(next)) {
      // A line of five words or more that opens with a capital is a sentence too, not a title.
      const long = words >= 5 && /^\p{Lu}/u.test(content.trim())
      if (words >= 4 && (/[.,;!?]\s/.test(content) || wrapped || item || opensSentence || long) && cut(content)) {
        out.push({ index: offset + end.index, word: end[1], next: next.trim() })
      }
    }
    offset += line.length + 1
  })
  return out
}

// A small word no sentence ends on, written in lower case, right before a word that only starts a
// sentence (`… voor de We starten …`): two sentences glued inside one line.
const gluedWord = new RegExp(String.raw`(?<![\p{L}\p{N}'’‘"“-])(de|het|een|en|of|maar|omdat|zodat|dat|met|voor|van|op|aan|naar|bij|door|over|tot|te)[ \t]+(?=${starter}[ \t]+${notName}\p{Ll})`, 'gu')

// A word that opens a sentence and does not open a name or a title written in sentence case
// (unlike `De`, `Een` or `Op`: `basisschool De regenboog`, `de folder Op pad`): a pronoun, a
// pronominal or linking adverb. After any lower-case word or number it starts a new sentence
// whose predecessor lost its end: `… bij de nieuwe route Daarvoor sturen we …`, `… naar 64 Daarnaast …`.
const strongStarter = String.raw`(?:We|Wij|Ik|Dit|Deze|Er|Daar(?:om|naast|bij|mee|voor|door|na|in|op|uit|over|toe)|Hier(?:om|naast|bij|mee|voor|door|na|in|op|uit|over|toe)|Bovendien|Verder|Ook|Toch|Zo)`
// A noun after which a name or title follows (`de campagne Zo doen we dat`, `stichting Wij
// helpen`): the capital there starts the name, not a sentence. Also as the end of a compound.
const namingNoun = /(?:campagne|programma|project|actie|nota|aanpak|methode|training|cursus|stichting|vereniging|rapport|notitie|handreiking|leidraad|brief|brochure|folder|boek|app|website|film|festival|thema|motto|slogan|titel|leus|regeling|visie|plan|agenda)$/iu
const gluedAfterWord = new RegExp(String.raw`(?<![\p{L}\p{N}'’‘"“-])(\p{Ll}[\p{L}'’-]*|\d+(?:[.,]\d+)*)[ \t]+(?=${strongStarter}[ \t]+\p{Ll})`, 'gu')

/**
 * Places inside a line where a sentence stops on an article, conjunction or preposition and the
 * next sentence starts right after it: "… taalcafés voor de We starten in september …"; or stops
 * on any lower-case word or number and the next opens with a pronoun or linking adverb ("…
 * bij de nieuwe route Daarvoor sturen we …"). Only in running text: three words or more
 * before it on the line.
 *
 * @param text A paragraph, list item or cell.
 * @returns The breaks, in order.
 */
export function gluedInLine(text: string): LineBreak[] {
  const out: LineBreak[] = []
  // The words before such a break must read as a clause: a label glued to the first sentence of a
  // table cell (`| Minder maatwerk, meer algemene voorzieningen Hierbij …`) is a heading, not a cut.
  const afterWord = [...text.matchAll(gluedAfterWord)].filter((m) => !namingNoun.test(m[1] ?? '') && readsAsClause(runBefore(text, m.index + (m[1] ?? '').length)))
  const matches = [...text.matchAll(gluedWord), ...afterWord].sort((a, b) => a.index - b.index)
  for (const m of matches) {
    if (out.some((b) => b.index === m.index)) continue
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    if (text.slice(lineStart, m.index).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) continue
    const rest = text.slice(m.index + m[0].length)
    out.push({ index: m.index, word: m[1] ?? '', next: (/^[^\n]*/u.exec(rest)?.[0] ?? '').trim() })
  }
  return out
}

// The words of a sentence up to `end`: back to the start of its line, cell or sentence.
function runBefore(text: string, end: number): string {
  const head = text.slice(0, end)
  const start = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('|'), ...[...head.matchAll(/[.!?;:](?=\s)/gu)].map((m) => m.index))
  return head.slice(start + 1).replace(/^\s*(?:[-*+]|\d+[.)])?\s*/u, '')
}

// A stretch of words that is a clause, not a label: a comma, a subject pronoun, a finite
// auxiliary, or a word with a finite verb's form (on -t, -en, -de, -te, a strong past) right
// after a bare plural subject (`Vrijwilligers bezorgen …`) or after a subject that opens with a
// determiner (`Elke school krijgt …`, `Het aantal deelnemers … steeg …`).
function readsAsClause(run: string): boolean {
  if (run.includes(',') || /\b(?:we|wij|ze|zij|ik|je|er)\b/iu.test(run) || finiteVerb.test(run)) return true
  const lower = run.split(/\s+/).slice(0, 9).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''))
  const verbForm = (w: string, i: number): boolean => w.length >= 4 && (/(?:t|en|de|te)$/u.test(w) || strongPast.test(w)) && !notVerbOnT.test(w) && !nounOpener.test(lower[i - 1] ?? '')
  if (/^(?:de|het|een|deze|dit|onze|ons|elke|iedere|alle|veel)$/u.test(lower[0] ?? '')) return lower.some((w, i) => i >= 2 && verbForm(w, i))
  return /(?:s|en)$/u.test(lower[0] ?? '') && verbForm(lower[1] ?? '', 1)
}

/**
 * Whether a paragraph of one sentence that ends without a full stop reads as a cut sentence,
 * not as a title, caption or label: eight words or more, starting with a capital, and a clause
 * inside (a comma, or a subject such as `we`, `er`, `de gemeente`).
 *
 * @param body The paragraph (line breaks as spaces).
 * @returns Whether it is a sentence.
 */
export function sentenceWithoutStop(body: string): boolean {
  const words = body.split(/\s+/)
  return oneSentence(body) && words.length >= 8 && (body.includes(',') || /\b(?:we|wij|ze|zij|er|het\s+college|de\s+gemeente|de\s+raad)\b/iu.test(body) || finiteVerb.test(body) || verbSecond(words))
}

/**
 * Whether a paragraph is one sentence without its stop by its form only: a capital first, no
 * caption word, no mark inside, no web address. Length and a clause are left to the caller.
 *
 * @param body The paragraph (line breaks as spaces).
 * @returns Whether it may be a sentence.
 */
export function oneSentence(body: string): boolean {
  if (!/^\p{Lu}/u.test(body) || /^(?:Figuur|Tabel|Grafiek|Afbeelding|Kaart|Foto|Bron|Bijlage)\b/u.test(body)) return false
  return !/[.!?:;]\s/.test(body) && !/https?:|www\./.test(body)
}

/**
 * Whether a text stops on the auxiliaries of its verb cluster without the verb (see
 * `clusterWithoutVerb`).
 *
 * @param text A paragraph or item without its closing mark.
 * @returns Whether the verb is missing.
 */
export function auxiliaryStranded(text: string): boolean {
  return clusterWithoutVerb(text.replace(/[*_]+$/, '').split(/[\s,;()]+/).filter(Boolean).map((w) => w.toLowerCase()))
}

// Finite forms of the auxiliaries and of `zijn` / `hebben`: a clause, not a caption or label.
const finiteVerb = /\b(?:is|zijn|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|zal|zullen|wil|willen|mag|mogen)\b/iu
// Words on -t that are no verb.
const notVerbOnT = /^(?:niet|met|dat|wat|het|tot|uit|net|toch|echt|licht|recht|plaats|markt|dienst|kracht|zicht|inzicht|opzicht|overzicht)$/u

// A subject of an article and noun (a phrase may follow it) and then a word on -t that follows no
// article or preposition: the finite verb of a main clause ("De bouw van de school hangt …").
function verbSecond(words: string[]): boolean {
  if (!/^(?:de|het|een|deze|dit|onze|ons)$/iu.test(words[0] ?? '')) return false
  const lower = words.slice(0, 8).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''))
  return lower.some((w, i) => i >= 2 && w.length >= 4 && w.endsWith('t') && !notVerbOnT.test(w) && !nounOpener.test(lower[i - 1] ?? ''))
}

/**
 * Whether a paragraph is running text that closes with a full stop (or ? or !).
 *
 * @param text The paragraph, if any.
 * @returns Whether it closes.
 */
export function closedProse(text: string | undefined): boolean {
  return text !== undefined && !/^[|#>!]/.test(text) && !isItem(text) && /[.!?][*_)”"’]*$/.test(text)
}


/**
 * Whether a list item is one sentence: a capital, five words or more, no sentence end inside.
 *
 * @param content The item without its marker.
 * @returns Whether it is one sentence.
 */
export function oneSentenceItem(content: string): boolean {
  // A goal or action number before the sentence (`3.2 Kinderen gaan …`) is its label, not its start.
  const sentence = content.replace(/^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+(?=\p{Lu})/u, '')
  return /^\p{Lu}/u.test(sentence) && sentence.split(/\s+/).length >= 5 && !/[.!?:;]\s/.test(sentence)
}
