import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import sanitizeHtml from 'sanitize-html'
import { PackError } from './error.js'

/** Largest logo a plan may bring (1 MiB): a logo is a small picture, not a place to hide data. */
export const MAX_LOGO_BYTES = 1024 * 1024

/** Largest partial a plan may bring (256 KiB). */
export const MAX_PARTIAL_BYTES = 256 * 1024

/** Logo formats a browser shows as a picture. */
export const LOGO_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp']

/**
 * Resolve a file the configuration names, and check it may be read: it exists, is a file,
 * is not too big and, unless `trust` is set, lies (after resolving links) inside `root`, the
 * folder of the configuration. An uploaded plan may not name `../../etc/passwd` as its logo.
 *
 * @param value The path as configured.
 * @param baseDir Folder it is relative to.
 * @param check Root folder, trust, largest size, what it is (for messages) and its setting.
 * @returns The absolute path.
 */
export function confinedFile(value: string, baseDir: string, check: { root: string; trust: boolean; maxBytes: number; what: string; setting: string[] }): string {
  const source = path.resolve(baseDir, value)
  let real: string
  try {
    real = realpathSync(source)
  } catch {
    throw new PackError(`Bestand \`${value}\` voor ${check.what} niet gevonden; geef een pad ten opzichte van de map van de configuratie`, check.setting)
  }
  if (!check.trust && !isInside(realRoot(check.root), real)) {
    throw new PackError(`Bestand \`${value}\` voor ${check.what} ligt buiten de map van het plan; kapstok leest alleen bestanden in die map. Kopieer het bestand naar de planmap (of geef \`--trust\`)`, check.setting)
  }
  const info = statSync(real)
  if (!info.isFile()) throw new PackError(`\`${value}\` voor ${check.what} is geen bestand; geef het pad van een bestand`, check.setting)
  if (info.size > check.maxBytes) {
    throw new PackError(`Bestand \`${value}\` voor ${check.what} is te groot (${kib(info.size)}; maximaal ${kib(check.maxBytes)}); maak het kleiner`, check.setting)
  }
  return source
}

/**
 * Check that a pack folder given as a path lies inside `root` (after resolving links), unless
 * trusted: a pack is templates and assets that reach the documents.
 *
 * @param dir The pack folder.
 * @param ref The reference as configured.
 * @param root The folder of the configuration.
 */
export function confinedPackDir(dir: string, ref: string, root: string): void {
  if (!isInside(realRoot(root), realpathSync(dir))) {
    throw new PackError(`Sjabloonpakket \`${ref}\` ligt buiten de map van het plan; zet het pakket in de planmap, installeer het als npm-pakket, of geef \`--trust\``, ['template', 'pack'])
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root)
  } catch {
    return path.resolve(root)
  }
}

/** Whether `target` is `root` or inside it (both absolute, real). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`
}

// Shapes, paint and text of SVG; no script, foreignObject, animation (`set` can write `href`)
// or external references.
const svgTags = [
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'filter',
  'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feComposite', 'feFlood', 'feMerge', 'feMergeNode', 'image'
]
const svgAttributes = [
  'id', 'class', 'style', 'xmlns', 'xmlns:xlink', 'version', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
  'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform', 'fill', 'fill-rule', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'clip-path', 'clip-rule', 'mask',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'offset', 'stop-color',
  'stop-opacity', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternTransform', 'spreadMethod', 'fx', 'fy', 'dx', 'dy', 'rotate',
  'stdDeviation', 'in', 'in2', 'result', 'mode', 'values', 'operator', 'flood-color', 'flood-opacity', 'href', 'xlink:href', 'role', 'aria-label', 'aria-hidden'
]

/**
 * Sanitise an SVG logo: keep shapes, paint and text; drop scripts, event handlers,
 * `foreignObject`, animation and every reference that is not to the same file (`#id`) or an
 * embedded raster image (`data:image/png|jpeg|gif|webp`). CSS in `style` may not load anything.
 *
 * @param svg The SVG text.
 * @returns The cleaned SVG.
 */
export function sanitizeSvg(svg: string): string {
  const clean = sanitizeHtml(svg, {
    allowedTags: svgTags,
    allowedAttributes: { '*': svgAttributes },
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
    transformTags: {
      '*': (tagName, attribs) => ({ tagName, attribs: safeReferences(attribs) })
    }
  })
  return clean
}

function safeReferences(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(attribs)) {
    if ((name === 'href' || name === 'xlink:href') && !/^(#|data:image\/(png|jpeg|gif|webp);)/i.test(value.trim())) continue
    if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(value)) continue
    out[name] = value
  }
  return out
}

/**
 * Sanitise HTML a plan's own partial produced: ordinary document markup stays (with classes,
 * ids, ARIA and local links), scripts, event handlers, frames, forms and `javascript:` URLs go.
 *
 * @param html HTML from an untrusted partial.
 * @returns The cleaned HTML.
 */
export function sanitizeMarkup(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'header', 'footer', 'section', 'article', 'nav', 'main', 'figure', 'figcaption', 'span', 'div'],
    allowedAttributes: { '*': ['id', 'class', 'lang', 'dir', 'title', 'role', 'aria-*', 'data-*'], a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowedSchemesByTag: { img: ['https', 'http', 'data'] },
    allowProtocolRelative: false
  })
}
