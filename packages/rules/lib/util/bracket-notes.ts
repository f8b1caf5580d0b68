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
