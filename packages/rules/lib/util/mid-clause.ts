/**
 * Whether a text without its full stop stops mid-clause, for `unfinished-sentence`: a preposition
 * or adverb at its end counts only when no verb takes it as its particle.
 */
import { clauseCut } from './clause-cut.js'
import { verblessBijzin } from './clause-gaps.js'
import { futureWithoutVerb, modalWithoutVerb } from './closed-sentence-gaps.js'
import { objectlessVerb } from './objectless-verbs.js'
import { lastWord } from './paragraph-ends.js'
import { objectMissing } from './missing-object.js'
import { expletiveWithoutSubject, openWhetherClause } from './open-clause-ends.js'
import { adverbPrepositions, clauseEnds, dangling } from './sentence-end-words.js'

// Whether a text without its full stop stops mid-clause (`clauseCut`), reading `binnen`, `zonder`, …
// at the end as cut only when no verb takes it as its particle.
export function stopsMidClause(text: string): boolean {
  // A transitive verb with only phrases after it, or a bijzin without a verb: cut whatever the last word.
  // So does `zal`/`zullen` with words after it but no infinitive (`Het college zal de raad in het najaar`),
  // an expletive `er` without its subject (`…, komt er`) and a question after `onderzoeken of` without its verb.
  if (objectlessVerb(text) || verblessBijzin(text) || futureWithoutVerb(text, true) || modalWithoutVerb(text, true) || expletiveWithoutSubject(text) || openWhetherClause(text)) return true
  if (!clauseCut(text, clauseEnds)) return false
  const last = lastWord(text)
  const word = last?.word.toLowerCase() ?? ''
  return !last || !adverbPrepositions.has(word) || objectMissing(text, last.index, word)
}

// Whether a line glued to the next sentence stops mid-clause: a preposition at its end only when
// no verb takes it as its particle ("… voert de inzameling zelf uit" is a sentence without its stop).
export function lineStopsMidClause(line: string): boolean {
  const last = lastWord(line)
  const word = last?.word.toLowerCase() ?? ''
  if (dangling.has(word)) return true
  return stopsMidClause(line) && (!last || !clauseEnds.has(word) || objectMissing(line, last.index, word))
}
