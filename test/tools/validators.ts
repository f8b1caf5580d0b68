import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/**
 * Outside validators the publishing tests run: the W3C Nu HTML checker (npm `vnu-jar`, needs a
 * Java runtime: Debian `default-jre-headless`) and a PDF/A + PDF/UA metadata check with pikepdf
 * (Debian `python3-pikepdf`). On CI (`CI=true`) a missing tool is an error, so a broken image never
 * passes silently; locally the tests that need one are skipped with a warning.
 */
export interface Validators {
  /** Path of `vnu.jar`, when it and `java` are available. */
  vnu?: string
  /** A Python that imports pikepdf, when there is one. */
  python?: string
}

/** Find the validators (see `Validators`). */
export function findValidators(): Validators {
  const found: Validators = {}
  const missing: string[] = []
  const jar = vnuJar()
  if (jar && spawnSync('java', ['-version']).status === 0) found.vnu = jar
  else missing.push('java + vnu-jar (apt-get install -y default-jre-headless)')
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pikepdf']).status === 0)
  if (python) found.python = python
  else missing.push('pikepdf (apt-get install -y python3-pikepdf)')
  if (missing.length > 0 && process.env.CI === 'true') throw new Error(`Publishing tests need ${missing.join(' and ')} on CI (see .ci/run)`)
  if (missing.length > 0) console.warn(`Skipping validator tests: ${missing.join(', ')} not found`)
  return found
}

/** Script that checks PDFs with pikepdf; prints `{file: [problem, …]}` as JSON. */
export const pdfaCheckScript = fileURLToPath(new URL('./pdfa-check.py', import.meta.url))

/**
 * Run the Nu HTML checker on files in one Java start (it takes seconds to start).
 *
 * @param jar Path of `vnu.jar`.
 * @param files HTML files.
 * @returns Error lines (`file:line.col: error: message`); empty when valid.
 */
export function vnuErrors(jar: string, files: string[]): string[] {
  const result = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0 && !result.stderr.trim()) throw new Error(`vnu failed: ${result.error?.message ?? result.status}`)
  return result.stderr.split('\n').filter((line) => line.trim() !== '')
}

/**
 * Run the pikepdf check on PDF files.
 *
 * @param python Python with pikepdf.
 * @param files PDF files.
 * @returns Problems by file.
 */
export function pdfaProblems(python: string, files: string[]): Record<string, string[]> {
  const result = spawnSync(python, [pdfaCheckScript, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`pdfa-check failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Record<string, string[]>
}

// `vnu-jar` exports the jar's path (as a String object).
function vnuJar(): string | undefined {
  try {
    const jar = String(createRequire(import.meta.url)('vnu-jar') as unknown)
    return existsSync(jar) ? jar : undefined
  } catch {
    return undefined
  }
}
