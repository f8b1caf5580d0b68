/**
 * Working notes in square brackets, told by what they ask for rather than by their first word:
 * `[maand invullen]`, `[stand opvragen bij team Financiën]`, `[cijfers van de GGD afwachten]`,
 * `[getal volgt]`. A writer may put the instruction first, last or in the middle; any verb of
 * filling in, asking or checking in the brackets makes them a note. Not a Markdown link
 * (`[tekst](…)`, `[tekst][1]`, a link definition `[1]:`), not a footnote, not an editorial
 * insertion in a quotation (`[de wethouders]`), which hold none of these verbs.
 *
 * Linear: bounded character runs, no nested quantifiers.
 */

// Verbs (infinitive or present tense) that ask a colleague to supply or check something.
const asks = [
  'invullen', 'aanvullen', 'opvragen', 'navragen', 'nagaan', 'nakijken', 'checken', 'controleren', 'uitzoeken', 'opzoeken',
  'toevoegen', 'invoegen', 'bijwerken', 'actualiseren', 'aanleveren', 'afwachten', 'verifiëren', 'bevestigen', 'updaten',
  'aanpassen', 'uitrekenen', 'berekenen', 'volgt', 'volgen', 'ontbreekt', 'ontbreken'
].join('|')

/** Square brackets that hold an instruction or a promise of text still to come. */
export const bracketNote = new RegExp(String.raw`\[[^[\]\n]{0,60}(?<![\p{L}])(?:${asks})(?![\p{L}])[^[\]\n]{0,60}\](?![([:])`, 'giu')

// Verbs of filling in or looking up; in parentheses only as the last word of a short note.
const fills = 'invullen|aanvullen|opvragen|navragen|nakijken|checken|uitzoeken|opzoeken|toevoegen|bijwerken|aanleveren|afwachten'

/**
 * A short note in parentheses that ends on an instruction: `(datum invullen)`, `(cijfers
 * opvragen)`. Not a clause with a subject, which is prose (`(die we jaarlijks nakijken)`).
 */
export const parenthesisNote = new RegExp(
  String.raw`\((?![^()\n]{0,50}(?<![\p{L}])(?:die|dat|we|wij|ze|zij|u|men|je|wordt|worden|is|zijn)(?![\p{L}]))[^()\n]{0,50}(?<![\p{L}])(?:nog\s{1,3})?(?:${fills})[ \t]{0,2}\)`,
  'giu'
)

// Words that make a bracket a clause of prose rather than a note: a subject pronoun, a finite
// auxiliary or modal (`(inwoners kunnen dit nog navragen)`, `(die we jaarlijks nakijken)`).
const clauseWords = 'die|dat|we|wij|ze|zij|u|men|je|wordt|worden|is|zijn|kan|kunnen|moet|moeten|mag|mogen|zal|zullen|wil|willen|gaat|gaan'

// Words that open a phrase of prose, or stand before the verb used as a noun or in a clause of its
// own (`(zoals nagaan of …)`, `(het navragen van …)`, `(door te checken)`).
const functionWords = String.raw`(?:zoals|bijvoorbeeld|bijv\.|ook|en|of|om|te|zelf|het|de|een|dit|door|bij|na|voor|van|zonder|met)`

// Words of how often something is done: with them a bracket describes a task that recurs
// (`(jaarlijks controleren op slijtage)`), not a gap a writer left.
const frequencyWords = String.raw`(?:\p{L}*jaarlijks|maandelijks|wekelijks|dagelijks|periodiek|regelmatig)`

/**
 * A short note in parentheses with its instruction inside rather than first or last: after `nog`
 * (`(aantal bezoekers nog opvragen bij de bibliotheek)`) or after the one to three bare words that
 * name what is missing (`(bedrag checken bij Financiën)`). Not a clause (see `clauseWords`), and not
 * the verb used as a noun after an article (`(bijvoorbeeld het navragen van referenties)`).
 */
export const embeddedNote = new RegExp(
  String.raw`\((?![^()
]{0,110}(?<![\p{L}])(?:${clauseWords})(?![\p{L}]))(?:[^()
]{0,50}(?<![\p{L}])nog\s{1,3}|(?!${functionWords}\s)(?:(?!${frequencyWords}(?![\p{L}]))\p{Ll}[\p{Ll}'’-]*\s{1,3}){1,3})(?<!${functionWords}\s{1,3})(?:${fills}|controleren|nagaan)(?![\p{L}])[^()
]{0,60}\)`,
  'giu'
)

// Instructions a note opens with: a verb of filling in or deciding, bare or as `te`/`nog`/`nader
// te` + infinitive (`nog bepalen`, `nader te bepalen`, `aan te vullen`, `in te vullen`).
const opens = String.raw`(?:(?:nog|nader)\s{1,3})?(?:te\s{1,3})?(?:${fills}|invoegen|bepalen|vaststellen|uitwerken|berekenen|aanpassen|controleren)|(?:(?:nog|nader)\s{1,3})?(?:in|aan)\s{1,3}te\s{1,3}vullen`

/**
 * A note in brackets that opens with its instruction, whatever follows (`(aanvullen na overleg
 * met X)`, `[nog bepalen]`, `(nader te bepalen)`, `(aan te vullen door team Jeugd)`, `(volgt)`):
 * the instruction first is how a writer marks a gap for a colleague. A remark in brackets that
 * is prose opens with its subject or its topic (`(de precieze maand bepalen we later)`).
 */
export const openingNote = new RegExp(String.raw`[([](?:(?:${opens})(?![\p{L}])[^()[\]\n]{0,80}|volgt(?:\s{1,3}(?:nog|later))?\s{0,2})[)\]](?!\()`, 'giu')

/**
 * Empty brackets between words, where a figure or name was to go (`is ( ) in 2026`, `€ [ ]`); not
 * a task box at the start of a list item (`- [ ]`), nor a link without text (`[ ](…)`).
 */
export const emptySlot = /(?<=[\p{L}\p{N}€,]\s{1,2})[([][ \t]{0,3}[)\]](?![(:])/gu
