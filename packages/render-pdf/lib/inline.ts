import { faceFor, type FontKey } from './fonts.js'

/** Where a link goes: a web address or a named destination inside the PDF. */
export type LinkTarget = { url: string } | { dest: string }

/** A stretch of text with one style. */
export interface Run {
  /** The text; `\n` is a hard line break. */
  text: string
  /** Bold (optional). */
  bold?: boolean
  /** Italic (optional). */
  italic?: boolean
  /** Monospace (inline code) (optional). */
  mono?: boolean
  /** Superscript, e.g. a footnote reference (optional). */
  sup?: boolean
  /** Link target (optional). */
  link?: LinkTarget
  /** Renvooi: `removed` text is struck through, `added` text underlined (optional). */
  mark?: 'removed' | 'added'
}

/** Base style of a text block. */
export interface TextStyle {
  /** Font size. */
  size: number
  /** Line height as a multiple of the size. */
  leading: number
  /** Use the condensed face (tables). */
  condensed?: boolean
  /** Make every run bold (headings, header cells). */
  bold?: boolean
}

/** A piece of a line in one font. */
export interface Segment {
  /** Text, spaces included. */
  text: string
  /** Face. */
  font: FontKey
  /** Size. */
  size: number
  /** Offset from the start of the line. */
  x: number
  /** Width. */
  width: number
  /** Link target (optional). */
  link?: LinkTarget
  /** Superscript (optional). */
  sup?: boolean
  /** Renvooi mark (optional). */
  mark?: 'removed' | 'added'
}

/** A laid-out line. */
export interface Line {
  /** Segments, left to right. */
  segments: Segment[]
  /** Width of the text. */
  width: number
}

/** Measures text: width in points of `text` in `font` at `size`. */
export type Measure = (text: string, font: FontKey, size: number) => number

/**
 * A text measurer with a per-font cache, for the pdfkit fonts registered on `doc`.
 *
 * @param doc The document whose fonts are registered (see `registerFonts`).
 * @returns The measure function.
 */
export function createMeasure(doc: PDFKit.PDFDocument): Measure {
  const fonts = new Map<FontKey, { widthOfString(text: string, size: number): number }>()
  const cache = new Map<string, number>()
  return (text, font, size) => {
    const key = font + '\u0000' + text
    let unit = cache.get(key)
    if (unit === undefined) {
      let face = fonts.get(font)
      if (!face) {
        doc.font(font)
        face = (doc as unknown as { _font: { widthOfString(text: string, size: number): number } })._font
        fonts.set(font, face)
      }
      unit = face.widthOfString(text, 1)
      if (cache.size > 200_000) cache.clear()
      cache.set(key, unit)
    }
    return unit * size
  }
}

/** A measured piece of a word. */
interface Piece {
  text: string
  font: FontKey
  size: number
  width: number
  link?: LinkTarget
  sup?: boolean
  mark?: 'removed' | 'added'
}

type Token = { kind: 'word'; pieces: Piece[]; width: number } | { kind: 'space'; piece: Piece } | { kind: 'break' }

/**
 * Break styled runs into lines of at most `width` points; words longer than a line are split.
 *
 * @param runs The text.
 * @param width Available width.
 * @param style Base style.
 * @param measure Text measurer.
 * @returns The lines (at least one).
 */
export function breakLines(runs: Run[], width: number, style: TextStyle, measure: Measure): Line[] {
  const lines: Line[] = []
  let current: Piece[] = []
  let currentWidth = 0
  let space: Piece | undefined
  const flush = () => {
    lines.push(toLine(current))
    current = []
    currentWidth = 0
    space = undefined
  }
  for (const token of tokenize(runs, style, measure)) {
    if (token.kind === 'break') {
      flush()
    } else if (token.kind === 'space') {
      if (current.length > 0 && !space) space = token.piece
    } else {
      const gap = space ? space.width : 0
      if (current.length > 0 && currentWidth + gap + token.width > width) flush()
      if (current.length === 0 && token.width > width) {
        for (const chunk of splitWord(token.pieces, width, measure)) {
          if (current.length > 0) flush()
          current.push(...chunk)
          currentWidth = chunk.reduce((sum, p) => sum + p.width, 0)
        }
        continue
      }
      if (space && current.length > 0) {
        current.push(space)
        currentWidth += space.width
      }
      space = undefined
      current.push(...token.pieces)
      currentWidth += token.width
    }
  }
  if (current.length > 0 || lines.length === 0) flush()
  return lines
}

/**
 * The natural width of the text on one line, and of its longest word.
 *
 * @param runs The text.
 * @param style Base style.
 * @param measure Text measurer.
 * @returns `max`: width without wrapping (longest hard line); `min`: longest word.
 */
export function textWidths(runs: Run[], style: TextStyle, measure: Measure): { min: number; max: number } {
  let min = 0
  let max = 0
  let line = 0
  for (const token of tokenize(runs, style, measure)) {
    if (token.kind === 'break') line = 0
    else if (token.kind === 'space') line += token.piece.width
    else {
      min = Math.max(min, token.width)
      line += token.width
    }
    max = Math.max(max, line)
  }
  return { min, max }
}

function* tokenize(runs: Run[], style: TextStyle, measure: Measure): Generator<Token> {
  let word: Piece[] = []
  let wordWidth = 0
  const endWord = function* (): Generator<Token> {
    if (word.length > 0) yield { kind: 'word', pieces: word, width: wordWidth }
    word = []
    wordWidth = 0
  }
  for (const run of runs) {
    const font = faceFor({
      bold: Boolean(run.bold || style.bold),
      italic: Boolean(run.italic),
      condensed: Boolean(style.condensed),
      mono: Boolean(run.mono)
    })
    const size = run.sup ? style.size * 0.7 : style.size
    const extra: Pick<Piece, 'link' | 'sup' | 'mark'> = {}
    if (run.link) extra.link = run.link
    if (run.sup) extra.sup = true
    if (run.mark) extra.mark = run.mark
    for (const part of run.text.split(/(\n|[ \t\r\u00a0]+)/)) {
      if (part === '') continue
      if (part === '\n') {
        yield* endWord()
        yield { kind: 'break' }
      } else if (/^[ \t\r\u00a0]+$/.test(part)) {
        yield* endWord()
        const text = part.includes('\u00a0') ? '\u00a0' : ' '
        yield { kind: 'space', piece: { text, font, size, width: measure(text, font, size), ...extra } }
      } else {
        const width = measure(part, font, size)
        word.push({ text: part, font, size, width, ...extra })
        wordWidth += width
      }
    }
  }
  yield* endWord()
}

function splitWord(pieces: Piece[], width: number, measure: Measure): Piece[][] {
  const chunks: Piece[][] = []
  let chunk: Piece[] = []
  let used = 0
  for (const piece of pieces) {
    let text = ''
    for (const char of piece.text) {
      const w = measure(text + char, piece.font, piece.size)
      if (used + w > width && (text !== '' || chunk.length > 0)) {
        if (text) chunk.push({ ...piece, text, width: measure(text, piece.font, piece.size) })
        chunks.push(chunk)
        chunk = []
        used = 0
        text = char
      } else {
        text += char
      }
    }
    if (text) {
      const w = measure(text, piece.font, piece.size)
      chunk.push({ ...piece, text, width: w })
      used += w
    }
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}

function toLine(pieces: Piece[]): Line {
  const segments: Segment[] = []
  let x = 0
  for (const piece of pieces) {
    const last = segments[segments.length - 1]
    if (last && last.font === piece.font && last.size === piece.size && last.link === piece.link && last.sup === piece.sup && last.mark === piece.mark) {
      last.text += piece.text
      last.width += piece.width
    } else {
      const segment: Segment = { text: piece.text, font: piece.font, size: piece.size, x, width: piece.width }
      if (piece.link) segment.link = piece.link
      if (piece.sup) segment.sup = true
      if (piece.mark) segment.mark = piece.mark
      segments.push(segment)
    }
    x += piece.width
  }
  return { segments, width: x }
}
