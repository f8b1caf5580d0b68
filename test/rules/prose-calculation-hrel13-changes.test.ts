import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hrel13 (changes): a change named by its noun (`daling`, `besparing`, `toename`, `… minder`)
// `ten opzichte van <jaar>` / `t.o.v. <jaar>` / `vergeleken met <jaar>`, with the new level in its
// sentence and the level of that year stated elsewhere in the text (a sentence or a paragraph
// before, or after it), in the same unit or one that converts (miljoen ↔ euros, kiloton ↔ ton).
// Look-alikes: the change right, a year whose level the text does not give, two levels for that
// year, the level of another noun, a cumulative saving with no new level.

const body = (...lines: string[]): string[] => ['# Ontwikkeling', '', ...lines]

const defects: BatteryWording[] = [
  ['level two sentences up, daling ten opzichte van', body('De uitgaven aan jeugdzorg bedroegen in 2024 € 12,6 miljoen. Dat is meer dan begroot. In 2028 willen we uitkomen op € 11,2 miljoen, een daling van € 1,8 miljoen ten opzichte van 2024.'), '1.400.000'],
  ['level in the paragraph before, besparing of MWh', body('Het energieverbruik van de gemeentelijke gebouwen lag in 2023 op 4.850 MWh.', '', 'In 2027 verwachten we 4.100 MWh te verbruiken: een besparing van 550 MWh ten opzichte van 2023.'), '750'],
  ['millions against euros', body('In 2025 gaven we € 1,9 miljoen uit aan inhuur van personeel.', '', 'Voor 2027 begroten we € 1.450.000, een daling van € 350.000 ten opzichte van 2025.'), '450.000'],
  ['level after the change', body('Het aantal leerlingen groeit naar 1.480 in 2030, een toename van 160 ten opzichte van 2026. In 2026 telden de scholen samen 1.340 leerlingen.'), '140'],
  ['t.o.v. with a count', body('Eind 2025 stonden er 62 mensen op de wachtlijst voor een woning.', '', 'Eind 2028 willen we nog 38 wachtenden, een afname van 20 t.o.v. 2025.'), '24'],
  ['kiloton against tonnes', body('De uitstoot van broeikasgassen was in 2022 61 kiloton.', '', 'In 2030 willen we op 40.000 ton zitten: een reductie van 25.000 ton ten opzichte van 2022.'), '21.000'],
  ['stijging with vergeleken met', body('De opbrengst van de parkeerbelasting was in 2026 € 2,9 miljoen.', 'Voor 2028 ramen we € 3,4 miljoen, een stijging van € 0,6 miljoen vergeleken met 2026.'), '500.000'],
  ['level from a list of years', body('Het aantal meldingen over zwerfafval:', '', '- 2024: 315 meldingen;', '- 2025: 290 meldingen.', '', 'Voor 2027 mikken we op 240 meldingen, een afname van 70 ten opzichte van 2025.'), '50'],
  ['the noun as compound', body('In 2025 kwamen er 1.260 aanvragen voor bijzondere bijstand binnen.', '', 'We verwachten in 2028 1.050 bijstandsaanvragen, een daling van 310 aanvragen ten opzichte van 2025.'), '210'],
  ['level in a table row of the year', body('| Jaar | Bezoekers zwembad |', '|---|---|', '| 2024 | 142.000 |', '| 2025 | 151.000 |', '', 'Na de renovatie rekenen we in 2028 op 175.000 bezoekers, een groei van 31.000 ten opzichte van 2025.'), '24.000'],
  ['the change first, level before, daling in mln', body('De kosten van leerlingenvervoer waren in 2025 € 2,45 mln.', '', 'Een daling van € 0,35 mln ten opzichte van 2025 brengt de kosten in 2029 op € 2,2 mln.'), '250.000'],
  ['verlaging in euros, level of that year as an aside', body('Het subsidiebudget voor cultuur (2024: € 815.000) staat onder druk.', '', 'In 2027 is het budget € 760.000, een verlaging van € 45.000 ten opzichte van 2024.'), '55.000']
]

const clean: CleanWording[] = [
  ['the change right', body('De uitgaven aan jeugdzorg bedroegen in 2024 € 12,6 miljoen. Dat is meer dan begroot. In 2028 willen we uitkomen op € 11,2 miljoen, een daling van € 1,4 miljoen ten opzichte van 2024.')],
  ['the change right across units', body('In 2025 gaven we € 1,9 miljoen uit aan inhuur van personeel.', '', 'Voor 2027 begroten we € 1.450.000, een daling van € 450.000 ten opzichte van 2025.')],
  ['a year whose level the text does not give', body('De uitgaven aan jeugdzorg bedroegen in 2024 € 12,6 miljoen. In 2028 willen we uitkomen op € 11,2 miljoen, een daling van € 1,8 miljoen ten opzichte van 2023.')],
  ['two levels for that year', body('In 2024 was voor jeugdzorg € 12,0 miljoen begroot; werkelijk gaven we € 12,6 miljoen uit.', '', 'In 2028 willen we uitkomen op € 11,2 miljoen, een daling van € 0,8 miljoen ten opzichte van 2024.')],
  ['the level of another noun', body('De jeugdzorg kostte in 2024 € 12,6 miljoen.', '', 'De Wmo kost in 2028 € 3,9 miljoen, een stijging van € 0,4 miljoen ten opzichte van 2024.')],
  ['a cumulative saving, no new level', body('De inhuur kostte in 2024 € 3,2 miljoen.', '', 'Tot en met 2028 besparen we in totaal € 2,4 miljoen ten opzichte van 2024.')],
  ['a percentage change that holds', body('Het energieverbruik lag in 2023 op 4.850 MWh.', '', 'In 2027 verwachten we 4.100 MWh te verbruiken, een besparing van 15 procent ten opzichte van 2023.')],
  ['level after, right', body('Het aantal leerlingen groeit naar 1.480 in 2030, een toename van 140 ten opzichte van 2026. In 2026 telden de scholen samen 1.340 leerlingen.')],
  ['a change of a part against the whole level', body('Het sociaal domein kostte in 2025 € 48 miljoen.', '', 'In 2028 kost de jeugdhulp € 14 miljoen, een daling van € 1,5 miljoen ten opzichte van 2025.')],
  ['kiloton right', body('De uitstoot van broeikasgassen was in 2022 61 kiloton.', '', 'In 2030 willen we op 40.000 ton zitten: een reductie van 21.000 ton ten opzichte van 2022.')],
  ['a change against the plan year, not the level year', body('Het budget was in 2025 € 640.000.', '', 'In 2027 stijgt het budget met € 30.000 ten opzichte van de begroting 2026, naar € 690.000.')]
]

describeBattery(proseCalculation, defects, clean, 11)
