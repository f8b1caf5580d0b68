import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Tables in running text whose columns or rows follow a calculation: year columns and a total,
// a total row, aantal × prijs, a difference, a share in percent. Different subjects, units,
// places (a section, a theme, with a caption) and the legitimate tables a naive check would flag.
const t = (heading: string, rows: string[], before: string[] = []): string[] => [`# ${heading}`, '', ...before, ...(before.length ? [''] : []), ...rows]

const defects: DefectWording[] = [
  ['a year-column total off in one row', t('Wonen', ['| Segment | 2026 | 2027 | 2028 | Totaal |', '|---|---|---|---|---|', '| Sociale huur | 120 | 140 | 150 | 410 |', '| Middenhuur | 60 | 70 | 80 | 230 |', '| Koop | 90 | 95 | 100 | 285 |']), '= 210`'],
  ['a total row off in the last column', t('Wonen', ['| Segment | 2026 | 2027 | Totaal |', '|---|---|---|---|', '| Sociale huur | 120 | 140 | 260 |', '| Middenhuur | 60 | 70 | 130 |', '| Koop | 90 | 95 | 185 |', '| Totaal | 270 | 305 | 595 |']), '= 575`'],
  ['a total row off in a middle column', t('Jeugd', ['| Wijk | Jongeren 2024 | Jongeren 2025 |', '|---|---|---|', '| Noord | 312 | 298 |', '| Zuid | 254 | 266 |', '| Centrum | 187 | 191 |', '| Samen | 753 | 765 |']), '= 755`'],
  ['aantal × prijs off', t('Openbare ruimte', ['| Voorziening | Aantal | Prijs | Bedrag |', '|---|---|---|---|', '| Bankjes | 14 | € 1.200 | € 16.800 |', '| Lantaarnpalen | 30 | € 2.500 | € 65.000 |', '| Bomen | 80 | € 450 | € 36.000 |']), '= 75.000`'],
  ['a rate times hours off, found from the data', t('Zorg', ['| Team | Uren | Tarief | Kosten |', '|---|---|---|---|', '| Wijkteam Noord | 1.200 | € 65 | € 78.000 |', '| Wijkteam Zuid | 950 | € 65 | € 61.750 |', '| Wijkteam Oost | 800 | € 70 | € 56.000 |', '| Wijkteam West | 1.100 | € 70 | € 67.000 |']), '= 77.000`'],
  ['a difference column off', t('Klimaat', ['| Sector | 2020 | 2025 | Verschil |', '|---|---|---|---|', '| Verkeer | 56 | 49 | -7 |', '| Industrie | 88 | 71 | -19 |', '| Landbouw | 40 | 36 | -4 |']), '= −17`'],
  ['a table in thousands off by more than the rounding', t('Sport en cultuur', ['| Post | 2026 | 2027 | Totaal |', '|---|---|---|---|', '| Sport | 12,4 | 13,1 | 25,5 |', '| Cultuur | 8,2 | 8,6 | 17,8 |', '| Welzijn | 5,5 | 5,7 | 11,2 |'], ['Bedragen x € 1.000.']), '= 16,8`'],
  ['a year-column total in a theme with a caption', t('Thema Werk', ['| Traject | 2026 | 2027 | 2028 | 2029 | Totaal |', '|---|---|---|---|---|---|', '| Leerwerkplekken | 20 | 25 | 25 | 30 | 100 |', '| Taaltrajecten | 40 | 40 | 45 | 45 | 180 |', '| Jobcoaching | 15 | 15 | 20 | 20 | 70 |'], ['Tabel 2. Aantal trajecten per jaar']), '= 170`'],
  ['a total of fte off', t('Organisatie', ['| Team | Vast | Tijdelijk | Totaal |', '|---|---|---|---|', '| Vergunningen | 6,5 | 1,0 | 7,5 |', '| Handhaving | 4,0 | 2,0 | 6,5 |', '| Beleid | 3,2 | 0,8 | 4,0 |']), '= 6`'],
  ['a total row of visitors off', t('Cultuur', ['| Instelling | Bezoekers |', '|---|---|', '| Bibliotheek | 64.000 |', '| Muziekschool | 21.000 |', '| Theater | 38.000 |', '| Totaal | 125.000 |']), '= 123.000`'],
  ['a sum of two columns without a header word', t('Zorg', ['| Wijk | Jongens | Meisjes | Kinderen |', '|---|---|---|---|', '| Noord | 120 | 130 | 250 |', '| Zuid | 98 | 102 | 200 |', '| Oost | 75 | 80 | 155 |', '| West | 60 | 66 | 136 |']), '= 126`'],
  ['aantal × bedrag per stuk off in a long table', t('Mobiliteit', ['| Maatregel | Aantal | Bedrag per stuk | Totaal |', '|---|---|---|---|', '| Laadpalen | 40 | € 6.000 | € 240.000 |', '| Fietsenrekken | 25 | € 800 | € 20.000 |', '| Bushaltes | 6 | € 28.000 | € 186.000 |', '| Zebrapaden | 10 | € 5.000 | € 50.000 |']), '= 168.000`'],
  ['a difference column found from the data', t('Sport', ['| Wijk | Aanmeldingen | Afvallers | Deelnemers |', '|---|---|---|---|', '| Noord | 140 | 20 | 120 |', '| Zuid | 95 | 15 | 80 |', '| Oost | 120 | 12 | 108 |', '| West | 88 | 9 | 89 |']), '= 79`'],
]

const clean: CleanWording[] = [
  ['a year-column total that holds', t('Wonen', ['| Segment | 2026 | 2027 | 2028 | Totaal |', '|---|---|---|---|---|', '| Sociale huur | 120 | 140 | 150 | 410 |', '| Middenhuur | 60 | 70 | 80 | 210 |', '| Koop | 90 | 95 | 100 | 285 |'])],
  ['a table without a calculation', t('Wonen', ['| Wijk | Woningen | Huishoudens |', '|---|---|---|', '| Noord | 1.200 | 1.150 |', '| Zuid | 900 | 870 |', '| Oost | 640 | 610 |'])],
  ['cumulative columns', t('Wonen', ['| Jaar | Per jaar | Tot en met dat jaar |', '|---|---|---|', '| 2026 | 120 | 120 |', '| 2027 | 140 | 260 |', '| 2028 | 150 | 410 |'])],
  ['a table of targets per year', t('Doelen', ['| Indicator | 2024 | 2026 | 2028 |', '|---|---|---|---|', '| Deelnemers | 300 | 350 | 420 |', '| Vrijwilligers | 80 | 95 | 110 |', '| Locaties | 6 | 7 | 9 |'])],
  ['a total with two rows only', t('Zorg', ['| Team | Vast | Tijdelijk | Totaal |', '|---|---|---|---|', '| Vergunningen | 6,5 | 1,0 | 7,5 |', '| Handhaving | 4,0 | 2,0 | 7,0 |'])],
  ['a thousands table within the rounding', t('Sport en cultuur', ['| Post | 2026 | 2027 | Totaal |', '|---|---|---|---|', '| Sport | 12,4 | 13,1 | 25,4 |', '| Cultuur | 8,2 | 8,6 | 16,8 |', '| Welzijn | 5,5 | 5,7 | 11,2 |'], ['Bedragen x € 1.000.'])],
  ['aantal × prijs that holds', t('Openbare ruimte', ['| Voorziening | Aantal | Prijs | Bedrag |', '|---|---|---|---|', '| Bankjes | 14 | € 1.200 | € 16.800 |', '| Lantaarnpalen | 30 | € 2.500 | € 75.000 |', '| Bomen | 80 | € 450 | € 36.000 |'])],
  ['a price column and an unrelated budget', t('Openbare ruimte', ['| Voorziening | Aantal | Prijs | Budget |', '|---|---|---|---|', '| Bankjes | 14 | € 1.200 | € 20.000 |', '| Lantaarnpalen | 30 | € 2.500 | € 60.000 |', '| Bomen | 80 | € 450 | € 30.000 |'])],
  ['a difference that holds', t('Klimaat', ['| Sector | 2020 | 2025 | Verschil |', '|---|---|---|---|', '| Verkeer | 56 | 49 | -7 |', '| Industrie | 88 | 71 | -17 |', '| Landbouw | 40 | 36 | -4 |'])],
  ['a share that holds with rounding', t('Onderwijs', ['| School | Leerlingen | Met taalachterstand | Aandeel |', '|---|---|---|---|', '| De Linde | 412 | 61 | 15% |', '| Het Anker | 253 | 49 | 19% |', '| De Bron | 498 | 101 | 20% |'])],
  ['percentages of a whole that do not add in a total row', t('Energie', ['| Bron | kton | Aandeel |', '|---|---|---|', '| Gas | 84 | 71% |', '| Elektriciteit | 34 | 29% |', '| Totaal | 118 | 100% |'])],
  ['a total row with a subtotal above it', t('Cultuur', ['| Instelling | Bezoekers |', '|---|---|', '| Bibliotheek | 64.000 |', '| Muziekschool | 21.000 |', '| Subtotaal | 85.000 |', '| Theater | 38.000 |', '| Totaal | 123.000 |'])],
  ['an agenda-like table with years and numbers', t('Uitvoering', ['| Actie | Start | Gereed | Budget |', '|---|---|---|---|', '| Wijkplan Noord | 2026 | 2027 | € 40.000 |', '| Wijkplan Zuid | 2027 | 2028 | € 35.000 |', '| Wijkplan Oost | 2028 | 2029 | € 50.000 |'])],
  ['a rate table where one row has a different rate', t('Zorg', ['| Team | Uren | Tarief | Kosten |', '|---|---|---|---|', '| Wijkteam Noord | 1.200 | € 65 | € 78.000 |', '| Wijkteam Zuid | 950 | € 65 | € 61.750 |', '| Wijkteam Oost | 800 | € 70 | € 56.000 |', '| Wijkteam West | 1.100 | € 70 | € 77.000 |'])],
  ['a table with empty and PM cells', t('Sport en cultuur', ['| Post | 2026 | 2027 | Totaal |', '|---|---|---|---|', '| Sport | 120 | 130 | 250 |', '| Cultuur | PM | 90 | |', '| Welzijn | 55 | - | 55 |', '| Groen | 70 | 75 | 145 |'])]
]

// A share or change column off in one row is percentage-claim-check's message (one defect, one message):
// see percentage-claim-check-htabs20.test.ts.
describeWordings(tableRowArithmetic, defects, clean)
