import { readFileSync } from 'node:fs'
import { kapstok, PlanFile, type Plan, type RenderOptions } from '@kapstok/core'
import { dataExports, htmlRenderer, type HtmlRendererOptions } from '@kapstok/render-html'

/** Read a model fixture from `test/fixtures/models`. */
export function fixture(name: string): Plan {
  return JSON.parse(readFileSync(new URL(`../fixtures/models/${name}.json`, import.meta.url), 'utf8')) as Plan
}

/** Render a model with the html, md, json and csv renderers; outputs by path as text. */
export async function render(
  model: Plan,
  options: HtmlRendererOptions = {},
  renderOptions: RenderOptions = {},
  planPath = new URL('../fixtures/models/plan.json', import.meta.url).pathname
): Promise<{ outputs: Map<string, string>; bytes: Map<string, Uint8Array | string>; file: PlanFile }> {
  const processor = kapstok().use(htmlRenderer, options).use(dataExports)
  const file = new PlanFile(planPath)
  file.model = model
  await processor.render(file, renderOptions)
  const outputs = new Map<string, string>()
  const bytes = new Map<string, Uint8Array | string>()
  for (const o of file.outputs) {
    outputs.set(o.path, typeof o.contents === 'string' ? o.contents : Buffer.from(o.contents).toString('utf8'))
    bytes.set(o.path, o.contents)
  }
  return { outputs, bytes, file }
}

/** Decode the entities Handlebars and rehype write. */
export function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Text content of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
}

/** Count non-overlapping occurrences of `needle` in `haystack`. */
export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

/** Parse `€ 1.900.000` / `€ -600.000` to whole euros. */
export function euros(text: string): number {
  const clean = text.replace(/[€\s.]/g, '').replace(',', '.')
  return Number(clean)
}
