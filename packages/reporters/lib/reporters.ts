import { github } from './github.js'
import { gitlab } from './gitlab.js'
import { json } from './json.js'
import { junit } from './junit.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { Reporter } from './types.js'

/** Name of a built-in report format. */
export type ReporterName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab' | 'junit'

/** The built-in reporters by name; `stylish` is the default. */
export const reporters: Readonly<Record<ReporterName, Reporter>> = { stylish, json, sarif, github, gitlab, junit }

/**
 * Look up a built-in reporter by name, e.g. for `kapstok check --format <name>`.
 *
 * @param name Format name, e.g. `sarif`.
 * @returns The reporter, or `undefined` for an unknown name.
 */
export function getReporter(name: string): Reporter | undefined {
  return Object.hasOwn(reporters, name) ? reporters[name as ReporterName] : undefined
}
