/**
 * Remembering what a pure reader made of a text. Several rules read the same text the same way
 * (`prose-calculation` and `arithmetic-slip` both need the implied calculations and the slips of
 * every calculation text), and those readers are the costliest part of a check; the second rule
 * now gets the first one's answer instead of reading the text again.
 */

// The JSON of an object argument, by identity: the plan's finance tables go with every text of
// the plan, and writing them out anew for each text cost more than the lookup saved. Readers'
// arguments come from the model, which no one changes after it is read.
const written = new WeakMap<object, string>()
function argumentKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined'
  let json = written.get(value)
  if (json === undefined) written.set(value, (json = JSON.stringify(value)))
  return json
}

// One level per argument, the text last. No key is joined from several strings: a joined key is
// a new string per call, hashed over its whole length every time (with the text and the tables
// in it, a tenth of the eval's time); the text and a remembered JSON are the same string objects
// call after call, and V8 keeps a string's hash.
// A plain argument (a number, a string, `undefined`) is its own key, in a map apart from the
// objects' JSON: writing it out as JSON was a new string per call (for a second text, as long as
// that text), hashed anew each time.
interface Level<R> {
  next: Map<string, Level<R>>
  plain: Map<unknown, Level<R>>
  answers: Map<string, R>
}

const level = <R>(): Level<R> => ({ next: new Map(), plain: new Map(), answers: new Map() })

/**
 * A memoized copy of `read`, for readers whose answer depends only on their arguments and is
 * never changed by its users.
 *
 * @param read The reader: a text, then plain arguments (numbers, strings, small objects).
 * @param size How many answers to keep; when full, it starts over (one plan's texts fit easily).
 * @returns The reader with a memory.
 */
export function memoByText<A extends unknown[], R>(read: (text: string, ...rest: A) => R, size = 2000): (text: string, ...rest: A) => R {
  let root: Level<R> = level()
  let kept = 0
  return (text, ...rest) => {
    let at = root
    for (const value of rest) {
      const object = typeof value === 'object' && value !== null
      const key = object ? argumentKey(value) : value
      const map: Map<unknown, Level<R>> = object ? at.next : at.plain
      let below = map.get(key)
      if (!below) map.set(key, (below = level()))
      at = below
    }
    // One lookup for a remembered answer (a second would compare the text again); `has` only for an answer that is `undefined`.
    const remembered = at.answers.get(text)
    if (remembered !== undefined || at.answers.has(text)) return remembered as R
    const answer = read(text, ...rest)
    // Full: start over (the answers are pure, so only time is lost).
    if (kept >= size) {
      root = level()
      kept = 0
      return answer
    }
    at.answers.set(text, answer)
    kept++
    return answer
  }
}

/**
 * How many answers a reader of sentences keeps: more than the largest plan has sentences (the
 * largest plans have some thousands of sentences). Fewer, and a reader that goes through a plan's sentences
 * more than once starts over before it comes back to the first.
 */
export const SENTENCES = 20_000

/**
 * A memoized sentence reader whose findings carry the sentence's offset in its text. A reader of
 * the texts before a section (`readAfter`) reads the same sentences again for every section of a
 * chapter; the findings of a sentence are read once and only placed anew.
 *
 * @param read The reader: a sentence to its findings, without their offset.
 * @returns The reader of a sentence at an offset, its findings at that offset.
 */
export function memoPlaced<T extends object>(read: (sentence: string) => T[]): (sentence: string, index: number) => Array<T & { index: number }> {
  const remembered = memoByText(read, SENTENCES)
  return (sentence, index) => remembered(sentence).map((found) => ({ ...found, index }))
}
