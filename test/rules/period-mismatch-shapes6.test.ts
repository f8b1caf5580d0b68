import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6 cause (the plan runs 2026-2029), with look-alikes that fit, name a phase or the past:
// a table whose lead-in says it covers the plan's own period (`in de programmaperiode`, `de
// looptijd van dit plan`) and whose caption names other years. The caption needs no plan word.

const defects: DefectWording[] = [
  ['an emphasised caption below a table the lead-in scopes', ['# Wijken', '', 'De tabel toont per wijk de bomen die we in de programmaperiode planten.', '', '| Wijk | Bomen |', '|---|---|', '| Noord | 120 |', '| Zuid | 80 |', '', '*Tabel 3 Bomenaanplant 2026-2028 per wijk*'], '`2026-2028`'],
  ['a labelled caption between the lead-in and the table', ['# Scholen', '', 'Hieronder staan de scholen die in de planperiode een nieuw plein krijgen.', '', 'Tabel 1. Schoolpleinen 2027-2029', '', '| School | Plein |', '|---|---|', '| De Wilg | ja |', '| De Es | nee |'], '`2027-2029`'],
  ['a caption below a table the lead-in puts in the looptijd', ['# Routes', '', 'Over de hele looptijd van dit programma leggen we deze fietsroutes aan:', '', '| Route | Km |', '|---|---|', '| Oost | 4 |', '| West | 6 |', '', 'Overzicht 2: Fietsroutes 2025-2029'], '`2025-2029`'],
  ['a hard-wrapped lead-in with the scope on its first line', ['# Wegen', '', 'In de planperiode vervangen we het asfalt', 'van deze wegen, te beginnen in het centrum.', '', '| Weg | Meters |', '|---|---|', '| Kerkstraat | 400 |', '| Dorpsweg | 900 |', '', '*Tabel 5 Asfalt 2026-2030*'], '`2026-2030`']
]

const clean: CleanWording[] = [
  ['a lead-in about an earlier period', ['# Wijken', '', 'De tabel toont de bomen die we in de vorige jaren plantten.', '', '| Wijk | Bomen |', '|---|---|', '| Noord | 120 |', '', '*Tabel 2 Resultaten 2022-2025*']],
  ['a caption of a phase of the period', ['# Fasering', '', 'In de programmaperiode werken we in twee fasen; de tabel geeft de eerste.', '', '| Project | Start |', '|---|---|', '| Plein | 2026 |', '', 'Tabel 4. Fase 1 (2026-2027)']],
  ['a caption of the period itself', ['# Wijken', '', 'De tabel toont per wijk de bomen die we in de programmaperiode planten.', '', '| Wijk | Bomen |', '|---|---|', '| Noord | 120 |', '', '*Tabel 3 Bomenaanplant 2026-2029 per wijk*']],
  ['a caption of years before the plan', ['# Wijken', '', 'In de vorige programmaperiode plantten we deze bomen.', '', '| Wijk | Bomen |', '|---|---|', '| Noord | 120 |', '', '*Tabel 1 Aanplant 2021-2024*']],
  ['a lead-in that names its own years', ['# Routes', '', 'In de planperiode 2026-2029 leggen we routes aan; de eerste drie jaar staan hieronder.', '', '| Route | Km |', '|---|---|', '| Oost | 4 |', '', 'Overzicht 2: Fietsroutes 2026-2028']]
]

describeWordings(periodMismatch, defects, clean)
