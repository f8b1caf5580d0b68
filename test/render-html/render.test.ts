import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { agendaCsv, csvField, isSafeUrl, loadHtmlPack, proseToHtml } from '@kapstok/render-html'
import { count, decode, euros, fixture, render, textOf } from './render-helpers.js'

const plan = fixture('programmaplan')

describe('htmlRenderer and dataExports', () => {
  it('should write one html and one md file per supported document, the pack assets, model.json, the finance csv and the agenda csv', async () => {
    const { outputs, file } = await render(plan)
    expect([...outputs.keys()].sort()).toEqual([
      'assets/kapstok.css',
      'assets/logo.svg',
      'beleidskader.html',
      'beleidskader.md',
      'financien.csv',
      'model.json',
      'programmaplan.html',
      'programmaplan.md',
      'raadsvoorstel.html',
      'raadsvoorstel.md',
      'uitvoeringsagenda.csv'
    ])
    expect(file.messages).toEqual([])
  })

  it('should render only the requested documents and formats, and say why a requested document is skipped', async () => {
    const { outputs, file } = await render(fixture('beleidskader'), {}, { documents: ['programmaplan', 'raadsvoorstel'], formats: ['md'] })
    expect([...outputs.keys()]).toEqual(['raadsvoorstel.md'])
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['render-document-unsupported', 'Document `programmaplan` is overgeslagen: het model heeft er geen inhoud voor. Voeg een uitvoeringsagenda (`acties`) toe']
    ])
  })

  it('should write the whole model as pretty JSON', async () => {
    const { outputs } = await render(plan, {}, { formats: ['json'] })
    expect(JSON.parse(outputs.get('model.json')!)).toEqual(plan)
    expect(outputs.get('model.json')!.split('\n')[1]).toBe('  "document": {')
  })
})

describe('consistency between outputs', () => {
  it('should show every principe and pijler title identically, once as a numbered heading, in html and md', async () => {
    const { outputs } = await render(plan)
    for (const kind of ['programmaplan', 'beleidskader']) {
      const html = [...outputs.get(`${kind}.html`)!.matchAll(/<h[2-6]>(.*?)<\/h[2-6]>/g)].map((m) => textOf(m[1]!))
      const md = outputs.get(`${kind}.md`)!.split('\n').filter((l) => /^#{2,6} /.test(l)).map((l) => l.replace(/^#+ /, '').replace(/\\/g, ''))
      // The same headings, in the same order, with the same numbers.
      expect(md).toEqual(['Inhoudsopgave', ...html])
      const numbered = html.filter((h) => /^\d+(\.\d+)* /.test(h)).map((h) => h.replace(/^[\d.]+ /, ''))
      for (const p of [...plan.principes!, ...plan.pijlers!]) expect(numbered.filter((h) => h === p.titel)).toHaveLength(1)
    }
  })

  it('should list every agenda row exactly once in the programmaplan appendix (html and md) and in the csv', async () => {
    const { outputs } = await render(plan)
    const html = outputs.get('programmaplan.html')!
    const appendix = html.slice(html.indexOf('<section id="uitvoeringsagenda"'))
    const md = outputs.get('programmaplan.md')!
    const csv = outputs.get('uitvoeringsagenda.csv')!
    for (const actie of plan.acties!) {
      expect(count(html, `id="${actie.id}"`)).toBe(1)
      const row = new RegExp(`<tr class="rij--row" id="${actie.id}"><th scope="row">(.*?)</th>`).exec(appendix)
      expect(decode(row![1]!)).toBe(actie.activiteit)
      expect(count(md, `| <a id="${actie.id}"></a>${actie.activiteit} |`)).toBe(1)
      expect(csv.split('\r\n').filter((line) => line.startsWith(`${actie.id};`))).toHaveLength(1)
      expect(csv).toContain(`;${actie.activiteit};`)
    }
    expect(count(appendix, '<tr class="rij--row"')).toBe(plan.acties!.length)
  })

  it('should show in every finance table totals that equal the sum of the rows above them', async () => {
    const { outputs } = await render(plan)
    for (const name of ['programmaplan.html']) {
      const tables = [...outputs.get(name)!.matchAll(/<table id="(fin-[^"]+)">([\s\S]*?)<\/table>/g)]
      expect(tables.map((t) => t[1])).toEqual(['fin-besparing', 'fin-jaarschijven'])
      for (const [, , body] of tables) {
        const rows = [...body!.matchAll(/<tr class="rij--(row|total)">([\s\S]*?)<\/tr>/g)].map((r) => ({
          kind: r[1],
          cells: [...r[2]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!))
        }))
        let parts: string[][] = []
        let totals = 0
        for (const row of rows) {
          if (row.kind === 'row') parts.push(row.cells)
          else {
            totals++
            row.cells.slice(1).forEach((cell, i) => {
              const sum = parts.reduce((a, p) => a + (p[i + 1] ? euros(p[i + 1]!) : 0), 0)
              expect(euros(cell)).toBe(sum)
            })
            parts = []
          }
        }
        expect(totals).toBe(1)
      }
    }
  })

  it('should show the same totals in the markdown tables', async () => {
    const { outputs } = await render(plan)
    const md = outputs.get('programmaplan.md')!
    expect(md).toContain('| **Totaal** | **€ 1.900.000** |')
    expect(md).toContain('| **Totaal** | **€ 300.000** | **€ 600.000** | **€ 1.000.000** |')
  })

  it('should resolve every internal link in each html document to an element with that id', async () => {
    const { outputs } = await render(plan)
    for (const kind of ['programmaplan', 'beleidskader', 'raadsvoorstel']) {
      const html = outputs.get(`${kind}.html`)!
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
      const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!)
      const missing = targets.filter((t) => !ids.has(t))
      // The beleidskader leaves out the agenda, so only links into it may dangle there.
      expect(missing).toEqual([])
      expect(count(html, 'id="inhoud"')).toBe(1)
    }
  })

  it('should show CONCEPT on drafts and not on adopted documents', async () => {
    const draft = (await render(plan)).outputs.get('programmaplan.html')!
    expect(draft).toContain('<p class="concept-banner"><strong>CONCEPT</strong> – Voorlopig standpunt.')
    expect(draft).toContain('<body class="document document--programmaplan is-concept" data-concept="CONCEPT">')
    const adopted = (await render(fixture('beleidskader'))).outputs.get('beleidskader.html')!
    expect(adopted).not.toContain('concept-banner')
    expect(adopted).toContain('<body class="document document--beleidskader" data-concept="CONCEPT">')
  })
})

describe('security', () => {
  // Real tags start with a literal `<`; model text has it escaped (`&lt;`, `&#x3C;`). The one
  // SVG allowed is kapstok's own timeline, drawn from escaped text.
  const scripts = /<script|<iframe|<style>body|<svg(?! class="tijdlijn-svg")|<img src="?x|<[a-z][^>]*\son[a-z]+\s*=/i
  const jsLinks = /(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i

  it('should turn script tags and javascript: links in titles, table cells and prose into text, never markup', async () => {
    const { outputs } = await render(fixture('injection'))
    const htmlNames = [...outputs.keys()].filter((k) => k.endsWith('.html'))
    expect(htmlNames).toEqual(['programmaplan.html', 'beleidskader.html', 'raadsvoorstel.html'])
    for (const name of htmlNames) {
      const html = outputs.get(name)!
      expect(html).not.toMatch(scripts)
      expect(html).not.toMatch(jsLinks)
      expect(count(html.toLowerCase(), '<img')).toBe(1)
      expect(html).toContain('&lt;script&gt;alert(&#x27;')
    }
    const programmaplan = outputs.get('programmaplan.html')!
    expect(programmaplan).toContain('<title>Plan &lt;script&gt;alert(&#x27;titel&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot; –')
    expect(programmaplan).toContain('<th scope="row">&lt;script&gt;alert(&#x27;activiteit&#x27;)&lt;/script&gt;Doe iets</th>')
    expect(programmaplan).toContain('<a href="#p1">goed</a>')
    expect(programmaplan).toContain('<a>een link</a>')
  })

  it('should keep raw html and unsafe links out of the markdown', async () => {
    const { outputs } = await render(fixture('injection'))
    for (const name of ['programmaplan.md', 'beleidskader.md', 'raadsvoorstel.md']) {
      const md = outputs.get(name)!
      // The only unescaped `<` is kapstok's own `<a id="…"></a>` anchors; model text reads `\<script>`.
      expect(md).not.toMatch(/(?<!\\)<(?!a id="[\w.-]+"><\/a>|\/a>)/)
      expect(md).not.toMatch(/\]\(\s*(javascript|data):/i)
    }
    expect(outputs.get('programmaplan.md')).toContain("\\<script>alert('activiteit')\\</script>Doe iets")
    expect(outputs.get('programmaplan.md')).toContain('[een link](#)')
  })

  it('should defuse spreadsheet formulas in the csv', async () => {
    const { outputs } = await render(fixture('injection'))
    expect(outputs.get('uitvoeringsagenda.csv')).toContain(`;"'=HYPERLINK(""http://evil.example"",""klik"")"\r\n`)
  })

  it('should defuse every cell a spreadsheet would run as a formula (=, +, -, @, tab, CR), and nothing else', () => {
    expect(['=1+2', '+31 6', '-2+3+cmd|/C calc!A0', '@SUM(A1)', '\tx'].map((cell) => csvField(cell, ';'))).toEqual([
      "'=1+2", "'+31 6", "'-2+3+cmd|/C calc!A0", "'@SUM(A1)", "'\tx"
    ])
    expect(csvField('\rx', ';')).toBe(`"'\rx"`)
    expect(['Wijkteam 2-3', '2025-06', 'a=b'].map((cell) => csvField(cell, ';'))).toEqual(['Wijkteam 2-3', '2025-06', 'a=b'])
    // A negative amount stays a number for the spreadsheet, and `-` (nil) is plain text; `-1+2` is a formula.
    expect(['-325000', '-12,5', '-0.75', '-', '-1+2', '--1', '-12,5a'].map((cell) => csvField(cell, ';'))).toEqual(['-325000', '-12,5', '-0.75', '-', "'-1+2", "'--1", "'-12,5a"])
    // Dutch negatives with thousands points stay numbers too; a letter or operator after them does not.
    expect(['-2.408.115', '-7.050,25', '-3.600.000,00', '-4.100,5+1', '-9.300x'].map((cell) => csvField(cell, ';'))).toEqual(['-2.408.115', '-7.050,25', '-3.600.000,00', "'-4.100,5+1", "'-9.300x"])
  })

  it('should accept only fragment, relative, http(s) and mailto urls', () => {
    expect(['#p1', 'bijlage.pdf', 'https://x.nl', 'mailto:a@b.nl'].map(isSafeUrl)).toEqual([true, true, true, true])
    expect(['javascript:alert(1)', ' JaVa\tScript:alert(1)', 'data:text/html,x', 'vbscript:x'].map(isSafeUrl)).toEqual([false, false, false, false])
  })

  it('should move prose headings below the surrounding heading', () => {
    expect(proseToHtml('# Kop\n\n## Sub', { headingLevel: 3 })).toBe('<h4>Kop</h4>\n<h5>Sub</h5>')
  })
})

describe('agendaCsv', () => {
  it('should start with a BOM, use ; and CRLF, and quote fields per RFC 4180', () => {
    const csv = agendaCsv(plan)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('\uFEFFid;pijler;subkop;activiteit;doel;start;eind;domein;eigenaar;status;bijzonderheden')
    expect(lines[1]).toBe('a1;t1;Versterken voorliggende voorzieningen en preventie;Inzet van Powerful Ageing;Preventie: langer zelfstandig thuis;medio 2022;12-2023;Wmo;;;')
    expect(lines).toHaveLength(plan.acties!.length + 2)
    expect(lines.at(-1)).toBe('')
  })

  it('should use a comma when asked and quote fields that contain one', () => {
    const csv = agendaCsv(
      { document: plan.document, acties: [{ id: 'x1', activiteit: 'Eén, twee', doel: 'Zeg "ja"', bijzonderheden: 'regel 1\nregel 2' }] },
      { separator: ',', bom: false }
    )
    expect(csv).toBe('id,pijler,subkop,activiteit,doel,start,eind,domein,eigenaar,status,bijzonderheden\r\nx1,,,"Eén, twee","Zeg ""ja""",,,,,,"regel 1\nregel 2"\r\n')
    expect(csvField('a;b', ';')).toBe('"a;b"')
    expect(csvField('a;b', ',')).toBe('a;b')
  })
})

describe('template packs', () => {
  it('should load the built-in pack by name', async () => {
    const pack = await loadHtmlPack('nl-gemeente')
    expect(pack.manifest.name).toBe('nl-gemeente')
    expect(pack.documents).toEqual(['programmaplan', 'beleidskader', 'raadsvoorstel'])
    expect(pack.styles).toEqual(['assets/kapstok.css'])
    expect(Object.keys(pack.layouts)).toEqual(['default'])
    expect(pack.assets.map((a) => a.path)).toEqual(['assets/kapstok.css', 'assets/logo.svg'])
  })

  it('should explain a pack that cannot be found, as a message on the file', async () => {
    await expect(loadHtmlPack('bestaat-niet', { baseDir: tmpdir() })).rejects.toThrow(
      'Sjabloonpakket `bestaat-niet` niet gevonden: geen map, niet meegeleverd met kapstok en geen npm-pakket `kapstok-pack-bestaat-niet`. Installeer het (`npm install kapstok-pack-bestaat-niet`) of geef een pad'
    )
    const { outputs, file } = await render(plan, { pack: './nergens' })
    expect(outputs.has('programmaplan.html')).toBe(false)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['render-pack'])
  })

  it('should refuse colours that are not colours', async () => {
    await expect(loadHtmlPack('nl-gemeente', { overrides: { colors: { primary: 'red;}body{display:none' } } })).rejects.toThrow(
      'Ongeldige kleur `red;}body{display:none` voor `primary`: gebruik een hexkleur zoals `#154273`, `rgb(…)`, `hsl(…)` of een CSS-kleurnaam zoals `darkgreen`'
    )
    // A word that only looks like a colour name is not one: browsers ignore it and the PDF drew it black.
    await expect(loadHtmlPack('nl-gemeente', { overrides: { colors: { primary: 'groenig' } } })).rejects.toThrow('Ongeldige kleur `groenig`')
    await expect(loadHtmlPack('nl-gemeente', { overrides: { colors: { primary: 'DarkGreen', accent: 'rebeccapurple' } } })).resolves.toBeDefined()
  })

  it('should change only the overridden partial and logo', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kapstok-pack-'))
    writeFileSync(path.join(dir, 'titelblad.hbs'), '<header class="eigen-titelblad"><img src="{{pack.logo}}" alt="{{pack.logoAlt}}"><h1>{{document.title}}</h1></header>\n')
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    const base = await render(plan)
    const custom = await render(plan, { baseDir: dir, overrides: { partials: { titelblad: './titelblad.hbs' }, logo: './logo.svg' } })
    expect([...custom.outputs.keys()].filter((k) => !base.outputs.has(k))).toEqual(['assets/logo-plan.svg'])
    // The plan's SVG logo is copied sanitised (the same shapes, re-serialised).
    expect(custom.outputs.get('assets/logo-plan.svg')).toContain('<rect width="10" height="10"')
    for (const [name, contents] of base.outputs) {
      const other = custom.outputs.get(name)!
      if (!name.endsWith('.html')) {
        expect(other).toBe(contents)
        continue
      }
      const split = (html: string): [string, string] => {
        const start = html.indexOf('<header')
        const end = html.indexOf('</header>') + '</header>'.length
        return [html.slice(0, start) + html.slice(end), html.slice(start, end)]
      }
      const [baseRest, baseHeader] = split(contents)
      const [customRest, customHeader] = split(other)
      expect(customRest).toBe(baseRest)
      expect(customHeader).not.toBe(baseHeader)
      expect(customHeader).toBe(
        // The plan's own partial, sanitised (which writes a void element as `<img … />`).
        `<header class="eigen-titelblad"><img src="assets/logo-plan.svg" alt="Logo gemeente Hoogeveen" /><h1>${name === 'raadsvoorstel.html' ? 'Vaststellen programmaplan Herontwerp sociaal domein 2022-2025' : 'Herontwerp sociaal domein 2022-2025'}</h1></header>`
      )
    }
  })

  it('should change only the colour variables when colours are overridden, and warn about low contrast', async () => {
    const base = await render(plan)
    const custom = await render(plan, { overrides: { colors: { primary: '#7fb2e5' } } })
    const a = base.outputs.get('programmaplan.html')!.split('\n')
    const b = custom.outputs.get('programmaplan.html')!.split('\n')
    const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y)
    expect(changed).toHaveLength(1)
    expect(changed[0]![1]).toContain('--kapstok-primary:#7fb2e5;')
    expect(custom.file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['render-contrast', 'Onvoldoende contrast voor kleur `#7fb2e5` (primary): 2.23:1 tegen wit. Kies een donkerder kleur met minstens 4,5:1 (WCAG 2.1 AA)']
    ])
  })

  it('should use pack and plan labels in every format', async () => {
    const { outputs } = await render(plan, { overrides: { labels: { begrippen: 'Afkortingen', inhoudsopgave: 'Inhoud' } } })
    expect(outputs.get('programmaplan.html')).toContain('<h2><span class="nummer">9</span> Afkortingen</h2>')
    expect(outputs.get('programmaplan.html')).toContain('<h2 id="inhoudsopgave-kop">Inhoud</h2>')
    expect(outputs.get('programmaplan.md')).toContain('\n## 9 Afkortingen\n')
    expect(outputs.get('programmaplan.md')).toContain('\n## Inhoud\n')
  })
})
