import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeOutputsAtomically } from '@kapstok/cli'
import { describe, expect, it } from 'vitest'

describe('writeOutputsAtomically', () => {
  it('should write every file and leave no temporary files', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kapstok-out-'))
    const written = await writeOutputsAtomically(out, [
      { path: 'a.html', contents: '<p>a</p>' },
      { path: 'assets/b.css', contents: new Uint8Array([98]) }
    ])
    expect(written).toEqual([join(out, 'a.html'), join(out, 'assets/b.css')])
    expect((await readdir(out)).sort()).toEqual(['a.html', 'assets'])
    expect(await readFile(join(out, 'assets/b.css'), 'utf8')).toBe('b')
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
