import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { SourceLocation } from '@kapstok/core'
import { isScalar, LineCounter, parseDocument } from 'yaml'

/** Config file names, in the order the CLI looks for them. */
const configNames = ['kapstok.config.json', 'kapstok.config.yaml', 'kapstok.config.yml', 'kapstok.config.mjs']

/**
 * Where a setting is written in the plan's `kapstok.config.*`: the config is looked up in
 * `settings.configBase` (set by the CLI); JSON and YAML configs are parsed for the value's
 * position (a `.mjs` config gives the file without a position).
 *
 * @param settings `processor.settings` (optional).
 * @param setting Path of the value, e.g. `['template', 'overrides', 'logo']`.
 * @returns The location, or `undefined` when the value is not in a config file (it came from plugin options).
 */
export function locateSetting(settings: Record<string, unknown> | undefined, setting: string[]): SourceLocation | undefined {
  const base = settings?.configBase
  if (typeof base !== 'string') return undefined
  const file = configNames.map((name) => path.join(base, name)).find((candidate) => existsSync(candidate))
  if (!file) return undefined
  const start = { line: 1, column: 1, offset: 0 }
  if (file.endsWith('.mjs')) return { file, start, end: start }
  const lineCounter = new LineCounter()
  let document
  try {
    document = parseDocument(readFileSync(file, 'utf8'), { lineCounter })
  } catch {
    return undefined
  }
  // The value itself, or a string that stands for its whole object (`template: nl-gemeente`).
  for (let depth = setting.length; depth > 0; depth--) {
    const node = document.getIn(setting.slice(0, depth), true)
    if (node === undefined) continue
    if (depth < setting.length && !isScalar(node)) return undefined
    const range = (node as { range?: [number, number, number] }).range
    if (!range) return undefined
    const point = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset)
      return { line, column: col, offset }
    }
    return { file, start: point(range[0]), end: point(range[1]) }
  }
  return undefined
}
