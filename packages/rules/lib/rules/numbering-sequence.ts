import type { Doel, Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { numberingBreaks } from '../util/source-numbering.js'

interface Numbered {
  nummer?: string
}

/** Rule: the document's own numbering runs 1, 2, 3 … without gaps or repeats. */
export const numberingSequence = lintRule(
  {
    id: 'numbering-sequence',
    severity: 'error',
    group: 'structuur',
    description: 'Genummerde koppen, alinea\'s en lijsten lopen door zonder gaten of herhalingen.',
    docs: {
      what: "Controleert de eigen nummering van het document: genummerde koppen (`3.1`, `3.2`, `3.4`; ook `Hoofdstuk 4`, `Bijlage 4`, `Artikel 2`, `Stap 3`, `Prioriteit 2:`, `Actielijn 3 –`), genummerde alinea's (`**3.2 Werkwijze**`, `**Artikel 3**`, doelnummers als `- 1.2 …` of `- Doel 2.1: …`), genummerde lijsten (`1.`, `2.`, `4.`; letterlijsten `a)`, `b)`, `d)`) en de nummerkolom van een tabel (`Nr`, `#`, `Code`, of een eerste kolom die per rij één hoger wordt; `1`, `2`, `4` of `A1`, `A2`, `A4`). Elk volgend nummer is één hoger dan het vorige onder dezelfde bovenliggende kop; opnieuw beginnen bij 1 mag (een nieuw hoofdstuk, een nieuwe lijst, een bijlage met een eigen nummering). Een paragraaf `3.1` hoort onder hoofdstuk `3`, niet onder `2`. Nummers met een letter (`5a`, `5b`) tellen als één nummer; een lijst die elk punt `1.` noemt, laat de nummering aan Markdown over; een lijst die na een tussenalinea doorgaat bij `3.` is dezelfde lijst. Jaartallen (`2025: wat verandert`), bijlagen met letters en een zin die een wetsartikel noemt (`Artikel 8 van de Jeugdwet …`) zijn geen nummering. Een nummer dat elders in de reeks staat (verplaatst, niet weggevallen) is geen gat. Koppen lopen door over de bestanden van een planmap. De tekst van bijlagen en inspraakreacties telt niet mee: dat zijn vaak andere stukken met een eigen nummering (de koppen van de bijlagen zelf wel). Fout bij twee koppen met hetzelfde nummer achter elkaar, een gat of herhaling binnen één lijst die bij 1 begint en een paragraaf onder het verkeerde hoofdstuk; waarschuwing bij een gat of terugsprong tussen koppen (een weggelaten of vervallen paragraaf, of een ander stuk dat niet bij 1 begint), bij een lijst die na een tussenalinea verdergaat of niet bij 1 begint (een selectie van punten), bij nummers die uit alineatekst gelezen zijn en bij de nummerkolom van een tabel (een agenda houdt vaak de nummers van vervallen acties aan). Itemcodes (`M4 Herstel van kademuren`, `- **P2** Kleedkamers`, `## W3 Kunstwerken`), romeinse cijfers voor een koptitel (`## II Veilige buurt`) en alinea's die met `(1)`, `(2)` beginnen tellen ook als nummering, codes en romeinse cijfers alleen in een reeks van minstens drie die grotendeels met één oploopt (wegnummers als `A28`, `N381` doen dat niet), en `(3)` alleen na `(1)`, `(2)` (alleen is het een voetnoot of een artikellid). Na een herhaald nummer (`3`, `3`, `5`) volgt één melding, niet ook een tweede voor het nummer erna. In een model uit JSON of YAML worden de `nummer`-velden van opgaven, principes, pijlers, doelen en bijlagen gecontroleerd. Opsommingstekens die beginnen met een nummerwoord, een nummer en een scheidingsteken (`- Fase 4: …`, `* **Ronde 2** – …`) tellen als genummerde lijst als de reeks bij 1 begint (een waarschuwing); opsommingstekens met een paragraafnummer (`- 2.4 …`) zijn een eigen lijst onder hun kop, los van de paragrafen `2.1`, `2.2`.",
      why: 'Een nummer dat ontbreekt of dubbel is (paragraaf 3.3 die wegviel, twee keer punt 4 in een besluit) doet de lezer denken dat er iets weggevallen is, en maakt verwijzingen als "zie 3.4" onbetrouwbaar.',
      ok: [
        { title: 'Koppen en paragrafen die doorlopen', text: fictionalProgramme(['# 1. Inleiding', '', 'Tekst.', '', '# 2. Aanpak', '', '## 2.1 Ontmoeten', '', 'Tekst.', '', '## 2.2 Werk', '', 'Tekst.', '', '# 3. Financiën', '', 'Tekst.']) },
        { title: 'Per hoofdstuk opnieuw bij 1, en 5a en 5b', text: fictionalProgramme(["# Thema's", '', '## Thema 1: Ontmoeten', '', '### 1. Doel', '', '### 2. Aanpak', '', '## Thema 2: Werk', '', '### 1. Doel', '', '# Bijlagen', '', '## Bijlage 4: Cijfers', '', '## Bijlage 5a: Verkenning', '', '## Bijlage 5b: Nulmeting', '', '## Bijlage 6: Begrippen']) },
        {
          title: 'Doelen als opsomming met eigen nummers',
          text: fictionalProgramme(["# Thema's", '', '## Thema 1: Gezond opgroeien', '', '- 1.1 Meer kinderen sporten wekelijks.', '- 1.2 Minder kinderen roken.', '', '## Thema 2: Veilig thuis', '', '**2.1** Hulp start binnen vijf werkdagen.', '', '**2.2** Minder herhaalde meldingen.'])
        },
        {
          title: 'Een lijst die na een tussenalinea doorloopt en een wetsartikel in een zin',
          text: fictionalProgramme(['# Besluit', '', '1. het kader vast te stellen;', '2. het college te vragen een agenda op te stellen;', '', 'Daarnaast besluit de raad:', '', '3. de motie af te doen.', '', '# Kader', '', 'Artikel 8 van de Jeugdwet regelt de toegang.', '', 'Artikel 2 van de Wmo 2015 gaat over ondersteuning.'])
        },
        {
          title: 'Wegnummers en codes met verschillende letters voor opsommingen',
          text: fictionalProgramme(['# Bereikbaarheid', '', '- N34 Omleiding bij de rotonde.', '- A28 Afrit Zuid wordt verbreed.', '- N381 Fietstunnel.', '', '# Projecten', '', '- W1 Groenonderhoud.', '- V1 Verhardingen.', '- K1 Kunstwerken.'])
        },
        { title: 'Een lijst met alleen 1. en een jaartal in een kop', text: fictionalProgramme(['# 2025: wat verandert', '', '1. Eén loket', '1. Minder formulieren', '1. Snellere hulp', '', '# 2026: wat volgt', '', '1. Evaluatie', '2. Bijstellen']) }
      ],
      notOk: [
        {
          title: 'Een paragraaf die ontbreekt',
          text: fictionalProgramme(['# 3. Aanpak', '', '## 3.1 Ontmoeten', '', 'Tekst.', '', '## 3.2 Werk', '', 'Tekst.', '', '## 3.4 Zorg', '', 'Tekst.']),
          expected: ['Nummer `3.4` volgt op `3.2`; verwacht `3.3`']
        },
        {
          title: 'Een genummerde lijst met een dubbel punt',
          text: fictionalProgramme(['# Besluit', '', 'De raad besluit:', '', '1. het programma vast te stellen;', '2. de middelen beschikbaar te stellen;', '2. het college te vragen jaarlijks te rapporteren.']),
          expected: ['Nummer `2` volgt op `2`; verwacht `3`']
        },
        {
          title: "Genummerde alinea's en hoofdstukken met een sprong",
          text: fictionalProgramme(['# 1. Inleiding', '', '**1.1 Aanleiding**', '', 'Tekst.', '', '**1.3 Doel**', '', 'Tekst.', '', '# 3. Aanpak', '', 'Tekst.']),
          expected: ['Nummer `1.3` volgt op `1.1`; verwacht `1.2`', 'Nummer `3` volgt op `1`; verwacht `2`']
        },
        {
          title: 'Vetgedrukte doelnummers en een opsomming met een gat',
          text: fictionalProgramme(["# Thema's", '', '## Thema 1: Meedoen', '', '- 1.1 Iedereen doet mee.', '- 1.2 Niemand valt uit.', '- 1.2 Elk kind zwemt.', '', '## Thema 2: Veilig thuis', '', '**2.1** Hulp start binnen vijf werkdagen.', '', '**2.2** Minder herhaalde meldingen.', '', '**2.4** Elke school heeft een aandachtsfunctionaris.']),
          expected: ['Nummer `1.2` volgt op `1.2`; verwacht `1.3`', 'Nummer `2.4` volgt op `2.2`; verwacht `2.3`']
        },
        {
          title: 'Een paragraaf onder het verkeerde hoofdstuk en een letterlijst met een gat',
          text: fictionalProgramme(['# 2 Wonen', '', '## 3.1 Starters', '', 'Een aanvraag komt in aanmerking als:', '', 'a) de aanvrager hier woont;', 'b) het inkomen onder de grens ligt;', 'd) er geen andere voorziening is.']),
          expected: ['Nummer `3.1` staat onder `2`; verwacht `2.1`', 'Nummer `d` volgt op `b`; verwacht `c`']
        },
        {
          title: 'Maatregelcodes met een dubbele en romeinse koppen met een gat',
          text: fictionalProgramme(['# Maatregelen', '', '- M4 Snoeien van laanbomen.', '- M5 Vervangen van speeltoestellen.', '- M5 Herstel van kademuren.', '', '# Programma', '', '## I Veilig thuis', '', 'Tekst.', '', '## II Veilige buurt', '', 'Tekst.', '', '## IV Veilig ondernemen', '', 'Tekst.']),
          expected: ['Nummer `M5` volgt op `M5`; verwacht `M6`', 'Nummer `IV` volgt op `II`; verwacht `III`']
        }
      ]
    }
  },
  (model, context) => {
    const sources = context.file.sources.filter((source) => /\.(?:md|markdown)$/i.test(source.path))
    // The text of a bijlage and an inspraakreactie is often another document, numbered its own way.
    const others: SourceLocation[] = []
    model.bijlagen?.forEach((_, i) => others.push(...located(context.file, [`/bijlagen/${i}/tekst`])))
    model.inspraak?.forEach((_, i) => others.push(...located(context.file, ['reactie', 'beantwoording', 'aanpassingTekst'].map((f) => `/inspraak/${i}/${f}`))))
    const skip = (source: number, line: number): boolean =>
      others.some((o) => o.file === sources[source]?.path && o.start.line <= line && line <= o.end.line)
    for (const found of numberingBreaks(sources.map((source) => String(source.value ?? '')), { skip })) {
      const file = sources[found.source]?.path ?? ''
      const start = { line: found.line, column: found.column, offset: found.offset }
      const end = { line: found.line, column: found.column + found.written.length, offset: found.offset + found.written.length }
      const reason = found.parent
        ? `Nummer \`${found.written}\` staat onder \`${found.previous}\`; verwacht \`${found.expected}\``
        : `Nummer \`${found.written}\` volgt op \`${found.previous}\`; verwacht \`${found.expected}\``
      // Consecutive headings or items of one list prove the break; numbers read from paragraph text do not.
      context.report(reason, { location: { file, start, end }, actual: found.written, expected: [found.expected], ...(found.certain ? {} : { warning: true }) })
    }
    // A model from JSON or YAML has no headings to read: check its `nummer` fields.
    for (const [items, pointer] of lists(model)) {
      let previous: number | undefined
      // Kaders, inspanningen and doelen may be several lists in a row, each from 1.
      const restarts = /\/(?:kaders|inspanningen|doelen)$/.test(pointer)
      items.forEach((item, index) => {
        const at = `${pointer}/${index}/nummer`
        const text = item.nummer?.trim().replace(/\.$/, '')
        const parts = text === undefined ? undefined : /^(\d+)([a-z])?$/.exec(text)
        if (text === undefined || !parts) return
        const n = Number(parts[1])
        const checked = previous
        previous = n
        // `5a`, `5b`: one number with parts; numbers written in Markdown were checked above.
        if (parts[2] !== undefined && parts[2] !== 'a' && n === checked) return
        if (/\.(?:md|markdown)$/i.test(context.file.locate(at)?.file ?? '')) return
        if (checked !== undefined && n !== checked + 1 && !(restarts && n === 1)) {
          context.report(`Nummer \`${text}\` volgt op \`${checked}\`; verwacht \`${checked + 1}\``, { pointer: at, actual: text, expected: [String(checked + 1)], warning: true })
        }
      })
    }
  }
)

function located(file: PlanFile, pointers: string[]): SourceLocation[] {
  return pointers.map((pointer) => file.sourceMap.get(pointer)).filter((l): l is SourceLocation => l !== undefined)
}

function lists(model: Plan): Array<[Numbered[], string]> {
  const out: Array<[Numbered[], string]> = []
  const add = (items: Numbered[] | undefined, pointer: string): void => {
    if (items && items.length > 1) out.push([items, pointer])
  }
  add(model.opgaven, '/opgaven')
  add(model.effecten, '/effecten')
  add(model.principes, '/principes')
  add(model.pijlers, '/pijlers')
  add(model.bijlagen, '/bijlagen')
  model.pijlers?.forEach((pijler, i) => {
    add(pijler.kaders, `/pijlers/${i}/kaders`)
    add(pijler.inspanningen, `/pijlers/${i}/inspanningen`)
    const doelen = (items: Doel[] | undefined, pointer: string): void => {
      add(items, pointer)
      items?.forEach((doel, j) => doelen(doel.doelen, `${pointer}/${j}/doelen`))
    }
    doelen(pijler.doelen, `/pijlers/${i}/doelen`)
  })
  return out
}
