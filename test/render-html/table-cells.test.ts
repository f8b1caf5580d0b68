import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { renderPdf } from '@kapstok/render-pdf'
import { pageText, save } from '../render-pdf/pdf-tools.js'
import { fixture, render } from './render-helpers.js'

describe('inline Markdown in table cells', () => {
  const plan = (): Plan => {
    const p = fixture('programmaplan')
    p.acties![0]!.doel = 'Minder zorgkosten, zie [principe 1](#p1) en *snel*'
    return p
  }

  it('should render links and emphasis in an agenda cell as html', async () => {
    const { outputs } = await render(plan(), {}, { formats: ['html'] })
    const html = outputs.get('programmaplan.html')!
    expect(html).toContain('<td class="uitlijning-left">Minder zorgkosten, zie <a href="#p1">principe 1</a> en <em>snel</em></td>')
    expect(html).toContain('id="p1"')
  })

  it('should keep the cell as unescaped markdown in the markdown output', async () => {
    const { outputs } = await render(plan(), {}, { formats: ['md'] })
    expect(outputs.get('programmaplan.md')!).toContain('| Minder zorgkosten, zie [principe 1](#p1) en _snel_ |')
  })

  it('should write the link text only in the csv', async () => {
    const { outputs } = await render(plan(), {}, { formats: ['csv'] })
    const csv = outputs.get('uitvoeringsagenda.csv')!
    expect(csv).toContain(';Minder zorgkosten, zie principe 1 en snel;')
    expect(csv).not.toContain('](#')
  })

  it('should draw the link text, not the markdown, in the pdf', async () => {
    const text = pageText(save('cel.pdf', await renderPdf(plan())), undefined, '-raw').replace(/\s+/g, ' ')
    expect(text).toContain('zie principe 1 en snel')
    expect(text).not.toContain('](#p1)')
  })
})
