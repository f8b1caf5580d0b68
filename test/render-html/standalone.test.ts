import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decode, fixture, render } from './render-helpers.js'

const packCss = fileURLToPath(new URL('../../templates/nl-gemeente/assets/kapstok.css', import.meta.url))
const packLogo = fileURLToPath(new URL('../../templates/nl-gemeente/assets/logo.svg', import.meta.url))

describe('self-contained HTML (standalone)', () => {
  it('should put the pack\'s stylesheet in a <style> before the colours and link nothing', async () => {
    const { outputs } = await render(fixture('programmaplan'), { standalone: true })
    const html = outputs.get('programmaplan.html') ?? ''
    expect(html).not.toMatch(/<link[^>]+stylesheet/)
    const css = await readFile(packCss, 'utf8')
    const firstRule = css.split('\n').find((line) => line.includes('{')) as string
    expect(html).toContain(firstRule)
    expect(html.indexOf(firstRule)).toBeLessThan(html.indexOf('--kapstok-primary:'))
  })

  it('should give the logo as a data: URI and write no assets', async () => {
    const { outputs } = await render(fixture('programmaplan'), {}, { settings: { standalone: true } })
    // Handlebars writes `=` as `&#x3D;`; the browser reads the attribute decoded.
    const html = decode(outputs.get('programmaplan.html') ?? '')
    const logo = Buffer.from(await readFile(packLogo)).toString('base64')
    expect(html).toContain(`src="data:image/svg+xml;base64,${logo}"`)
    expect([...outputs.keys()].filter((p) => p.startsWith('assets/'))).toEqual([])
  })

  it('should inline a plan\'s own PNG logo with its media type', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-standalone-'))
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    await writeFile(join(dir, 'logo.png'), png)
    const { outputs } = await render(fixture('programmaplan'), { standalone: true, overrides: { logo: './logo.png' } }, {}, join(dir, 'plan.json'))
    expect(decode(outputs.get('programmaplan.html') ?? '')).toContain(`src="data:image/png;base64,${png.toString('base64')}"`)
  })

  it('should link the stylesheet and copy the assets without standalone', async () => {
    const { outputs } = await render(fixture('programmaplan'))
    expect(outputs.get('programmaplan.html')).toContain('<link rel="stylesheet" href="assets/kapstok.css">')
    expect(outputs.has('assets/kapstok.css')).toBe(true)
  })
})
