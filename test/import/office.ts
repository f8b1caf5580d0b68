import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Whether LibreOffice (`soffice`) is there. On CI (`CI=true`) a missing LibreOffice is an
 * error, so a broken CI image never passes silently; locally the tests that need it are skipped.
 */
export function hasOffice(): boolean {
  const found = spawnSync('sh', ['-c', 'command -v soffice']).status === 0
  if (!found && process.env.CI === 'true') {
    throw new Error('DOCX tests need LibreOffice (soffice) on CI: install libreoffice-writer-nogui (see .ci/run)')
  }
  if (!found) console.warn('Skipping LibreOffice tests: soffice not found (apt-get install -y libreoffice-writer-nogui)')
  return found
}

/**
 * Convert files with one LibreOffice start (each start costs seconds), in a private profile so
 * parallel runs do not share one.
 *
 * @param files Input files.
 * @param to Target, e.g. `docx:MS Word 2007 XML` or `pdf`.
 * @param options `html: true` to open HTML as a Writer document, not as a web page.
 * @returns Folder with the converted files (same base names).
 */
export function convert(files: string[], to: string, options: { html?: boolean } = {}): string {
  const out = mkdtempSync(join(tmpdir(), 'kapstok-office-'))
  const profile = mkdtempSync(join(tmpdir(), 'kapstok-office-profile-'))
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${profile}`,
    ...(options.html ? ['--infilter=HTML (StarWriter)'] : []),
    '--convert-to',
    to,
    '--outdir',
    out,
    ...files
  ]
  const result = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 })
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`)
  if (readdirSync(out).length !== files.length) throw new Error(`soffice converted ${readdirSync(out).length} of ${files.length} files: ${result.stdout}${result.stderr}`)
  return out
}

/**
 * Words of a text, as a multiset: runs of letters and digits, lower case.
 *
 * @param text Any text.
 * @returns Word → count.
 */
export function words(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/**
 * Share of the words of `before` that are in `after` (as often), as a fraction.
 *
 * @param before Words in.
 * @param after Words out.
 * @returns Between 0 and 1.
 */
export function kept(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0
  let found = 0
  for (const [word, n] of before) {
    total += n
    found += Math.min(n, after.get(word) ?? 0)
  }
  return total === 0 ? 1 : found / total
}
