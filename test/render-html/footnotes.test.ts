import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { renderPdf } from '@kapstok/render-pdf'
import { pageText, save } from '../render-pdf/pdf-tools.js'
import { fixture, render } from './render-helpers.js'

/** A plan whose footnote references and definitions sit in different texts, as the reader splits them. */
function withNotes(): Plan {
  const plan = fixture('programmaplan')
  plan.secties = [
    { id: 'inleiding', titel: 'Inleiding', tekst: 'Het plan volgt de wet[^wet] en de nota[^a].' },
    {
      id: 'aanpak',
      titel: 'Aanpak',
      tekst: 'We werken samen met partners.\n\n[^a]: Nota Samen Verder, 2019.\n\n[^wet]: Wet maatschappelijke ondersteuning 2015.\n\n[^los]: Een noot zonder verwijzing.'
    }
  ]
  return plan
}

describe('footnotes across texts', () => {
  it('should number notes in reading order and pair each reference with its note, in html', async () => {
    const { outputs } = await render(withNotes(), {}, { formats: ['html'] })
    const html = outputs.get('programmaplan.html')!
    expect(html).toContain('wet<sup><a href="#noot-1" class="noot-ref" id="noot-1-ref">1</a></sup>')
    expect(html).toContain('nota<sup><a href="#noot-2" class="noot-ref" id="noot-2-ref">2</a></sup>')
    expect(html).toMatch(/<li id="noot-1" value="1">Wet maatschappelijke ondersteuning 2015\. <a href="#noot-1-ref"/)
    expect(html).toMatch(/<li id="noot-2" value="2">Nota Samen Verder, 2019\. <a href="#noot-2-ref"/)
    expect(html).toContain('<aside class="noten" aria-label="Noten">')
    expect(html).not.toMatch(/\[\^|user-content-|Footnotes/)
    expect(html).toContain('<em>Noot:</em> Een noot zonder verwijzing.')
  })

  it('should write numbered GFM footnotes in the markdown', async () => {
    const { outputs } = await render(withNotes(), {}, { formats: ['md'] })
    const md = outputs.get('programmaplan.md')!
    expect(md).toContain('Het plan volgt de wet[^1] en de nota[^2].')
    expect(md).toContain('[^1]: Wet maatschappelijke ondersteuning 2015.')
    expect(md).toContain('[^2]: Nota Samen Verder, 2019.')
    expect(md).not.toContain('[^wet]')
  })

  it('should print the notes with their numbers in the pdf, linked both ways', async () => {
    const bytes = await renderPdf(withNotes())
    const text = pageText(save('noten.pdf', bytes), undefined, '-raw')
    // Linked both ways: reference → note, note → the text that references it.
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).toMatch(/\/D \(noot-1\)/)
    expect(raw).toMatch(/\/D \(noot-1-ref\)/)
    expect(text).toMatch(/1 Wet maatschappelijke ondersteuning 2015\./)
    expect(text).toMatch(/2 Nota Samen Verder, 2019\./)
    expect(text).not.toContain('[^')
  })
})
