// Pack every workspace package into a tarball and install them together with plain npm in an
// empty folder: what a user gets from the registry once kapstok is published. Exported so
// other install tests (plugins) reuse one packed and installed folder.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packAll, publishedPackages } from '../../scripts/pack-all.mjs'

export { publishedPackages }

/** An empty folder with kapstok installed from the tarballs. */
export interface Installed {
  /** The folder (has `package.json` and `node_modules`). */
  dir: string
  /** The tarballs installed, absolute paths. */
  tarballs: string[]
  /** Milliseconds that `pnpm pack` of all packages took. */
  packMs: number
  /** Milliseconds that `npm install` took. */
  installMs: number
  /** Run a command in `dir`; returns status and output, never throws. */
  run(command: string, args: string[]): { status: number; stdout: string; stderr: string }
  /** Delete the folder, the tarballs and the installed packages (a few hundred MB). */
  remove(): void
}

/** Whether `npm` can be run here. */
export function hasNpm(): boolean {
  return spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0
}

/**
 * Pack all packages (after `pnpm build`) and install the tarballs with npm in a new temporary
 * folder; third-party dependencies come from the npm registry (or npm's cache).
 *
 * @returns The installed folder.
 */
export async function packAndInstall(): Promise<Installed> {
  const base = mkdtempSync(join(tmpdir(), 'kapstok-install-'))
  const tarDir = join(base, 'tarballs')
  const dir = join(base, 'app')
  mkdirSync(dir)
  let start = Date.now()
  // `pnpm pack` turns `workspace:*` into the real versions; `npm pack` would not.
  const tarballs: string[] = await packAll(tarDir)
  const packMs = Date.now() - start
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
  start = Date.now()
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], { cwd: dir, stdio: 'pipe' })
  const installMs = Date.now() - start
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
  }
  return { dir, tarballs, packMs, installMs, run, remove: () => rmSync(base, { recursive: true, force: true }) }
}
