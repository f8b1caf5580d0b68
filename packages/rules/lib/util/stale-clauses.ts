/**
 * How `stale-statement` reads a sentence before it looks for an announcement: the lines of a
 * hard-wrapped paragraph as one run of text, asides in brackets without a year left out of the
 * clause (an abbreviation must not split the verb from its moment), and only the years that are
 * moments (not the year in a name: `Woonvisie 2030`, `de jeugdmonitor 2025`).
 */
import { parseDutchPeriod } from '@kapstok/nl'
import { timeExpressions } from './dated-future.js'

// A line that starts a block of its own: a list item, table row, heading, quote or a blank line.
const blockStart = /^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|[|#>]|$)/u

/**
 * A text with the line breaks inside a paragraph read as spaces (same length, so offsets stay):
 * a hard-wrapped sentence is one sentence. Breaks before a new block, and after a heading or
 * table row, stay.
 *
 * @param text A prose value.
 * @returns The text with wrapped lines joined.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text
  const lines = text.split('\n')
  return lines.map((line, i) => {
    const next = lines[i + 1]
    const joins = next !== undefined && !blockStart.test(next) && !/^[ \t]*(?:[|#>]|$)/u.test(line)
    return joins ? `${line} ` : `${line}\n`
  }).join('').slice(0, text.length)
}

/**
 * A sentence with each aside in brackets that holds no year blanked out (same length): "zal het
 * programma (RMP) in mei 2025 vaststellen" is one clause. An aside with a year is a clause of
 * its own ("(vastgesteld in 2023)") and stays. So is a relative clause between commas: "wordt
 * de verordening, waarover de commissie in maart sprak, per 1 maart 2025 van kracht" is one clause
 * around it, and its own past tense says nothing of the main clause's.
 *
 * @param sentence A sentence.
 * @returns The sentence with year-less asides as spaces.
 */
export function blankAsides(sentence: string): string {
  const blank = (aside: string): string => (/\b(?:19|20)\d{2}\b/.test(aside) ? aside : ' '.repeat(aside.length))
  return sentence.replace(/\([^()\n]{0,120}\)/g, blank).replace(/,[ \t]*(?:die|dat|wie|waar[\p{Ll}]*)[ \t][^,.;:!?()\n]{0,120},/gu, blank)
}

// Words before a bare year that make it a moment (`in 2025`, `tot 2030`, `begin 2026`), or a
// part of a stretch (`2024 en 2025`). After any other word a bare year names something.
const timeWord = /^(?:in|op|per|rond|rondom|uiterlijk|tegen|vóór|voor|na|van|vanaf|sinds|tot|t\/m|met|en|of|tussen|begin|eind|einde|medio|halverwege|midden|ultimo|anno|tijdens|dan|als|dit|het|nu|circa|ca|\p{L}*jaar|jaren|zomer|winter|herfst|lente|kwartaal|helft|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/iu

/**
 * A moment after `vóór` sets a deadline at its first day: `vóór de herfst van 2026` has passed
 * once the autumn began, though the autumn itself may still run. Plain `voor` also means `for`
 * (`de plannen voor het najaar`), so only the accented form counts.
 */
function deadlineOf<T extends { text: string; index: number; end: string }>(sentence: string, t: T): T {
  if (!/\bvóór\s+$/iu.test(sentence.slice(0, t.index))) return t
  const start = parseDutchPeriod(t.text.trim())?.start
  return start && start < t.end ? { ...t, end: start } : t
}

/**
 * The moments of a sentence: its time expressions, without a bare year or span of years that
 * names a document, a monitor or a budget (the word before it is no word of time).
 *
 * @param sentence A sentence.
 * @returns Each moment, where it starts, and its last day.
 */
export function momentsIn(sentence: string): ReturnType<typeof timeExpressions> {
  return timeExpressions(sentence).map((t) => deadlineOf(sentence, t)).filter((t) => {
    if (!/^\d{4}$/.test(t.text.trim())) return true
    // The second year of a span (`Mobiliteitsplan 2026-2035`) and a year in brackets after a noun
    // (`de woondeal (2025-2030)`) are judged by the word before the span.
    const lead = sentence.slice(0, t.index).replace(/\b(?:19|20)\d{2}\s*[-–]\s*$/u, '').replace(/(\S)\s*\(\s*$/u, '$1 ')
    const before = /(\S+)\s+$/u.exec(lead)?.[1]?.replace(/^[(“"‘']+/u, '') ?? ''
    return !/^\p{L}[\p{L}-]*$/u.test(before) || timeWord.test(before)
  })
}
