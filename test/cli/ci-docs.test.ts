import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ciText } from '../../packages/cli/lib/scaffold/ci.js'
import { kapstok, root } from './run.js'

const page = () => readFile(join(root, 'docs/ci.md'), 'utf8')

describe('docs/ci.md', () => {
  it('should show exactly the CI files that `kapstok init --ci` writes for a plan in `plan`', async () => {
    const blocks = [...(await page()).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1])
    expect(blocks).toEqual([ciText('github', 'plan'), ciText('gitlab', 'plan')])
  })

  it('should give kapstok commands that all run on a new plan and write the reports they name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-ci-'))
    await kapstok(['init', 'plan'], dir)
    const commands = [...(await page()).matchAll(/npx kapstok ([^\n#]+)/g)].map((m) => (m[1] as string).trim())
    expect(commands.length).toBeGreaterThanOrEqual(6)
    for (const command of commands) {
      const result = await kapstok(command.split(/\s+/), dir)
      expect(result.code, `${command}\n${result.stderr}`).toBe(0)
    }
    for (const file of ['kapstok.sarif', 'gl-code-quality-report.json', 'kapstok.xml', 'out/programmaplan.pdf']) expect(existsSync(join(dir, file)), file).toBe(true)
    expect(JSON.parse(await readFile(join(dir, 'kapstok.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})
