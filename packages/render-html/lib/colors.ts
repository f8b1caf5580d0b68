/**
 * Check colour values before they become CSS custom properties: only hex (`#154273`),
 * `rgb()`/`hsl()` with plain numbers, and named colours pass, so configuration cannot inject
 * CSS.
 *
 * @param colors Colours by name, e.g. `{ primary: '#154273' }`.
 * @returns The same colours.
 */
export function checkColors(colors: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(colors)) {
    if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new Error(`Cannot use colour name \`${name}\`: use letters, digits and dashes`)
    if (!isColor(value)) {
      throw new Error(`Cannot use colour \`${value}\` for \`${name}\`: use a hex colour such as \`#154273\`, \`rgb(…)\`, \`hsl(…)\` or a colour name`)
    }
  }
  return colors
}

/**
 * CSS declaring the colours as custom properties on `:root`.
 *
 * @param colors Checked colours.
 * @returns E.g. `:root{--kapstok-primary:#154273}`, or an empty string.
 */
export function colorCss(colors: Record<string, string>): string {
  const entries = Object.entries(colors)
  if (entries.length === 0) return ''
  return `:root{${entries.map(([name, value]) => `--kapstok-${name}:${value}`).join(';')}}`
}

/**
 * WCAG contrast ratio of a hex colour against another.
 *
 * @param a Hex colour, e.g. `#154273`.
 * @param b Hex colour (default: white).
 * @returns The ratio (1–21), or `undefined` for a non-hex colour.
 */
export function contrastRatio(a: string, b = '#ffffff'): number | undefined {
  const la = luminance(a)
  const lb = luminance(b)
  if (la === undefined || lb === undefined) return undefined
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

function isColor(value: string): boolean {
  return (
    /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) ||
    /^(?:rgb|rgba|hsl|hsla)\(\s*[0-9.%\s,/deg]+\)$/i.test(value) ||
    /^[a-z]{3,20}$/i.test(value)
  )
}

function luminance(hex: string): number | undefined {
  let h = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1]
  if (!h) return undefined
  if (h.length === 3) h = [...h].map((c) => c + c).join('')
  const channel = (i: number): number => {
    const v = parseInt(h!.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}
