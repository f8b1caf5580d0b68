import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from './commands/build.js'
import { check } from './commands/check.js'
import { inspect } from './commands/inspect.js'
import { listRules } from './commands/rules.js'
import { ConfigError, EXIT, UsageError, type CliIo } from './io.js'

export { VERSION } from './version.js'
import { VERSION } from './version.js'

const usage = `Gebruik: kapstok <opdracht> <pad> [opties]

Opdrachten:
  check <pad>     Controleer een plan (map of bestand) en meld fouten en waarschuwingen
  build <pad>     Controleer en maak de documenten (HTML, Markdown, PDF, JSON, CSV)
  inspect <pad>   Toon het model als JSON
  rules           Toon alle regels met id en ernst

Opties voor check:
  --format <naam>        stylish (standaard), json, sarif, github, gitlab, junit
  --max-warnings <n>     Faal bij meer dan n waarschuwingen
  --strict               Waarschuwingen laten falen
  --quiet                Alleen fouten melden
  --fix                  Veilige correcties in de bronbestanden doorvoeren
  --output-file <pad>    Schrijf het rapport naar een bestand
  --config <pad>         Gebruik dit configuratiebestand

Opties voor build:
  --out <map>            Uitvoermap (standaard: out)
  --format <lijst>       html,md,pdf,json,csv (standaard: alle)
  --doc <lijst>          programmaplan,beleidskader,raadsvoorstel (standaard: alle die het plan ondersteunt)
  --force                Ook bouwen als er fouten zijn

Opties voor check, build en inspect:
  --trust                Voer een kapstok.config.mjs uit (dat is code; alleen voor plannen die u vertrouwt)

Opties voor inspect:
  --positions            Voeg de bronposities (bestand:regel:kolom) toe

Exitcodes: 0 in orde, 1 fouten gevonden, 2 verkeerd gebruik of ongeldige configuratie, 3 interne fout.`

/**
 * Run the CLI.
 *
 * @param argv Arguments without `node` and the script.
 * @param io Output streams and working directory.
 * @returns Exit code: 0 ok, 1 problems found, 2 usage error, 3 internal error.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(error.problems.map((p) => `${shownPath(error.file, io.cwd)}:${p.line}:${p.column}  fout  ${p.reason}\n`).join(''))
      io.stderr.write(`\n✖ Configuratie ongeldig (${error.problems.length} ${error.problems.length === 1 ? 'probleem' : 'problemen'}); schema: kapstok.config.schema.json\n`)
      return EXIT.usage
    }
    if (error instanceof UsageError) {
      io.stderr.write(`kapstok: ${error.message}\n\n${usage}\n`)
      return EXIT.usage
    }
    // Never a bare stack trace for users; KAPSTOK_DEBUG=1 shows it for developers.
    // A system error names absolute paths; show them relative to the working folder.
    const detail = (error instanceof Error ? (process.env.KAPSTOK_DEBUG ? error.stack : error.message) : String(error)) ?? ''
    const shown = process.env.KAPSTOK_DEBUG ? detail : detail.replaceAll(resolve(io.cwd) + '/', '').replaceAll(process.cwd() + '/', '')
    io.stderr.write(`kapstok: interne fout: ${shown}\nMeld dit als fout in kapstok (met KAPSTOK_DEBUG=1 voor details).\n`)
    return EXIT.internal
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(usage + '\n')
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(VERSION + '\n')
    return EXIT.ok
  }
  const { values, positionals } = parse(rest)
  const path = positionals[0]
  const needPath = (): string => {
    if (path === undefined) throw new UsageError(`\`kapstok ${command}\` verwacht een pad naar een plan (map of bestand)`)
    if (positionals.length > 1) throw new UsageError(`Eén pad verwacht, niet ${positionals.length}: ${positionals.join(' ')}`)
    // Paths are relative to `io.cwd`; the file system resolves against the process's folder.
    return relative(process.cwd(), resolve(io.cwd, path)) || '.'
  }
  switch (command) {
    case 'check':
      return check(needPath(), {
        ...(values.format !== undefined ? { format: values.format } : {}),
        ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}),
        ...(values['max-warnings'] !== undefined ? { maxWarnings: count(values['max-warnings']) } : {}),
        ...(values['output-file'] !== undefined ? { outputFile: resolve(io.cwd, values['output-file']) } : {}),
        strict: values.strict === true,
        quiet: values.quiet === true,
        fix: values.fix === true,
        trust: values.trust === true
      }, io)
    case 'inspect':
      return inspect(needPath(), { positions: values.positions === true, trust: values.trust === true, ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}) }, io)
    case 'build':
      return build(needPath(), {
        out: values.out ?? 'out',
        ...(values.format !== undefined ? { formats: list(values.format) } : {}),
        ...(values.doc !== undefined ? { documents: list(values.doc) } : {}),
        ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}),
        force: values.force === true,
        trust: values.trust === true
      }, io)
    case 'rules':
      return listRules({ ...(values.format !== undefined ? { format: values.format } : {}) }, io)
    default:
      throw new UsageError(`Onbekende opdracht \`${command}\``)
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        strict: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        positions: { type: 'boolean' },
        out: { type: 'string' },
        doc: { type: 'string' },
        force: { type: 'boolean' },
        trust: { type: 'boolean' }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? translateArgError(error.message) : String(error))
  }
}

function translateArgError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message)
  if (unknown) return `Onbekende optie \`${unknown[1]}\``
  const missing = /Option '([^']+)' argument missing/.exec(message)
  if (missing) return `Optie \`${missing[1]?.split(',').at(-1)?.trim()}\` verwacht een waarde`
  return message
}

function count(text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`\`--max-warnings\` verwacht een geheel getal ≥ 0, niet \`${text}\``)
  return n
}

function list(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean)
}

/**
 * A path as shown to the user: relative to the working folder (`io.cwd`). Paths inside the
 * CLI are relative to the process's folder, which need not be `io.cwd` (tests, embedding tools).
 */
function shownPath(path: string, cwd: string): string {
  return relative(cwd, resolve(path)) || path
}
