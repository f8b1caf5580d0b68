import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { renderPdf } from '@kapstok/render-pdf'
import { missingTools, pageCount, pageText, save, smallPlan } from './pdf-tools.js'

const withTools = missingTools().length === 0 ? describe : describe.skip

/** The small plan with one extra chapter of prose. */
function withProse(tekst: string): Plan {
  const plan = smallPlan()
  plan.secties = [...(plan.secties ?? []), { id: 'tabellen', titel: 'Tabellen', tekst }]
  return plan
}

const count = (text: string, needle: string): number => text.split(needle).length - 1

withTools('tables in the PDF', () => {
  it('should split a row taller than a page over pages, with a continuation mark, and show each line once', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `woord${String(i + 1).padStart(4, '0')}`)
    const plan = withProse(`| Onderwerp | Toelichting |\n|---|---|\n| Lang | ${lines.join(' ')} |\n| Kort | einde |\n`)
    const file = save('lange-rij.pdf', await renderPdf(plan))
    const text = pageText(file, undefined, '-raw')
    for (const line of lines) expect(count(text, line), line).toBe(1)
    expect(count(text, '(vervolg)')).toBeGreaterThanOrEqual(1)
    expect(pageCount(file)).toBeGreaterThan(3)
  })

  it('should not repeat a header row that holds amounts, and draw no header for an empty one', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => `| Post ${i + 1} | € ${i + 1}.000 |`).join('\n')
    const plan = withProse(`| Besparing | € 317.000 |\n|---|---|\n${rows}\n\n|  |  |\n|---|---|\n| Zonder kop | x |\n`)
    const text = pageText(save('kop-is-data.pdf', await renderPdf(plan)), undefined, '-raw')
    expect(count(text, '€ 317.000')).toBe(1)
    expect(text).toContain('Zonder kop')
  })
})
