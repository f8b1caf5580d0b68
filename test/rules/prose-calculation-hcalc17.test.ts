import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Helper hcalc17, written before reading the calculation code: prose calculations as five
// different authors would write them (a library, a petting farm, allotment gardens, a network of
// defibrillators, fibre in the countryside): sums of named items, differences between years,
// growth in percent, count × rate × period, means, remainders, per-unit costs, conversions and
// shares; results before or after their terms, terms across two sentences or in a list, numbers in
// words, `ruim`, amounts in `k€`, `mln` and `duizend`. The look-alikes are the same relations
// right (or rounded within their word), a target against a level, years, ranges and totals that
// name a further, unlisted part.

const wrong: WrongCalculation[] = [
  // A: the library, formal
  ['A sum of three named items, samen', ['De bibliotheek ontvangt € 185.000 voor de vestiging in het centrum, € 64.000 voor de bibliobus en € 31.000 voor leesbevordering, samen € 270.000.'], '270.000'],
  ['A total before its parts, bestaat uit', ['Het totale budget van € 312.000 bestaat uit € 198.000 voor personeel, € 76.000 voor huisvesting en € 48.000 voor de collectie.'], '312.000'],
  ['A difference between two years, daling', ['In 2025 leenden inwoners 84.300 boeken, in 2026 waren dat er 79.100: een daling van 6.200 uitleningen.'], '6.200'],
  ['A growth in procent', ['Het aantal leden stijgt van 4.200 naar 4.830, een groei van 12 procent.'], '12'],
  ['A count × hours × weeks in words and digits', ['We zetten vier leesconsulenten in voor 16 uur per week, 40 weken per jaar; dat zijn 2.240 uur.'], '2.240'],
  ['A mean of three listed values', ['De drie vestigingen trekken 21.000, 34.000 en 17.000 bezoekers per jaar, gemiddeld 26.000 bezoekers.'], '26.000'],
  // B: the petting farm, chatty
  ['B remainder across two sentences', ['Van de subsidie van € 92.000 gaat € 38.500 naar voer en dierenarts en € 21.000 naar onderhoud van de stallen. Er blijft dan € 28.500 over voor educatie.'], '28.500'],
  // `bezoekers` and `bezoek` are not one kind since hnoun17 (a visitor is no visit, as `aanvragers` are no `aanvragen`): the cost per visitor.
  ['B cost per visitor with ruim', ['Met 14.500 bezoekers en een exploitatielast van € 203.000 kost elke bezoeker ruim € 16.'], '16'],
  ['B hours in words', ['Drie vrijwilligers werken elk twaalf uur per week; samen is dat 42 uur per week.'], '42'],
  ['B total in brackets over a list', ['De kosten van de nieuwe stal (€ 146.000) bestaan uit:', '', '- fundering: € 38.000;', '- houtbouw: € 71.000;', '- installaties: € 29.000.'], '146.000'],
  ['B share of a budget in procent', ['Van het budget van € 240.000 gaat € 60.000 naar educatie, dat is 30 procent.'], '30'],
  ['B a count of animals with ruim', ['Met 26 geiten en 19 schapen houden we ruim 50 dieren.'], '50'],
  // C: allotment gardens, k€ and mln
  ['C sum in k€', ['Het herstel van de paden kost 85 k€, de nieuwe hekken 42 k€ en de waterleiding 37 k€; in totaal 174 k€.'], '174'],
  ['C a total in mln covered by two parts', ['De investering van € 2,4 mln wordt gedekt door een provinciale bijdrage van € 0,9 mln en een eigen bijdrage van € 1,7 mln.'], '2,4'],
  ['C a product told in duizend', ['De huur van 312 tuinen à € 145 levert ruim 48 duizend euro per jaar op.'], '48'],
  ['C hectare to m²', ['Het complex beslaat 3,2 hectare, dat is 23.000 m².'], '23.000'],
  ['C cost per garden', ['De gemeente betaalt € 54.000 voor het onderhoud van 180 tuinen, dat is € 350 per tuin.'], '350'],
  ['C growth between years as meer', ['De wachtlijst groeide van 96 aanvragen in 2024 tot 141 in 2026, 55 meer.'], '55'],
  // D: defibrillators, counts per year and lists
  ['D counts per year in words and digits', ['We plaatsen in 2027 achttien AED\'s, in 2028 24 en in 2029 15; in totaal 62 toestellen.'], '62'],
  ['D a product across a semicolon', ['Elke AED kost € 1.650; voor 40 stuks is dat € 59.000.'], '59.000'],
  ['D a rise named in percent after it', ['Het aantal burgerhulpverleners steeg van 1.250 naar 1.600, een stijging van 18%.'], '18'],
  ['D a mean over three years', ['Over 2023-2025 waren er 212, 248 en 236 meldingen van een hartstilstand, gemiddeld 242 per jaar.'], '242'],
  ['D the ones still to go', ['Van de 120 ingeschreven vrijwilligers volgden 87 de herhalingscursus; 43 moeten die nog volgen.'], '43'],
  ['D a list of years and a total after it', ['Het budget per jaar:', '', '- 2027: € 48.000', '- 2028: € 52.000', '- 2029: € 55.000', '', 'Over de hele periode trekken we daarmee € 165.000 uit.'], '165.000'],
  // E: fibre in the countryside, technical
  ['E the rest of the addresses', ['Van de 2.860 adressen in het buitengebied zijn er 2.140 aangesloten; de resterende 620 volgen in 2028.'], '620'],
  ['E a share with ruim', ['Dat betekent dat 2.140 van de 2.860 adressen, ruim 80 procent, al glasvezel hebben.'], '80'],
  ['E a mean per address from mln', ['Aansluiting van de laatste 720 adressen kost € 2,16 miljoen, gemiddeld € 3.500 per adres.'], '3.500'],
  ['E a product in brackets before its result', ['De gemeentelijke bijdrage (720 adressen × € 1.100) komt uit op € 729.000.'], '729.000'],
  ['E a year-on-year difference across two sentences', ['In 2026 waren 1.780 adressen aangesloten. Een jaar later zijn dat er 2.140, dus 460 extra aansluitingen.'], '460'],
  ['E a rate per month over a year', ['De beheerder rekent € 12 per adres per maand; voor 720 adressen is dat jaarlijks € 86.400.'], '86.400'],
  ['E a fee in words times a count', ['Met een vergoeding van vijftig euro per aansluiting en 720 nieuwe aansluitingen geven we € 42.000 uit.'], '42.000'],
  ['E ton to kiloton', ['De uitstoot daalt met 4.500 ton, ofwel 45 kiloton.'], '45']
]

const right: Array<[string, string[]]> = [
  ['A sum rounded in miljoen', ['De bibliotheek ontvangt € 185.000 voor de vestiging in het centrum, € 64.000 voor de bibliobus en € 31.000 voor leesbevordering, samen ca. € 0,28 miljoen.']],
  ['A total with one term in words', ['Het budget van € 322.000 bestaat uit € 198.000 voor personeel, € 76.000 voor huisvesting en achtenveertigduizend euro voor de collectie.']],
  ['A target against a level', ['Nu lenen inwoners 79.100 boeken per jaar; in 2030 willen we 90.000 uitleningen.']],
  ['A years as numbers', ['Tussen 2024 en 2026 steeg het aantal leden met 630 tot 4.830.']],
  ['A a range', ['Een vestiging kost tussen € 150.000 en € 210.000 per jaar, afhankelijk van de openingstijden.']],
  ['A growth right', ['Het aantal leden stijgt van 4.200 naar 4.830, een groei van 15 procent.']],
  ['A mean right, circa', ['Gemiddeld trekken de vestigingen circa 24.000 bezoekers (21.000, 34.000 en 17.000).']],
  ['A count × hours right', ['We zetten vier leesconsulenten in voor 16 uur per week, 40 weken per jaar; dat zijn 2.560 uur.']],
  ['B another reading: a coordinator too', ['Drie vrijwilligers werken elk twaalf uur per week en de coördinator zes uur: samen 42 uur.']],
  ['B remainder right', ['Van de subsidie van € 92.000 gaat € 38.500 naar voer en € 21.000 naar onderhoud; het restant van € 32.500 is voor educatie.']],
  ['B per visit rounded with zo\'n', ['Met 14.500 bezoekers en een exploitatielast van € 203.000 kost elk bezoek zo\'n € 14.']],
  ['B share as a kwart', ['Van het budget van € 240.000 gaat € 60.000 naar educatie, een kwart.']],
  ['B list total right', ['De kosten van de nieuwe stal (€ 138.000) bestaan uit:', '', '- fundering: € 38.000;', '- houtbouw: € 71.000;', '- installaties: € 29.000.']],
  ['B a total with further small items', ['De stal kost € 38.000 voor de fundering, € 71.000 voor de houtbouw en € 29.000 voor installaties, plus een aantal kleine posten: in totaal € 146.000.']],
  ['C sum in k€ right', ['Het herstel van de paden kost 85 k€, de nieuwe hekken 42 k€ en de waterleiding 37 k€; in totaal 164 k€.']],
  ['C total in mln right', ['De investering van € 2,6 mln wordt gedekt door een provinciale bijdrage van € 0,9 mln en een eigen bijdrage van € 1,7 mln.']],
  ['C hectare right', ['Het complex beslaat 3,2 hectare, dat is 32.000 m².']],
  ['C per garden right', ['De gemeente betaalt € 54.000 voor het onderhoud van 180 tuinen, dat is € 300 per tuin.']],
  ['D counts per year right', ['We plaatsen in 2027 achttien AED\'s, in 2028 24 en in 2029 15; in totaal 57 toestellen.']],
  ['D product right', ['Elke AED kost € 1.650; voor 40 stuks is dat € 66.000.']],
  ['D rise right', ['Het aantal burgerhulpverleners steeg van 1.250 naar 1.600, een stijging van 28%.']],
  ['D mean rounded with ruim', ['Over 2023-2025 waren er 212, 248 en 236 meldingen van een hartstilstand, gemiddeld ruim 230 per jaar.']],
  ['D three counts not summed', ['In 2025 waren er 212 meldingen en 248 inzetten van burgerhulpverleners; 236 keer was een AED binnen zes minuten ter plaatse.']],
  ['D list of years right', ['Het budget per jaar:', '', '- 2027: € 48.000', '- 2028: € 52.000', '- 2029: € 55.000', '', 'Over de hele periode trekken we daarmee € 155.000 uit.']],
  ['E the rest right', ['Van de 2.860 adressen in het buitengebied zijn er 2.140 aangesloten; de resterende 720 volgen in 2028.']],
  ['E share bijna driekwart', ['Van de 2.860 adressen zijn er 2.140 aangesloten, bijna driekwart.']],
  ['E product in brackets right', ['De gemeentelijke bijdrage (720 adressen × € 1.100) komt uit op € 792.000.']],
  ['E a subset, not a sum', ['We plaatsen 18 AED\'s in 2027 en 24 in 2028; 15 daarvan komen bij sportclubs.']]
]

describeCalculationBattery('prose calculations as other authors write them (hcalc17)', wrong, right, 22)

// The shapes the first battery found stopped, in further fresh forms: terms that each carry a year,
// a rest named by an adjective, a quantity restated in another unit, an amount per one unit named
// as the subject of its cost verb.
const shapes: WrongCalculation[] = [
  ['years before each term, samen', ['In 2031 openen we zeven taalcafés, in 2032 negen en in 2033 vijf: samen 23 taalcafés.'], '23'],
  ['years after each term, money', ['We reserveren € 14.000 in 2028, € 16.500 in 2029 en € 12.000 in 2030, in totaal € 45.500.'], '45.500'],
  ['years with a colon each', ['Nieuwe leden per jaar (2025: 310, 2026: 285, 2027: 402), opgeteld 1.097 leden.'], '1.097'],
  ['the rest named resterende', ['Van de 64 speeltoestellen zijn er 41 gekeurd; de resterende 13 keuren we in het voorjaar.'], '13'],
  ['the rest named overige, money', ['Van het krediet van € 830.000 is € 512.000 besteed; de overige € 298.000 schuiven we door.'], '298.000'],
  ['the rest across two sentences', ['We benaderen 1.450 huishoudens. Daarvan hebben er 890 gereageerd; de overige 460 zoeken we thuis op.'], '460'],
  ['area restated in m²', ['De nieuwe begraafweide is 1,4 hectare groot (4.000 m²).'], '4.000'],
  ['energy restated in GWh', ['De daken leveren jaarlijks 2.600 MWh, oftewel 26 GWh.'], '26'],
  ['mass restated in ton', ['Inwoners leverden 380.000 kilo textiel in, dat is 3.800 ton.'], '3.800'],
  ['length restated in meter', ['Het nieuwe fietspad wordt 2,75 km lang, ofwel 2.570 meter.'], '2.570'],
  ['cost per unit as subject, iedere', ['Voor 1.250 ritten trekken we € 47.500 uit, dus kost iedere rit € 42.'], '42'],
  ['cost per unit as subject, een', ['Bij 320 aanvragen en € 25.600 aan uitvoeringskosten kost een aanvraag ruim € 90.'], '90']
]

const shapesRight: Array<[string, string[]]> = [
  ['years before each term right', ['In 2031 openen we zeven taalcafés, in 2032 negen en in 2033 vijf: samen 21 taalcafés.']],
  ['years after each term right', ['We reserveren € 14.000 in 2028, € 16.500 in 2029 en € 12.000 in 2030, in totaal € 42.500.']],
  ['a level per year is no term', ['In 2028 hebben we 14 taalcafés, in 2029 18 en in 2030 in totaal 23.']],
  ['the rest right', ['Van de 64 speeltoestellen zijn er 41 gekeurd; de resterende 23 keuren we in het voorjaar.']],
  ['the rest of a whole two sentences back', ['Vorig jaar meldden zich 212 jongeren aan. Van hen vonden er 97 werk en 61 een opleiding. Voor de overige 54 jongeren zoeken we verder.']],
  ['overige of another whole', ['Veertig scholen doen mee aan de pilot. De overige 12 gemeenten in de regio volgen later.']],
  ['area right, rounded', ['De nieuwe begraafweide is ruim 1,4 hectare groot (14.350 m²).']],
  ['a product restated', ['We zaaien 6 × 2.500 m² (1,5 ha) bloemrijk grasland in.']],
  ['energy right', ['De daken leveren jaarlijks 2.600 MWh, oftewel 2,6 GWh.']],
  ['two different surfaces', ['Het park krijgt 2 hectare grasland en 3.500 m² bloemenweide.']],
  ['cost per unit right', ['Voor 1.250 ritten trekken we € 47.500 uit, dus kost iedere rit € 38.']],
  ['cost per unit plus another amount', ['Er komen 320 aanvragen binnen; daarnaast kost een aanvraag € 12 aan leges en betalen we € 25.600 aan het bureau.']]
]

describeCalculationBattery('the shapes hcalc17 opened, fresh forms', shapes, shapesRight, 10)
