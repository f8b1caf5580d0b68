import { financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A mean per counted thing (`€ 17.000 per vereniging`) against the total and the count of that
// thing in the sentence or the two before. The size of a change written in words (`een afname van elf`), checked against the values it
// changes between. Look-alikes: the right size in words, a size that counts something else
// (`een toename van twee procentpunt`), and an article that is no number (`een afname van het aantal`).
const defects: DefectWording[] = [
  ['a mean per counted thing a sentence later', ['# Subsidies', '', 'Vorig jaar kregen 86 verenigingen samen € 1,29 miljoen. Gemiddeld ontving een vereniging daarmee ruim € 17.000 per vereniging.'], '1,29 miljoen ÷ 86'],
  ['a mean per thing in the same sentence', ['# Leningen', '', 'We verstrekten 140 startersleningen voor in totaal € 4,2 miljoen, gemiddeld € 35.000 per lening.'], '4,2 miljoen ÷ 140'],
  ['a mean per thing with the count in words', ['# Wijken', '', 'Twaalf buurtinitiatieven deelden € 54.000. Dat is circa € 6.000 per buurtinitiatief.'], '54.000 ÷ Twaalf'],
  ['a fall in words', ['# Vastgoed', '', 'Het aantal sporthallen daalt van 14 naar 11, een afname van twee hallen.'], '14 − 11 = 2`'],
  ['a rise in words', ['# Jeugd', '', 'Het aantal jongerenwerkers groeit van 9 naar 15, een toename van vijf.'], '15 − 9 = 5`'],
  ['a larger number in words', ['# Zorg', '', 'Het aantal casemanagers ging van 31 naar 47, een stijging van achttien casemanagers.'], '47 − 31 = 18`']
]

const clean: CleanWording[] = [
  ['a mean per counted thing that holds', ['# Subsidies', '', 'Vorig jaar kregen 86 verenigingen samen € 1,29 miljoen. Gemiddeld ontving een vereniging daarmee ruim € 15.000 per vereniging.']],
  ['a rate per thing beside an investment of another kind', ['# Wonen', '', 'De corporatie investeert € 9,6 miljoen in 60 woningen. De gemeente geeft een subsidie van € 2.500 per woning.']],
  ['a mean per thing rounded', ['# Leningen', '', 'We verstrekten 140 startersleningen voor in totaal € 4,2 miljoen, gemiddeld circa € 30.000 per lening.']],
  ['a rate per year', ['# Budget', '', 'Voor vier jaar is € 200.000 beschikbaar, € 45.000 per jaar en de rest voor evaluatie.']],
  ['a fall in words that holds', ['# Vastgoed', '', 'Het aantal sporthallen daalt van 14 naar 11, een afname van drie hallen.']],
  ['a rise in words that holds', ['# Jeugd', '', 'Het aantal jongerenwerkers groeit van 9 naar 15, een toename van zes.']],
  ['a size in percentage points', ['# Cijfers', '', 'Het aandeel ging van 41 naar 43, een stijging van twee procentpunt ten opzichte van 2022.']],
  ['an article, no number', ['# Cijfers', '', 'Het aantal wachtenden ging van 120 naar 95, een afname van het aantal die we vasthouden.']]
]

describeWordings(proseCalculation, defects, clean)

// Written calculations (finance-net-stated-vs-computed, an error): a full stop after a word ends
// the calculation (`twee keer per jaar. Bij € 4,20 …` is no 2 × € 4,20), and terms per month with
// a result per year are brought to the year. Defects: the same shapes with a wrong result.
const writtenDefects: DefectWording[] = [
  ['terms per month, a result per year that does not hold', ['# Inkomen', '', 'Wij bieden 150 huishoudens budgetbeheer à € 42 per maand, samen € 78.600 per jaar.'], '150 × 42 × 12'],
  ['terms per week, a result per year that does not hold', ['# Jeugd', '', 'De inloop kost 6 uur à € 55 per week, samen € 18.160 per jaar.'], '6 × 55 × 52'],
  ['terms per quarter, a result per year that does not hold', ['# Beheer', '', 'We laten 8 gemalen inspecteren à € 310 per kwartaal, samen € 10.420 per jaar.'], '8 × 310 × 4']
]
const writtenClean: CleanWording[] = [
  ['terms per month, a result per year that holds', ['# Inkomen', '', 'Wij bieden 150 huishoudens budgetbeheer à € 42 per maand, samen € 75.600 per jaar.']],
  ['a count before a full stop is no factor after it', ['# Beheer', '', 'De 5.200 kolken reinigen we drie keer per jaar. Bij € 3,80 per reiniging kost dat € 59.280 per jaar.']],
  ['terms per week, a result per year that holds', ['# Jeugd', '', 'De inloop kost 6 uur à € 55 per week, samen € 17.160 per jaar.']],
  ['an abbreviation with a full stop', ['# Kosten', '', 'We plaatsen ca. 12 banken à € 950, samen € 11.400.']],
  ['three factors that hold, read as two', ['# Sport', '', 'Veertien trainers geven 38 weken les à € 45, samen € 23.940.']],
  ['three factors over two sentences that hold', ['# Markt', '', 'Het terrein heeft 420 plaatsen. Bij 60 marktdagen en een dagtarief van € 6 levert dat € 151.200 op.']],
  ['hours times people times a rate that hold', ['# Zorg', '', 'Twaalf vrijwilligers draaien 40 diensten à € 15 vergoeding, samen € 7.200.']]
]
describeWordings(financeNetStatedVsComputed, writtenDefects, writtenClean)

// Implied readings: a rate per unit written as a unit sign (`per m²`), and a sentence that holds
// in another plain reading stays quiet.
describeWordings(
  proseCalculation,
  [
    ['a rate per m² over two sentences', ['# Beheer', '', 'Het gaat om 14.500 m² klinkers. Bij een tarief van € 6,20 per m² komt het herstraten daarvan uit op € 98.900.'], '14.500 × 6,20'],
    ['a rate per m³ over two sentences', ['# Water', '', 'We baggeren 3.200 m³ slib. Met € 18 per m³ komen de kosten op € 61.600.'], '3.200 × 18'],
    ['a rate per km over two sentences', ['# Wegen', '', 'Het gaat om 46 km fietspad. Met € 2.400 per km komt het onderhoud op € 115.400.'], '46 × 2.400']
  ],
  [
    ['a rate per m² that holds', ['# Beheer', '', 'Het gaat om 14.500 m² klinkers. Bij een tarief van € 6,20 per m² komt het herstraten daarvan uit op € 89.900.']],
    ['another reading that holds', ['# Energie', '', 'We rekenen met 800 aanvragen in drie jaar met een gemiddelde bijdrage van € 1.250, samen € 1.000.000.']],
    ['a rate per km that holds', ['# Wegen', '', 'Het gaat om 46 km fietspad. Met € 2.400 per km komt het onderhoud op € 110.400.']]
  ]
)

// A payback time against the investment and the yearly saving or yield before it (`binnen N jaar`
// allows less, `in N jaar` is N rounded).
describeWordings(
  proseCalculation,
  [
    ['a payback time in the same sentence', ['# Energie', '', 'De zonnepanelen op de sporthal kosten € 126.000, leveren € 18.000 per jaar op en zijn zo in vijf jaar terugverdiend.'], 'vijf jaar'],
    ['a payback time after the amounts', ['# Beheer', '', 'Het nieuwe meldsysteem kost € 66.000. Het bespaart jaarlijks € 11.000 aan uren. Daarmee verdient het zich in vier jaar terug.'], 'vier jaar'],
    ['binnen, with more years needed', ['# Parkeren', '', 'De slagbomen (€ 150.000) brengen € 30.000 per jaar op, zodat ze binnen drie jaar zijn terugverdiend.'], 'drie jaar']
  ],
  [
    ['a payback time that holds', ['# Energie', '', 'De zonnepanelen op de sporthal kosten € 126.000, leveren € 18.000 per jaar op en zijn zo in zeven jaar terugverdiend.']],
    ['binnen, with fewer years needed', ['# Parkeren', '', 'De slagbomen (€ 150.000) brengen € 30.000 per jaar op, zodat ze binnen zes jaar zijn terugverdiend.']],
    ['a payback time rounded', ['# Beheer', '', 'Het nieuwe meldsysteem kost € 66.000. Het bespaart jaarlijks € 15.000 aan uren. Daarmee verdient het zich in ruim vier jaar terug.']]
  ]
)

// A list whose last item gives the total of the items above it, and an amount restated rounded.
describeWordings(
  proseCalculation,
  [
    ['a list whose total item is off', ['# Pilot', '', 'De kosten in 2027:', '', '- coaches: 80 gesprekken à € 70, samen € 5.600;', '- bijeenkomsten: € 1.800;', '- drukwerk: € 900;', '- totaal € 9.300.'], '9.300'],
    ['a numbered list with a bold total', ['# Budget', '', '1. inhuur € 24.000', '2. scholing € 6.500', '3. **Totaal: € 31.500**'], '31.500'],
    ['a rounding the wrong way', ['# Kosten', '', 'De vervanging kost samen € 2.347.800, afgerond € 2,34 miljoen.'], '2,34 miljoen'],
    ['a rounding to thousands that is off', ['# Kosten', '', 'Het onderzoek kost € 48.650, afgerond € 48.000.'], '48.000']
  ],
  [
    ['a list whose total holds', ['# Pilot', '', 'De kosten in 2027:', '', '- coaches: 80 gesprekken à € 70, samen € 5.600;', '- bijeenkomsten: € 1.800;', '- drukwerk: € 900;', '- totaal € 8.300.']],
    ['a list without a total item', ['# Budget', '', '- inhuur € 24.000', '- scholing € 6.500', '- reservering € 1.000']],
    ['a rounding that holds', ['# Kosten', '', 'De vervanging kost samen € 2.347.800, afgerond € 2,35 miljoen.']],
    ['a rounding up said so', ['# Kosten', '', 'Het onderzoek kost € 48.650, naar boven afgerond € 50.000.']]
  ]
)
