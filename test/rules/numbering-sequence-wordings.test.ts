import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { numberingSequence, runRule } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of a document's own numbering that skips or repeats a number (headings,
// numbered paragraphs, ordered and letter lists, doel numbers), and the legitimate forms a
// naive counter would flag: lazy lists, restarts, nested lists, continued lists, years, bijlagen.
const defects: DefectWording[] = [
  ['a missing section heading', ['# 2 Wonen', '', '## 2.1 Starters', '', 'Tekst.', '', '## 2.2 Senioren', '', 'Tekst.', '', '## 2.4 Arbeidsmigranten', '', 'Tekst.'], '`2.4` volgt op `2.2`'],
  ['a section numbered for another chapter', ['# 1 Inleiding', '', 'Tekst.', '', '## 2 Mobiliteit', '', '### 3.1 Fietsroutes', '', 'We leggen twee snelfietspaden aan.'], '`3.1` staat onder `2`'],
  ['a chapter number written twice', ['# 3 Aanpak', '', 'Tekst.', '', '# 4 Uitvoering', '', 'Tekst.', '', '# 4 Financiën', '', 'Tekst.'], '`4` volgt op `4`'],
  ['a hoofdstuk heading skipping one', ['# Hoofdstuk 1: Aanleiding', '', 'Tekst.', '', '# Hoofdstuk 2: Ambitie', '', 'Tekst.', '', '# Hoofdstuk 4: Acties', '', 'Tekst.'], '`4` volgt op `2`'],
  ['an ordered list with a gap', ['# Besluit', '', 'Het college besluit:', '', '1. de subsidieregeling sport vast te stellen;', '2. het budget te verhogen;', '4. de raad te informeren.'], '`4` volgt op `2`'],
  ['an ordered list with a repeat', ['# Maatregelen', '', '1. We openen een tweede inloophuis.', '2. We breiden de schuldhulp uit.', '2. We werven vrijwilligers voor het taalcafé.'], '`2` volgt op `2`'],
  ['a loose ordered list with a gap', ['# Speerpunten', '', '1. Minder eenzaamheid onder ouderen.', '', '2. Meer jongeren aan het werk.', '', '3. Schone lucht in de kernen.', '', '5. Een veilige schoolomgeving.'], '`5` volgt op `3`'],
  ['a letter list with a gap', ['# Voorwaarden', '', 'Een aanvraag komt in aanmerking als:', '', 'a) de aanvrager in de gemeente woont;', 'b) het inkomen onder de grens ligt;', 'd) er geen andere voorziening is.'], '`d` volgt op `b`'],
  ['a letter list with a repeat', ['# Criteria', '', '- a. het initiatief komt uit de buurt;', '- b. het is voor iedereen toegankelijk;', '- b. het heeft een sluitende begroting.'], '`b` volgt op `b`'],
  ['numbered paragraph articles as bold text', ['# Regeling', '', '**Artikel 1 Begrippen**', '', 'In deze regeling wordt verstaan onder ...', '', '**Artikel 2 Doel**', '', 'De regeling ondersteunt verenigingen.', '', '**Artikel 4 Aanvraag**', '', 'Een aanvraag wordt digitaal ingediend.'], '`4` volgt op `2`'],
  ['article headings with a repeat', ['# Verordening', '', '## Artikel 1 Begripsbepalingen', '', 'Tekst.', '', '## Artikel 2 Reikwijdte', '', 'Tekst.', '', '## Artikel 2 Aanvraag', '', 'Tekst.'], '`2` volgt op `2`'],
  ['doel numbers as bullets with a gap', ["# Thema's", '', '## Thema 1: Gezond leven', '', '- 1.1 Meer inwoners bewegen dagelijks.', '- 1.2 Minder jongeren drinken alcohol.', '- 1.4 Elke wijk heeft een beweegtuin.'], '`1.4` volgt op `1.2`'],
  ['doel numbers in bold with a repeat', ['# Doelen', '', '## Doelen voor werk', '', '**3.1** Meer statushouders vinden betaald werk.', '', '**3.2** Minder inwoners zijn langdurig werkloos.', '', '**3.2** Werkgevers bieden meer leerbanen.'], '`3.2` volgt op `3.2`'],
  ['a numbered paragraph in bold with a gap', ['# 5 Uitvoering', '', '**5.1 Organisatie**', '', 'Tekst.', '', '**5.3 Communicatie**', '', 'Tekst.'], '`5.3` volgt op `5.1`'],
  ['steps as headings with a gap', ['# Werkwijze', '', '## Stap 1: Melding', '', 'Tekst.', '', '## Stap 2: Gesprek', '', 'Tekst.', '', '## Stap 3: Plan', '', 'Tekst.', '', '## Stap 5: Evaluatie', '', 'Tekst.'], '`5` volgt op `3`'],
  ['a list continued after a note with a gap', ['# Acties', '', '1. We plaatsen laadpalen bij de sporthal.', '2. We verduurzamen drie scholen.', '', 'De scholen zijn al gekozen.', '', '4. We subsidiëren groene daken.'], '`4` volgt op `2`'],
  ['paragraphs with a dotted number and a gap', ['# 2. Analyse', '', '2.1 Bevolking', '', 'De bevolking vergrijst.', '', '2.2 Woningmarkt', '', 'Er zijn te weinig woningen.', '', '2.5 Voorzieningen', '', 'De bibliotheek sluit.'], '`2.5` volgt op `2.2`']
]

const clean: CleanWording[] = [
  ['a lazy list that numbers every item 1', ['# Acties', '', '1. Buurtbudget invoeren', '1. Wijkagenten zichtbaar maken', '1. Speeltuinen opknappen']],
  ['a lazy list and a list that starts higher after a paragraph', ['# Acties', '', '1. Buurtbudget', '1. Wijkagent', '', 'Na de evaluatie in 2027:', '', '3. Speeltuinen']],
  ['a second list that starts lower after a paragraph', ['# Adviezen', '', '1. Houd de toegang laagdrempelig.', '2. Werk wijkgericht.', '3. Betrek inwoners.', '4. Meet resultaten.', '', 'Uit het vorige advies herhalen we:', '', '2. Werk wijkgericht.', '3. Betrek inwoners.']],
  ['a list that restarts after a heading', ['# Wonen', '', '1. Starterslening', '2. Tiny houses', '', '# Zorg', '', '1. Wijkteam', '2. Respijtzorg']],
  ['a list that restarts after a paragraph', ['# Aanpak', '', 'In 2026 doen we:', '', '1. inventariseren', '2. prioriteren', '3. uitvoeren', '', 'In 2027 volgt een tweede ronde:', '', '1. evalueren', '2. bijstellen']],
  ['a nested list', ['# Planning', '', '1. Voorbereiding', '   1. projectplan schrijven', '   2. partners zoeken', '2. Uitvoering', '   1. bouwen', '3. Oplevering']],
  ['a list continued after an interrupting paragraph', ['# Besluit', '', '1. het beleidskader vast te stellen;', '2. het college te vragen een uitvoeringsagenda op te stellen;', '', 'Daarnaast besluit de raad:', '', '3. de motie als afgedaan te beschouwen.']],
  ['years at the start of lines', ['# Terugblik', '', '2024\\. Dat jaar openden we het jongerencentrum.', '', '2025\\. Dat jaar volgde de skatebaan.', '', '- 2023: start van het project', '- 2026: evaluatie']],
  ['amounts at the start of lines', ['# Financiën', '', 'De kosten bedragen in totaal', '1.250 euro per deelnemer; daarvan betaalt het Rijk', '12,50 euro per uur.']],
  ['a bijlage with its own numbering from 1', ['# 1 Inleiding', '', 'Tekst.', '', '# 2 Aanpak', '', 'Tekst.', '', '# 3 Geld', '', 'Tekst.', '', '# Bijlage 1: Evaluatie', '', '## 1. Opzet', '', 'Tekst.', '', '## 2. Bevindingen', '', 'Tekst.']],
  ['bijlagen with letters', ['# Bijlagen', '', '## Bijlage A: Begrippen', '', 'Tekst.', '', '## Bijlage B: Cijfers', '', 'Tekst.', '', '## Bijlage D: Kaarten', '', 'Tekst.']],
  ['sections under a chapter numbered in words', ['# Hoofdstuk een: Inleiding', '', '## 1.1 Aanleiding', '', 'Tekst.', '', '## 1.2 Leeswijzer', '', 'Tekst.', '', '# Hoofdstuk twee: Ambitie', '', '## 2.1 Visie', '', 'Tekst.']],
  ['an unnumbered heading between numbered ones', ['# 1 Inleiding', '', 'Tekst.', '', '# Samenvatting voor de lezer', '', 'Tekst.', '', '# 2 Ambitie', '', '## 2.1 Visie', '', '## Intermezzo: een verhaal uit de wijk', '', 'Tekst.', '', '## 2.2 Doelen', '', 'Tekst.']],
  ['parts with letters', ['# Bijlagen', '', '## Bijlage 3: Cijfers', '', '## Bijlage 4a: Nulmeting', '', '## Bijlage 4b: Vervolgmeting', '', '## Bijlage 5: Begrippen']],
  ['a letter list that restarts and roman numerals', ['# Voorwaarden', '', 'a) inwoner zijn;', 'b) meerderjarig zijn;', '', '# Uitzonderingen', '', 'a) noodsituaties;', 'b) tijdelijk verblijf.', '', 'i) eerste lid', 'ii) tweede lid', 'iii) derde lid']],
  ['law articles cited at the start of paragraphs', ['# Wettelijk kader', '', 'Artikel 8 van de Jeugdwet regelt de toegang tot jeugdhulp.', '', 'Artikel 2 van de Wmo 2015 gaat over de ondersteuning van inwoners.', '', 'Artikel 8 lid 3 noemt de termijn.']],
  ['articles with an inserted article', ['# Verordening', '', '## Artikel 1 Begrippen', '', '## Artikel 2 Doel', '', '## Artikel 2a Doelgroep', '', '## Artikel 3 Aanvraag']],
  ['numbers in a table', ['# Doelen', '', '| Nr | Doel |', '|---|---|', '| 1.1 | Meer bewegen |', '| 1.3 | Minder roken |']],
  ['a moved section', ['# 4 Uitvoering', '', '## 4.1 Organisatie', '', '## 4.3 Risico’s', '', '## 4.2 Planning']],
  ['doel numbers per theme as bullets and bold', ["# Thema's", '', '## Thema 1: Meedoen', '', '- 1.1 Iedereen doet mee.', '- 1.2 Niemand valt uit.', '', '## Thema 2: Thuis', '', '**2.1** Hulp start snel.', '', '**2.2** Minder meldingen.']],
  ['a year heading between numbered paragraphs', ['# 2025: wat verandert', '', '1. Eén loket', '2. Minder formulieren', '', '# 2027: wat volgt', '', '1. Evaluatie']],
  ['doel numbers under a numbered theme inside a chapter', ['# 2 Aanpak', '', '## Thema 1: Wonen', '', '### 1.1 Meer starterswoningen', '', 'Tekst.', '', '### 1.2 Minder leegstand', '', 'Tekst.', '', '# 3 Doelen', '', '## Gezondheid', '', '### 1.1 Minder roken', '', 'Tekst.']],
  ['articles numbered per hoofdstuk of a regeling', ['# Verordening', '', '## Hoofdstuk 1 Algemeen', '', '**Artikel 1 Begrippen**', '', '**Artikel 2 Reikwijdte**', '', '## Hoofdstuk 2 Subsidie', '', '**Artikel 3 Aanvraag**', '', '**Artikel 4 Besluit**']],
  ['a list that continues in a new numbered list after a table', ['# Acties', '', '1. Inventarisatie', '2. Plan van aanpak', '', '| Jaar | Budget |', '|---|---|', '| 2026 | € 10.000 |', '', '3. Uitvoering']],
  ['a letter list with an explanation in between', ['# Voorwaarden', '', 'a) de aanvrager woont in de gemeente;', 'b) het inkomen ligt onder de grens;', '', 'Voor studenten geldt een andere grens.', '', 'c) er is geen andere voorziening.']],
  ['a loose list with indented explanations', ['# Maatregelen', '', '1. Buurtsportcoaches', '', '   Zij werken op alle basisscholen.', '', '2. Zwemles', '', '   Voor kinderen zonder diploma.', '', '3. Beweegtuinen']]
]

describeWordings(numberingSequence, defects, clean)

/** The severities of the rule's messages for a body of Markdown. */
async function severities(body: string[]): Promise<string[]> {
  const file = await checkMarkdown(numberingSequence, wordingsPlan(body))
  return file.messages.filter((m) => m.ruleId === 'numbering-sequence').map((m) => (m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info'))
}

describe('numbering-sequence severity', () => {
  it('should report a repeated chapter number as an error', async () => {
    expect(await severities(defects[2]?.[1] ?? [])).toEqual(['error'])
  })

  it('should report a section under the wrong chapter as an error', async () => {
    expect(await severities(defects[1]?.[1] ?? [])).toEqual(['error'])
  })

  it('should report a skip in headings as a warning (a section may be left out of an excerpt)', async () => {
    expect(await severities(defects[0]?.[1] ?? [])).toEqual(['warning'])
  })

  it('should report a heading number lower than the one before as a warning (another document may start)', async () => {
    expect(await severities(['# 1 Inleiding', '', 'Tekst.', '', '# 2 Aanpak', '', 'Tekst.', '', '# 3 Geld', '', 'Tekst.', '', '# 2 Reacties uit de inspraak', '', 'Tekst.'])).toEqual(['warning'])
  })

  it('should report a gap in a list that does not start at 1 as a warning (a selection of points)', async () => {
    expect(await severities(['# Aanbevelingen', '', 'Wij nemen deze aanbevelingen over:', '', '3. Eén loket voor alle vragen.', '5. Een vaste contactpersoon.', '6. Jaarlijks een gesprek.'])).toEqual(['warning'])
  })

  it('should report a gap in one ordered list as an error', async () => {
    expect(await severities(defects[4]?.[1] ?? [])).toEqual(['error'])
  })

  it('should report a repeat in one ordered list as an error', async () => {
    expect(await severities(defects[5]?.[1] ?? [])).toEqual(['error'])
  })

  it('should report numbered paragraph text as a warning', async () => {
    expect(await severities(defects[9]?.[1] ?? [])).toEqual(['warning'])
  })

  it('should report a list continued after a paragraph as a warning', async () => {
    expect(await severities(defects[15]?.[1] ?? [])).toEqual(['warning'])
  })
})

describe('numbering-sequence across the files of a plan', () => {
  const front = ['---', 'gemeente: Veldhoorn', 'titel: Beleidskader Meedoen', 'soort: beleidsnota', 'status: concept', '---', '', ''].join('\n')
  async function reasons(files: Record<string, string>): Promise<string[]> {
    const file = await readPlan({ path: 'plan', files })
    if (!file.model) throw new Error('did not parse')
    runRule(numberingSequence.rule, numberingSequence.check, file.model, file, {})
    return file.messages.filter((m) => m.ruleId === 'numbering-sequence').map((m) => `${m.file}:${m.line} ${m.reason}`)
  }

  it('should accept a chapter number that continues in the next file', async () => {
    const files = { 'plan/01-inleiding.md': front + '# 1 Inleiding\n\n## 1.1 Aanleiding\n\nTekst.\n', 'plan/02-ambitie.md': '# 2 Ambitie\n\n## 2.1 Visie\n\nTekst.\n\n## 2.2 Doelen\n\nTekst.\n' }
    expect(await reasons(files)).toEqual([])
  })

  it('should report a section that repeats a number from the previous file', async () => {
    const files = { 'plan/01-analyse.md': front + '# 3 Analyse\n\n## 3.1 Cijfers\n\nTekst.\n\n## 3.2 Trends\n\nTekst.\n', 'plan/02-vervolg.md': '## 3.2 Knelpunten\n\nTekst.\n' }
    expect(await reasons(files)).toEqual(['plan/02-vervolg.md:1 Nummer `3.2` volgt op `3.2`; verwacht `3.3`'])
  })

  it('should report a chapter skipped between files', async () => {
    const files = { 'plan/01.md': front + '# 1 Inleiding\n\nTekst.\n', 'plan/02.md': '# 2 Wonen\n\nTekst.\n', 'plan/03.md': '# 5 Zorg\n\nTekst.\n' }
    expect(await reasons(files)).toEqual(['plan/03.md:1 Nummer `5` volgt op `2`; verwacht `3`'])
  })
})
