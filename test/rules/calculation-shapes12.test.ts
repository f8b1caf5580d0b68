import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Bracket battery, written before reading the calculation code: a term of the calculation in
// brackets — the start value (`Ten opzichte van 2026 (€ 18,4 miljoen) ...`), the parts of a
// total, the whole of the parts, the price per unit — with the result after it, in the next
// sentence, across a line break, with emphasis or a qualifier. Look-alikes that must stay
// quiet: the same sums right, a bracket with a year list, a reference, an article, a code, a
// rounded amount, an amount of something else (`waarvan`), a value of another year.
// The start code caught 4/13 (a start in brackets and parts in brackets were read as labels);
// after the bracket gates 13/13, all right ones quiet.

const wrong: WrongCalculation[] = [
  ['the start value in brackets after its year', ['Ten opzichte van 2025 (€ 18,4 miljoen) stijgen de uitgaven in 2026 met € 1,2 miljoen tot € 19,9 miljoen.'], '19,9'],
  ['the start value and its year in brackets, a fall', ['Het budget voor jeugdhulp (€ 7,8 miljoen in 2026) daalt in 2027 met € 0,6 miljoen naar € 7,4 miljoen.'], '7,4'],
  ['the parts in brackets after the total', ['De subsidie bedraagt € 240.000 (€ 150.000 voor de bibliotheek en € 70.000 voor het muziekonderwijs).'], '240.000'],
  ['the whole in brackets before its parts', ['De twee regelingen samen (€ 560.000) bestaan uit € 310.000 voor huisvesting en € 270.000 voor begeleiding.'], '560.000'],
  ['a count in brackets with its year', ['Het aantal leerlingen (1.240 in 2025) neemt met 85 toe tot 1.335.'], '1.335'],
  ['the price per unit in brackets', ['We plaatsen 40 laadpalen (à € 6.500 per stuk), samen € 280.000.'], '280.000'],
  ['the rate per person in brackets', ['De 320 deelnemers (€ 45 per persoon) kosten samen € 15.400.'], '15.400'],
  ['the start value in brackets after the change', ['De lasten stijgen met € 0,8 miljoen ten opzichte van 2026 (€ 12,3 miljoen) tot € 13,3 miljoen.'], '13,3'],
  ['the result in the next sentence', ['De begroting 2026 (€ 9,6 miljoen) is het vertrekpunt. In 2027 komt daar € 0,7 miljoen bij, zodat de begroting uitkomt op € 10,5 miljoen.'], '10,5'],
  ['emphasis inside the bracket', ['Vergeleken met de raming voor 2026 (**€ 4,2 miljoen**) nemen de kosten in 2027 met € 0,5 miljoen af tot € 3,9 miljoen.'], '3,9'],
  ['a line break after the bracket', ['Ten opzichte van de begroting 2027 (€ 21,0 miljoen) nemen de baten in 2028', 'met € 1,4 miljoen toe tot € 22,6 miljoen.'], '22,6'],
  ['gemiddeld before the bracket', ['Ten opzichte van het gemiddelde van de afgelopen drie jaar (€ 640.000) stijgen de kosten met € 85.000 tot € 735.000.'], '735.000'],
  ['both parts in brackets after the investment', ['De investering van € 1,5 miljoen (€ 900.000 uit eigen middelen en € 500.000 provinciale subsidie) is gedekt.'], '1,5']
]

const right: Array<[string, string[]]> = [
  ['the start value in brackets, holding', ['Ten opzichte van 2025 (€ 18,4 miljoen) stijgen de uitgaven in 2026 met € 1,2 miljoen tot € 19,6 miljoen.']],
  ['the start value and its year in brackets, a fall, holding', ['Het budget voor jeugdhulp (€ 7,8 miljoen in 2026) daalt in 2027 met € 0,6 miljoen naar € 7,2 miljoen.']],
  ['the parts in brackets, holding', ['De subsidie bedraagt € 240.000 (€ 150.000 voor de bibliotheek en € 90.000 voor het muziekonderwijs).']],
  ['the whole in brackets, holding', ['De twee regelingen samen (€ 580.000) bestaan uit € 310.000 voor huisvesting en € 270.000 voor begeleiding.']],
  ['a year list in brackets before a change from an unstated year', ['De lasten stegen de afgelopen jaren (2023: € 3,1 miljoen, 2024: € 3,4 miljoen) en nemen in 2027 met € 0,3 miljoen toe tot € 3,9 miljoen.']],
  ['a reference in brackets', ['De kosten (zie tabel 4) stijgen met € 0,2 miljoen tot € 2,6 miljoen.']],
  ['an article in brackets', ['De bijdrage op grond van de verordening (art. 12) bedraagt € 45.000 per jaar, samen € 180.000 over vier jaar.']],
  ['another noun in brackets', ['Het aantal woningen (1.400 in 2025) groeit met 120 tot 1.520, het aantal inwoners met 300.']],
  ['a rounded start value in brackets', ['Ten opzichte van 2026 (ruim € 8 miljoen) stijgen de lasten met € 0,4 miljoen tot € 8,5 miljoen.']],
  ['a waarvan bracket after the result', ['De lasten van het sociaal domein stijgen met € 1,1 miljoen tot € 31,4 miljoen (waarvan € 2,0 miljoen voor de Wmo).']],
  ['a bracket with the value of another year', ['De lasten in 2025 (€ 14,0 miljoen) waren lager dan nu; ten opzichte van 2026 nemen ze in 2027 met € 0,5 miljoen toe tot € 15,1 miljoen.']],
  ['the price per unit in brackets, holding', ['We plaatsen 40 laadpalen (à € 6.500 per stuk), samen € 260.000.']],
  ['the share of the change in brackets', ['De lasten nemen in 2027 met € 2,3 miljoen (5 procent) toe tot € 48,3 miljoen.']],
  ['a product code in brackets', ['Het product Schuldhulp (6.2.1) kost € 1,2 miljoen, € 0,1 miljoen meer dan in 2026.']],
  ['the start value in brackets after the change, holding', ['De lasten stijgen met € 0,8 miljoen ten opzichte van 2026 (€ 12,3 miljoen) tot € 13,1 miljoen.']]
]

describeCalculationBattery('calculation bracket battery (wave 12)', wrong, right, 13)

// Second battery, written after reading the readers (so it measures less): a start with its
// label in the bracket (`(2025: 1.240)`, `(stand 1 januari 2026: € A)`), a comma after the
// bracket, a rate or a price each in brackets before the count, a count with its noun. Right:
// a label year far from the change, a reference, a bracket of several quantities, a code.
// With the label and comma gates alone 5/6 (the rate in brackets was read by no reader); with the
// term-bracket pass 6/6.
const labelledWrong: WrongCalculation[] = [
  ['a start with its year label', ['Het aantal abonnementen (2025: 3.400) stijgt in 2026 met 250 tot 3.750.'], '3.750'],
  ['a start with a stand label', ['De algemene reserve (stand 1 januari 2026: € 6,1 miljoen) neemt in 2026 met € 0,7 miljoen af tot € 5,6 miljoen.'], '5,6'],
  ['a comma after the start in brackets', ['De baten stijgen in 2028 met € 0,9 miljoen ten opzichte van 2027 (€ 11,2 miljoen), tot € 12,3 miljoen.'], '12,3'],
  ['a rate per inhabitant in brackets', ['De toeristenbelasting (€ 2,40 per overnachting) levert bij 35.000 overnachtingen € 92.000 op.'], '92.000'],
  ['a price each in brackets before the total', ['Voor de 9 speeltuinen (elk € 48.000) trekken we € 462.000 uit.'], '462.000'],
  ['a count with its noun in brackets, extended', ['De sporthal (340 plaatsen) wordt met 60 plaatsen uitgebreid tot 420 plaatsen.'], '420']
]
const labelledRight: Array<[string, string[]]> = [
  ['a start with its year label, holding', ['Het aantal abonnementen (2025: 3.400) stijgt in 2026 met 250 tot 3.650.']],
  ['a label year far before the change', ['De lasten (2023: € 3,4 miljoen) nemen in 2027 met € 0,3 miljoen toe tot € 3,9 miljoen.']],
  ['a reference bracket before a change from last year', ['Het project (zie bijlage 2) kost € 240.000, € 40.000 meer dan in 2026.']],
  ['a rate in brackets, holding', ['De toeristenbelasting (€ 2,40 per overnachting) levert bij 35.000 overnachtingen € 84.000 op.']],
  ['a price each in brackets, holding', ['Voor de 9 speeltuinen (elk € 48.000) trekken we € 432.000 uit.']],
  ['a bracket of two quantities before a change', ['De bibliotheek (2 vestigingen, 14 medewerkers) krijgt met € 50.000 meer een budget van € 1,3 miljoen.']],
  ['a code in brackets before a change', ['Het taakveld Sport (5.1) stijgt met € 0,2 miljoen tot € 4,6 miljoen.']]
]

describeCalculationBattery('calculation bracket battery (labels and rates)', labelledWrong, labelledRight, 6)

// Third battery (after reading the code): the size of a change in brackets after `van A naar B`,
// signed or with `meer`/`minder`. Right: the same holding, a size of another noun, a percentage.
const signedWrong: WrongCalculation[] = [
  ['a signed amount in brackets', ['De uitgaven aan leerlingenvervoer stijgen van € 2,6 miljoen naar € 3,1 miljoen (+ € 0,4 miljoen).'], '0,4'],
  ['a minus sign before a count', ['Het aantal wachtenden daalde van 310 naar 260 (−40).'], '40'],
  ['a count with minder in brackets', ['Het aantal zwerfvuilmeldingen nam af van 1.150 in 2024 naar 980 in 2025 (150 minder).'], '150'],
  ['a signed count with its noun', ['Het aantal leden groeide van 1.420 naar 1.610 leden (+ 170 leden).'], '170']
]
const signedRight: Array<[string, string[]]> = [
  ['a signed amount in brackets, holding', ['De uitgaven aan leerlingenvervoer stijgen van € 2,6 miljoen naar € 3,1 miljoen (+ € 0,5 miljoen).']],
  ['a minus sign, holding', ['Het aantal wachtenden daalde van 310 naar 260 (−50).']],
  ['a signed count of another noun', ['Het aantal leden groeide van 1.420 naar 1.610 (+ 3 teams).']],
  ['a signed percentage', ['Het aantal leden groeide van 1.420 naar 1.610 (+ 13 procent).']],
  ['a sign against the change', ['Het aantal meldingen daalde van 620 naar 540 (+ 12 nieuwe meldpunten).']]
]

describeCalculationBattery('calculation bracket battery (signed changes)', signedWrong, signedRight, 4)
