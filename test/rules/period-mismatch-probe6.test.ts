import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Probe wave 6b: the plan period (2026-2029) stated otherwise, with look-alikes of phases and the past.
const defects: DefectWording[] = [
  ['a heading with the plan words and other years', ['# Programmaplan 2026-2030', '', 'Tekst.'], '`2026-2030`'],
  ['the intro with the planperiode', ['# Inleiding', '', 'Dit programma loopt van 2025 tot en met 2029.'], '`2025'],
  ['a raadsvoorstel item', ['# Besluit', '', '1. het uitvoeringsprogramma 2026-2028 vast te stellen;', '2. het budget beschikbaar te stellen.'], '`2026-2028`'],
  ['a caption with the planperiode', ['# Geld', '', '| Jaar | Bedrag |', '|---|---|', '| 2026 | 10 |', '', '*Tabel 1: budget planperiode 2027-2030*'], '`2027-2030`'],
  ['a period in words', ['# Inleiding', '', 'Dit plan geldt voor de periode 2026 tot 2031.'], '2031'],
  ['a looptijd with vier jaar', ['# Inleiding', '', 'De looptijd van dit programma is 2026 tot en met 2030.'], '2030'],
  ['a heading on the plan schedule with a year too many', ['# Fasering 2026-2030', '', 'Tekst.'], '`2026-2030`'],
  ['a caption of the budget with the end year off', ['# Geld', '', '*Tabel 3: budget 2026-2028*', '', '| Post | Bedrag |', '|---|---|', '| Loket | 10 |'], '`2026-2028`'],
  ['a caption with a plan word and period', ['# Doelen', '', 'Figuur 2. Doelen van het programma 2025-2028'], '`2025-2028`']
]

const clean: CleanWording[] = [
  ['the right period in a heading', ['# Programmaplan 2026-2029', '', 'Tekst.']],
  ['a previous plan', ['# Terugblik', '', 'Het vorige programma liep van 2022 tot en met 2025.']],
  ['a phase', ['# Fasering', '', 'De eerste fase loopt van 2026 tot 2027.']],
  ['a long-term vision', ['# Visie', '', 'De omgevingsvisie 2026-2040 geeft de richting.']],
  ['a raadsvoorstel item with the right period', ['# Besluit', '', '1. het uitvoeringsprogramma 2026-2029 vast te stellen;', '2. het budget beschikbaar te stellen.']],
  ['a caption with a phase', ['# Geld', '', '| Jaar | Bedrag |', '|---|---|', '| 2026 | 10 |', '', '*Tabel 1: budget 2026-2027 (eerste fase)*']],
  ['a heading of a phase', ['# Uitvoering fase 1 (2026-2027)', '', 'Tekst.']],
  ['a caption of a tranche', ['# Geld', '', '| Post | Bedrag |', '|---|---|', '| Loket | 10 |', '', 'Tabel 3: kosten tweede tranche 2028-2029']],
  ['a heading of a step', ['## Stap 2: uitvoering 2027-2028', '', 'Tekst.']],
  ['a subsidy period', ['# Rijk', '', 'De Rijksregeling loopt van 2025 tot 2028.']]
]

describeWordings(periodMismatch, defects, clean)
