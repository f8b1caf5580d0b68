import { readFile, readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ESM script without types.
import { generateRuleDocs } from '../../scripts/generate-rule-docs.mjs'
import { allRules, coreIds } from '@kapstok/rules'

const docsDir = new URL('../../docs/rules/', import.meta.url)

describe('generated rule docs', () => {
  it('should match the committed docs/rules pages (run `node scripts/generate-rule-docs.mjs`)', async () => {
    const pages = (await generateRuleDocs()) as Map<string, string>
    for (const [name, contents] of pages) {
      expect(await readFile(new URL(name, docsDir), 'utf8'), name).toBe(contents)
    }
    const onDisk = (await readdir(docsDir)).filter((n) => n.endsWith('.md')).sort()
    expect(onDisk).toEqual([...pages.keys()].sort())
  })

  it('should have one page per rule and per core id, plus the index', async () => {
    const onDisk = (await readdir(docsDir)).filter((n) => n.endsWith('.md'))
    expect(onDisk.length).toBe(allRules.length + coreIds.length + 1)
    expect(coreIds.map((d) => d.id)).toEqual(expect.arrayContaining(['schema-required', 'ref-missing', 'yaml-syntax', 'plan-missing']))
  })
})
