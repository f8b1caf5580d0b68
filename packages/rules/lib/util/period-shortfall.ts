/**
 * The plan's period written a year short, for `period-mismatch`: a span in the text that opens
 * the plan (`In de periode 2027-2029 bouwen we …` in a plan for 2027-2030) covers all of it but
 * its last year (or starts a year late and runs to its end). A phase of the plan is told by its
 * words (`eerst`, `fase`, `proef`, `daarna`) or by a later part the text gives the year left out
 * (`in 2030 evalueren we`); a span of two years or less is a phase of its own, and so is the span
 * of a task with a count (`bouwen we drie scholen`): a project keeps its own schedule.
 */

// Words that mark a span as one phase of the plan, or as something with years of its own.
// A count of things (`drie scholen`, `12 wijken`), not a year.
const count = /\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|(?!(?:19|20)\d{2}\b)\d[\d.,]*)\s+\p{L}/iu
const phase = /\b(?:fase\p{L}*|eerst|eerste|daarna|vervolgens|aanloop\p{L}*|opbouw\p{L}*|proef\p{L}*|pilot\p{L}*|tranche|deel|stap|periode\s+daarna|tussentijds\p{L}*|aanvankelijk|voorlopig)\b/iu

/**
 * Whether a span inside the plan period is the period a year short: it shares one end with the
 * period, lacks only the other end's year, runs three years or more, no phase word stands in
 * its sentence, and the text does not name the year left out.
 *
 * @param first The span's first year.
 * @param last The span's last year.
 * @param periode The plan's period.
 * @param sentence The sentence of the span.
 * @param text The whole text (paragraph) the sentence is in.
 * @returns Whether it is.
 */
export function yearShort(first: number, last: number, periode: { start: number; eind: number }, sentence: string, text: string): boolean {
  const shortAtEnd = first === periode.start && last === periode.eind - 1
  const shortAtStart = first === periode.start + 1 && last === periode.eind
  if (!(shortAtEnd || shortAtStart) || last - first < 2 || phase.test(sentence) || count.test(sentence.replace(/\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\b/gu, ' '))) return false
  const left = String(shortAtEnd ? periode.eind : periode.start)
  return !new RegExp(`(?<![\\d–-])${left}(?![\\d])`, 'u').test(text)
}

/**
 * Whether a span is the plan's period a year long: it shares one end with the period and runs one
 * year past the other, three years or more, with no phase word or count of things in its sentence
 * (as `yearShort`): what the plan does does not run past the plan.
 *
 * @param first The span's first year.
 * @param last The span's last year.
 * @param periode The plan's period.
 * @param sentence The sentence of the span.
 * @returns Whether it is.
 */
export function yearLong(first: number, last: number, periode: { start: number; eind: number }, sentence: string): boolean {
  const longAtEnd = first === periode.start && last === periode.eind + 1
  const longAtStart = first === periode.start - 1 && last === periode.eind
  return (longAtEnd || longAtStart) && last - first >= 2 && !phase.test(sentence) && !count.test(sentence.replace(/\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\b/gu, ' '))
}
