import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { commandHelp, commands, usage, usageLine } from './help.js'
import { ConfigError, EXIT, UsageError, type CliIo } from './io.js'

// Commands are imported when they run, not here: `--version` and `--help` must not load the
// reader, the rules and the renderers (about half a second of module loading).

import { VERSION } from './version.js'

export { VERSION }

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
      // One line and where to read more; the whole help would bury the message.
      io.stderr.write(usageLine(error.message, argv[0]))
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
  if (command === 'help' && rest[0] !== undefined && commandHelp[rest[0]] !== undefined) {
    io.stdout.write(commandHelp[rest[0]] + '\n')
    return EXIT.ok
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(usage + '\n')
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(VERSION + '\n')
    return EXIT.ok
  }
  if (command === 'diff') return (await import('./commands/diff.js')).diff(rest, io)
  const help = commandHelp[command]
  if (help === undefined) {
    // Loaded only here: `@kapstok/core` costs a third of a second, which `--help` must not pay.
    const { didYouMean } = await import('@kapstok/core')
    io.stderr.write(usageLine(`onbekende opdracht \`${command}\`${didYouMean(command, commands)}`))
    return EXIT.usage
  }
  // `--help` anywhere before `--` asks for this command's help, whatever else is given.
  const options = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'))
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout.write(help + '\n')
    return EXIT.ok
  }
  if (command === 'init') return (await import('./commands/init.js')).init(rest, io)
  if (command === 'pack') return (await import('./commands/pack-new.js')).packCommand(rest, io)
  const { values, positionals } = await parse(rest)
  await refuseOtherCommandsOptions(command, values)
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
        standalone: values.standalone === true,
        ...(values['changes-since'] !== undefined ? { changesSince: values['changes-since'] } : {})
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
        trust: values.trust === true,
        ...(values.port !== undefined ? { port: port(values.port) } : {})
      }, io)
    }
    case 'rules': {
      const { listRules } = await import('./commands/rules.js')
      if (values.format !== undefined && !['text', 'json'].includes(values.format)) throw new UsageError(`Onbekend formaat \`${values.format}\`; kies uit: text, json`)
      return listRules({
        ...(values.format !== undefined ? { format: values.format } : {}),
        ...(path !== undefined ? { path: needPath() } : {}),
        ...(values.config !== undefined ? { config: resolve(io.cwd, values.config) } : {}),
        trust: values.trust === true
      }, io)
    }
    default:
      throw new UsageError(`onbekende opdracht \`${command}\``)
  }
}

async function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: parseOptions })
  } catch (error) {
    const { didYouMean } = await import('@kapstok/core')
    throw new UsageError(error instanceof Error ? translateArgError(error.message, (word) => didYouMean(word, optionNames)) : String(error))
  }
}

// Every option of every command (except diff); which command uses which is in `help.ts`.
const parseOptions = {
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
  standalone: { type: 'boolean' },
  'changes-since': { type: 'string' }
} as const

const optionNames = Object.keys(parseOptions).map((name) => `--${name}`)

// The options each command reads (as in its `--help`); one meant for another command is refused,
// never silently ignored (`kapstok build -o dist` is `--output-file` of check, not `--out`).
const commandOptions: Record<string, Array<keyof typeof parseOptions>> = {
  check: ['format', 'config', 'max-warnings', 'output-file', 'strict', 'quiet', 'fix', 'trust', 'cache', 'cache-location'],
  inspect: ['positions', 'trust', 'config'],
  build: ['out', 'format', 'doc', 'config', 'force', 'trust', 'standalone', 'changes-since'],
  import: ['out', 'force'],
  watch: ['out', 'format', 'doc', 'config', 'serve', 'trust', 'port'],
  rules: ['format', 'config', 'trust']
}

async function refuseOtherCommandsOptions(command: string, values: Record<string, unknown>): Promise<void> {
  const allowed = commandOptions[command]
  if (!allowed) return
  const other = Object.keys(values).find((name) => !(allowed as string[]).includes(name))
  if (other === undefined) return
  const { closestWord } = await import('@kapstok/core')
  const short = (parseOptions as Record<string, { short?: string }>)[other]?.short
  const written = `\`--${other}\`${short ? ` (\`-${short}\`)` : ''}`
  // `-o` is check's report file; the folder of documents is `--out`. The closest name is sought
  // without the dashes (the distance allowed depends on the length) and suggested with them.
  const closest = closestWord(other, allowed)
  const meant = other === 'output-file' && allowed.includes('out') ? '; de uitvoermap geeft u met `--out <map>`' : closest === undefined ? '' : `; bedoelde u \`--${closest}\`?`
  throw new UsageError(`Optie ${written} hoort niet bij \`kapstok ${command}\`${meant}`)
}

/**
 * Node's `parseArgs` errors in Dutch, on one line.
 *
 * @param message The English message.
 * @param suggest "; bedoelde u …?" for an unknown option, e.g. `didYouMean` over the option names (optional).
 * @returns The Dutch message (the original's first line when it is not recognised).
 */
export function translateArgError(message: string, suggest: (option: string) => string = () => ''): string {
  const unknown = /Unknown option '([^']+)'/.exec(message)
  if (unknown) return `Onbekende optie \`${unknown[1]}\`${suggest(unknown[1] ?? '')}`
  const missing = /Option '([^']+)' argument missing/.exec(message)
  if (missing) return `Optie \`${longName(missing[1])}\` verwacht een waarde`
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(message)
  if (ambiguous) {
    const long = /use '([^'=]+)=-XYZ'/.exec(message)?.[1] ?? ambiguous[1]
    return `Optie \`${ambiguous[1]}\` verwacht een waarde, maar daarna staat een andere optie; geef eerst de waarde (een waarde die met \`-\` begint: \`${long}=-waarde\`)`
  }
  const noValue = /Option '([^']+)' does not take an argument/.exec(message)
  if (noValue) return `Optie \`${longName(noValue[1])}\` neemt geen waarde; laat \`=…\` weg`
  const unexpected = /Unexpected argument '([^']+)'/.exec(message)
  if (unexpected) return `Onverwacht argument \`${unexpected[1]}\`; deze opdracht neemt geen pad`
  return message.split('\n')[0] ?? message
}

/** `--format` from `-f, --format <value>`. */
function longName(option: string | undefined): string {
  return option?.split(',').at(-1)?.trim().split(' ')[0] ?? ''
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
