import type { PlanFile } from '@kapstok/core'
import type { Targets } from './targets.js'

// A roman numeral of at least two signs (`IV`, `XII`): one sign (`bijlage V`) reads as a letter.
export const romanAnnex = /^(?=[ivx]{2,5}$)x{0,3}(?:ix|iv|v?i{0,3})$/u

/**
 * Why a bijlage named by a letter or roman numeral (`bijlage C`, `bijlage IV`) has no target in a
 * plan whose own bijlagen all carry arabic numbers (`## Bijlage 1`, `## Bijlage 2`), or
 * `undefined`. The symbol is no number of that series, whatever the plan's count; but a heading
 * or label that does carry it (`## Bijlage IV: Kaart`) is its target, since target readers only
 * collect arabic numbers. A warning, since the plan's numbering is read, not proved complete.
 *
 * @param symbol The letter or numeral, lower case.
 * @param targets The plan's numbered places.
 * @param file The plan file (its sources, as written).
 * @returns The reason, or `undefined`.
 */
export function missingSymbolAnnex(symbol: string, targets: Targets, file: PlanFile): string | undefined {
  const own = [...targets.annexes]
  if (own.length === 0 || !own.every((n) => /^\d+[a-z]?$/.test(n))) return undefined
  const label = new RegExp(String.raw`^[\s>*_|#]*bijlage\s+${symbol}(?![\p{L}\d])`, 'imu')
  if (file.sources.some((source) => label.test(String(source.value ?? '')))) return undefined
  const sorted = own.sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
  return `de bijlagen zijn genummerd ${sorted.map((n) => `\`${n}\``).join(', ')}; noem de juiste bijlage`
}
