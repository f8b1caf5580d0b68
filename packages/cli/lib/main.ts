import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, EXIT, UsageError, type CliIo } from './io.js'

// Commands are imported when they run, not here: `--version` and `--help` must not load the
// reader, the rules and the renderers (about half a second of module loading).

import { VERSION } from './version.js'

export { VERSION }

const usage = `Gebruik: kapstok <opdracht> <pad> [opties]

Opdrachten:
  init [map]      Begin een plan: plan.md, kapstok.config.yaml en met --ci github|gitlab een CI-bestand
                  (--gemeente, --titel, --soort, --periode; op een terminal vraagt kapstok wat ontbreekt)
  pack new <naam> Maak een sjabloonpakket op basis van het standaardpakket (--kleur <kleur>)
  check <pad>     Controleer een plan (map of bestand) en meld fouten en waarschuwingen
  build <pad>     Controleer en maak de documenten (HTML, Markdown, PDF, DOCX, JSON, CSV)
  inspect <pad>   Toon het model als JSON
  import <docx>   Zet een Word-document (.docx) om in een kapstok-bronmap
  diff <oud> <nieuw>  Toon wat er veranderd is tussen twee versies (zie kapstok diff --help)
  watch <pad>     Bouw opnieuw bij elke wijziging (met --serve: voorbeeld in de browser)
  rules           Toon alle regels met id en ernst

Opties voor check:
  --format <naam>        stylish (standaard), json, sarif, github, gitlab, junit
  --max-warnings <n>     Faal bij meer dan n waarschuwingen
  --strict               Waarschuwingen laten falen
  --quiet                Alleen fouten melden
  --fix                  Veilige correcties in de bronbestanden doorvoeren
  --output-file <pad>    Schrijf het rapport naar een bestand
  --config <pad>         Gebruik dit configuratiebestand
  --cache                Onthoud resultaten in .kapstokcache; ongewijzigde bestanden worden niet opnieuw gelezen
  --cache-location <pad> Bewaar de cache in dit bestand (zet --cache aan)

Opties voor build:
  --out <map>            Uitvoermap (standaard: out)
  --format <lijst>       html,md,pdf,docx,json,csv (standaard: alle)
  --doc <lijst>          programmaplan,beleidskader,raadsvoorstel (standaard: alle die het plan ondersteunt)
  --force                Ook bouwen als er fouten zijn
  --standalone           HTML op zichzelf: opmaak en logo in het bestand, geen assets/

Opties voor check, build en inspect:
  --trust                Voer een kapstok.config.mjs uit (dat is code; alleen voor plannen die u vertrouwt)

Opties voor import:
  --out <map>            Map voor de nieuwe bron (standaard: naam van het document zonder .docx)
  --force                Ook schrijven in een map die al bestanden heeft

Opties voor watch (en --out, --format, --doc van build):
  --serve                Toon de documenten op http://127.0.0.1 en herlaad na elke bouw
  --port <n>             Poort voor --serve (standaard: 4173; 0 kiest een vrije poort)

Opties voor inspect:
  --positions            Voeg de bronposities (bestand:regel:kolom) toe

Exitcodes: 0 in orde, 1 fouten gevonden, 2 verkeerd gebruik.`

/**
 * Run the CLI.
 *
 * @param argv Arguments without `node` and the script.
 * @param io Output streams and working directory.
 * @returns Exit code: 0 ok, 1 problems found, 2 usage error.
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
    const detail = error instanceof Error ? (process.env.KAPSTOK_DEBUG ? error.stack : error.message) : String(error)
    io.stderr.write(`kapstok: interne fout: ${detail}\nMeld dit als fout in kapstok (met KAPSTOK_DEBUG=1 voor details).\n`)
    return EXIT.problems
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
  if (command === 'diff') return (await import('./commands/diff.js')).diff(rest, io)
  if (command === 'init') return (await import('./commands/init.js')).init(rest, io)
  if (command === 'pack') return (await import('./commands/pack-new.js')).packCommand(rest, io)
  const { values, positionals } = parse(rest)
  const path = positionals[0]
  const needPath = (): string => {
    if (path === undefined) throw new UsageError(`\`kapstok ${command}\` verwacht een pad naar een plan (map of bestand)`)
    if (positionals.length > 1) throw new UsageError(`Eén pad verwacht, niet ${positionals.length}: ${positionals.join(' ')}`)
    // Paths are relative to `io.cwd`; the file system resolves against the process's folder.
    return relative(process.cwd(), resolve(io.cwd, path)) || '.'
  }
  switch (command) {
    case 'check': {
      const { check } = await import('./commands/check.js')
      return check(needPath(), {
        ...(values.format !== undefined ? { format: values.format } : {}),
        ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}),
        ...(values['max-warnings'] !== undefined ? { maxWarnings: count(values['max-warnings']) } : {}),
        ...(values['output-file'] !== undefined ? { outputFile: resolve(io.cwd, values['output-file']) } : {}),
        strict: values.strict === true,
        quiet: values.quiet === true,
        fix: values.fix === true,
        trust: values.trust === true,
        ...(values.cache === true || values['cache-location'] !== undefined ? { cache: resolve(io.cwd, values['cache-location'] ?? defaultCacheName(needPath())) } : {})
      }, io)
    }
    case 'inspect': {
      const { inspect } = await import('./commands/inspect.js')
      return inspect(needPath(), { positions: values.positions === true, trust: values.trust === true, ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}) }, io)
    }
    case 'build': {
      const { build } = await import('./commands/build.js')
      return build(needPath(), {
        out: values.out ?? 'out',
        ...(values.format !== undefined ? { formats: list(values.format) } : {}),
        ...(values.doc !== undefined ? { documents: list(values.doc) } : {}),
        ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}),
        force: values.force === true,
        trust: values.trust === true,
        standalone: values.standalone === true
      }, io)
    }
    case 'import': {
      const { importCommand } = await import('./commands/import.js')
      return importCommand(needPath(), { ...(values.out !== undefined ? { out: values.out } : {}), force: values.force === true }, io)
    }
    case 'watch': {
      const { watchCommand } = await import('./commands/watch.js')
      return watchCommand(needPath(), {
        out: resolve(io.cwd, values.out ?? 'out'),
        ...(values.format !== undefined ? { formats: list(values.format) } : {}),
        ...(values.doc !== undefined ? { documents: list(values.doc) } : {}),
        ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}),
        serve: values.serve === true,
        ...(values.port !== undefined ? { port: port(values.port) } : {})
      }, io)
    }
    case 'rules': {
      const { listRules } = await import('./commands/rules.js')
      return listRules({ ...(values.format !== undefined ? { format: values.format } : {}) }, io)
    }
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
        trust: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        serve: { type: 'boolean' },
        port: { type: 'string' },
        standalone: { type: 'boolean' }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? translateArgError(error.message) : String(error))
  }
}

/**
 * Node's `parseArgs` errors in Dutch.
 *
 * @param message The English message.
 * @returns The Dutch message (the original when it is not recognised).
 */
export function translateArgError(message: string): string {
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

function port(text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`\`--port\` verwacht een poortnummer (0–65535), niet \`${text}\``)
  return n
}

// Like ESLint's `.eslintcache`: beside the plan (in the plan folder, or beside a plan file).
function defaultCacheName(planPath: string): string {
  return join(planPath.endsWith('.md') || planPath.endsWith('.yaml') || planPath.endsWith('.yml') || planPath.endsWith('.json') ? dirname(planPath) : planPath, '.kapstokcache')
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
