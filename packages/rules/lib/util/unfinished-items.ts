/**
 * The list items of a paragraph of running text, read by `unfinished-sentence`: each item that stops
 * on a word no sentence ends on, that owes a word, or that breaks off while the other items close.
 * Split from the rule, which reads the paragraphs around them.
 */
import { oneSentenceItem } from './sentence-breaks.js'
import { owesWord } from './clause-verbs.js'
import { clauseGaps, openBijzin, verblessBijzin } from './clause-gaps.js'
import { closedSiblings, isItem, itemCloses, itemText, lastWord, openLastSentence } from './paragraph-ends.js'
import { dangling, neverLastSet, openPhraseAt, particles, prepositionSet } from './sentence-end-words.js'
import { objectMissing } from './missing-object.js'
import { stopsMidClause } from './mid-clause.js'
import { openBijzinAfterComma } from './clause-cut.js'
import { verblessItemBijzin } from './verbless-clauses.js'

/** Reports a cut at an offset of the text: the word, how it is cut, and the paragraph it runs on in. */
export type ReportCut = (index: number, word: string, kind: 'word' | 'continues' | 'open', following?: string) => void
/** Reports a clause gap at an offset of the text. */
export type ReportGap = (index: number, gap: { length: number; reason: string }) => void

/**
 * Reads each item of a list in running text.
 *
 * @param body The paragraph (a list), line breaks kept.
 * @param start The paragraph's offset in its text.
 * @param next The next paragraph when it goes on in lower case: the last item's sentence runs on in it.
 * @param cut Reports an item that breaks off.
 * @param gap Reports a clause gap inside an item.
 */
export function listItemCuts(body: string, start: number, next: string | undefined, cut: ReportCut, gap: ReportGap): void {
  // Each item of a list in prose, unless sub-items follow it.
  // A line that is no item continues the item above it (a soft break inside the item's
  // sentence): read as one line, or the break looks like a sub-item and the end of the
  // sentence is never read. Same length, so offsets stay.
  const lines = body.replace(/\n(?!\s*(?:[-*+]|\d+[.)])\s|\s*[|#>])/g, ' ').split('\n')
  let offset = start
  const othersClosed = closedSiblings(lines)
  // Items that run on with `;` may start in lower case: the last one still owes its full stop.
  const semicolons = lines.some((l) => isItem(l) && /;\s*$/.test(l))
  lines.forEach((line, j) => {
    const nextLine = lines[j + 1]
    const nested = nextLine !== undefined && nextLine.length - nextLine.trimStart().length > line.length - line.trimStart().length
    const last = isItem(line.trim()) && !nested ? lastWord(line) : undefined
    const word = last?.word.toLowerCase() ?? ''
    const continues = j === lines.length - 1 ? next : undefined
    // `; en` or `, of` before the last item joins the items, as in a legal list (`- de bibliotheek; en`).
    const joinsNext = /[;,]\s*(?:en|of)\s*$/u.test(line) && nextLine !== undefined && isItem(nextLine)
    // An item that stops on an article after its preposition, or on `ervoor dat`, also before its `;`.
    const phrase = isItem(line.trim()) && !nested && !joinsNext ? openPhraseAt(line) : undefined
    if (phrase && !(last && dangling.has(word))) {
      cut(offset + phrase.index, phrase.word, 'word')
    } else if (last && !joinsNext && (dangling.has(word) || owesWord(line) || (continues !== undefined && particles.has(word)))) {
      cut(offset + last.index, last.word, continues === undefined ? 'word' : 'continues', continues)
    } else if (last && /^\p{Ll}/u.test(last.word) && othersClosed(j) && (openLastSentence(itemText(line), last.index - (line.length - itemText(line).length)) || ((oneSentenceItem(itemText(line)) || (semicolons && oneClause(itemText(line)))) && stopsMidClause(itemText(line))) || lastClauseCut(itemText(line)))) {
      // An item whose last sentence breaks off while its first and the other items close
      // with a full stop ("1. We openen een inloophuis. Verder willen we dat meer"), or an
      // item of one sentence that stops while all the others close.
      cut(offset + last.index, last.word, 'open')
    } else if (last && othersClosed(j) && verblessItemBijzin(itemText(line))) {
      // An item that is a bijzin of its own (`- of de huurders aan de Kade`) stops before its
      // verb while the other items close.
      cut(offset + last.index, last.word, 'open')
    } else if (isItem(line.trim()) && !nested && stopsInOwnBijzin(lines, j)) {
      // An item that stops inside a bijzin before its verb (`- We zoeken uit hoe bewoners
      // eerder bij het loket`, `… dat elk kind in groep 8`), whatever its last word or number,
      // in a list where another item closes.
      const end = last ?? tailToken(line)
      cut(offset + end.index, end.word, 'open')
    } else if (last && !nested && openBijzinAfterComma(itemText(line)) && lines.some((l, k) => k !== j && isItem(l) && itemCloses(l))) {
      // An item, in lower case too, whose bijzin after a comma stops before its verb
      // (`- …, zodat meer`), in a list where another item closes.
      cut(offset + last.index, last.word, 'open')
    } else if (last && prepositionSet.has(word) && word !== 'een') {
      const content = itemText(line)
      const shift = line.length - content.length
      if (endsOnBarePreposition(content, last.index - shift, word)) cut(offset + last.index, last.word, 'word')
    } else if (!last && !nested && /;\s*$/u.test(line) && lines.some((l, k) => k !== j && isItem(l) && itemCloses(l)) && (verblessItemBijzin(itemText(line)) || verblessBijzin(itemText(line).replace(/;\s*$/u, '')) !== undefined)) {
      // An item that runs on with `;` but whose bijzin has no verb (`- of een pont in de zomer;`,
      // `- een loket, zodat ouders met vragen;`): the semicolon parts items, it does not finish the clause.
      const end = /(\S+?);\s*$/u.exec(line)
      cut(offset + (end?.index ?? 0), end?.[1] ?? '', 'open')
    } else if (!last && isItem(line.trim()) && !nested) {
      // An item closed by a full stop or semicolon right after a word no sentence ends on
      // (`- Een budget voor de.`, `- een loket voor;`), as in running text.
      const content = itemText(line)
      const shift = line.length - content.length
      const closing = /(?<![\p{L}\p{N}.'’"“‘-])(\p{L}+)[.;!?]\s*$/u.exec(content)
      const closer = closing?.[1]?.toLowerCase() ?? ''
      const questionRow = closing !== null && lastQuestionWord(content, closing.index, closer)
      if (closing && !questionRow && (neverLastSet.has(closer) || (prepositionSet.has(closer) && closer !== 'een' && objectMissing(content, closing.index, closer, 2)))) {
        cut(offset + shift + closing.index, closing[1] ?? '', 'word')
      }
    }
    if (isItem(line.trim())) for (const found of clauseGaps(itemText(line))) gap(offset + line.length - itemText(line).length + found.index, found)
    offset += line.length + 1
  })
}

/**
 * Whether an item stops on a preposition without its object ("- begeleiding van jongeren naar",
 * "- … voor gerecycled kunststof of voor"); an item may be a phrase of two words (`een budget voor`).
 * Not a particle of the verb (`nodigen de bewoners uit`).
 *
 * @param content The item's text, without its marker.
 * @param index The offset of the last word in `content`.
 * @param word The last word, lower case.
 */
export function endsOnBarePreposition(content: string, index: number, word: string): boolean {
  return prepositionSet.has(word) && word !== 'een' && objectMissing(content, index, word, 2)
}

// A list item that is a sentence (a capital first) and stops without its mark inside a bijzin that
// has no verb, while another item of its list closes: the list is one of sentences, this one is cut.
function stopsInOwnBijzin(lines: string[], j: number): boolean {
  return sentenceInOwnBijzin(itemText(lines[j] ?? '')) && lines.some((line, k) => k !== j && isItem(line) && itemCloses(line))
}

// The last token of a line (a number too, which `lastWord` leaves out), with its offset.
function tailToken(line: string): { word: string; index: number } {
  const m = /(\S+)\s*$/u.exec(line)
  return { word: m?.[1] ?? '', index: m?.index ?? 0 }
}

// A text with a capital first that stops without its mark inside a bijzin without a verb.
export function sentenceInOwnBijzin(content: string): boolean {
  return /^\p{Lu}/u.test(content) && openBijzin(content) !== undefined
}

// A list item of one clause in lower case, as in a list that runs on with semicolons.
function oneClause(content: string): boolean {
  return content.split(/\s+/).length >= 5 && !/[.!?:;]\s/.test(content)
}

// "… wat we doen, met wie en wanneer.": the last of a row of question words ends a sentence, though
// `wanneer` is a word no sentence ends on elsewhere.
export function lastQuestionWord(text: string, index: number, word: string): boolean {
  return /^wanneer$/i.test(word) && /(?:,|\ben|\bof)\s+$/iu.test(text.slice(Math.max(0, index - 6), index))
}

/**
 * Whether the clause after an item's last semicolon stops mid-clause (`…; blijft de aanvulling uit,
 * dan`): a clause of its own, read as an item of one sentence is.
 *
 * @param content The item without its marker.
 * @returns Whether that clause is cut.
 */
export function lastClauseCut(content: string): boolean {
  const at = content.lastIndexOf('; ')
  if (at < 0) return false
  const clause = content.slice(at + 2)
  return clause.split(/\s+/u).length >= 4 && stopsMidClause(clause)
}
