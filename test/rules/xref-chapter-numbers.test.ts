import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// The number of a thema (`## Thema 2: …`, read as the pijler's `nummer`) is no chapter number: a
// plan whose chapters carry no numbers is counted by its chapters, whatever its thema's are called.
const themas = (n: number): string[] => [
  "# Thema's {.pijlers}",
  '',
  ...['Wonen', 'Zorg', 'Werk', 'Buurt'].slice(0, n).flatMap((title, i) => [`## Thema ${i + 1}: ${title} {#t${i + 1}}`, '', 'Tekst.', ''])
]
const chapters = (...titles: string[]): string[] => titles.flatMap((t) => [`# ${t}`, '', 'Tekst.', ''])

const defects: DefectWording[] = [
  ['a chapter beyond five unnumbered chapters', ['# Inleiding', '', 'De kosten staan in hoofdstuk 7.', '', ...themas(4), ...chapters('Aanpak', 'Geld', 'Bijlagen')], 'hoofdstuk 7'],
  ['a chapter beyond three, with three thema’s', ['# Inleiding', '', 'Zie hoofdstuk 6 voor de planning.', '', ...themas(3), ...chapters('Planning')], 'hoofdstuk 6'],
  ['a numbered chapter that is missing, with thema’s', ['# 1. Inleiding', '', 'Zie hoofdstuk 4.', '', '# 2. Thema’s {.pijlers}', '', '## Thema 1: Wonen {#t1}', '', 'Tekst.', '', '## Thema 2: Zorg {#t2}', '', 'Tekst.', '', '## Thema 3: Werk {#t3}', '', 'Tekst.', '', '## Thema 4: Buurt {#t4}', '', 'Tekst.', '', '# 3. Geld', '', 'Tekst.'], 'hoofdstuk 4']
]

const clean: CleanWording[] = [
  ['the fifth of five unnumbered chapters, with four thema’s', ['# Inleiding', '', 'De kosten en de dekking staan in hoofdstuk 5.', '', ...themas(4), ...chapters('Opgave', 'Uitvoering', 'Financiën')]],
  ['a chapter after the thema’s, the thema’s numbered 1 to 2', ['# Inleiding', '', 'In hoofdstuk 3 staat de planning; hoofdstuk 4 gaat over geld.', '', ...themas(2), ...chapters('Planning', 'Geld')]],
  ['a thema and a chapter with the same number', ['# Inleiding', '', 'Thema 2 en hoofdstuk 2 horen bij elkaar; hoofdstuk 5 sluit af.', '', ...themas(4), ...chapters('Aanpak', 'Geld', 'Slot')]]
]

describeWordings(xrefMissingTarget, defects, clean)
