import { describe, expect, it } from 'vitest'
import { brief, check, front } from './helpers.js'

const table = (rows: string) => `${front}\n# Uitvoeringsagenda\n\n| Activiteit | Start | Eind |\n|---|---|---|\n${rows}`

describe('reader: bad input gives located Dutch diagnostics', () => {
  it('should report malformed frontmatter YAML at its line', async () => {
    const file = await check({ 'plan/plan.md': '---\ngemeente: Hoogeveen\ntitel: "Plan\n---\n\n# Visie\n\nTekst.\n' })
    expect(brief(file)).toEqual([
      ['yaml-syntax', '3:13', 'Ongeldige YAML: er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje)']
    ])
  })

  it('should report an alias without its anchor at the alias, not crash', async () => {
    const file = await check({ 'plan/plan.md': '---\ngemeente: *nergens\ntitel: Plan\n---\n\n# Visie\n\nTekst.\n' })
    expect(brief(file).filter(([id]) => id === 'yaml-syntax')).toEqual([
      ['yaml-syntax', '2:11', 'Ongeldige YAML: alias `*nergens` verwijst naar een anker (`&nergens`) dat er niet (eerder) is']
    ])
  })

  it('should report an alias bomb (billion laughs) as a located error in bounded time', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + prev).join(', ')}]`)
    }
    const file = await check({ 'plan/plan.md': `---\n${levels.join('\n')}\n---\n\n# Visie\n` })
    const yaml = brief(file).filter(([id]) => id === 'yaml-syntax')
    expect(yaml).toHaveLength(1)
    expect(yaml[0]?.[2]).toMatch(/^Ongeldige YAML: de aliassen \(`\*naam`\) leveren samen meer dan 100 kopieën op/)
  })

  it('should keep a plain alias that expands to a few copies', async () => {
    const file = await check({ 'plan/plan.md': '---\ngemeente: &g Lindewaarde\ntitel: Plan\nstatus: concept\nsoort: programmaplan\nperiode: 2025-2028\ndatum: 2025-01-01\nauteur: *g\n---\n\n# Visie\n\nTekst.\n' })
    expect(brief(file).filter(([id]) => id === 'yaml-syntax')).toEqual([])
    expect(file.model?.document.gemeente).toBe('Lindewaarde')
  })

  it('should report a row with a missing cell and one with an extra cell', async () => {
    const file = await check({ 'plan/plan.md': table('| A | 2022 |\n| B | 2022 | 2023 | extra |\n') })
    expect(brief(file)).toEqual([
      ['table-column-count', '14:5', 'Rij 1 van de uitvoeringsagenda heeft 2 cellen, de kop 3; vul de ontbrekende cellen aan (leeg mag: `| |`)'],
      ['table-column-count', '15:21', 'Rij 2 van de uitvoeringsagenda heeft 4 cellen, de kop 3; overbodige cel `extra`']
    ])
  })

  it('should report an unknown column at its header cell', async () => {
    const file = await check({ 'plan/plan.md': `${front}\n# Uitvoeringsagenda\n\n| Activiteit | Kleur |\n|---|---|\n| A | rood |\n` })
    expect(brief(file)[0]?.slice(0, 2)).toEqual(['table-unknown-column', '12:16'])
    expect(brief(file)[0]?.[2]).toMatch(/^Onbekende kolom `Kleur` in de uitvoeringsagenda; bekende kolommen: `Id`, `Activiteit`/)
  })

  it('should report a duplicate id across files, pointing at the first one too', async () => {
    const file = await check({
      'plan/01.md': `${front}\n# Leidende principes\n\n## Samen {#p1}\n`,
      'plan/02.md': '# Thema\'s\n\n## Sociale basis {#p1}\n'
    })
    expect(file.messages.map((m) => [m.ruleId, m.file, m.line, m.reason])).toEqual([
      ['id-duplicate', 'plan/02.md', 3, 'Dubbele id `p1`; een id mag maar één keer voorkomen in het plan']
    ])
    expect(file.messages[0]?.cause).toMatchObject({ reason: 'Id `p1` is hier al gebruikt', line: 12 })
  })

  it('should report a link to a missing id at the link itself', async () => {
    const file = await check({ 'plan/plan.md': `${front}\n# Visie\n\nZie ook\n[thema 9](#t9) hierover.\n` })
    expect(brief(file)).toEqual([['ref-missing', '13:1', 'Verwijzing `#t9` in `[thema 9]` heeft geen doel; er is geen onderdeel met die id']])
  })

  // A section's prose is rebuilt around its table: a link in a paragraph after the table is still found at its own line.
  it('should report a link to a missing id after a table at the link itself', async () => {
    const body = '# Financiën\n\nDe bedragen staan hieronder.\n\n| Post | 2027 |\n|---|---|\n| Onderhoud | 40 |\n| Totaal | 40 |\n\nDe risico\'s staan in [de risicoparagraaf](#risico).\n'
    const file = await check({ 'plan/plan.md': `${front}\n${body}` })
    expect(brief(file).filter(([rule]) => rule === 'ref-missing')).toEqual([['ref-missing', '19:22', 'Verwijzing `#risico` in `[de risicoparagraaf]` heeft geen doel; er is geen onderdeel met die id']])
  })

  // A list item's title, a besluitpunt and a begrip keep the link's text only; the link must not be lost with its markup.
  it.each([
    ['an inspanning under a thema', "# Thema's\n\n## Samen {#t1}\n\n### Wat gaan we doen\n\n- We werken samen, zie [thema Dichtbij](#t5).\n", '16:24', 't5', 'thema Dichtbij'],
    ['a doel under a thema', "# Thema's\n\n## Samen {#t1}\n\n### Doelen\n\n- Meer ontmoeting (zie [bijlage 2](#b2)).\n", '16:24', 'b2', 'bijlage 2'],
    ['a leidend principe as a list item', '# Leidende principes\n\n- Samen doen, zoals in [principe 4](#p4).\n', '12:24', 'p4', 'principe 4']
  ])('should report a link to a missing id in %s at the link', async (_name, body, at, id, label) => {
    const file = await check({ 'plan/plan.md': `${front}\n${body}` })
    expect(brief(file).filter(([rule]) => rule === 'ref-missing')).toEqual([['ref-missing', at, `Verwijzing \`#${id}\` in \`[${label}]\` heeft geen doel; er is geen onderdeel met die id`]])
  })

  it.each([
    ['an inspanning linking to its own thema', "# Thema's\n\n## Samen {#t1}\n\n### Wat gaan we doen\n\n- We werken samen, zie [thema Samen](#t1).\n"],
    ['a doel linking to another thema', "# Thema's\n\n## Samen {#t1}\n\n### Doelen\n\n- Meer ontmoeting, zie [Dichtbij](#t2).\n\n## Dichtbij {#t2}\n"],
    ['a list item linking to a generated id', "# Thema's\n\n## Samen\n\n### Doelen\n\n- Meer ontmoeting, zie [het eerste thema](#thema-1).\n"]
  ])('should accept a link to an existing id in %s', async (_name, body) => {
    const file = await check({ 'plan/plan.md': `${front}\n${body}` })
    expect(brief(file).filter(([rule]) => rule === 'ref-missing')).toEqual([])
  })

  it('should report an empty file', async () => {
    const file = await check({ 'plan/leeg.md': '  \n' })
    expect(brief(file)).toEqual([['file-empty', '1:1', 'Bestand `leeg.md` is leeg']])
    expect(file.model).toBeUndefined()
  })

  it('should report a binary file and still read the others', async () => {
    const file = await check({ 'plan/a.md': `${front}\n# Visie\n\nTekst.\n`, 'plan/logo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]) })
    expect(brief(file)).toEqual([['file-binary', '1:1', 'Bestand `logo.md` is binair (geen tekst); een plan bestaat uit Markdown- of YAML-tekst']])
    expect(file.model?.koers?.visie?.tekst).toBe('Tekst.')
  })

  it('should report a non-UTF-8 file at the first bad byte', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('# Visie\n\nDe co'), 0xf6, ...new TextEncoder().encode('peratie\n')])
    const file = await check({ 'plan/a.md': latin1 })
    expect(brief(file)).toEqual([['file-encoding', '3:6', 'Bestand `a.md` is geen geldige UTF-8 (byte `0xF6`); sla het op als UTF-8']])
  })

  it('should report a folder without a plan', async () => {
    const file = await check({ 'plan/README.md': '# Lees mij\n', 'plan/notities.txt': 'x' })
    expect(brief(file)).toEqual([['plan-missing', '-:-', 'Geen plan gevonden in map `plan`: verwacht Markdown-bestanden (`.md`) of een model (`.yaml`, `.json`)']])
  })

  it('should report a path that does not exist', async () => {
    const file = await check({}, 'nergens')
    expect(brief(file)[0]?.[0]).toBe('plan-missing')
  })
})
