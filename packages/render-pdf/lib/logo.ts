import { readFileSync } from 'node:fs'

/** A logo ready to draw: its size in its own units and a function that draws it. */
export interface Logo {
  /** Width in the image's units. */
  width: number
  /** Height in the image's units. */
  height: number
  /** Draw at `x`, `y` (top left) scaled to `width` points. */
  draw(doc: PDFKit.PDFDocument, x: number, y: number, width: number): void
}

/**
 * Load a logo: PNG or JPEG through pdfkit, or a simple SVG drawn as vectors: shapes `rect`,
 * `path`, `circle`, `ellipse`, `polygon` with `fill`, and `text` (with `x`, `y`, `font-size`,
 * `font-weight`, `fill`, `text-anchor`; `tspan` content is joined) set in the document's embedded
 * font, so a logo's words (the municipality's name) are not lost. Transforms, gradients,
 * images and `use` are not drawn: `unsupportedSvg` names them, so the pack check can say so.
 *
 * @param doc The document (images are embedded in it).
 * @param file Path of the logo.
 * @returns The logo, or `undefined` when the file is not a supported image.
 */
export function loadLogo(doc: PDFKit.PDFDocument, file: string): Logo | undefined {
  if (/\.svg$/i.test(file)) return svgLogo(readFileSync(file, 'utf8'))
  const image = (doc as unknown as { openImage(src: string): { width: number; height: number } }).openImage(file)
  return {
    width: image.width,
    height: image.height,
    draw: (d, x, y, width) => d.image(image as unknown as PDFKit.Mixins.ImageSrc, x, y, { width })
  }
}

/** Parse the attributes of one tag. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[match[1] as string] = match[2] as string
  return out
}

function svgLogo(source: string): Logo | undefined {
  const root = /<svg\b[^>]*>/.exec(source)
  if (!root) return undefined
  const rootAttributes = attributes(root[0])
  const box = (rootAttributes.viewBox ?? `0 0 ${parseFloat(rootAttributes.width ?? '100')} ${parseFloat(rootAttributes.height ?? '100')}`)
    .split(/[\s,]+/)
    .map(Number)
  const [minX = 0, minY = 0, width = 100, height = 100] = box
  const shapes = [...source.matchAll(/<(rect|path|circle|ellipse|polygon)\b[^>]*\/?>|<text\b([^>]*)>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1] ? { kind: m[1], a: attributes(m[0]), text: '' } : { kind: 'text', a: attributes(`<text ${m[2] ?? ''}>`), text: textContent(m[3] ?? '') }
  )
  return {
    width,
    height,
    draw(doc, x, y, targetWidth) {
      const scale = targetWidth / width
      doc.save()
      doc.translate(x, y).scale(scale).translate(-minX, -minY)
      for (const shape of shapes) {
        const { kind, a } = shape
        const fill = a.fill ?? '#000000'
        if (fill === 'none') continue
        const n = (name: string) => parseFloat(a[name] ?? '0')
        if (kind === 'text') {
          drawText(doc, shape.text, a, fill)
          continue
        }
        if (kind === 'rect') doc.roundedRect(n('x'), n('y'), n('width'), n('height'), n('rx'))
        else if (kind === 'circle') doc.circle(n('cx'), n('cy'), n('r'))
        else if (kind === 'ellipse') doc.ellipse(n('cx'), n('cy'), n('rx'), n('ry'))
        else if (kind === 'polygon') doc.polygon(...chunk((a.points ?? '').trim().split(/[\s,]+/).map(Number)))
        else doc.path(a.d ?? '')
        doc.fillColor(fill, a['fill-opacity'] ? Number(a['fill-opacity']) : 1).fill()
      }
      doc.restore()
    }
  }
}

/**
 * The SVG elements and attributes a logo uses that the PDF does not draw.
 *
 * @param source The SVG.
 * @returns Element or attribute names, e.g. `['linearGradient', 'transform']` (empty when all is drawn).
 */
export function unsupportedSvg(source: string): string[] {
  const found = new Set<string>()
  for (const m of source.matchAll(/<(image|use|linearGradient|radialGradient|pattern|mask|clipPath|filter|foreignObject)\b/g)) found.add(m[1] as string)
  if (/\stransform\s*=/.test(source)) found.add('transform')
  return [...found]
}

// Text of a `<text>` element: tspans joined, entities decoded, whitespace collapsed.
function textContent(inner: string): string {
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

// SVG text sits on its baseline at (x, y); pdfkit places the top of the line box, about
// 0.93 em (DejaVu's ascent) above the baseline.
function drawText(doc: PDFKit.PDFDocument, text: string, a: Record<string, string>, fill: string): void {
  if (!text) return
  const size = parseFloat(a['font-size'] ?? '16')
  const bold = /bold|[6-9]00/.test(a['font-weight'] ?? '')
  doc.font(bold ? 'bold' : 'regular').fontSize(size).fillColor(fill)
  const width = doc.widthOfString(text)
  const anchor = a['text-anchor'] === 'middle' ? width / 2 : a['text-anchor'] === 'end' ? width : 0
  doc.text(text, parseFloat(a.x ?? '0') - anchor, parseFloat(a.y ?? '0') - size * 0.93, { lineBreak: false })
}

function chunk(values: number[]): Array<[number, number]> {
  const points: Array<[number, number]> = []
  for (let i = 0; i + 1 < values.length; i += 2) points.push([values[i] as number, values[i + 1] as number])
  return points
}
