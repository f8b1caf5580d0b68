/**
 * Closed word classes of Dutch grammar that never end a sentence, a cell or a label, taken from the
 * grammar (not from plans): they complete the lists of `sentence-end-words` (running text) and
 * `cell-endings` (cells, titles, fields). Left out because they may end a sentence: `alsof` (`We
 * doen niet alsof.`), `zolang` as an adverb (`Wacht hier zolang.`), `dan wel` (`Dat kan dan wel.`),
 * `conform`, `inclusief`, `vanuit` (`Daar gaan we vanuit.`), `rondom`, `nabij`, `dergelijke` (`en
 * dergelijke.`), `ieder`, `elk`, `deze`, `dit`, `geen`, `beide`, `toen`, `nu`, `hoe`, `waarom`.
 */

// Subordinating conjunctions that always open a clause (`mits de raad instemt`), and coordinating
// ones that always join a second part (`doch`, `ofwel`).
export const closedConjunctions = [
  'mits', 'opdat', 'teneinde', 'totdat', 'alvorens', 'ofschoon', 'alhoewel', 'naarmate', 'naargelang', 'hetzij', 'doch', 'ofwel', 'oftewel'
]
// Prepositions that never strand and are no verb particle: without their object the phrase is cut
// (`de kosten per`, `een brief namens`). `per direct` and `per 1 januari` keep theirs.
export const closedPrepositions = [
  'per', 'wegens', 'namens', 'krachtens', 'ingevolge', 'gedurende', 'omtrent', 'jegens', 'behoudens', 'benevens', 'aangaande', 'blijkens', 'luidens', 'sedert', 'nopens', 'qua', 'omstreeks'
]
// Determiners and relative words that need their noun or clause (`zulke`, `welk`, `menig`, `wiens`).
export const closedDeterminers = ['zulke', 'welk', 'menig', 'wiens', 'wier', 'hetgeen']
