import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct21, written before changing the readers: three shapes of a share whose numbers stand
// in view but that a gate refused.
// (1) a count set off after the share's whole (`Ruim de helft van alle woningen, 6.910 adressen, …`)
//     in a sentence that goes on with a number of something else (`minder dan 48 dB`);
// (2) a whole named by its noun only (`Van de vergunningaanvragen …: 21 aanvragen`), counted earlier
//     in the section but not in the paragraph right before, which has numbers of its own;
// (3) a part in a measure (`131 kg`) said of all of a whole in that measure (`van al het
//     huishoudelijk afval`) counted before with the same noun.
// The look-alikes: the same shapes with fitting numbers, a nearer count that fits, a whole counted
// under another heading, and a whole of another noun.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  // (1) set-off count with another number after it
  ['set off, distance after', p('Het Dorpscollege telt 1.240 leerlingen.', '', 'Bijna de helft van alle leerlingen, 310 kinderen, woont op meer dan 5 kilometer van school.'), 'Bijna de helft'],
  ['set off, speed after', p('In de gemeente liggen 9.800 aansluitingen op het glasvezelnet.', '', 'Ruim een derde van de aansluitingen, 2.150 adressen, haalt een snelheid van minder dan 30 Mbit.'), 'Ruim een derde'],
  ['set off, percent word, area after', p('Woonstichting Elst verhuurt 2.600 huurwoningen.', '', 'Twee derde van de huurwoningen, 1.120 woningen, heeft een woonoppervlak van minder dan 60 m².'), 'Twee derde'],
  ['set off, percentage, age after', p('Ons bestand telt 4.200 bomen.', '', 'Een kwart van alle bomen, 1.900 exemplaren, staat langs een weg met meer dan 2 rijstroken.'), 'Een kwart'],
  // (2) whole by noun, counted paragraphs up in the section
  ['noun whole, paragraph between', p('## Subsidies', '', 'Het sportfonds ontving in 2025 in totaal 212 subsidieaanvragen.', '', 'Ruim driekwart werd binnen zes weken beoordeeld: 162 van de 212.', '', 'Van de subsidieaanvragen kwam 40% van een vereniging zonder eigen accommodatie: 55 aanvragen.'), '40%'],
  ['noun whole, onder, persons', p('## Vrijwilligers', '', 'In 2024 meldden zich 480 vrijwilligers aan bij het steunpunt.', '', 'Gemiddeld zetten zij zich 4 uur per week in, tegen 3 uur in 2022.', '', 'Onder de vrijwilligers werkt 30 procent in de zorg: 96 personen.'), '30 procent'],
  ['noun whole, bij, fraction', p('## Klachten', '', 'Het klantcontactcentrum registreerde vorig jaar 310 klachten.', '', 'Gemiddeld duurde de afhandeling 9 dagen, tegen 12 dagen een jaar eerder.', '', 'Bij de klachten ging een kwart over de afvalinzameling: 52 klachten.'), 'een kwart'],
  ['noun whole, two paragraphs between', p('## Bezwaren', '', 'We ontvingen 140 bezwaarschriften tegen een omgevingsvergunning.', '', 'De commissie hield 12 zittingen.', '', 'Van de zittingen vonden er 4 in het gemeentehuis plaats.', '', 'Van de bezwaarschriften werd een derde gegrond verklaard: 31 bezwaren.'), 'een derde'],
  // (3) a measure part of all of a measured whole
  ['measure, van al het', p('In 2025 zamelden we 510 kg huishoudelijk afval per inwoner in. Het scheidingspercentage was 62 procent.', 'Papier was met 70 kg per inwoner bijna een kwart van al het huishoudelijk afval.'), 'bijna een kwart'],
  ['measure, hectare, van al het', p('De gemeente beheert 86 hectare openbaar groen, 4 hectare meer dan in 2020.', '', 'Met 12 hectare is het Stadspark ruim een kwart van al het openbaar groen.'), 'ruim een kwart'],
  ['measure, MWh, van alle', p('De gemeente verbruikte in 2024 1.400 MWh elektriciteit, 8 procent minder dan in 2023.', 'De openbare verlichting was met 380 MWh goed voor bijna de helft van alle elektriciteit.'), 'bijna de helft'],
  ['measure, ton, van het totale', p('Over 2025 werd 9.600 ton grof afval ingezameld. Dat is 300 ton meer dan het jaar ervoor.', 'Hout was met 3.900 ton ongeveer een kwart van het totale grof afval.'), 'ongeveer een kwart']
]

const clean: CleanWording[] = [
  // (1)
  ['set off, correct, distance after', p('In de gemeente staan 11.800 woningen.', '', 'Ruim de helft van alle woningen, 6.200 adressen, ligt op minder dan 300 meter van een bushalte.')],
  ['set off, nearest count fits', p('De club had in 2020 600 leden. Nu zijn het er 880 leden.', '', 'Bijna de helft van alle leden, 410 mensen, traint minstens 2 keer per week.')],
  ['set off pair of its own', p('Ruim een kwart van de scholen, 9 van de 34, heeft een schoolplein van minder dan 200 m².')],
  // (2)
  ['noun whole, correct', p('## Subsidies', '', 'Het sportfonds ontving in 2025 in totaal 212 subsidieaanvragen.', '', 'Ruim driekwart werd binnen zes weken beoordeeld: 162 van de 212.', '', 'Van de subsidieaanvragen kwam 26% van een vereniging zonder eigen accommodatie: 55 aanvragen.')],
  ['noun whole, counted under another heading', p('## Aanvragen', '', 'Het sportfonds ontving in 2025 in totaal 212 subsidieaanvragen.', '', '## Verenigingen', '', 'Het fonds steunt 48 verenigingen.', '', 'Van de subsidieaanvragen kwam 40% van een vereniging zonder eigen accommodatie: 55 aanvragen.')],
  ['noun whole, nearest count fits', p('## Klachten', '', 'In 2023 registreerde het centrum 150 klachten.', '', 'In 2025 waren het er 208 klachten.', '', 'Gemiddeld duurde de afhandeling 9 dagen.', '', 'Bij de klachten ging een kwart over de afvalinzameling: 52 klachten.')],
  // (3)
  ['measure, correct', p('In 2025 zamelden we 482 kg huishoudelijk afval per inwoner in. Het scheidingspercentage was 65 procent.', 'Papier was met 130 kg per inwoner ruim een kwart van al het huishoudelijk afval.')],
  ['measure, whole of another noun', p('In 2025 zamelden we 482 kg huishoudelijk afval per inwoner in, waarvan 168 kg restafval.', 'GFT was met 131 kg ongeveer een derde van al het gescheiden afval.')],
  ['measure, whole in another unit', p('De gemeente beheert 86 hectare openbaar groen.', '', 'Met 12 kilometer is de Singel ruim een kwart van al het openbaar groen.')]
]

describeBattery(percentageClaimCheck, defects, clean, 12)
