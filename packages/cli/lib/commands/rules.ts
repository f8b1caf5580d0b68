import type { CliIo } from '../io.js'

/**
 * `kapstok rules`: list the rules with id and severity.
 *
 * @param options Output format (`json` or a table).
 * @param io Output streams.
 * @returns Exit code.
 */
export async function listRules(options: { format?: string }, io: CliIo): Promise<number> {
  io.stdout.write(options.format === 'json' ? '[]\n' : 'Nog geen regels.\n')
  return 0
}
