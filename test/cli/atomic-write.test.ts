import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { writeOutputsAtomically } from '@kapstok/cli'
import { root } from './run.js'
import { describe, expect, it } from 'vitest'

describe('writeOutputsAtomically', () => {
  it('should write every file and leave no temporary files', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    const written = await writeOutputsAtomically(out, [
      { path: 'a.html', contents: '<p>a</p>' },
      { path: 'assets/b.css', contents: new Uint8Array([98]) }
    ], { build: true })
    expect(written).toEqual([join(out, 'a.html'), join(out, 'assets/b.css')])
    expect((await readdir(out)).sort()).toEqual(['.kapstok-uitvoer.json', 'a.html', 'assets'])
    expect(await readFile(join(out, 'assets/b.css'), 'utf8')).toBe('b')
  })

  it('should remove the files of the previous build that this build no longer makes, and only those', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    await writeFile(join(out, 'eigen.txt'), 'niet van kapstok')
    await writeOutputsAtomically(out, [{ path: 'a.html', contents: 'a' }, { path: 'a.pdf', contents: 'pdf' }], { build: true })
    await writeOutputsAtomically(out, [{ path: 'a.html', contents: 'a2' }], { build: true })
    expect((await readdir(out)).sort()).toEqual(['.kapstok-uitvoer.json', 'a.html', 'eigen.txt'])
  })

  it('should keep every other file when not replacing a build (check --fix rewrites sources in place)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    await writeOutputsAtomically(out, [{ path: 'a.md', contents: 'a' }, { path: 'b.md', contents: 'b' }])
    await writeOutputsAtomically(out, [{ path: 'a.md', contents: 'a2' }])
    expect((await readdir(out)).sort()).toEqual(['a.md', 'b.md'])
  })

  it('should remove temporary files a killed run left behind, but not those of a run still going', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    await writeFile(join(out, 'a.html.kapstok-999999999-1.tmp'), 'half')
    await writeFile(join(out, 'a.html.kapstok-999999999-1.bak'), 'oud')
    await writeFile(join(out, `b.html.kapstok-${process.pid}-1.tmp`), 'bezig')
    await writeOutputsAtomically(out, [{ path: 'a.html', contents: 'a' }], { build: true })
    expect((await readdir(out)).sort()).toEqual(['.kapstok-uitvoer.json', 'a.html', `b.html.kapstok-${process.pid}-1.tmp`])
  })

  it('should restore the old outputs and remove its temporary files when interrupted with SIGINT', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    const count = 40
    for (let i = 0; i < count; i++) await writeFile(join(out, `f${i}.html`), `oud ${i}`)
    // A child writes 40 files of 4 MB; it is interrupted as soon as its first temporary file appears.
    const script = `import { writeOutputsAtomically } from '@kapstok/cli'
const big = 'x'.repeat(4 * 1024 * 1024)
await writeOutputsAtomically(${JSON.stringify(out)}, Array.from({ length: ${count} }, (_, i) => ({ path: 'f' + i + '.html', contents: big })))`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    const exited = new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? signal)))
    let running = true
    void exited.then(() => (running = false))
    while (running && !(await readdir(out)).some((name) => name.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 2))
    child.kill('SIGINT')
    expect(await exited, stderr).toBe(130)
    const names = (await readdir(out)).sort()
    expect(names.filter((n) => /\.(tmp|bak)$/.test(n))).toEqual([])
    for (let i = 0; i < count; i++) expect(await readFile(join(out, `f${i}.html`), 'utf8')).toBe(`oud ${i}`)
  })

  it('should keep the old outputs and remove its temporary files when one file cannot be written', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    await writeFile(join(out, 'a.html'), 'oud')
    // A path below a file cannot be created: nothing may change.
    await writeFile(join(out, 'blokkeert'), 'een bestand, geen map')
    await expect(
      writeOutputsAtomically(out, [
        { path: 'a.html', contents: 'nieuw' },
        { path: 'blokkeert/b.html', contents: 'x' }
      ])
    ).rejects.toThrow()
    expect((await readdir(out)).sort()).toEqual(['a.html', 'blokkeert'])
    expect(await readFile(join(out, 'a.html'), 'utf8')).toBe('oud')
  })

  it('should not leave half a set when a target is in the way', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    await mkdir(join(out, 'c.html'))
    await expect(
      writeOutputsAtomically(out, [
        { path: 'a.html', contents: 'nieuw' },
        { path: 'c.html', contents: 'x' }
      ])
    ).rejects.toThrow()
    expect((await readdir(out)).sort()).toEqual(['c.html'])
  })
})
