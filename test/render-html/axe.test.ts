import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import axe from 'axe-core'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kapstok, type Output, type Plan } from '@kapstok/core'
import { comparePlans, renderReport } from '@kapstok/diff'
import { markdownSource } from '@kapstok/markdown'
import { htmlRenderer } from '@kapstok/render-html'
import { fixture, render } from './render-helpers.js'

const executablePath = '/usr/bin/chromium'
const haveChromium = existsSync(executablePath)
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`Cannot run the accessibility tests: no Chromium at \`${executablePath}\`. Install it (\`apt-get install -y chromium\`)`)
  console.warn(`Skipping the axe-core accessibility tests: no Chromium at \`${executablePath}\` (install it with \`apt-get install -y chromium\`)`)
}

const examples = path.resolve(import.meta.dirname, '../../examples')
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let browser: Browser
let out: string

beforeAll(async () => {
  if (!haveChromium) return
  out = mkdtempSync(path.join(tmpdir(), 'kapstok-axe-'))
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
})

afterAll(async () => {
  await browser?.close()
  if (out) rmSync(out, { recursive: true, force: true })
})

/** Write outputs to a folder and return the html pages' paths. */
function write(name: string, outputs: Output[]): string[] {
  const dir = path.join(out, name)
  for (const o of outputs) {
    mkdirSync(path.dirname(path.join(dir, o.path)), { recursive: true })
    writeFileSync(path.join(dir, o.path), o.contents)
  }
  return outputs.filter((o) => o.path.endsWith('.html')).map((o) => path.join(dir, o.path))
}

/** Run axe (WCAG 2.1 A/AA) on a page; violations as `rule: target` lines. */
async function violations(file: string): Promise<string[]> {
  const result = await audit(file)
  // Guard against a vacuous pass: axe must have checked the page's structure.
  for (const rule of ['html-has-lang', 'document-title', 'color-contrast', 'list', 'bypass']) {
    if (!result.passes.some((p) => p.id === rule) && !result.violations.some((v) => v.id === rule)) return [`axe did not run \`${rule}\``]
  }
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

/** The full axe result for a page. */
async function audit(file: string): Promise<axe.AxeResults> {
  const page = await browser.newPage()
  try {
    await page.goto(pathToFileURL(file).href)
    await page.addScriptTag({ content: axe.source })
    const result = (await page.evaluate(
      (tags) => (globalThis as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      wcag
    )) as axe.AxeResults
    return result
  } finally {
    await page.close()
  }
}

describe.skipIf(!haveChromium)('axe-core in headless Chromium (WCAG 2.1 A/AA)', () => {
  for (const name of ['programmaplan', 'beleidskader', 'injection']) {
    it(`should find 0 violations in each html document of fixture ${name}`, async () => {
      const { file } = await render(fixture(name), {}, { formats: ['html'] })
      const pages = write(name, file.outputs)
      expect(pages.length).toBeGreaterThan(0)
      for (const page of pages) expect({ page: path.basename(page), violations: await violations(page) }).toEqual({ page: path.basename(page), violations: [] })
    })
  }

  for (const example of ['hoogeveen-sociaal-domein', 'dijk-en-waard-beleidskader']) {
    it(`should find 0 violations in each html document of examples/${example}`, async () => {
      const file = await kapstok().use(markdownSource).use(htmlRenderer).process({ path: path.join(examples, example) }, { render: { formats: ['html'] }, force: true })
      const pages = write(example, file.outputs)
      expect(pages.length).toBeGreaterThan(0)
      for (const page of pages) expect({ page: path.basename(page), violations: await violations(page) }).toEqual({ page: path.basename(page), violations: [] })
    })
  }

  it('should find 0 violations in the HTML change report, renvooi included', async () => {
    const before = fixture('programmaplan')
    const after: Plan = structuredClone(before)
    const principe = after.principes![0]!
    principe.titel = `${principe.titel} en verder`
    principe.toelichting = `Nieuw begin. ${principe.toelichting ?? ''}`.replace(/\b(\w{6,})\b/, 'vervangen')
    after.acties = after.acties!.slice(1)
    const outputs = await renderReport(comparePlans(before, after), after, { format: 'html' })
    const pages = write('wijzigingen', outputs.map((o) => ({ ...o, format: 'html' })))
    expect(readFileSync(pages[0]!, 'utf8')).toContain('<del>')
    expect({ violations: await violations(pages[0]!) }).toEqual({ violations: [] })
  })
})
