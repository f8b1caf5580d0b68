import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// hdiff11 battery, written before reading the percentage readers: a growth or fall in percent
// between two levels that does not hold, with the levels apart from the percentage (in the
// sentence before, tied to years, the base before a change given in units, a table above, another
// unit of the same measure). Look-alikes: the same changes right, a change of another noun,
// percentage points, a growth per year, a base that is another year's.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['a growth with the later level after a semicolon', body('In 2022 telde de bibliotheek 8.400 leden. Eind 2025 waren het er 9.660; de groei van 22 procent komt vooral van de jeugd.'), '22'],
  ['a growth after two levels tied to years', body('Het aantal meldingen: 1.150 in 2023 en 1.380 in 2025. Dat is in twee jaar bijna 30 procent meer.'), '30'],
  ['a growth in units against a base in the sentence before', body('Het bos beslaat nu 640 hectare. We breiden het met 96 hectare uit, een toename van ruim 20 procent.'), '20'],
  ['a fall from to with a percentage after', body('De wachtlijst kromp van 420 naar 357 gezinnen, een daling van 25%.'), '25'],
  ['a growth in units against a table row', body('| Gebruik | Hectare |', '| --- | --- |', '| Akkerbouw | 4.300 |', '| Bos | 1.250 |', '', 'Het bosgebied groeit tot 2030 met 150 hectare, een toename van ruim 15 procent.'), '15'],
  ['a growth of a level in the next sentence with years', body('In 2021 kwamen 5.500 bezoekers naar het festival. In 2025 waren het er 6.160; de stijging van 18% schrijven we toe aan het nieuwe terrein.'), '18'],
  ['a growth in millions in brackets', body('De kosten stegen van € 1,6 miljoen in 2023 tot € 2,0 miljoen in 2025 (plus 20 procent).'), '20'],
  ['a growth with the new level and the size', body('Het aantal deelnemers steeg met 45 tot 345, een groei van 18 procent.'), '18'],
  ['an addition to a stock as a percentage', body('Er zijn nu 2.400 openbare laadpunten. Daar komen er tot 2030 600 bij, zo’n 30 procent extra.'), '30'],
  ['a fall in kiloton', body('Het verbruik daalde met 2,4 kiloton tot 21,6 kiloton. Dat is een afname van 12 procent.'), '12'],
  ['a growth across paragraphs by year', body('In 2025 kwamen 2.730 aanvragen binnen, het hoogste aantal tot nu toe.', '', 'In 2022 waren het er 2.100; de toename van 40 procent tot 2025 komt vooral door de nieuwe regeling.'), '40'],
  ['a growth against a level of that year paragraphs up', body('In 2024 telden we 3.480 bezoeken aan het repaircafé.', '', 'Vrijwilligers repareerden vooral fietsen en kleding.', '', 'In 2021 waren het er nog 2.610; de groei van 45 procent tot 2024 danken we aan de tweede locatie.'), '45'],
  ['a growth in units after another change, against a row of year columns', body('| Soort | Plekken 2025 | Plekken 2029 |', '| --- | --- | --- |', '| Kinderopvang | 820 | 790 |', '| Buitenschoolse opvang | 560 | 644 |', '', 'De kinderopvang krimpt tot 2029 met 30 plekken, ongeveer 4 procent.', 'De buitenschoolse opvang groeit met 84 plekken, een toename van ruim 20 procent.'), '20'],
  ['a fall in words before its levels', body('Met een daling van 20 procent ging het aantal klachten van 680 in 2023 naar 578 in 2025.'), '20']
]

const clean: CleanWording[] = [
  ['the growth after a semicolon right', body('In 2022 telde de bibliotheek 8.400 leden. Eind 2025 waren het er 9.660; de groei van 15 procent komt vooral van de jeugd.')],
  ['the growth after two levels right', body('Het aantal meldingen: 1.150 in 2023 en 1.380 in 2025. Dat is in twee jaar 20 procent meer.')],
  ['the growth in units right', body('Het bos beslaat nu 640 hectare. We breiden het met 96 hectare uit, een toename van 15 procent.')],
  ['a change of another noun', body('Het aantal leden steeg van 8.400 naar 9.660; het aantal uitleningen nam met 22 procent toe.')],
  ['a change in percentage points', body('Het aandeel groeide van 30 naar 36 procent, een stijging van 6 procentpunt.')],
  ['a growth since the middle year', body('In 2021 waren het er 5.000, in 2023 5.500 en in 2025 6.160. Sinds 2023 is dat een groei van 12 procent.')],
  ['the fall from to right', body('De wachtlijst kromp van 420 naar 357 gezinnen, een daling van 15%.')],
  ['the fall in kiloton right', body('Het verbruik daalde met 2,4 kiloton tot 21,6 kiloton. Dat is een afname van 10 procent.')],
  ['a growth per year', body('Van 2021 tot 2025 groeide het aantal bezoekers van 5.000 naar 6.000, gemiddeld 5 procent per jaar.')],
  ['the addition right', body('Er zijn nu 2.400 openbare laadpunten. Daar komen er tot 2030 600 bij, een kwart extra.')],
  ['a tariff raised by a percentage', body('Het tarief stijgt volgend jaar met 3 procent naar € 412.')],
  ['the growth against a level paragraphs up right', body('In 2024 telden we 3.480 bezoeken aan het repaircafé.', '', 'Vrijwilligers repareerden vooral fietsen en kleding.', '', 'In 2021 waren het er nog 2.610; de groei van 33 procent tot 2024 danken we aan de tweede locatie.')],
  ['a level paragraphs up of another noun', body('In 2024 kwamen 3.480 bezoekers naar het repaircafé.', '', 'De meeste bezoekers komen uit de wijk zelf.', '', 'In 2021 waren het er nog 2.610 reparaties; de groei van 45 procent tot 2024 komt vooral van fietsen.')],
  ['the growth in units after another change right', body('| Soort | Plekken 2025 | Plekken 2029 |', '| --- | --- | --- |', '| Kinderopvang | 820 | 790 |', '| Buitenschoolse opvang | 560 | 644 |', '', 'De kinderopvang krimpt tot 2029 met 30 plekken, ongeveer 4 procent.', 'De buitenschoolse opvang groeit met 84 plekken, een toename van 15 procent.')],
  ['the growth against a table row right', body('| Gebruik | Hectare |', '| --- | --- |', '| Akkerbouw | 4.300 |', '| Bos | 1.250 |', '', 'Het bosgebied groeit tot 2030 met 150 hectare, een toename van 12 procent.')]
]

describeBattery(percentageClaimCheck, defects, clean, 10)
