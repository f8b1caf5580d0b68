import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for shares read from a table: a sum in euros of a table in
// thousands, a table with a row per year, a column that is part of another, and wholes said in the sentence before;
// the opposite of a column's state, a row against the total row of a year, a bound with a fraction, a pointer back;
// changes read from a table (a row between year columns, two dated rows, a past count against the total row).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// A table with a row per year and a column that is part of another, for shares of one year or of all.
const perYear = ['| Jaar | Klachten | Toegewezen | Meldingen | Waarvan anoniem |', '|---|---|---|---|---|', '| 2024 | 40 | 10 | 30 | 6 |', '| 2025 | 60 | 5 | 50 | 5 |', '| Totaal | 100 | 15 | 80 | 11 |', '']
// A table of costs in thousands, for the shares a sentence below it says in euro.
const costsInThousands = ['Bedragen x € 1.000.', '', '| Post | 2027 | 2028 | Totaal |', '|---|---|---|---|', '| Aanleg | 300 | 500 | 800 |', '| Beheer | 100 | 100 | 200 |', '| Totaal | 400 | 600 | 1.000 |', '']

// Homes per complex and how many are let, for a share of the homes that stand empty.
const letHomes = ['| Complex | Woningen | Verhuurd |', '|---|---|---|', '| De Linde | 80 | 72 |', '| Het Anker | 50 | 50 |', '']
// Applications per kind and year, with a total row.
const applications = ['| Soort aanvraag | 2024 | 2025 |', '|---|---|---|', '| Bouw | 120 | 150 |', '| Kap | 30 | 50 |', '| Totaal | 150 | 200 |', '']
// Visitors per mode of transport, with the table's own shares.
const modes = ['| Vervoerwijze | Aantal | Aandeel |', '|---|---|---|', '| Fiets | 360 | 40% |', '| Auto | 450 | 50% |', '| Bus | 90 | 10% |', '| Totaal | 900 | 100% |', '']
// A count of fields in a word after `er` and a time, and a share pointing back to it.
const fields = (share: string): string => `Van de 60 sportvelden lagen er in januari twaalf braak. Hiermee is ${share} van de velden buiten gebruik.`
// Enrolments per course over four years, for a change of a row between two year columns.
const courses = ['| Cursus | 2021 | 2022 | 2023 | 2024 |', '|---|---:|---:|---:|---:|', '| Zwemles | 60 | 68 | 75 | 90 |', '| Tennisles | 220 | 210 | 200 | 190 |', '']
// Markets with their dates, one of them twice, for a change between two rows named by their labels.
const markets = ['| Activiteit | Datum | Deelnemers |', '|---|---|---:|', '| Voorjaarsmarkt | 13 april 2024 | 1.150 |', '| Najaarsmarkt | 12 oktober 2024 | 1.380 |', '| Voorjaarsmarkt | 12 april 2025 | 1.260 |', '']
// Charging points per district with a total row, for a change since a past count in the sentence.
const chargers = ['| Buurt | Laadpalen |', '|---|---:|', '| Oost | 140 |', '| West | 95 |', '| Totaal | 235 |', '']

/** Correct shares of tables the rule stays quiet on. */
export const tablesOk: RuleExample[] = [
    {
      title: 'Een bedrag in euro als deel van een tabel in duizenden',
      text: plan([...costsInThousands, 'Het waterschap betaalt € 250.000, een kwart van de totale kosten.'])
    },
    {
      title: 'Een bedrag als deel van iets anders dan het totaal van de tabel',
      text: plan([...costsInThousands, 'De sportbond draagt € 60.000 bij, 30 procent van de kosten van de kleedkamers.'])
    },
    {
      title: 'Een bedrag onder een kop na de tabel, als deel van wat het geheel kost',
      text: plan([...costsInThousands, '## Dekking', '', 'De provincie neemt € 0,4 miljoen voor haar rekening, 40 procent van wat de aanleg kost.'])
    },
    {
      title: 'Een deel van een kolom in een tabel met een rij per jaar',
      text: plan([...perYear, 'Over beide jaren was ruim een op de zeven klachten toegewezen; in 2025 een op de twaalf.'])
    },
    {
      title: 'Een aandeel in het jaar dat erachter staat',
      text: plan([...perYear, 'Het aandeel anoniem daalde naar 10% in 2025.'])
    },
    {
      title: 'Een deel van het totaal van de zin ervoor, en daarvan na samen',
      text: plan(['Van de 400 laadpalen staan er 300 op bedrijventerreinen. De woonwijken hebben samen 100 palen, een kwart van het totaal. Er kwamen 12 klachten binnen in 2024 en 20 in 2025, samen 32. In 8 daarvan kreeg de klager gelijk: een kwart.'])
    },
    {
      title: 'Het tegendeel van een kolom: de rest van de rij',
      text: plan([...letHomes, 'In De Linde staat een tiende van de woningen leeg; 90 procent is verhuurd.'])
    },
    {
      title: 'Een toestand die geen kolom noemt, ook niet als tegendeel',
      text: plan([...letHomes, 'In De Linde is een tiende van de woningen gerenoveerd.'])
    },
    {
      title: 'Een rij genoemd als samenstelling, tegen de totaalrij van een jaar',
      text: plan([...applications, 'Bouwaanvragen maken in 2025 driekwart uit van alle aanvragen.'])
    },
    {
      title: 'Een grens met een breuk aan de goede kant',
      text: plan([...modes, 'Het deel dat met de fiets komt, blijft onder de helft van alle bezoekers.'])
    },
    {
      title: 'Hiermee na een telwoord achter er',
      text: plan([fields('een vijfde')])
    },
    {
      title: 'Een stijging van een rij tussen twee jaarkolommen',
      text: plan([...courses, 'Het aantal inschrijvingen voor zwemles nam tussen 2021 en 2024 met 50% toe.'])
    },
    {
      title: 'Een stijging van het ene jaar op het volgende',
      text: plan([...courses, 'Van 2023 op 2024 nam het aantal inschrijvingen voor zwemles met 20% toe.'])
    },
    {
      title: 'Een groei tussen twee rijen met een datum, genoemd naar hun naam en jaar',
      text: plan([...markets, 'Tussen de voorjaarsmarkt en de najaarsmarkt van 2024 groeide het aantal deelnemers met 20%.'])
    },
    {
      title: 'Twee rijen met dezelfde naam en geen jaar dat ze onderscheidt',
      text: plan([...markets, 'Tussen de voorjaarsmarkt en de najaarsmarkt groeide het aantal deelnemers met 30%.'])
    },
    {
      title: 'Een groei sinds een eerdere telling naar het totaal van de tabel',
      text: plan([...chargers, 'Sinds de inventarisatie van 2021, toen er 180 laadpalen waren, groeide het aantal laadpalen met ruim 30%.'])
    }
]

/** Shares of tables the rule reports. */
export const tablesNotOk: RuleExample[] = [
    {
      title: 'Een bedrag in euro dat geen derde is van een tabel in duizenden',
      text: plan([...costsInThousands, 'Het waterschap betaalt € 250.000, ruim een derde van de totale kosten.']),
      expected: ['Percentage `ruim een derde` klopt niet: € 250.000 van € 1.000.000 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een bedrag onder een kop na de tabel',
      text: plan([...costsInThousands, '## Dekking', '', 'De provincie neemt € 0,4 miljoen voor haar rekening, 60 procent van het budget.']),
      expected: ['Percentage `60 procent` klopt niet: € 400.000 van € 1.000.000 is 40%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een bedrag als deel van wat het geheel kost',
      text: plan([...costsInThousands, 'Het waterschap draagt € 400.000 bij, ruim de helft van wat de aanleg kost.']),
      expected: ['Percentage `ruim de helft` klopt niet: € 400.000 van € 1.000.000 is 40%; pas het percentage of de getallen aan']
    },
    {
      title: "Euro's van het budget uit een tabelrij",
      text: plan([...costsInThousands, "Aanleg is de grootste post: negen op de tien euro's van de begroting."]),
      expected: ['Percentage `negen op de tien` klopt niet: 800 van 1.000 is 80%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel van een kolom over alle jaren',
      text: plan([...perYear, 'Over beide jaren was een op de vier klachten toegewezen.']),
      expected: ['Percentage `een op de vier` klopt niet: 15 van 100 is 15%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een aandeel van een jaarrij',
      text: plan([...perYear, 'Anoniem was 25% in 2025.']),
      expected: ['Percentage `25%` klopt niet: 5 van 50 is 10%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een deel van het totaal waarmee de zin ervoor opent',
      text: plan(['Van de 400 laadpalen staan er 300 op bedrijventerreinen. De woonwijken hebben samen 100 palen, ruim een derde van het totaal.']),
      expected: ['Percentage `ruim een derde` klopt niet: 100 van 400 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Daarvan na een reeks jaren met hun som',
      text: plan(['Er kwamen 12 klachten binnen in 2024 en 20 in 2025, samen 32. In 8 daarvan kreeg de klager gelijk: een op de drie.']),
      expected: ['Percentage `een op de drie` klopt niet: 8 van 32 is 25%; pas het percentage of de getallen aan']
    },
    {
      title: 'Het tegendeel van een kolom, verkeerd',
      text: plan([...letHomes, 'In De Linde staat 15 procent van de woningen leeg.']),
      expected: ['Percentage `15 procent` klopt niet: 8 van 80 (80 − 72) is 10%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een rij genoemd als samenstelling, verkeerd tegen de totaalrij',
      text: plan([...applications, 'Bouwaanvragen maken in 2025 ruim vier vijfde uit van alle aanvragen.']),
      expected: ['Percentage `ruim vier vijfde` klopt niet: 150 van 200 is 75%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een grens met een breuk aan de verkeerde kant',
      text: plan([...modes, 'Het deel dat met de fiets komt, blijft onder een derde van alle bezoekers.']),
      expected: ['Percentage `onder een derde` klopt niet: 360 van 900 is 40%; pas het percentage of de getallen aan']
    },
    {
      title: 'Hiermee na een telwoord achter er, verkeerd',
      text: plan([fields('ruim een kwart')]),
      expected: ['Percentage `ruim een kwart` klopt niet: 12 van 60 is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een stijging tussen twee jaarkolommen gegeven als het aandeel van de twee cellen',
      text: plan([...courses, 'Het aantal inschrijvingen voor zwemles nam tussen 2021 en 2024 met 67% toe.']),
      expected: ['Percentage `67%` klopt niet: van 60 (2021) naar 90 (2024) is 50%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een stijging tussen twee jaarkolommen die niet klopt',
      text: plan([...courses, 'Het aantal inschrijvingen voor zwemles nam tussen 2021 en 2024 met 70% toe.']),
      expected: ['Percentage `70%` klopt niet: van 60 (2021) naar 90 (2024) is 50%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een daling van het ene jaar op het volgende',
      text: plan([...courses, 'Van 2023 op 2024 nam het aantal inschrijvingen voor tennisles met 10% af.']),
      expected: ['Percentage `10%` klopt niet: van 200 (2023) naar 190 (2024) is 5%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een groei tussen twee rijen met een datum die niet klopt',
      text: plan([...markets, 'Tussen de voorjaarsmarkt en de najaarsmarkt van 2024 groeide het aantal deelnemers met 30%.']),
      expected: ['Percentage `30%` klopt niet: van 1.150 (Voorjaarsmarkt, 13 april 2024) naar 1.380 (Najaarsmarkt, 12 oktober 2024) is 20%; pas het percentage of de getallen aan']
    },
    {
      title: 'Een groei sinds een eerdere telling die het totaal van de tabel niet geeft',
      text: plan([...chargers, 'Sinds de inventarisatie van 2021, toen er 180 laadpalen waren, groeide het aantal laadpalen met 40%.']),
      expected: ['Percentage `40%` klopt niet: van 180 (2021) naar 235 (totaal in de tabel) is 30,6%; pas het percentage of de getallen aan']
    }
]
