import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok, lindewaardePlan } from '../cli/run.js'

const plan = lindewaardePlan(`# Visie

Iedereen doet mee.
`)

/** A plan whose config replaces the pack's `colofon` partial with this template. */
async function planWithPartial(template: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-hbs-'))
  await writeFile(join(dir, 'plan.md'), plan)
  await writeFile(join(dir, 'colofon.hbs'), template)
  await writeFile(join(dir, 'kapstok.config.yaml'), 'template:\n  overrides:\n    partials:\n      colofon: ./colofon.hbs\n')
  return dir
}

describe('Handlebars syntax errors in a pack', () => {
  it('should report an unclosed expression at the template file, line and column, in Dutch', async () => {
    const dir = await planWithPartial('<footer>\n  <p>{{document.meta.gemeente}</p>\n</footer>\n')
    const result = await kapstok(['build', '.', '--format', 'html', '--out', 'uit'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/colofon\.hbs\n +2:30 +fout +Ongeldige Handlebars in sjabloon `colofon\.hbs`: ongeldige tekens in `\{\{ … \}\}`/)
    expect(result.stderr).not.toContain('nterne fout')
  })

  it('should place a wrong closing tag at the tag, even with --force', async () => {
    const dir = await planWithPartial('<footer>\n  {{#each document.blocks}}\n  <p>x</p> {{/if}}\n</footer>\n')
    const result = await kapstok(['build', '.', '--format', 'html', '--out', 'uit', '--force'], dir)
    expect(result.stderr).toMatch(/3:12 +fout +Ongeldige Handlebars in sjabloon `colofon\.hbs`: `\{\{\/if\}\}` sluit `\{\{#each\}\}` niet af/)
    expect(result.stderr).not.toContain('nterne fout')
  })

  it('should report a block left open at the end of the file', async () => {
    const dir = await planWithPartial('<footer>\n{{#if document}}\n  <p>x</p>\n')
    const result = await kapstok(['build', '.', '--format', 'html', '--out', 'uit'], dir)
    expect(result.stderr).toMatch(/3:11 +fout +Ongeldige Handlebars in sjabloon `colofon\.hbs`: het bestand eindigt terwijl een blok/)
  })
})
