import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hcalc3 battery, written before reading the calculation code: a rate restated per another period
// (`, of`, `oftewel`, `dat is`, `ofwel`, brackets); a count given as the new value of a change
// (`stijgt naar`, `groeit tot`) and then priced at a rate in the next sentence; a mean per another
// noun for the same unit (`verdeeld over … avonden; dat zijn gemiddeld … per avond`); a total in
// the sentence before a mean `per kern`; a rate per m² stated earlier, applied to an area.
// Look-alikes: the same calculations right (rounded, `bijna`, `ruim`), two different rates, a
// restatement that includes a second cost, a count that is not what the rate is applied to.
// Start (main d4bfd30): 9/13 caught, 12/12 clean quiet. After the fixes: 11/13, 12/12 quiet.

const defects: WrongCalculation[] = [
  // A rate restated per another period.
  ['monthly fee restated per year after , of', ['Een plek in de fietsenstalling kost € 9 per maand, of € 118 per jaar.'], '118'],
  ['weekly amount restated per year with oftewel', ['De jeugdclub krijgt € 75 per week, oftewel € 3.500 per jaar.'], '3.500'],
  ['yearly amount restated per month in brackets', ['De bijdrage voor de volkstuin is € 240 per jaar (€ 25 per maand).'], '25'],
  ['monthly rent restated per year with dat is', ['De huur van het clubgebouw is € 1.150 per maand; dat is € 13.300 per jaar.'], '13.300'],
  ['quarterly fee restated per year with ofwel', ['Leden betalen € 45 per kwartaal, ofwel € 190 per jaar.'], '190'],
  // A count as the new value of a change, then priced at a rate.
  ['count grows to N, priced per year', ['Het aantal standplaatsen op de weekmarkt groeit door de uitbreiding naar 64. Tegen het marktgeld van € 520 per jaar levert dat € 35.280 op.'], '35.280'],
  ['count rises to N in words, priced per piece', ['Het aantal ligplaatsen in de jachthaven stijgt na de verbouwing tot tachtig. Bij een liggeld van € 650 per ligplaats brengt dat € 48.000 op.'], '48.000'],
  // A mean per another noun for the same unit.
  ['total over evenings, mean per avond', ['In 2026 kwamen in totaal 150 ouders naar de opvoedavonden, verspreid over twaalf avonden; dat zijn gemiddeld ruim 14 ouders per avond.'], '14'],
  ['total over sessions, mean per les', ['Aan de zwemlessen deden 84 kinderen mee, verdeeld over zes groepen; gemiddeld zitten er 16 kinderen in een groep.'], '16'],
  // A total in the sentence before a mean per part.
  ['total before, mean per wijk in the next sentence', ['Dit jaar meldden zich 225 vrijwilligers voor de buurtschoonmaak. Over de vijf wijken zijn dat gemiddeld 41 vrijwilligers per wijk.'], '41'],
  ['total in digits, mean per school in the next sentence', ['Aan het project doen 312 leerlingen mee. Verdeeld over de acht scholen is dat gemiddeld 36 leerlingen per school.'], '36'],
  // A rate per area stated earlier, applied to an area.
  ['subsidy per m² applied in a later sentence', ['Voor een groen dak geven we € 30 subsidie per m². Een bedrijfshal met 800 m² dak krijgt zo € 26.000.'], '26.000'],
  ['cost per m² applied in a later paragraph', ['Het herbestraten van een stoep kost € 65 per m².', '', 'Voor de 420 m² stoep in de Lindelaan rekenen we op € 29.300.'], '29.300']
]

const clean: Array<[string, string[]]> = [
  ['monthly fee restated per year, right', ['Een plek in de fietsenstalling kost € 9 per maand, of € 108 per jaar.']],
  ['weekly amount restated per year, right with 52 weeks', ['De jeugdclub krijgt € 75 per week, oftewel € 3.900 per jaar.']],
  ['yearly amount restated per month, rounded', ['De bijdrage voor de volkstuin is € 240 per jaar (€ 20 per maand).']],
  ['two different rates, no restatement', ['De huur van het clubgebouw is € 1.150 per maand; de schoonmaak kost € 4.000 per jaar.']],
  ['restated with an extra cost', ['Leden betalen € 45 per kwartaal, ofwel € 180 per jaar, plus € 25 inschrijfgeld.']],
  ['count grows to N, priced right', ['Het aantal standplaatsen op de weekmarkt groeit door de uitbreiding naar 64. Tegen het marktgeld van € 520 per jaar levert dat € 33.280 op.']],
  ['count grows by N, the total priced', ['Het aantal ligplaatsen in de jachthaven stijgt met twintig tot tachtig. Bij een liggeld van € 650 per ligplaats brengt dat € 52.000 op.']],
  ['mean per avond, right with ruim', ['In 2026 kwamen in totaal 150 ouders naar de opvoedavonden, verspreid over twaalf avonden; dat zijn gemiddeld ruim 12 ouders per avond.']],
  ['mean per groep, right', ['Aan de zwemlessen deden 84 kinderen mee, verdeeld over zes groepen; gemiddeld zitten er 14 kinderen in een groep.']],
  ['mean per wijk, right', ['Dit jaar meldden zich 225 vrijwilligers voor de buurtschoonmaak. Over de vijf wijken zijn dat gemiddeld 45 vrijwilligers per wijk.']],
  ['subsidy per m² with a maximum', ['Voor een groen dak geven we € 30 subsidie per m², met een maximum van € 20.000. Een bedrijfshal met 800 m² dak krijgt zo € 20.000.']],
  ['cost per m² applied right', ['Het herbestraten van een stoep kost € 65 per m².', '', 'Voor de 420 m² stoep in de Lindelaan rekenen we op € 27.300.']]
]

describeCalculationBattery('prose-calculation hcalc3 battery', defects, clean, 11)

// Second batch, after the first fixes (a list item's sentences, a total spread over a count, a
// named rate applied later): the same shapes in other words. Written after the fixes: 4/6, 7/7 quiet.
const defects2: WrongCalculation[] = [
  ['list item: count grows to N, priced at a fee', ['- Het aantal marktkramen groeit na de herinrichting naar 48. Bij een staangeld van € 310 per jaar brengt dat € 15.380 op.'], '15.380'],
  ['numbered item: count runs up to N, priced per card', ['1. Het aantal bewoners met een parkeerkaart loopt op tot 650. Tegen € 45 per kaart levert dat € 30.250 op.'], '30.250'],
  ['spread over Sundays, mean per tour with kwamen er', ['Over het seizoen trokken de rondleidingen 342 bezoekers, gespreid over achttien zondagen; gemiddeld kwamen er dus 21 deelnemers per rondleiding.'], '21'],
  ['spread over workshops, mean per workshop after a colon', ['Het fietsproject leverde 630 reparaties op, verdeeld over 14 werkplaatsen: gemiddeld 48 fietsen per werkplaats.'], '48'],
  ['named rate per hour, applied in the next sentence', ['Sportclubs krijgen € 8 huurkorting per uur zaalgebruik. Een club die 350 uur per jaar traint, ontvangt € 3.100 huurkorting.'], '3.100'],
  ['named rate per pupil, bijdrage van in a later paragraph', ['De gemeente betaalt € 15 bijdrage per leerling voor schoolzwemmen.', '', 'Voor de 240 leerlingen van groep 5 komt de bijdrage van € 3.900 uit het onderwijsbudget.'], '3.900']
]

const clean2: Array<[string, string[]]> = [
  ['list item priced right', ['- Het aantal marktkramen groeit na de herinrichting naar 48. Bij een staangeld van € 310 per jaar brengt dat € 14.880 op.']],
  ['a count and a price in two list items', ['- Er komen 40 nieuwe laadpalen bij.', '- Bij een tarief van € 0,45 per kWh brengt de verkoop € 52.000 op.']],
  ['spread mean right', ['Over het seizoen trokken de rondleidingen 342 bezoekers, gespreid over achttien zondagen; gemiddeld kwamen er dus 19 deelnemers per rondleiding.']],
  ['named rate right', ['Sportclubs krijgen € 8 huurkorting per uur zaalgebruik. Een club die 350 uur per jaar traint, ontvangt € 2.800 huurkorting.']],
  ['named rate cut by its ceiling', ['Eigenaren krijgen € 20 isolatiesubsidie per m², tot een maximum van € 3.000. Een woning met 180 m² dakvlak krijgt € 3.000 isolatiesubsidie.']],
  ['two rates for the same noun', ['Voor een groen dak geldt € 25 subsidie per m², voor een blauw dak € 15 subsidie per m². Het dak van de bibliotheek (400 m²) krijgt € 6.000 subsidie.']],
  ['named rate and an extra amount in the clause', ['De gemeente betaalt € 15 bijdrage per leerling voor schoolzwemmen.', '', 'Voor 240 leerlingen en € 500 vervoer is de bijdrage van € 4.100 genoeg.']]
]

describeCalculationBattery('prose-calculation hcalc3 battery, second batch', defects2, clean2, 4)

// Third batch: the new value of `het aantal …` priced in the next sentence, written after that fix.
const defects3: WrongCalculation[] = [
  ['aantal daalt tot N, priced per piece', ['Het aantal reclamezuilen in het centrum daalt na de sanering tot 35. Tegen een huur van € 1.200 per zuil brengt dat € 38.000 op.'], '38.000'],
  ['aantal neemt toe tot N, costs per place', ['Door de nieuwe vleugel neemt het aantal kindplaatsen toe tot 96. Bij € 2.150 per kindplaats kost dat € 184.400.'], '184.400']
]
const clean3: Array<[string, string[]]> = [
  ['aantal daalt tot N, priced right', ['Het aantal reclamezuilen in het centrum daalt na de sanering tot 35. Tegen een huur van € 1.200 per zuil brengt dat € 42.000 op.']],
  ['aantal grows to N, another noun priced', ['Het aantal reclamezuilen in het centrum daalt na de sanering tot 35. Tegen een huur van € 1.200 per abri brengt dat € 30.000 op.']]
]
describeCalculationBattery('prose-calculation hcalc3 battery, third batch', defects3, clean3, 2)
