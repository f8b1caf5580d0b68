// Pack every published workspace package (packages/*, templates/* with a non-private
// package.json) into one folder with `pnpm pack`, which turns `workspace:*` into versions:
//   pnpm build && node scripts/pack-all.mjs [folder]   (default: ./tarballs)
// Then, in any project: npm install -D <folder>/*.tgz
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))

/** Folders of the packages that are published. */
export function publishedPackages() {
  return ['packages', 'templates'].flatMap((top) =>
    readdirSync(join(root, top))
      .map((name) => join(root, top, name))
      .filter((dir) => existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private !== true)
  )
}

/**
 * Pack them all into `destination`, four at a time (each `pnpm pack` is mostly start-up).
 * @param {string} destination Folder for the tarballs (created when missing).
 * @returns {Promise<string[]>} The tarballs, absolute paths.
 */
export async function packAll(destination) {
  mkdirSync(destination, { recursive: true })
  const queue = publishedPackages()
  const worker = async () => {
    for (let pkg = queue.shift(); pkg; pkg = queue.shift()) await promisify(execFile)('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg })
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return readdirSync(destination).filter((f) => f.endsWith('.tgz')).map((f) => join(destination, f))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const destination = resolve(process.argv[2] ?? 'tarballs')
  const tarballs = await packAll(destination)
  console.log(`${tarballs.length} tarballs in ${destination}\nInstall them in a project: npm install -D ${destination}/*.tgz`)
}
