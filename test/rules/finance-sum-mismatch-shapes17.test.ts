import { financeSumMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A `Totaal lasten` that does not add up is one defect. The saldo under it that agrees with the
// rows themselves is not a second one: it was reported as a false `fout` (baten min the wrong
// total). A saldo that fits neither the stated totals nor the rows is still a defect of its own.
const f = (rows: string[]): string[] => ['# Financiën {.financien}', '', 'Tabel 3. Lasten en baten (x € 1.000)', '', '| Omschrijving | 2027 | 2028 | 2029 |', '|---|---|---|---|', ...rows]

const defects: DefectWording[] = [
  ['a wrong lasten total above a saldo that follows the rows', f(['| Uitvoering | 610 | 640 | 655 |', '| Inhuur | 85 | 90 | 95 |', '| Totaal lasten | 695 | 730 | 770 |', '| Bijdragen derden | 40 | 40 | 45 |', '| Totaal baten | 40 | 40 | 45 |', '| Saldo | -655 | -690 | -705 |']), 'Totaal `770` in kolom `2029` klopt niet'],
  ['a wrong baten total above a saldo that follows the rows', f(['| Beheer | 1.210 | 1.240 | 1.260 |', '| Totaal lasten | 1.210 | 1.240 | 1.260 |', '| Leges | 310 | 320 | 330 |', '| Huren | 95 | 95 | 100 |', '| Totaal baten | 405 | 415 | 450 |', '| Saldo van baten en lasten | -805 | -825 | -830 |']), 'Totaal `450` in kolom `2029` klopt niet'],
  ['a saldo that fits neither the totals nor the rows', f(['| Uitvoering | 610 | 640 | 655 |', '| Inhuur | 85 | 90 | 95 |', '| Totaal lasten | 695 | 730 | 750 |', '| Bijdragen derden | 40 | 40 | 45 |', '| Totaal baten | 40 | 40 | 45 |', '| Saldo | -655 | -690 | -725 |']), 'Saldo `-725` in kolom `2029` klopt niet'],
  ['a saldo off while its totals are right', f(['| Personeel | 320 | 330 | 340 |', '| Materieel | 60 | 60 | 60 |', '| Totaal lasten | 380 | 390 | 400 |', '| Rijksbijdrage | 150 | 150 | 150 |', '| Totaal baten | 150 | 150 | 150 |', '| Saldo | -230 | -250 | -250 |']), 'Saldo `-250` in kolom `2028` klopt niet']
]

const clean: CleanWording[] = [
  ['totals and saldo that agree', f(['| Uitvoering | 610 | 640 | 655 |', '| Inhuur | 85 | 90 | 95 |', '| Totaal lasten | 695 | 730 | 750 |', '| Bijdragen derden | 40 | 40 | 45 |', '| Totaal baten | 40 | 40 | 45 |', '| Saldo | -655 | -690 | -705 |'])],
  ['a saldo written as lasten min baten', f(['| Personeel | 320 | 330 | 340 |', '| Materieel | 60 | 60 | 60 |', '| Totaal lasten | 380 | 390 | 400 |', '| Rijksbijdrage | 150 | 150 | 150 |', '| Totaal baten | 150 | 150 | 150 |', '| Saldo | 230 | 240 | 250 |'])],
  ['a saldo within the declared rounding of its totals', ['# Financiën {.financien}', '', 'Tabel 3. Lasten en baten (x € 1.000). Door afronding kan een totaal 1 afwijken.', '', '| Omschrijving | 2027 | 2028 | 2029 |', '|---|---|---|---|', ...['| Uitvoering | 610 | 640 | 655 |', '| Inhuur | 85 | 90 | 95 |', '| Totaal lasten | 695 | 730 | 750 |', '| Bijdragen derden | 40 | 40 | 45 |', '| Totaal baten | 40 | 40 | 45 |', '| Saldo | -655 | -691 | -705 |']]],
  ['a saldo beside a PM baten cell', f(['| Uitvoering | 610 | 640 | 655 |', '| Totaal lasten | 610 | 640 | 655 |', '| Subsidie provincie | 50 | PM | - |', '| Totaal baten | 50 | PM | - |', '| Saldo | -560 | -640 | -655 |'])]
]

describeWordings(financeSumMismatch, defects, clean)
