import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Battery hkind16, written before reading the calculation code: relations between counted
// quantities whose nouns name the same kind in different forms (a compound head `huurwoningen` ~
// `woningen`, an adjective before the noun, singular ~ plural, units ha ~ m²) and a rate of one
// item beside a share. The right ones: the same forms with fitting numbers, and look-alikes whose
// nouns have different heads (`wooneenheden` is not counted among `woningen`), or a term unknown.
// The start code caught 8 of 17 and flagged one fitting mean (through arithmetic-slip). The three with
// `ruim` or `bijna` before a result were added after a probe showed that word as the gate.

const wrong: WrongCalculation[] = [
  ['a sum of compound parts with a bare total', ['Stichting Dak verhuurt 2.730 huurwoningen, Woonhaven 1.940 en De Poort 860; samen 5.630 woningen.'], '5.630'],
  ['a sum of parts with an adjective', ['Er kwamen 1.230 schriftelijke aanvragen en 870 digitale aanvragen binnen, samen 2.200 aanvragen.'], '2.200'],
  ['a sum of compound parts in words and digits', ['In Noord staan veertig laadpalen, in Zuid 95 laadpalen en in Oost 60; in totaal 205 palen.'], '205'],
  ['a sum with the total first', ['Samen 1.150 leerlingen: 610 basisschoolleerlingen in het centrum en 480 in de dorpen.'], '1.150'],
  ['a sum of two adjectives and a compound', ['Het team verwerkte 3.400 telefonische meldingen en 2.150 online meldingen, samen 5.750 meldingen.'], '5.750'],
  ['a mean of compound counts', ['De drie wijkteams behandelden 310, 285 en 342 hulpvragen, gemiddeld 330 vragen per team.'], '330'],
  ['a mean of an adjective noun', ['Het bezoek aan de drie zwembaden: 41.000, 36.500 en 29.800 betalende bezoekers, gemiddeld 38.000 bezoekers per bad.'], '38.000'],
  ['a rise of compound counts', ['Het aantal sociale huurwoningen groeide van 4.310 naar 4.590 woningen, een toename van 380 woningen.'], '380'],
  ['a fall with the noun in singular compound', ['Het aantal fietsdiefstallen daalde van 730 in 2023 naar 655 diefstallen in 2025, een afname van 85 diefstallen.'], '85'],
  ['a rest of compound parts', ['Van de 1.900 zitplaatsen zijn er 1.240 vaste plaatsen; er blijven 560 losse plaatsen over.'], '560'],
  ['a level plus count times mean area', ['Het park meet nu 3,2 hectare. Met vier nieuwe velden van gemiddeld 2.000 m² komt de totale oppervlakte op 4,4 hectare.'], '4,4'],
  ['a rate of one item after a percentage', ['Het aantal storingen daalde met 12 %. Een storing kost gemiddeld 2,5 uur herstelwerk; bij 64 storingen is dat 180 uur.'], '180'],
  ['a price of one item times a count', ['We vervangen 48 lantaarnpalen. Een paal kost € 1.900, zodat de vervanging op € 96.200 uitkomt.'], '96.200'],
  ['a count before, the price of one, a result with ruim', ['Dit jaar volgden 22 ambtenaren de training. Een cursusplaats kost € 1.450, zodat de opleiding op ruim € 35.000 uitkomt.'], '35.000'],
  ['a count before, a use of one, a result with bijna', ['Er staan 260 lantaarns in het park. Elke lamp verbruikt 48 kWh per jaar, zodat het park op bijna 11.000 kWh uitkomt.'], '11.000'],
  ['a count before, a round result with ruim', ['We kopen 18 bakfietsen. Een fiets kost € 4.100, waarmee de aanschaf op ruim € 80.000 neerkomt.'], '80.000'],
  ['a sum over list items with compound heads', ['We openen drie buurtkamers met samen 95 plaatsen:', '', '- 40 zitplaatsen in De Hoek;', '- 30 zitplaatsen in het Dorpshuis;', '- 35 zitplaatsen in De Schakel.'], '95'],
]

const right: Array<[string, string[]]> = [
  ['a fitting sum of compound parts', ['Stichting Dak verhuurt 2.730 huurwoningen, Woonhaven 1.940 en De Poort 860; samen 5.530 woningen.']],
  ['a sum that leaves out a part of another head', ['Er staan 2.730 huurwoningen en 1.940 koopwoningen, samen 4.670 woningen; daarnaast 860 wooneenheden voor studenten.']],
  ['a fitting sum with adjectives', ['Er kwamen 1.230 schriftelijke aanvragen en 870 digitale aanvragen binnen, samen 2.100 aanvragen.']],
  ['a fitting mean of compound counts', ['De drie wijkteams behandelden 310, 285 en 342 hulpvragen, gemiddeld 312 vragen per team.']],
  ['a sum of palen that leaves out benches', ['We plaatsen 140 laadpalen en 95 lantaarnpalen, samen 235 palen; daarnaast komen er 60 zitbanken.']],
  ['a fitting level plus count times mean area', ['Het park meet nu 3,2 hectare. Met vier nieuwe velden van gemiddeld 2.000 m² komt de totale oppervlakte op 4,0 hectare.']],
  ['an added area of unknown size', ['Het park meet nu 3,2 hectare. Met vier nieuwe velden van gemiddeld 2.000 m² en een speelweide komt het totaal op 4,4 hectare.']],
  ['a price of one item plus a fixed part', ['We vervangen 48 lantaarnpalen; een paal kost € 1.900 en de aansluiting € 250, samen € 103.200.']],
  ['a fitting rate of one item after a percentage', ['Het aantal storingen daalde met 12 %. Een storing kost gemiddeld 2,5 uur herstelwerk; bij 64 storingen is dat 160 uur.']],
  ['a total of a wider set than the parts', ['Het aantal huurwoningen steeg van 4.310 naar 4.590; het totale aantal woningen groeide met 380.']],
  ['a fitting rest of compound parts', ['Van de 1.900 zitplaatsen zijn er 1.240 vaste plaatsen; er blijven 660 losse plaatsen over.']],
  ['a count before, a result that fits ruim', ['Dit jaar volgden 22 ambtenaren de training. Een cursusplaats kost € 1.450, zodat de opleiding op ruim € 30.000 uitkomt.']],
  ['a count before, a result that fits bijna', ['Er staan 260 lantaarns in het park. Elke lamp verbruikt 48 kWh per jaar, zodat het park op bijna 12.500 kWh uitkomt.']],
  ['a fitting list sum with compound heads', ['We openen drie buurtkamers met samen 105 plaatsen:', '', '- 40 zitplaatsen in De Hoek;', '- 30 zitplaatsen in het Dorpshuis;', '- 35 zitplaatsen in De Schakel.']],
]

describeCalculationBattery('prose calculations hkind16: same kind in other noun forms', wrong, right, 15)
