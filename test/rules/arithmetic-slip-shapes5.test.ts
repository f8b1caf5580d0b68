import { arithmeticSlip } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shapes of a wrong result that the one-digit reading missed: counts in words, years the
// sentence counts without writing the count, the plan's own period, a slip that carries into
// the next digit, a change verb as the only calculation word, a result that follows `dus` or
// `zodat`. Look-alikes: the same shapes with a correct result, a rounding, a table or bijlage
// number, and a carry between numbers of several digits (another number, not a slip).
const period = 'periode:\n  start: 2027\n  eind: 2030'
const defects: DefectWording[] = [
  ['counts in words', ['# Aanpak', '', 'We organiseren jaarlijks negen themabijeenkomsten. Elke bijeenkomst trekt gemiddeld vijfentwintig bezoekers, zodat we 245 bezoekers bereiken.'], '245'],
  // (A yearly number over a range of years, `In de jaren 2027 tot en met 2030 plaatsen we jaarlijks 35 …`, is
  // prose-calculation's since its yearly reader no longer takes the year before `jaarlijks` for the yearly number:
  // prose-calculation-year-runs.test.ts.)
  ['a slip that carries into the next digit', ['# Jongeren', '', 'We geven per jaar 45 startersbeurzen van € 200 uit. Daarmee is jaarlijks € 10.000 gemoeid.'], '€ 10.000'],
  ['an index as a change verb', ['# Subsidies', '', 'Door de loonindex van 3 procent stijgt het budget voor welzijn van € 800.000 naar € 834.000.'], '€ 834.000'],
  ['a calculation in the explanation column of a finance table', ['# Financiën', '', '| Maatregel | Onderbouwing | Bedrag |', '|---|---|---|', '| Keuringen | 24 keuringen à € 1.150 | € 27.600 |', '| Cursussen | 18 cursussen × € 2.350 | € 43.300 |', '| Folders | 5.000 folders × € 0,40 | € 2.000 |'], '€ 43.300'],
  ['a calculation in a text column of a finance table', ['# Financiën', '', '| Post | Aantal | Prijs | Raming |', '|---|---|---|---|', '| Bankjes | 12 stuks à € 900 | per stuk | € 11.800 |', '| Afvalbakken | 20 stuks à € 350 | per stuk | € 7.000 |'], '€ 11.800'],
  ['an explanation with years in a finance table', ['# Financiën', '', '| Post | Berekening | Bedrag |', '|---|---|---|', '| Coördinator | € 68.000 per jaar over 2027 tot en met 2030 | € 262.000 |'], '€ 262.000'],
  ['a budget that is not the product of its two numbers', ['# Wijken', '', 'In de Vogelbuurt komen 248 woningen in aanmerking voor een isolatiebijdrage van € 1.800. Dat vraagt een budget van € 482.000.'], '€ 482.000'],
  ['a cost that is not the product, in a list item', ['# Kosten', '', '- Voor 64 ouders een cursus van € 340: dat kost € 24.900'], '€ 24.900'],
  ['a reservation that is not the product', ['# Sport', '', 'We vervangen 18 doelen. Een doel kost € 1.450, dus we reserveren € 31.500.'], '€ 31.500'],
  ['a total over the years of the agenda counted one year too few', ['# Financiën', '', 'Jaarlijks trekken we € 2,5 miljoen uit voor het onderhoud. Over de jaren 2026 tot en met 2029 is dat € 7,5 miljoen.'], '€ 7,5 miljoen'],
  ['an index in the sentence after the amount', ['# Subsidies', '', 'Het plafond bedraagt in 2027 € 1.600.000. Met een indexering van 3% stijgt het in 2028 naar € 1.658.000.'], '€ 1.658.000'],
  ['ruim before a result below the product', ['# Cultuur', '', 'Het theater verkocht 31.400 kaarten tegen gemiddeld € 19; de recettes kwamen daarmee uit op ruim € 650.000.'], '€ 650.000'],
  ['bijna before a result below the product', ['# Sport', '', 'De 240 leden betalen € 85 contributie, wat neerkomt op bijna € 19.000.'], '€ 19.000'],
  ['a result in words after a season', ['# Vrijwilligers', '', 'In seizoen 2025-2026 draaiden vierhonderd vrijwilligers gemiddeld vijf uur per week mee, wat neerkomt op ruim drieduizend uur per week.'], '3000'],
  ['three factors over two sentences', ['# Parkeren', '', 'Het terrein aan de haven heeft 420 plaatsen. Bij 60 marktdagen en een dagtarief van € 6 levert dat € 172.200 op.'], '€ 172.200'],
  ['three factors in one sentence', ['# Sport', '', 'Veertien trainers geven 38 weken les à € 45, samen € 25.940.'], '€ 25.940'],
  ['a yield with brengt … op', ['# Markt', '', 'De 85 kramen betalen € 24 per marktdag. Over 50 marktdagen brengt dat € 112.000 op.'], '€ 112.000'],
  ['a total after dus', ['# Toegankelijkheid', '', 'We laten 30 speeltuinen keuren. Een keuring kost € 1.500, dus we ramen € 55.000.'], '€ 55.000']
]

const clean: CleanWording[] = [
  ['three factors that hold', ['# Parkeren', '', 'Het terrein aan de haven heeft 420 plaatsen. Bij 60 marktdagen en een dagtarief van € 6 levert dat € 151.200 op.']],
  ['three factors with something added', ['# Parkeren', '', 'Het terrein aan de haven heeft 420 plaatsen. Bij 60 marktdagen en een dagtarief van € 6 levert dat inclusief abonnementen € 172.200 op.']],
  ['a yield that holds', ['# Markt', '', 'De 85 kramen betalen € 24 per marktdag. Over 50 marktdagen brengt dat € 102.000 op.']],
  ['ruim before a result the product exceeds', ['# Cultuur', '', 'Het theater verkocht 31.400 kaarten tegen gemiddeld € 19; de recettes kwamen daarmee uit op ruim € 590.000.']],
  ['bijna before a result the product stays under', ['# Sport', '', 'De 240 leden betalen € 85 contributie, wat neerkomt op bijna € 21.000.']],
  ['ongeveer before a result near the product', ['# Vrijwilligers', '', 'In seizoen 2025-2026 draaiden vierhonderd vrijwilligers gemiddeld vijf uur per week mee, wat neerkomt op ongeveer tweeduizend uur per week.']],
  ['a total over a range of years that holds', ['# Financiën', '', 'Voor de schuldhulpmaatjes is € 64.000 per jaar nodig. Over de jaren 2027 tot en met 2029 is dat € 192.000.']],
  ['the rest after a part that holds', ['# Dekking', '', 'De kosten van € 2.860.000 dekken we voor € 2.100.000 uit de algemene middelen en voor de rest, € 760.000, uit de reserve.']],
  ['an index in the sentence after the amount that holds', ['# Subsidies', '', 'Het plafond bedraagt in 2027 € 1.600.000. Met een indexering van 3% stijgt het in 2028 naar € 1.648.000.']],
  ['a budget that includes more than the product', ['# Wijken', '', 'In de Vogelbuurt komen 248 woningen in aanmerking voor een isolatiebijdrage van € 1.800. Dat vraagt een budget van € 482.000, inclusief de uitvoeringskosten.']],
  ['a budget that is the product rounded', ['# Wijken', '', 'In de Vogelbuurt komen 248 woningen in aanmerking voor een isolatiebijdrage van € 1.800. Dat vraagt een budget van € 446.000.']],
  ['an approximate cost', ['# Kosten', '', '- Voor 64 ouders een cursus van € 340: dat kost ongeveer € 24.000']],
  ['the finance table correct', ['# Financiën', '', '| Maatregel | Onderbouwing | Bedrag |', '|---|---|---|', '| Keuringen | 24 keuringen à € 1.150 | € 27.600 |', '| Cursussen | 18 cursussen × € 2.350 | € 42.300 |', '| Folders | 5.000 folders × € 0,40 | € 2.000 |']],
  ['an explanation without numbers', ['# Financiën', '', '| Post | Toelichting | Bedrag |', '|---|---|---|', '| Coördinator | inhuur via de regio | € 68.000 |', '| Scholing | op basis van offertes | € 12.500 |']],
  ['an explanation with years that holds', ['# Financiën', '', '| Post | Berekening | Bedrag |', '|---|---|---|', '| Coördinator | € 68.000 per jaar over 2027 tot en met 2030 | € 272.000 |']],
  ['counts in words that hold', ['# Aanpak', '', 'We organiseren jaarlijks negen themabijeenkomsten. Elke bijeenkomst trekt gemiddeld vijfentwintig bezoekers, zodat we 225 bezoekers bereiken.']],
  ['an amount spread correctly over a list of years', ['# Financiën', '', 'De bezuiniging van € 120.000 verdelen we over de jaren 2028, 2029 en 2030: € 40.000 per jaar.']],
  ['two years compared, no range', ['# Cijfers', '', 'In 2022 en 2025 telden we 340 en 360 deelnemers; samen 700 in twee metingen.']],
  ['a yearly amount over the plan period that holds', ['---', 'titel: Sportnota', 'gemeente: Lindewaarde', period, '---', '', '# Financiën', '', 'Voor het onderhoud van de sportvelden is € 62.000 per jaar nodig. Over de looptijd van deze nota is dat € 248.000.']],
  ['a correct result in the next digit', ['# Jongeren', '', 'We geven per jaar 50 startersbeurzen van € 200 uit. Daarmee is jaarlijks € 10.000 gemoeid.']],
  ['an index that holds', ['# Subsidies', '', 'Door de loonindex van 3 procent stijgt het budget voor welzijn van € 800.000 naar € 824.000.']],
  ['a table number is no count', ['# Financiën', '', 'Het verloop per jaar staat in tabel 4. Voor 2029 is samen € 240.000 nog niet gedekt, na € 1,1 miljoen uit de reserve.']],
  ['a rounded result', ['# Kosten', '', 'We vervangen 38 lichtmasten van € 1.050, dus we ramen ongeveer € 40.000.']],
  ['numbers of several digits apart across a ten', ['# Financiën', '', 'Monitoring krijgt 3.150, bijna een vijfde van het totaal; onderzoek kost samen 550.']]
]

describeWordings(arithmeticSlip, defects, clean)
