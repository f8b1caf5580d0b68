import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import type { Plan } from '@kapstok/core'
import { getReporter } from '@kapstok/reporters'
import { loadConfig, type LoadedConfig } from './config.js'
import { UsageError, type CliIo } from './io.js'
import { createProcessor } from './processor.js'
import { reportInput } from './report.js'

/** An earlier version of a plan on disk: a folder or file, or a git revision extracted to a temporary folder. */
export interface Version {
  /** Where it is (a temporary folder for a revision). */
  path: string
  /** How it is named to the user: the path as given, or `<ref>:<path in the repository>`. */
  label: string
  /** Remove the temporary folder (nothing for a path). */
  cleanup: () => void
}

/**
 * An earlier version given as a folder, a file or, when no such path exists, a git revision of
 * the repository that holds `planPath` (`kapstok build --changes-since`).
 *
 * @param spec What the user gave.
 * @param planPath The current plan, relative to the process's folder or absolute (its path in the repository is read at the revision).
 * @param io Working directory.
 * @param option The option's name, for messages (e.g. `--changes-since`).
 * @returns The version; throws `UsageError` (Dutch) when it is neither a path nor a revision.
 */
export function findVersion(spec: string, planPath: string, io: CliIo, option: string): Version {
  const path = resolve(io.cwd, spec)
  if (exists(path)) return { path, label: spec, cleanup: () => {} }
  try {
    const extracted = extractRevision(spec, resolve(planPath), option)
    return { path: extracted.path, label: `${spec}:${extracted.inRepo || '.'}`, cleanup: extracted.cleanup }
  } catch (error) {
    if (error instanceof UsageError && /^Onbekende git-revisie|werkt alleen in een git-repository/.test(error.message)) {
      throw new UsageError(`Onbekende versie \`${spec}\` voor \`${option}\`: er is geen map of bestand met die naam en het is geen git-revisie. Geef de map of het bestand van de eerdere versie, of een tag, branch of commit`)
    }
    throw error
  }
}

/**
 * Read one version of a plan with its own configuration (a revision carries the one it had),
 * transformed, not checked. When it cannot be read as a plan, its fatal messages are shown.
 *
 * @param path The folder or file.
 * @param config A configuration file for it (optional).
 * @param io Streams.
 * @param trust Run a `kapstok.config.mjs` and load plugins.
 * @returns The model and configuration, or `undefined` after showing why it is no plan.
 */
export async function readVersion(path: string, config: string | undefined, io: CliIo, trust: boolean): Promise<{ plan: Plan; loaded: LoadedConfig } | undefined> {
  if (!exists(path)) throw new UsageError(`Plan \`${relative(io.cwd, resolve(path)) || '.'}\` bestaat niet`)
  const loaded = await loadConfig(path, config, { trust })
  const processor = await createProcessor(loaded, { formats: [] })
  const file = await processor.parse({ path })
  if (file.model) await processor.transform(file)
  if (!file.model) {
    const input = reportInput(file, io.cwd)
    for (const entry of input.files) entry.messages = entry.messages.filter((m) => m.fatal === true)
    io.stderr.write(`${getReporter('stylish')?.(input, { color: Boolean(io.stderr.isTTY) }) ?? ''}\n`)
    return undefined
  }
  return { plan: file.model as Plan, loaded }
}

/**
 * The plan at git revision `ref`, from the repository that holds `path`, in a temporary folder.
 *
 * @param ref A tag, branch or commit.
 * @param path The plan now (absolute).
 * @param option The option that named the revision, for messages (default: `--git`).
 * @returns The extracted path, the plan's path inside the repository, and the cleanup.
 */
export function extractRevision(ref: string, path: string, option = '--git'): { path: string; inRepo: string; cleanup: () => void } {
  const folder = exists(path) && statSync(path).isDirectory() ? path : dirname(path)
  const git = (args: string[], input?: Buffer) => execFileSync('git', args, { cwd: folder, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], ...(input ? { input } : {}) })
  let top: string
  try {
    top = git(['rev-parse', '--show-toplevel']).toString().trim()
  } catch {
    throw new UsageError(`\`${option}\` werkt alleen in een git-repository: \`${folder}\` hoort niet bij een repository (of git ontbreekt)`)
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    throw new UsageError(`Onbekende git-revisie \`${ref}\`: geef een tag, branch of commit`)
  }
  const inRepo = relative(top, path).split('\\').join('/')
  let archive: Buffer
  try {
    archive = execFileSync('git', ['archive', '--format=tar', ref, '--', inRepo || '.'], { cwd: top, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] })
  } catch {
    throw new UsageError(`\`${inRepo || '.'}\` bestaat niet in git-revisie \`${ref}\`: kies een revisie waarin het plan al stond`)
  }
  const tmp = mkdtempSync(join(tmpdir(), 'kapstok-git-'))
  const cleanup = () => rmSync(tmp, { recursive: true, force: true })
  try {
    execFileSync('tar', ['-x', '-C', tmp], { input: archive, stdio: ['pipe', 'pipe', 'pipe'] })
  } catch (error) {
    cleanup()
    throw new UsageError(`Git-revisie \`${ref}\` kon niet worden uitgepakt: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  }
  return { path: join(tmp, inRepo), inRepo, cleanup }
}

/**
 * Whether a path exists.
 *
 * @param path Any path.
 * @returns `true` when it does.
 */
export function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}
