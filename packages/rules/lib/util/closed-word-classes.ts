/**
 * Closed word classes of Dutch grammar that never end a sentence, a cell or a label, taken from the
 * grammar (not from plans): they complete the lists of `sentence-end-words` (running text) and
 * `cell-endings` (cells, titles, fields). Left out because they may end a sentence: `alsof` (`We
 * doen niet alsof.`), `zolang` as an adverb (`Wacht hier zolang.`), `dan wel` (`Dat kan dan wel.`),
 * `conform`, `inclusief`, `vanuit` (`Daar gaan we vanuit.`), `rondom`, `nabij`, `dergelijke` (`en
 * dergelijke.`), `ieder`, `elk`, `deze`, `dit`, `geen`, `beide`, `toen`, `nu`, `hoe`, `waarom`.
 */

// Subordinating conjunctions that always open a clause (`mits de raad instemt`), `teneinde` (`…
// te`), and coordinating ones that always join a second part (`doch`, `ofwel`).
const subordinators = ['mits', 'opdat', 'totdat', 'alvorens', 'ofschoon', 'alhoewel', 'naarmate', 'naargelang']
export const closedConjunctions = [...subordinators, 'teneinde', 'hetzij', 'doch', 'ofwel', 'oftewel']
// Prepositions that never strand and are no verb particle: without their object the phrase is cut
// (`de kosten per`, `een brief namens`). `per direct` and `per 1 januari` keep theirs.
export const closedPrepositions = [
  'per', 'wegens', 'namens', 'krachtens', 'ingevolge', 'gedurende', 'omtrent', 'jegens', 'behoudens', 'benevens', 'aangaande', 'blijkens', 'luidens', 'sedert', 'nopens', 'qua', 'omstreeks'
]
// Determiners and relative words that need their noun or clause (`zulke`, `welk`, `menig`, `wiens`).
export const closedDeterminers = ['zulke', 'welk', 'menig', 'wiens', 'wier', 'hetgeen']

// Subordinating conjunctions whose clause puts its verb last: followed only by its subject, the
// clause has no verb (`…, zodat we`). Not `als`, `dan` or `zoals`, which also compare (`net als
// wij`, `beter dan zij`), nor `dat` and `of`, which have other readings.
const SUBORDINATORS = ['omdat', 'zodat', 'doordat', 'nadat', 'voordat', 'terwijl', 'hoewel', 'tenzij', 'zodra', 'indien', 'wanneer', 'aangezien', 'zolang', ...subordinators]
const BARE_BIJZIN_END = new RegExp(String.raw`(?<![\p{L}])(?:${SUBORDINATORS.join('|')})\s+(we|wij|ze|zij|ik|je|jij|u|hij|men|jullie|er|het)[*_]*\s*$`, 'iu')

/**
 * Where a cell, title or item stops on a subordinating conjunction and its subject pronoun only
 * (`We investeren in de wijkteams zodat we`): the bijzin's verb never comes.
 *
 * @param text The text, without its closing mark.
 * @returns The pronoun and its offset, or undefined.
 */
export function bareBijzinEnd(text: string): { word: string; index: number } | undefined {
  const m = BARE_BIJZIN_END.exec(text)
  const word = m?.[1]
  return m && word ? { word, index: m.index + m[0].lastIndexOf(word) } : undefined
}
