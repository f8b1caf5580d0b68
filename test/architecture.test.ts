import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// docs/architecture.md says which workspace packages each package may import. This test keeps
// that true: an import outside the table fails here (the root's devDependencies would let it
// resolve, so the compiler alone would not stop it).
const root = new URL('../', import.meta.url).pathname
const table = readFileSync(join(root, 'docs/architecture.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| `@kapstok/') || line.startsWith('| `kapstok`'))
  .map((line) => {
    const cells = line.split('|').map((cell) => cell.trim())
    const name = /`(?:@kapstok\/)?([^`]+)`/.exec(cells[1] ?? '')?.[1] ?? ''
    const allowed = (cells[3] ?? '').startsWith('everything') ? ['*'] : [...(cells[3] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1] ?? '')
    return [name, allowed] as const
  })
const allowedBy = new Map(table)
const packages = readdirSync(join(root, 'packages')).filter((name) => statSync(join(root, 'packages', name)).isDirectory())

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path)
    return /\.(ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function importsOf(name: string): Set<string> {
  const found = new Set<string>()
  for (const file of sourceFiles(join(root, 'packages', name))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]@kapstok\/([a-z-]+)/g)) found.add(m[1] ?? '')
  }
  found.delete(name)
  return found
}

describe('package boundaries (docs/architecture.md)', () => {
  it('should list every package of packages/ in the table', () => {
    expect(packages.filter((name) => !allowedBy.has(name))).toEqual([])
  })

  for (const name of packages) {
    it(`should let @kapstok/${name} import only what the table allows, and declare it`, () => {
      const allowed = allowedBy.get(name) ?? []
      const used = [...importsOf(name)].sort()
      if (!allowed.includes('*')) expect(used.filter((dep) => !allowed.includes(dep))).toEqual([])
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'))
      const declared = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((d) => d.startsWith('@kapstok/')).map((d) => d.slice(9))
      expect(used.filter((dep) => !declared.includes(dep))).toEqual([])
    })
  }

  // The top of the graph. `cli` is imported by the facade `kapstok` and by the private `eval`
  // only: the evaluation must run the checker exactly as `kapstok check` does (the plan's own
  // configuration, parse and validate), so it uses the CLI's `loadConfig` and `createProcessor`
  // rather than the facade's `checkPlan`, which also runs the transforms. Nothing imports
  // `kapstok` or `eval`, and `eval` is never packed: it needs the repository's plans.
  it('should let only the facade and the private eval import cli, and nothing import kapstok or eval', () => {
    const importers = (target: string) => packages.filter((name) => importsOf(name).has(target)).sort()
    expect(importers('cli')).toEqual(['eval', 'kapstok'])
    expect(importers('eval')).toEqual([])
    const facade = /(?:from\s+|import\s*\(\s*|import\s+)['"]kapstok['"/]/
    expect(packages.filter((name) => sourceFiles(join(root, 'packages', name)).some((file) => facade.test(readFileSync(file, 'utf8'))))).toEqual([])
    expect(JSON.parse(readFileSync(join(root, 'packages/eval/package.json'), 'utf8')).private).toBe(true)
  })

  it('should fail on a forbidden import (the check can fail)', () => {
    expect(allowedBy.get('documents')).not.toContain('rules')
    expect(allowedBy.get('rules')).not.toContain('render-html')
  })
})
