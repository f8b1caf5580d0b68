import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The font faces the renderer uses. */
export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'cond' | 'condBold' | 'condItalic' | 'mono'

/** TTF file per face, from `dejavu-fonts-ttf`. */
const files: Record<FontKey, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condBold: 'DejaVuSansCondensed-Bold.ttf',
  condItalic: 'DejaVuSansCondensed-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf'
}

/** Font data, read once per process. */
let cache: Map<FontKey, Buffer> | undefined

/**
 * The DejaVu font files, read once (embedded and subset by pdfkit).
 *
 * @returns Font data per face.
 */
export function fontData(): Map<FontKey, Buffer> {
  if (cache) return cache
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  cache = new Map()
  for (const [key, file] of Object.entries(files) as Array<[FontKey, string]>) {
    cache.set(key, readFileSync(join(dir, file)))
  }
  return cache
}

/**
 * Register every face on a document under its `FontKey` name.
 *
 * @param doc The pdfkit document.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [key, data] of fontData()) doc.registerFont(key, data)
}

/**
 * The face for a style.
 *
 * @param style Bold/italic/condensed/monospace flags.
 * @returns The font key.
 */
export function faceFor(style: { bold?: boolean; italic?: boolean; condensed?: boolean; mono?: boolean }): FontKey {
  if (style.mono) return 'mono'
  if (style.condensed) return style.bold ? 'condBold' : style.italic ? 'condItalic' : 'cond'
  if (style.bold) return style.italic ? 'boldItalic' : 'bold'
  return style.italic ? 'italic' : 'regular'
}
