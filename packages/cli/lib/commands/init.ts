import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { planSchema } from '@kapstok/core'
import { configSchemaUrl } from '../config-check.js'
import { EXIT, UsageError, type CliIo } from '../io.js'
import { translateArgError } from '../main.js'
import { ciFile, ciSystems, ciText, type CiSystem } from '../scaffold/ci.js'
import { planText, type PlanAnswers } from '../scaffold/plan-text.js'

/** The published config schema, as installed with this package. */
const schemaFile = fileURLToPath(configSchemaUrl)

const questions: Array<{ key: keyof PlanAnswers; prompt: string; fallback: (a: Partial<PlanAnswers>) => string }> = [
  { key: 'gemeente', prompt: 'Naam van de gemeente', fallback: () => 'Voorbeeldstad' },
  { key: 'soort', prompt: 'Soort plan', fallback: () => 'programmaplan' },
  { key: 'titel', prompt: 'Titel van het plan', fallback: (a) => `${capitalise(a.soort ?? 'programmaplan')} gemeente ${a.gemeente ?? 'Voorbeeldstad'}` },
  { key: 'periode', prompt: 'Periode (bijvoorbeeld 2026-2029)', fallback: () => `${new Date().getFullYear()}-${new Date().getFullYear() + 3}` }
]

/** The interactive part of `init`; tests pass their own answers. */
export interface InitPrompt {
  /** Ask one question; the answer, or `''` to take the default. */
  ask(question: string): Promise<string>
  /** Release the terminal. */
  close(): void
}

/**
 * `kapstok init [map]`: write a plan that checks clean and builds (`plan.md`), a
 * `kapstok.config.yaml` pointing at the installed config schema, and with `--ci github|gitlab`
 * a CI file in the working folder. On a terminal it asks (in Dutch) for what the flags leave
 * out; without one it takes defaults. Existing files are never overwritten.
 *
 * @param args Arguments after `init`.
 * @param io Streams and working folder.
 * @param prompt Questions on a terminal (default: stdin when it is a terminal, else none).
 * @returns Exit code: 0 written, 2 usage error or files already there.
 */
export async function init(args: string[], io: CliIo, prompt: InitPrompt | undefined = terminalPrompt(io)): Promise<number> {
  const { values, positionals } = parseInitArgs(args)
  if (positionals.length > 1) throw new UsageError(`\`kapstok init\` verwacht hoogstens één map, niet ${positionals.length}: ${positionals.join(' ')}`)
  const ci = values.ci
  if (ci !== undefined && !(ciSystems as readonly string[]).includes(ci)) throw new UsageError(`Onbekend CI-systeem \`${ci}\`; kies uit: ${ciSystems.join(', ')}`)
  const soorten = soortValues()
  if (values.soort !== undefined && !soorten.includes(values.soort)) throw new UsageError(`Onbekende soort \`${values.soort}\`; kies uit: ${soorten.join(', ')}`)

  const answers: Partial<PlanAnswers> = {}
  for (const { key } of questions) if (values[key] !== undefined) answers[key] = values[key]
  try {
    for (const { key, prompt: text, fallback } of questions) {
      if (answers[key] !== undefined) continue
      const given = prompt ? (await prompt.ask(`${text} [${fallback(answers)}]: `)).trim() : ''
      if (key === 'soort' && given !== '' && !soorten.includes(given)) throw new UsageError(`Onbekende soort \`${given}\`; kies uit: ${soorten.join(', ')}`)
      answers[key] = given || fallback(answers)
    }
  } finally {
    prompt?.close()
  }

  const folder = resolve(io.cwd, positionals[0] ?? '.')
  const files: Array<[string, string]> = [
    [join(folder, 'plan.md'), planText(answers as PlanAnswers, new Date().toISOString().slice(0, 10))],
    [join(folder, 'kapstok.config.yaml'), configText(folder)]
  ]
  if (ci !== undefined) files.push([join(io.cwd, ciFile[ci as CiSystem]), ciText(ci as CiSystem, relative(io.cwd, folder).split('\\').join('/'))])
  const present = files.filter(([file]) => existsSync(file)).map(([file]) => relative(io.cwd, file))
  if (present.length > 0) {
    io.stderr.write(`Niets geschreven: ${present.map((f) => `\`${f}\``).join(', ')} bestaat al. Kies een andere map of haal het bestand weg.\n`)
    return EXIT.usage
  }
  for (const [file, text] of files) {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, text)
    io.stdout.write(`geschreven: ${relative(io.cwd, file)}\n`)
  }
  const shown = relative(io.cwd, folder) || '.'
  io.stdout.write(`\nVolgende stap: kapstok check ${shown} && kapstok build ${shown}\n`)
  return EXIT.ok
}

function parseInitArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { gemeente: { type: 'string' }, titel: { type: 'string' }, soort: { type: 'string' }, periode: { type: 'string' }, ci: { type: 'string' } }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? `${translateArgError(error.message)} voor \`kapstok init\`` : String(error))
  }
}

// The kinds the plan schema accepts, so `init` never writes a plan that fails its own check.
function soortValues(): string[] {
  const document = (planSchema as { $defs?: Record<string, { properties?: Record<string, { enum?: string[] }> }> }).$defs?.Document
  return document?.properties?.soort?.enum ?? ['programmaplan']
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function configText(folder: string): string {
  const schema = relative(folder, schemaFile).split('\\').join('/')
  const ref = schema.startsWith('.') ? schema : `./${schema}`
  return `# yaml-language-server: $schema=${ref}
# Instellingen van kapstok (regels, hoofdstukken, sjabloonpakket); het schema hierboven beschrijft ze.
$schema: ${ref}
extends: recommended
`
}

function terminalPrompt(io: CliIo): InitPrompt | undefined {
  if (!process.stdin.isTTY || !io.stdout.isTTY) return undefined
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  return { ask: (question) => rl.question(question), close: () => rl.close() }
}
