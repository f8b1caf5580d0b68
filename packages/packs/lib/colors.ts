import cssColors from 'color-name'
import { didYouMean } from '@kapstok/core'
import { PackError } from './error.js'

/**
 * Check colour values before a renderer uses them (as CSS custom properties, or in a PDF):
 * only hex (`#154273`), `rgb()`/`hsl()` with plain numbers, and the CSS named colours pass, so
 * configuration cannot inject CSS, and a misspelt name (`groenig`) is an error instead of a
 * colour the browser ignores and the PDF draws black.
 *
 * @param colors Colours by name, e.g. `{ primary: '#154273' }`.
 * @param setting Configuration path the colours came from, for the error (default: `['template', 'overrides', 'colors']`).
 * @returns The same colours; throws `PackError` for a bad name or value.
 */
export function checkColors(colors: Record<string, string>, setting = ['template', 'overrides', 'colors']): Record<string, string> {
  for (const [name, value] of Object.entries(colors)) {
    if (!/^[a-z][a-z0-9-]*$/i.test(name)) {
      throw new PackError(`Ongeldige kleurnaam \`${name}\`: gebruik letters, cijfers en streepjes`, setting)
    }
    if (typeof value !== 'string' || !isColor(value)) {
      throw new PackError(
        `Ongeldige kleur \`${String(value)}\` voor \`${name}\`: gebruik een hexkleur zoals \`#154273\`, \`rgb(…)\`, \`hsl(…)\` of een CSS-kleurnaam zoals \`darkgreen\`${didYouMean(String(value), Object.keys(cssColors))}`,
        [...setting, name]
      )
    }
  }
  return colors
}

function isColor(value: string): boolean {
  return (
    /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ||
    /^(?:rgb|rgba|hsl|hsla)\(\s*[0-9.%\s,/deg]+\)$/i.test(value) ||
    Object.hasOwn(cssColors, value.toLowerCase())
  )
}
