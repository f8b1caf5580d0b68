import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '@kapstok/cli'

/** Repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Run the CLI in-process; returns exit code and captured output. */
export async function kapstok(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd
  })
  return { code, stdout, stderr }
}

/**
 * Copy an example to a temporary folder (tests never change the repository).
 *
 * @param name The example's folder name.
 * @param files Only these files of it (names), when a test needs part of a long plan: a check of
 *   the whole Hoogeveen example costs ~19 s CPU, of its agenda with the files that agenda links to
 *   a third of that.
 * @returns The copy's folder.
 */
export async function copyExample(name: string, files?: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-'))
  const target = join(dir, name)
  const source = join(root, 'examples', name)
  await cp(source, target, { recursive: true, filter: (path) => !files || path === source || files.includes(relative(source, path)) })
  return target
}

/** The Hoogeveen example's document, thema's and agenda with its config: a real agenda and what it links to. */
export const hoogeveenAgenda = ['00-document.md', '06-themas.md', '13-uitvoeringsagenda.md', 'kapstok.config.yaml']

/**
 * A small concept beleidsnota of a fictional municipality, with this body.
 *
 * @param body Markdown after the frontmatter.
 * @returns The plan's text.
 */
export function lindewaardePlan(body: string): string {
  return ['---', 'gemeente: Lindewaarde', 'titel: Plan wonen en welzijn', 'soort: beleidsnota', 'periode: 2025-2028', 'status: concept', 'datum: 2025-01-14', '---', '', body].join('\n')
}
