import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A valid frontmatter block for generated plans (9 lines with the blank line after it). */
export const front = '---\ngemeente: Lindewaarde\ntitel: Plan sociaal domein\nsoort: beleidsnota\nperiode: 2025-2028\nstatus: concept\ndatum: 2025-01-01\n---\n\n'

const body = '# Ambitie\n\nIedereen telt mee.\n'
const outsideSecret = 'GEHEIM-BUITEN-DE-PLANMAP'

/**
 * Inputs that cannot be committed as files: links, sparse giants, a thousand files. Each writes
 * a plan folder `plan/` into `dir` (a fresh temporary folder) and returns its path.
 */
export const generators: Record<string, (dir: string) => Promise<string>> = {
  /** A link to `/etc/passwd` among the sources. */
  async 'link-etc-passwd'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body })
    await symlink('/etc/passwd', join(plan, '02-bijlage.md'))
    return plan
  },
  /** A link to a secret file just outside the plan folder, with a relative target. */
  async 'link-relative-outside'(dir) {
    await writeFile(join(dir, 'geheim.md'), `# Geheim\n\n${outsideSecret}\n`)
    const plan = await planWith(dir, { '01-ambitie.md': front + body })
    await symlink('../geheim.md', join(plan, '02-geheim.md'))
    return plan
  },
  /** A link to itself. */
  async 'link-loop'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body })
    await symlink(join(plan, '02-lus.md'), join(plan, '02-lus.md'))
    return plan
  },
  /** Two links pointing at each other. */
  async 'link-loop-pair'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body })
    await symlink('03-b.md', join(plan, '02-a.md'))
    await symlink('02-a.md', join(plan, '03-b.md'))
    return plan
  },
  /** A link to nothing. */
  async 'link-dangling'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body })
    await symlink(join(plan, 'weg.md'), join(plan, '02-weg.md'))
    return plan
  },
  /** A configuration file that is a link to a file outside the plan. */
  async 'link-config-outside'(dir) {
    await writeFile(join(dir, 'elders.json'), '{ "rules": { "ref-missing": "off" } }\n')
    const plan = await planWith(dir, { '01-ambitie.md': front + body + '\n[x](#nergens)\n' })
    await symlink('../elders.json', join(plan, 'kapstok.config.json'))
    return plan
  },
  /** A logo in the plan folder that is a link to `/etc/passwd`. */
  async 'link-logo-outside'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body, 'kapstok.config.json': '{\n  "template": { "overrides": { "logo": "logo.png" } }\n}\n' })
    await symlink('/etc/passwd', join(plan, 'logo.png'))
    return plan
  },
  /** A source of 11 MiB (sparse: no disk used). */
  async 'file-11-mib'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body, '02-groot.md': '' })
    await truncate(join(plan, '02-groot.md'), 11 * 1024 * 1024)
    return plan
  },
  /** A "logo" of 1 GiB (sparse). */
  async 'logo-1-gib'(dir) {
    const plan = await planWith(dir, { '01-ambitie.md': front + body, 'logo.png': '', 'kapstok.config.json': '{\n  "template": { "overrides": { "logo": "logo.png" } }\n}\n' })
    await truncate(join(plan, 'logo.png'), 1024 * 1024 * 1024)
    return plan
  },
  /** Just under the source size limit: 5 MiB of ordinary paragraphs, with one duplicate id at the end. */
  async 'markdown-5-mib'(dir) {
    const paragraph = 'De gemeente werkt samen met inwoners, verenigingen en partners aan een sterke sociale basis. '.repeat(8) + '\n\n'
    const count = Math.floor((5 * 1024 * 1024) / paragraph.length)
    const text = front + '# Opgaven\n\n## Een {#x}\n\n' + paragraph.repeat(count) + '## Twee {#x}\n'
    return planWith(dir, { '01-plan.md': text })
  },
  /** An agenda table of 20,000 rows with every end before its start. */
  async 'agenda-20000-rows'(dir) {
    const rows = Array.from({ length: 20000 }, (_, i) => `| Actie ${i} | Doel | 2026 | 2025 |`).join('\n')
    return planWith(dir, { '01-plan.md': front + '# Uitvoeringsagenda\n\n| Activiteit | Doel | Start | Eind |\n|---|---|---|---|\n' + rows + '\n' })
  },
  /** A plan of 1,000 files, one of which repeats an id. */
  async 'plan-1000-files'(dir) {
    const files: Record<string, string> = { '0000-ambitie.md': front + '# Opgaven\n\n## Een {#x}\n' }
    for (let i = 1; i < 1000; i++) files[`${String(i).padStart(4, '0')}-deel.md`] = `## Deel ${i}${i === 999 ? ' {#x}' : ''}\n\nTekst van deel ${i}.\n`
    return planWith(dir, files)
  }
}

async function planWith(dir: string, files: Record<string, string>): Promise<string> {
  const plan = join(dir, 'plan')
  await mkdir(plan, { recursive: true })
  for (const [name, text] of Object.entries(files)) await writeFile(join(plan, name), text)
  return plan
}

/** The text of the outside file that must never reach an output or a message. */
export const secret = outsideSecret
