import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct21 (tables): a line that ends in a colon right above a table (a caption may stand
// between) with a count of what the first column names (`Langs zeven wegen liggen woningen boven de
// drempel:` over rows `Weg`), while the table has another number of rows, fewer or more. The
// look-alikes: the right count (with a total row), a count of something else, a part (`onder meer`),
// and a count in a paragraph apart from the table's own lead.
const table = (head: string, rows: string[]): string[] => [`| ${head} |`, '|---|---|', ...rows.map((r) => `| ${r} |`)]
const roads = ['Rijnstraat | 212', 'Veerweg | 146', 'Kerkdijk | 121', 'Hoge Steeg | 100', 'Molenwal | 73', 'Weverslaan | 88', 'Stationsstraat | 97', 'Graaf Ottolaan | 178', 'Totaal | 1.015']
const districts = ['Noord | 14 maanden', 'Oost | 13 maanden', 'Zuid | 16 maanden', 'West | 12 maanden', 'Centrum | 18 maanden']
const schools = ['De Linde | 640 m²', 'Het Anker | 580 m²', 'De Kiem | 720 m²', 'Oosterpoort | 510 m²']
const places = ['Marktplein | 4', 'Station | 6', 'Sporthal | 2', 'Gemeentehuis | 2', 'Zwembad | 3', 'Bibliotheek | 2']

const defects: BatteryWording[] = [
  ['caption between, fewer than the rows', ['# Geluid', '', 'Langs zeven gemeentelijke wegen liggen woningen boven de plandrempel:', '', '*Tabel 2. Woningen boven 63 dB per weg*', '', ...table('Weg | Woningen', roads)], 'zeven'],
  ['no caption, fewer than the rows', ['# Wonen', '', 'In vier wijken is de wachtlijst langer dan een jaar:', '', ...table('Wijk | Wachttijd', districts)], 'vier'],
  ['caption between, subject count', ['# Onderwijs', '', 'Drie scholen krijgen in 2027 een nieuw dak:', '', 'Tabel 3. Daken van de scholen', '', ...table('School | Oppervlak', schools)], 'Drie'],
  ['a phrase with op, more than the rows', ['# Mobiliteit', '', 'Op zeven locaties plaatsen we laadpalen:', '', ...table('Locatie | Aantal palen', places)], 'zeven']
]

const clean: CleanWording[] = [
  ['the right count, caption and total row', ['# Geluid', '', 'Langs acht gemeentelijke wegen liggen woningen boven de plandrempel:', '', '*Tabel 2. Woningen boven 63 dB per weg*', '', ...table('Weg | Woningen', roads)]],
  ['a count of something else', ['# Geluid', '', 'In twee fasen pakken we deze wegen aan:', '', ...table('Weg | Woningen', roads)]],
  ['a part of the rows', ['# Wonen', '', 'Onder meer in vier wijken is de wachtlijst langer dan een jaar:', '', ...table('Wijk | Wachttijd', districts)]],
  ['a count apart from the lead', ['# Wonen', '', 'Vier wijken hebben een wachtlijst van meer dan een jaar.', '', 'De wachttijden per wijk:', '', ...table('Wijk | Wachttijd', districts)]],
  ['the right count, subject', ['# Onderwijs', '', 'Vier scholen krijgen in 2027 een nieuw dak:', '', 'Tabel 3. Daken van de scholen', '', ...table('School | Oppervlak', schools)]]
]

describeBattery(countClaimMismatch, defects, clean, 4)
