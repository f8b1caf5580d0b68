import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { HtmlPack } from './pack.js'

const mediaTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp'
}

/**
 * A pack for one self-contained HTML string: its stylesheets read into `inlineCss` (no
 * `<link>`s left) and its logo as a `data:` URI, so an embedding tool can return the HTML
 * without serving `assets/`. The logo stays an `<img>`: an SVG there runs no script, as before.
 *
 * @param pack The HTML pack.
 * @returns A copy with `styles` empty, `inlineCss` set, `logo` a data URI, and no assets to copy.
 */
export async function standalonePack(pack: HtmlPack): Promise<HtmlPack> {
  const sourceOf = (output: string): string | undefined => pack.assets.find((a) => a.path === output)?.source
  const css: string[] = []
  for (const style of pack.styles) {
    const source = sourceOf(style)
    // A `</style` inside the CSS would end the element early.
    if (source) css.push((await readFile(source, 'utf8')).replace(/<\/style/gi, '<\\/style'))
  }
  const inlined: HtmlPack = { ...pack, styles: [], inlineCss: css.join('\n'), assets: [] }
  const logoSource = pack.logo ? sourceOf(pack.logo) : undefined
  if (logoSource) {
    const type = mediaTypes[path.extname(logoSource).toLowerCase()] ?? 'application/octet-stream'
    inlined.logo = `data:${type};base64,${(await readFile(logoSource)).toString('base64')}`
  } else {
    delete inlined.logo
  }
  return inlined
}
