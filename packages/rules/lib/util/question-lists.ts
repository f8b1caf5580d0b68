import type { InlineCount } from './inline-list.js'

/**
 * The questions that follow a count of questions (`We toetsen aan vier vragen. Past het …? Is
 * er …?`, `twee vragen: wie doet wat? Wat kost het?`): each question mark closes one item. Only
 * when the noun counts questions, closes its sentence (a full stop or a colon right after it), and
 * the rest of the paragraph is nothing but questions, two or more: a question to the reader after
 * other sentences (`Heeft u een vraag? Mail ons.`) or questions quoted after a colon of their own
 * (`De meest gestelde waren: …?`) are no such list.
 *
 * @param noun The counted noun, lower case.
 * @param rest The paragraph after the noun.
 * @returns The number of questions, or undefined.
 */
export function questionsAfter(noun: string, rest: string): InlineCount | undefined {
  if (!/vragen$/u.test(noun)) return undefined
  const opened = /^[ \t]*[.:][ \t]+/u.exec(rest)
  if (!opened) return undefined
  const body = rest.slice(opened[0].length).trim()
  const questions = body.split(/(?<=\?)[ \t]+/u)
  const asked = questions.every((q) => /^[\p{L}'‘][^.!?:;]*\?$/u.test(q))
  return asked && questions.length >= 2 ? { min: questions.length, max: questions.length } : undefined
}
