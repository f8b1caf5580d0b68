import type { PlanFile, SourceLocation } from '@kapstok/core'
import { basename } from 'node:path'
import { formatDutchNumber } from '@kapstok/nl'

/**
 * Limits on a source's shape. A plan is prose and tables written by people; text beyond these
 * is pasted data, a conversion accident or an attack, and parsing it (or running regular
 * expressions over it) could take minutes and gigabytes. Each limit is far above what real
 * plans use (the largest examples: 230 kB and 2,600 lines per file, lines of 2,000
 * characters, words under 200, 4 levels of nesting, 350 table rows per file).
 */
export const LIMITS = {
  /** Lines in one file (parsing cost grows with the number of headings, definitions, rows). */
  lines: 10_000,
  /** Characters on one line. */
  lineLength: 20_000,
  /** Characters in one word (a run without spaces): no page or table cell can show more. */
  wordLength: 500,
  /** Nested block quotes and lists (`>`, `-`, `1.` at the start of a line). */
  nesting: 32,
  /** Columns of indentation at the start of a line. */
  indentation: 128,
  /** Nested `[` and `{` in YAML or JSON (a model file or the frontmatter). */
  flowNesting: 64,
  /** Consecutive lines of one table (lines with a `|`). */
  tableRows: 1_000,
  /** Cells in one table row: no page can show more columns. */
  tableColumns: 200
} as const

const SOURCE = '@kapstok/markdown'

/**
 * Check a source against `LIMITS` in one linear pass, before any parser sees it. The first
 * limit exceeded is reported as a located error and the file is not read (its text would not
 * make a document anyway); one message per file.
 *
 * @param path The source path.
 * @param text Its text.
 * @param kind `markdown` (brackets count only in the frontmatter) or `model` (YAML/JSON).
 * @param plan Plan file for the message.
 * @returns Whether the file is within the limits.
 */
export function withinLimits(path: string, text: string, kind: 'markdown' | 'model', plan: PlanFile): boolean {
  const name = basename(path)
  let tableRun = 0
  let flow = 0
  // YAML is read in a model file, and in Markdown from a first line `---` to the next.
  let yaml: 'yes' | 'no' | 'maybe' = kind === 'model' ? 'yes' : 'maybe'
  let line = 1
  for (let start = 0; start <= text.length; line++) {
    const newline = nextBreak(text, start)
    const end = newline === -1 ? text.length : newline
    const at = (column: number, length = 1): SourceLocation => ({
      file: path,
      start: { line, column: column + 1, offset: start + column },
      end: { line, column: column + 1 + length, offset: start + column + length }
    })
    const fail = (ruleId: string, reason: string, column = 0): false => {
      plan.message(reason, { ruleId, source: SOURCE, location: at(column) })
      return false
    }
    const length = end - start
    if (line > LIMITS.lines) {
      return fail('file-too-long', `Bestand \`${name}\` heeft meer dan ${formatDutchNumber(LIMITS.lines)} regels; splits het plan over meer bestanden`)
    }
    if (length > LIMITS.lineLength) {
      return fail('line-too-long', `Regel van ${formatDutchNumber(length)} tekens in \`${name}\` (maximaal ${formatDutchNumber(LIMITS.lineLength)}); dit is geen tekst maar geplakte gegevens: verwijder de regel of breek hem af`)
    }
    const { word, pipe, pipes } = scanLine(text, start, end)
    if (pipes > LIMITS.tableColumns + 1) {
      return fail('table-too-wide', `Tabelrij met ${formatDutchNumber(pipes - 1)} kolommen in \`${name}\` (maximaal ${LIMITS.tableColumns}); geen pagina kan ze tonen: splits de tabel`)
    }
    if (word.length > LIMITS.wordLength) {
      return fail('word-too-long', `Woord van ${formatDutchNumber(word.length)} tekens zonder spatie in \`${name}\` (maximaal ${formatDutchNumber(LIMITS.wordLength)}); geen pagina kan het tonen: verwijder het of zet er spaties in`, word.column)
    }
    const prefix = containerPrefix(text, start, end)
    if (prefix.depth > LIMITS.nesting) {
      return fail('nesting-too-deep', `${formatDutchNumber(prefix.depth)} geneste citaten of lijsten in \`${name}\` (maximaal ${LIMITS.nesting}); maak de structuur vlakker`)
    }
    if (prefix.indentation > LIMITS.indentation) {
      return fail('nesting-too-deep', `Inspringing van ${formatDutchNumber(prefix.indentation)} posities in \`${name}\` (maximaal ${LIMITS.indentation}); maak de structuur vlakker`)
    }
    tableRun = pipe ? tableRun + 1 : 0
    if (yaml === 'maybe') yaml = text.startsWith('---', start) && length === 3 ? 'yes' : 'no'
    else if (yaml === 'yes' && kind === 'markdown' && length === 3 && text.startsWith('---', start)) yaml = 'no'
    else if (yaml === 'yes') {
      flow = flowDepth(text, start, end, flow)
      if (flow > LIMITS.flowNesting) {
        return fail('nesting-too-deep', `${formatDutchNumber(flow)} geneste lijsten of objecten (\`[\` of \`{\`) in \`${name}\` (maximaal ${LIMITS.flowNesting}); maak de structuur vlakker`)
      }
    }
    if (tableRun > LIMITS.tableRows) {
      return fail('table-too-large', `Tabel van meer dan ${formatDutchNumber(LIMITS.tableRows)} rijen in \`${name}\`; splits de tabel over meer tabellen of kopjes`)
    }
    if (newline === -1) break
    start = newline + (text[newline] === '\r' && text[newline + 1] === '\n' ? 2 : 1)
  }
  return true
}

// Open `[`/`{` after this line (quotes are not parsed: the limit is far above real use).
function flowDepth(text: string, start: number, end: number, depth: number): number {
  let current = depth
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 91 || c === 123) current++
    else if ((c === 93 || c === 125) && current > 0) current--
    if (current > LIMITS.flowNesting) return current
  }
  return current
}

// A line ends at LF, CRLF or a lone CR, as in Markdown.
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) return i
  }
  return -1
}

// The longest run without a space, and whether the line has a `|` (a table row). A table's
// delimiter row (`| ------ | :---: |`) is as wide as its widest cell and holds no words.
function scanLine(text: string, start: number, end: number): { word: { length: number; column: number }; pipe: boolean; pipes: number } {
  let word = { length: 0, column: 0 }
  let run = 0
  let pipe = false
  let delimiterRow = true
  let pipes = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 124) {
      pipe = true
      pipes++
    }
    else if (c !== 45 && c !== 58 && c !== 32 && c !== 9) delimiterRow = false
    if (c === 32 || c === 9 || c === 124) {
      run = 0
      continue
    }
    run++
    if (run > word.length) word = { length: run, column: i - start - run + 1 }
  }
  return { word: pipe && delimiterRow ? { length: 0, column: 0 } : word, pipe, pipes }
}

// Block quote and list markers at the start of a line, and the indentation before the text.
function containerPrefix(text: string, start: number, end: number): { depth: number; indentation: number } {
  let depth = 0
  let indentation = 0
  let i = start
  while (i < end) {
    const c = text[i]
    if (c === ' ') indentation++
    else if (c === '\t') indentation += 4
    else if (c === '>') depth++
    else if ((c === '-' || c === '*' || c === '+') && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) depth++
    else if (c !== undefined && c >= '0' && c <= '9') {
      let j = i
      while (j < end && j - i < 9 && (text[j] as string) >= '0' && (text[j] as string) <= '9') j++
      if ((text[j] === '.' || text[j] === ')') && (j + 1 === end || text[j + 1] === ' ')) {
        depth++
        i = j
      } else break
    } else break
    i++
  }
  return { depth, indentation }
}

