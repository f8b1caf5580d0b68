import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** Copy an example to a temporary folder (tests never change the repository). */
export async function copyExample(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-'))
  const target = join(dir, name)
  await cp(join(root, 'examples', name), target, { recursive: true })
  return target
}

/**
 * A small concept beleidsnota of a fictional municipality, with this body.
 *
 * @param body Markdown after the frontmatter.
 * @returns The plan's text.
 */
export function lindewaardePlan(body: string): string {
  return ['---', 'gemeente: Lindewaarde', 'titel: Plan wonen en welzijn', 'soort: beleidsnota', 'periode: 2025-2028', 'status: concept', 'datum: 2025-01-14', '---', '', body].join('\n')
}
