/**
 * Remembering what a pure reader made of a text. Several rules read the same text the same way
 * (`prose-calculation` and `arithmetic-slip` both need the implied calculations and the slips of
 * every calculation text), and those readers are the costliest part of a check; the second rule
 * now gets the first one's answer instead of reading the text again.
 */

/**
 * A memoized copy of `read`, for readers whose answer depends only on their arguments and is
 * never changed by its users.
 *
 * @param read The reader: a text, then plain arguments (numbers, strings, small objects).
 * @param size How many answers to keep; the oldest goes first (one plan's texts fit easily).
 * @returns The reader with a memory.
 */
export function memoByText<A extends unknown[], R>(read: (text: string, ...rest: A) => R, size = 2000): (text: string, ...rest: A) => R {
  const answers = new Map<string, R>()
  return (text, ...rest) => {
    const key = `${JSON.stringify(rest)}\u0000${text}`
    if (answers.has(key)) return answers.get(key) as R
    const answer = read(text, ...rest)
    if (answers.size >= size) answers.delete(answers.keys().next().value as string)
    answers.set(key, answer)
    return answer
  }
}
