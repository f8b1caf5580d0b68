import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { kapstok, root } from './run.js'

describe('README', () => {
  it('should show exactly what `kapstok check` prints for its 30-second example', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const plan = /`plan\.md`:\n\n```markdown\n([\s\S]*?)```/.exec(readme)?.[1]
    const shown = /```console\n\$ pnpm exec kapstok check plan\.md\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(plan).toBeDefined()
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-readme-'))
    await writeFile(join(dir, 'plan.md'), plan as string)
    const result = await kapstok(['check', 'plan.md'], dir)
    expect(result.stdout).toBe(shown)
    expect(result.code).toBe(1)
  })

  it('should start with the two set-up commands', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const block = /^# kapstok\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block?.trim().split('\n')).toEqual([
      'npm i -g pnpm@9.15.9 && pnpm install && pnpm example',
      'npm i -g pnpm@9.15.9 && pnpm install && pnpm test'
    ])
  })

  it('should run the policy rules in its library example and build self-contained HTML', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const plan = /`plan\.md`:\n\n```markdown\n([\s\S]*?)```/.exec(readme)?.[1] as string
    const code = /As a library[^\n]*\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1] as string
    expect(code).toContain("from 'kapstok'")
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-readme-'))
    await writeFile(join(dir, 'plan.md'), plan)
    // The temporary folder has no node_modules: point the import at the built facade.
    const facade = pathToFileURL(join(root, 'packages/kapstok/dist/index.js')).href
    await writeFile(join(dir, 'example.mjs'), code.replace("from 'kapstok'", `from '${facade}'`))
    const stdout = execFileSync('node', ['example.mjs'], { cwd: dir, encoding: 'utf8' })
    expect(stdout.split('\n')).toEqual(expect.arrayContaining(['27:73 error agenda-date-order', '35:16 error finance-sum-mismatch', "[ 'programmaplan.html', 'beleidskader.html' ]"]))
  })
})
