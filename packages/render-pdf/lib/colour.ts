/**
 * A checked colour (hex, `rgb()`, `hsl()` or a name; see `checkColors` of `@kapstok/packs`)
 * in a form pdfkit draws: `rgb()` and `hsl()` become `#rrggbb`, the alpha of `#rrggbbaa`
 * is dropped; hex and names pass unchanged.
 *
 * @param value The colour as configured.
 * @returns The colour for pdfkit.
 */
export function pdfColour(value: string): string {
  const hexAlpha = /^#([0-9a-f]{6})[0-9a-f]{2}$/i.exec(value) ?? /^#([0-9a-f]{3})[0-9a-f]$/i.exec(value)
  if (hexAlpha) return `#${hexAlpha[1]}`
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/i.exec(value.trim())
  if (!fn) return value
  const parts = (fn[2] ?? '').split(/[\s,/]+/).filter(Boolean)
  const number = (index: number, scale: number) => {
    const text = parts[index] ?? '0'
    return text.endsWith('%') ? (parseFloat(text) / 100) * scale : parseFloat(text)
  }
  const rgb = fn[1]?.toLowerCase().startsWith('rgb')
    ? [number(0, 255), number(1, 255), number(2, 255)]
    : hslToRgb(parseFloat(parts[0] ?? '0'), number(1, 1), number(2, 1))
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`
}

function hslToRgb(hue: number, saturation: number, lightness: number): number[] {
  const s = saturation > 1 ? saturation / 100 : saturation
  const l = lightness > 1 ? lightness / 100 : lightness
  const k = (n: number) => (n + hue / 30) % 12
  const a = s * Math.min(l, 1 - l)
  return [0, 8, 4].map((n) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))))
}
