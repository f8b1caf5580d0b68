import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { DocumentError } from './docx.js'

/**
 * Thrown when an OpenDocument text needs LibreOffice and it is not installed: a missing tool,
 * not a broken document (the CLI answers it with its usage exit code).
 */
export class OfficeMissingError extends DocumentError {}

/**
 * Whether LibreOffice's `soffice` is on the PATH.
 *
 * @returns `true` when `soffice` can be started.
 */
export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).error === undefined
}

/**
 * Turn an OpenDocument text (.odt) into a Word document (.docx) with LibreOffice headless, so
 * the one .docx path (mammoth) reads both; kapstok does not read ODF XML itself. LibreOffice
 * runs in a private profile in a temporary folder (parallel runs must not share one), which is
 * always removed.
 *
 * @param path The .odt file.
 * @returns The .docx bytes; throws `OfficeMissingError` without LibreOffice and `DocumentError`
 *   (Dutch) when LibreOffice cannot convert the file.
 */
export async function odtToDocx(path: string): Promise<Uint8Array> {
  const name = basename(path)
  const scratch = await mkdtemp(join(tmpdir(), 'kapstok-odt-'))
  try {
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(scratch, 'profiel')}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(scratch, 'uit'), path]
    // A missing `soffice` shows as ENOENT of the conversion itself: no separate start to ask
    // whether it is there (LibreOffice takes a second or more to start).
    let missing = false
    const failure = await new Promise<string | undefined>((done) => {
      execFile('soffice', args, { timeout: 180_000 }, (error, _stdout, stderr) => {
        missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
        done(error ? (String(stderr).trim().split('\n')[0] ?? error.message) : undefined)
      })
    })
    if (missing) {
      throw new OfficeMissingError(
        `\`${name}\` is een .odt-bestand; .odt kan alleen worden ingelezen als LibreOffice is geïnstalleerd (\`soffice\`). Installeer LibreOffice, of sla het document in Word/LibreOffice op als .docx`
      )
    }
    const out = join(scratch, 'uit', `${basename(name, extname(name))}.docx`)
    const made = (await readdir(join(scratch, 'uit')).catch(() => [] as string[])).length > 0
    if (failure !== undefined || !made) {
      throw new DocumentError(`LibreOffice kon \`${name}\` niet omzetten naar .docx${failure ? ` (${failure})` : ''}. Open het document in LibreOffice en sla het op als .docx`)
    }
    return new Uint8Array(await readFile(out))
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
