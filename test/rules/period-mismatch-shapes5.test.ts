import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes (the plan runs 2026-2029), with look-alikes that fit or name other years:
// 1. the heading of a chapter the reader turns into something else (the uitvoeringsagenda): every
//    heading of the source is read, not only the headings the model keeps as titles;
// 2. a caption over a table whose year columns carry a word (`Begroting 2027`, `Raming 2028`) and
//    start with years before the plan for comparison: the columns end with the plan, the caption
//    names years past the last column.
const agenda = ['', 'De agenda noemt per actie wie trekt en wanneer we klaar zijn.', '', '| Activiteit | Trekker | Start | Eind |', '|---|---|---|---|', '| Buurtkamer openen | team Wijk | 2026 | 2027 |', '| Belbus uitbreiden | team Vervoer | 2027 | 2029 |']
const lasten = (head: string): string[] => [head, '|---|---|---|---|---|---|---|', '| Jeugd | 410 | 420 | 430 | 440 | 450 | 460 |', '| Wmo | 310 | 320 | 330 | 340 | 350 | 360 |']
const labelled = '| Post | Realisatie 2024 | Begroting 2025 | Begroting 2026 | Raming 2027 | Raming 2028 | Raming 2029 |'

const defects: DefectWording[] = [
  // 1. agenda headings
  ['an agenda chapter heading one year long', ['# 1. Inleiding', '', 'Tekst.', '', '# 4. Uitvoeringsagenda 2026-2030', ...agenda], '`2026-2030`'],
  ['an agenda chapter heading with a colon', ['# 1. Inleiding', '', 'Tekst.', '', '# Uitvoeringsagenda: de acties voor 2026-2031', ...agenda], '`2026-2031`'],
  ['an agenda chapter heading shifted a year', ['# Inleiding', '', 'Tekst.', '', '# Uitvoeringsagenda 2025-2028', ...agenda], '`2025-2028`'],
  // 2. captions over labelled and comparison columns
  ['a caption below labelled year columns', ['# Financiën', '', ...lasten(labelled), '', 'Tabel 2. Overzicht van de lasten per post 2026-2030 (x € 1.000)'], '`2026-2030`'],
  ['an emphasised caption above labelled columns', ['# Financiën', '', '*Baten 2026-2031 (x € 1.000)*', '', ...lasten(labelled)], '`2026-2031`'],
  ['a caption over plain columns with a comparison year', ['# Financiën', '', ...lasten('| Post | 2024 | 2025 | 2026 | 2027 | 2028 | 2029 |'), '', 'Tabel 4. Investeringen 2026-2030'], '`2026-2030`']
]

const clean: CleanWording[] = [
  // 1. agenda headings that fit or name other years
  ['an agenda heading of the period', ['# Inleiding', '', 'Tekst.', '', '# Uitvoeringsagenda 2026-2029', ...agenda]],
  ['an agenda heading without years', ['# Inleiding', '', 'Tekst.', '', '# Uitvoeringsagenda', ...agenda]],
  ['a heading for a later look ahead', ['# Inleiding', '', 'Tekst.', '', '# Uitvoeringsagenda', ...agenda, '', '## Doorkijk 2031-2034', '', 'Daarna volgt een nieuwe agenda.']],
  ['a heading in the inspraak after the agenda', ['# Inleiding', '', 'Tekst.', '', '# Uitvoeringsagenda', ...agenda, '', '# Inspraakreacties', '', '## Reactie 2: de planning 2026-2030 is te krap', '', 'Tekst.']],
  // 2. captions that match their columns or the period, or name a part of the columns
  ['a caption of all labelled columns', ['# Financiën', '', ...lasten(labelled), '', 'Tabel 2. Lasten 2024-2029 (x € 1.000)']],
  ['a caption of the period over comparison columns', ['# Financiën', '', ...lasten(labelled), '', 'Tabel 2. Overzicht van de lasten per post 2026-2029']],
  ['a caption of the years before the plan', ['# Financiën', '', ...lasten(labelled), '', 'Tabel 1. Lasten 2024-2025 en de raming']]
]

describeWordings(periodMismatch, defects, clean)
