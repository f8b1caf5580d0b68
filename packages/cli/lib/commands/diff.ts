import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Plan } from '@kapstok/core'
import { comparePlans, renderReport, reportFormats, type ReportFormat } from '@kapstok/diff'
import { writeOutputsAtomically } from '../atomic-write.js'
import type { LoadedConfig } from '../config.js'
import { EXIT, UsageError, type CliIo } from '../io.js'
import { translateArgError } from '../main.js'
import { extractRevision, readVersion } from '../versions.js'

/** `kapstok diff --help`. */
export const diffUsage = `Gebruik: kapstok diff <oud> <nieuw> [opties]
       kapstok diff --git <revisie> [<pad>] [opties]

Vergelijk twee versies van een plan (mappen of bestanden) en toon wat er veranderd is:
acties toegevoegd, vervallen en gewijzigd (met verschoven datums), bedragen oud → nieuw met
het effect op de totalen, principes en pijlers hernoemd, toegevoegd of vervallen, en de tekst
per onderdeel als renvooi (geschrapt en ingevoegd).

Opties:
  --git <revisie>      Vergelijk het plan zoals het in git-revisie <revisie> was (tag, branch,
                       commit) met het plan zoals het nu is; <pad> is standaard de huidige map
  --format <naam>      text (standaard), json, md, html, pdf
  --out <pad>          Schrijf het rapport naar dit bestand (html en pdf standaard naar
                       wijzigingen.html of wijzigingen.pdf; text, json en md standaard naar het scherm)
  --config <pad>       Gebruik dit configuratiebestand voor beide versies
  --trust              Voer een kapstok.config.mjs uit en laad de plugins uit de configuratie
                       (dat is code; alleen voor plannen die u vertrouwt)
  -h, --help           Toon deze hulp

Exitcodes: 0 rapport gemaakt, 1 een versie is niet te lezen, 2 verkeerd gebruik.`

/**
 * `kapstok diff <old> <new>` and `kapstok diff --git <ref> [<path>]`: read two versions of a
 * plan, compare them and write the change report in the chosen format. A version at a git
 * revision is extracted with `git archive` into a temporary folder that is always removed.
 *
 * @param argv Arguments after `diff`.
 * @param io Streams and working directory.
 * @returns Exit code: 0 written, 1 a version could not be read, 2 usage error.
 */
export async function diff(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`kapstok diff: ${error.message}${/[.?!]$/.test(error.message) ? '' : '.'} Zie \`kapstok diff --help\`.\n`)
    return EXIT.usage
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv)
  if (values.help) {
    io.stdout.write(`${diffUsage}\n`)
    return EXIT.ok
  }
  const format = (values.format ?? 'text') as ReportFormat
  if (!reportFormats.includes(format)) throw new UsageError(`Onbekend formaat \`${format}\`; kies uit: ${reportFormats.join(', ')}`)
  const at = (path: string) => relative(process.cwd(), resolve(io.cwd, path)) || '.'
  const config = values.config !== undefined ? resolve(io.cwd, values.config) : undefined
  let cleanup = () => {}
  try {
    let oldPath: string
    let newPath: string
    let oldLabel: string
    if (values.git !== undefined) {
      if (positionals.length > 1) throw new UsageError(`Met \`--git\` één pad verwacht, niet ${positionals.length}: ${positionals.join(' ')}`)
      newPath = at(positionals[0] ?? '.')
      const extracted = extractRevision(values.git, resolve(newPath))
      cleanup = extracted.cleanup
      oldPath = extracted.path
      oldLabel = `${values.git}:${extracted.inRepo || '.'}`
    } else {
      if (positionals.length !== 2) throw new UsageError(`Twee paden verwacht (oud en nieuw), niet ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`)
      oldPath = at(positionals[0] as string)
      newPath = at(positionals[1] as string)
      oldLabel = positionals[0] as string
    }
    const trust = values.trust === true
    const before = await read(oldPath, config, io, trust)
    const after = await read(newPath, config, io, trust)
    if (!before || !after) return EXIT.problems
    const report = comparePlans(before.plan, after.plan, { oldLabel, newLabel: positionals[values.git !== undefined ? 0 : 1] ?? '.' })
    const out = values.out !== undefined ? resolve(io.cwd, values.out) : undefined
    const toScreen = out === undefined && (format === 'text' || format === 'json' || format === 'md')
    const outputs = await renderReport(report, after.plan, {
      format,
      name: out ? basename(out, extname(out)) : 'wijzigingen',
      settings: { ...after.loaded.config, configBase: after.loaded.base },
      planPath: newPath,
      color: toScreen && Boolean(io.stdout.isTTY)
    }).catch((error: unknown) => {
      throw new UsageError(error instanceof Error ? error.message : String(error))
    })
    if (toScreen) {
      io.stdout.write(String(outputs[0]?.contents ?? ''))
      return EXIT.ok
    }
    const folder = out ? dirname(out) : io.cwd
    const files = outputs.map((o, i) => ({ path: i === 0 && out ? basename(out) : o.path, contents: o.contents }))
    try {
      await writeOutputsAtomically(folder, files)
    } catch (error) {
      io.stderr.write(`Schrijven naar \`${relative(io.cwd, folder) || '.'}\` mislukt (${error instanceof Error ? error.message : String(error)}); er is niets veranderd.\n`)
      return EXIT.problems
    }
    io.stdout.write(`Wijzigingsrapport geschreven naar ${relative(io.cwd, join(folder, files[0]?.path ?? '')) || '.'}\n`)
    return EXIT.ok
  } finally {
    cleanup()
  }
}

// One version; a version that is no plan is shown with its fatal messages.
async function read(path: string, config: string | undefined, io: CliIo, trust: boolean): Promise<{ plan: Plan; loaded: LoadedConfig } | undefined> {
  const version = await readVersion(path, config, io, trust)
  if (!version) io.stderr.write(`Geen rapport: \`${relative(io.cwd, resolve(path)) || '.'}\` is niet te lezen als plan.\n`)
  return version
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        git: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        trust: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? translateArgError(error.message) : String(error))
  }
}
