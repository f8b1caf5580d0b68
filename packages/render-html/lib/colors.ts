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
