import { describe, expect, it } from 'vitest'
import { numberingSequence } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Three places a document numbers its parts besides plain headings and lists: the first column
// of a table (an agenda's or project list's `Nr`), headings labelled with the document's own
// word for its parts (`Prioriteit 3:`, `Actielijn 2 –`), and bullets labelled that way
// (`- Doel 2.1: …`). Fresh wordings; the clean ones are what a naive reader would flag.
const agendaHead = ['| Nr | Activiteit | Trekker | Gereed |', '|---|---|---|---|']
const defects: DefectWording[] = [
  ['an agenda number column that skips one', ['# Agenda', '', ...agendaHead, '| 1 | Wijkschouw | gemeente | Q1 2027 |', '| 2 | Buurtbudget | wijkteam | Q2 2027 |', '| 3 | Speelplek | gemeente | Q3 2027 |', '| 5 | Evaluatie | gemeente | Q4 2027 |'], '`5` volgt op `3`'],
  ['dotted action numbers in a table with a repeat', ['# Uitvoering', '', '| Nr. | Maatregel | Wanneer |', '|---|---|---|', '| 3.1 | Laadpalen bij scholen | 2027 |', '| 3.2 | Deelauto’s in de kernen | 2027 |', '| 3.2 | Fietsenstalling station | 2028 |', '| 3.4 | Snelfietsroute | 2029 |'], '`3.2` volgt op `3.2`'],
  ['lettered project codes in a table with a gap', ['# Projecten', '', '| Code | Project | Budget |', '|---|---|---|', '| A1 | Dakisolatie gemeentehuis | 120 |', '| A2 | Zonnepanelen sporthal | 80 |', '| A3 | Warmtepomp zwembad | 240 |', '| A5 | Ledverlichting | 30 |'], '`5` volgt op `3`'],
  ['a numbered row of a long agenda in bold', ['# Acties', '', '| # | Actie | Wie |', '|---|---|---|', '| **1** | Intake | team |', '| **2** | Plan | team |', '| **3** | Uitvoering | team |', '| **4** | Nazorg | team |', '| **6** | Evaluatie | team |'], '`6` volgt op `4`'],
  ['a priority heading written twice', ['# Prioriteiten', '', '## Prioriteit 1: Ondermijning', '', 'Tekst.', '', '## Prioriteit 2: Jeugd', '', 'Tekst.', '', '## Prioriteit 2: Woninginbraak', '', 'Tekst.'], '`2` volgt op `2`'],
  ['a line of action heading skipping one', ['# Actielijnen', '', '## Actielijn 1 – Ontmoeten', '', 'Tekst.', '', '## Actielijn 2 – Bewegen', '', 'Tekst.', '', '## Actielijn 4 – Leren', '', 'Tekst.'], '`4` volgt op `2`'],
  ['a heading word outside any list, with a separator', ['# Kwartieren', '', '## Kwartier 1: Centrum', '', 'Tekst.', '', '## Kwartier 2: Haven', '', 'Tekst.', '', '## Kwartier 2: Dijkzone', '', 'Tekst.'], '`2` volgt op `2`'],
  ['goal bullets labelled with a word, repeating one', ['# Doelen', '', '- Doel 4.1: Meer mantelzorgers krijgen respijtzorg.', '- Doel 4.2: Minder inwoners voelen zich eenzaam.', '- Doel 4.2: Elke kern heeft een ontmoetingsplek.'], '`4.2` volgt op `4.2`'],
  ['measure bullets labelled with a word, skipping one', ['# Maatregelen', '', '- Maatregel 2.1 Inloopspreekuur in de bibliotheek', '- Maatregel 2.2 Taalmaatjes', '- Maatregel 2.4 Digitaal spreekuur'], '`2.4` volgt op `2.2`']
]

const clean: CleanWording[] = [
  ['a first column of amounts', ['# Kosten', '', '| Bedrag | Post |', '|---|---|', '| 12 | Huur |', '| 45 | Personeel |', '| 7 | Materiaal |', '| 30 | Onvoorzien |']],
  ['a first column of phases, several rows per phase', ['# Planning', '', '| Fase | Activiteit |', '|---|---|', '| 1 | Verkennen |', '| 1 | Ophalen |', '| 2 | Ontwerpen |', '| 2 | Toetsen |', '| 3 | Uitvoeren |']],
  ['a first column of counts per year', ['# Cijfers', '', '| Aantal | Jaar |', '|---|---|', '| 14 | 2023 |', '| 17 | 2024 |', '| 21 | 2025 |', '| 19 | 2026 |']],
  ['an agenda sorted by date, its numbers moved not missing', ['# Agenda', '', ...agendaHead, '| 2 | Buurtbudget | wijkteam | Q1 2027 |', '| 1 | Wijkschouw | gemeente | Q2 2027 |', '| 4 | Speelplek | gemeente | Q3 2027 |', '| 3 | Evaluatie | gemeente | Q4 2027 |']],
  ['action numbers per theme restarting in each table', ['# Agenda', '', '| Nr | Actie |', '|---|---|', '| 1.1 | Intake |', '| 1.2 | Plan |', '| 1.3 | Nazorg |', '', 'Thema 2:', '', '| Nr | Actie |', '|---|---|', '| 2.1 | Scholing |', '| 2.2 | Coaching |', '| 2.3 | Evaluatie |']],
  ['one table that goes from one theme to the next', ['# Agenda', '', '| Nr | Actie |', '|---|---|', '| 1.1 | Intake |', '| 1.2 | Plan |', '| 2.1 | Scholing |', '| 2.2 | Coaching |', '| 3.1 | Evaluatie |']],
  ['a selection of two goals in a table', ['# Doelen', '', '| Nr | Doel |', '|---|---|', '| 1.2 | Meer bewegen |', '| 1.5 | Minder roken |']],
  ['headings with a number inside the title', ['# Aanpak', '', '## De 3 pijlers', '', 'Tekst.', '', '## De 5 principes', '', 'Tekst.', '', '## Groep 7 en 8', '', 'Tekst.']],
  ['headings of school groups and a top ten', ['# Onderwijs', '', '## Groep 1-2', '', 'Tekst.', '', '## Groep 3 tot en met 5', '', 'Tekst.', '', '## Top 10 van knelpunten', '', 'Tekst.']],
  ['priority headings that run on, each with its goals', ['# Prioriteiten', '', '## Prioriteit 1: Ondermijning', '', '- Doel 1.1: Minder drugslabs.', '- Doel 1.2: Meer meldingen.', '', '## Prioriteit 2: Jeugd', '', '- Doel 2.1: Minder overlast.', '- Doel 2.2: Meer jongerenwerk.']],
  ['a sentence that cites a goal at the start of a bullet', ['# Monitoring', '', '- Doel 2.3 van het vorige plan is gehaald.', '- Doel 1.1 van het vorige plan nog niet.']]
]

describeWordings(numberingSequence, defects, clean)

async function severities(body: string[]): Promise<string[]> {
  const file = await checkMarkdown(numberingSequence, wordingsPlan(body))
  return file.messages.filter((m) => m.ruleId === 'numbering-sequence').map((m) => (m.fatal ? 'error' : 'warning'))
}

describe('numbering-sequence shapes', () => {
  it('should report a gap in a table number column as a warning (an agenda keeps ids of dropped actions)', async () => {
    expect(await severities(defects[0]?.[1] ?? [])).toEqual(['warning'])
  })

  it('should give one message for a repeated heading number, not a second for the number after it', async () => {
    const body = ['# Prioriteiten', '', '## Prioriteit 1: A', '', '## Prioriteit 2: B', '', '## Prioriteit 2: C', '', '## Prioriteit 4: D']
    expect(await severities(body)).toEqual(['error'])
  })
})
