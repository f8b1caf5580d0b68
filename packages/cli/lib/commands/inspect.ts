import { getReporter } from '@kapstok/reporters'
import { loadConfig } from '../config.js'
import { EXIT, type CliIo } from '../io.js'
import { createProcessor } from '../processor.js'
import { reportInput } from '../report.js'

/**
 * `kapstok inspect <path>`: print the model as JSON (valid against the published schema);
 * with `--positions`, `{ model, positions }` where positions map JSON Pointers to
 * file:line:col. Read errors are reported on stderr and give exit code 1.
 *
 * @param path Plan folder or file.
 * @param options `positions` and `config`.
 * @param io Output streams.
 * @returns Exit code.
 */
export async function inspect(path: string, options: { positions?: boolean; config?: string; trust?: boolean }, io: CliIo): Promise<number> {
  const loaded = await loadConfig(path, options.config, { trust: options.trust === true })
  const file = await (await createProcessor(loaded, { formats: [] })).parse({ path })
  const fatal = file.messages.filter((m) => m.fatal === true)
  if (!file.model || fatal.length > 0) {
    const input = reportInput(file, io.cwd)
    for (const entry of input.files) entry.messages = entry.messages.filter((m) => m.fatal === true)
    io.stderr.write((getReporter('stylish')?.(input, { color: Boolean(io.stderr.isTTY) }) ?? '') + '\n')
    if (!file.model) return EXIT.problems
  }
  const output = options.positions ? { model: file.model, positions: file.sourceMap.toJSON() } : file.model
  io.stdout.write(JSON.stringify(output, null, 2) + '\n')
  return fatal.length > 0 ? EXIT.problems : EXIT.ok
}
