import type { CliIo } from '../io.js'
import { EXIT } from '../io.js'

/** Options of `kapstok build`. */
export interface BuildOptions {
  /** Output folder. */
  out: string
  /** Formats (optional; default: all). */
  formats?: string[]
  /** Documents (optional; default: all the plan supports). */
  documents?: string[]
  /** Config file (optional). */
  config?: string
  /** Build even when there are errors. */
  force?: boolean
}

/**
 * `kapstok build <path>`.
 *
 * @param path Plan.
 * @param options Flags.
 * @param io Streams.
 * @returns Exit code.
 */
export async function build(path: string, options: BuildOptions, io: CliIo): Promise<number> {
  io.stderr.write(`Bouwen is nog niet beschikbaar (${path}, ${options.out})\n`)
  return EXIT.problems
}
