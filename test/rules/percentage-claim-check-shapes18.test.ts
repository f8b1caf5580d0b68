import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 (hpct8), a share whose whole is not the largest count in sight: fresh wordings written
// before reading the rule's code. (1) A chain: the part of one sentence is the whole of the next
// (`Daarvan`, `van die controles`, `van deze haltes`, `Binnen dat loofbos`), in km, hectare,
// counts and number words. (2) An `x op de y` share with its part in apposition or brackets and its
// whole counted a paragraph up. (3) Amounts labelled by year: the share's year picks the whole.
// (4) A growth between two years. Look-alikes: the same shapes right, and a share that names the
// larger whole again (`van alle meldingen`, `van het hele stelsel`). Start code: 4 of 14 caught, two look-alikes
// flagged (years as labels); with the chain, year labels, a paragraph-opening pointer, set-off counts of an
// earlier whole and `met P procent is het aandeel`: 16 of 19 (five wordings added with the fixes), all quiet; with a change over
// a span of a year table just above (`Sinds 2021 steeg …`, `In drie jaar nam … af`): 18 of 21.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['chain, km, Daarvan with a colon', body('Het gemeentelijk wegennet is 640 kilometer lang, waarvan 220 kilometer in de bebouwde kom. Daarvan is 55 kilometer nog van klinkers: ruim een derde van de wegen binnen de kom.'), 'een derde'],
  ['chain, Daarvan, the share of the outer whole', body('Van de 1.250 meldingen ging het in 500 gevallen om losliggende stoeptegels. Daarvan waren er 75 binnen een week hersteld, ongeveer 6 procent.'), '6'],
  ['chain, van die controles in brackets', body('We controleerden vorig jaar 88 van de 240 horecazaken. Bij 30 van die controles (bijna de helft) vonden we een gebrek.'), 'de helft'],
  ['chain, van deze haltes, the share of the outer whole', body('In 2025 zijn 150 van de 600 bushaltes toegankelijk gemaakt. Bij 45 van deze haltes (7,5 procent) is ook een bankje geplaatst.'), '7,5'],
  ['chain, hectare, Binnen dat', body('Het bos beslaat 900 hectare; 360 hectare daarvan is loofbos. Binnen dat loofbos is 40 hectare eikenbos, oftewel ruim een kwart.'), 'een kwart'],
  ['chain, number words, Daarvan zijn er', body('Van de tweehonderd vrijwilligers zijn er tachtig actief in de sport. Daarvan zijn er twintig trainer; dat is de helft van de sportvrijwilligers.'), 'de helft'],
  ['chain in a list item', body('Energie in de wijk:', '', '- 2.400 van de 9.600 huishoudens heeft zonnepanelen; daarvan heeft 600 ook een thuisbatterij (ruim 40 procent).', '- warmtenetten zijn er nog niet.'), '40'],
  ['x op de y, the part in apposition, the whole a paragraph up', body('Aan de peiling deden 2.450 inwoners mee.', '', 'Een op de drie, 490 inwoners, vindt de straatverlichting te fel.'), 'op de drie'],
  ['x op de y, the part in brackets, the whole a sentence up', body('De middelbare scholen tellen samen 4.400 leerlingen. Vier op de tien (1.100 leerlingen) fietst dagelijks naar school.'), 'op de tien'],
  ['years as labels, the share of the other year', body('De uitgaven aan jeugdhulp stijgen van € 4.000.000 in 2027 naar € 5.000.000 in 2030.', 'In 2027 betaalt het Rijk € 3.000.000, 60 procent van de uitgaven.'), '60'],
  ['years as labels, the later year', body('Het budget groeit van € 800.000 in 2026 tot € 1.000.000 in 2029. In 2029 gaat € 200.000 naar preventie, een kwart van het budget.'), 'een kwart'],
  ['growth between two years', body('In 2021 telden we 5.000 bezoekers, in 2025 6.500. In vier jaar groeide het bezoek daarmee met ruim 40 procent.'), '40'],
  ['chain, hectare, Dat is', body('De gemeente heeft 75 hectare bouwgrond in bezit. Daarvan is 15 hectare al verkocht. Dat is bijna een derde van onze grondpositie.'), 'een derde'],
  ['a paragraph that opens with Daarvan', body('Van de 2.600 lantaarns zijn er 900 led.', '', 'Daarvan hangen er 180 in het buitengebied (ruim 30 procent).'), '30'],
  ['a paragraph that opens with van die keuringen', body('Dit voorjaar keurden we 120 van de 310 speeltoestellen.', '', 'Bij 18 van die keuringen (bijna een kwart) vonden we gebreken.'), 'een kwart'],
  ['a year between part and pointer, the whole said again', body('Ruim een derde van de dijken (140 van de 400 km) is bekleed met steen. Daarvan is 56 km vernieuwd in 2019; dat is bijna de helft van de beklede dijken.'), 'de helft'],
  ['x op de y with a set-off count, the whole a table total', body('| Wijk | Huishoudens |', '|---|---|', '| Oost | 1.200 |', '| West | 1.800 |', '| Totaal | 3.000 |', '', 'Twee op de vijf, 900 huishoudens, heeft recht op huurtoeslag.'), 'op de vijf'],
  ['met P procent is het aandeel, after a part', body('Van de 160 nieuwe banen zijn er 24 in de zorg; met bijna 25 procent is het aandeel hoger dan gedacht.'), '25'],
  ['growth since a year of the table above', body('| Jaar | Leden |', '|---|---|', '| 2021 | 400 |', '| 2022 | 430 |', '| 2023 | 470 |', '| 2024 | 500 |', '', 'Sinds 2021 steeg het aantal leden daarmee met ruim 30 procent.'), '30'],
  ['decline over a span in words, the table above', body('| Jaar | Meldingen | Afgehandeld |', '|---|---|---|', '| 2022 | 900 | 610 |', '| 2023 | 850 | 640 |', '| 2024 | 800 | 700 |', '| 2025 | 765 | 720 |', '', 'In drie jaar nam het aantal meldingen af met 20%.'), '20%'],
  ['chain, van die bruggen, a share of the outer count', body('Van de 48 kunstwerken zijn er 16 bruggen. Bij 4 van die bruggen is de leuning te laag, een derde.'), 'een derde']
]

const clean: CleanWording[] = [
  ['chain, km, right', body('Het gemeentelijk wegennet is 640 kilometer lang, waarvan 220 kilometer in de bebouwde kom. Daarvan is 55 kilometer nog van klinkers: een kwart van de wegen binnen de kom.')],
  ['chain, Daarvan, right', body('Van de 1.250 meldingen ging het in 500 gevallen om losliggende stoeptegels. Daarvan waren er 75 binnen een week hersteld, 15 procent.')],
  ['chain, van die controles, right', body('We controleerden vorig jaar 88 van de 240 horecazaken. Bij 30 van die controles (ruim een derde) vonden we een gebrek.')],
  ['chain, van deze haltes, right', body('In 2025 zijn 150 van de 600 bushaltes toegankelijk gemaakt. Bij 45 van deze haltes (30 procent) is ook een bankje geplaatst.')],
  ['chain, hectare, right', body('Het bos beslaat 900 hectare; 360 hectare daarvan is loofbos. Binnen dat loofbos is 40 hectare eikenbos, oftewel ruim een tiende.')],
  ['chain in a list item, right', body('Energie in de wijk:', '', '- 2.400 van de 9.600 huishoudens heeft zonnepanelen; daarvan heeft 600 ook een thuisbatterij (een kwart).', '- warmtenetten zijn er nog niet.')],
  ['x op de y in apposition, right', body('Aan de peiling deden 2.450 inwoners mee.', '', 'Een op de vijf, 490 inwoners, vindt de straatverlichting te fel.')],
  ['years as labels, right', body('De uitgaven aan jeugdhulp stijgen van € 4.000.000 in 2027 naar € 5.000.000 in 2030.', 'In 2027 betaalt het Rijk € 3.000.000, 75 procent van de uitgaven.')],
  ['years as labels, later year, right', body('Het budget groeit van € 800.000 in 2026 tot € 1.000.000 in 2029. In 2029 gaat € 200.000 naar preventie, een vijfde van het budget.')],
  ['years as labels, a rest after the share', body('De lasten lopen op van € 2.000.000 in 2027 tot € 2.500.000 in 2030. In 2027 dekt de provincie € 1.500.000, 75% van de lasten; de rest betalen wij zelf.')],
  ['chain, the share names the outer whole again', body('Van de 1.250 meldingen ging het in 500 gevallen om losliggende stoeptegels. Daarvan waren er 75 binnen een week hersteld, 6 procent van alle meldingen.')],
  ['chain, km, the share of the whole network', body('Het rioolstelsel telt 300 km buizen, waarvan 120 km gemengd. Daarvan is 30 km ouder dan vijftig jaar, ongeveer 10 procent van het hele stelsel.')],
  ['growth between two years, right', body('In 2021 telden we 5.000 bezoekers, in 2025 6.500. In vier jaar groeide het bezoek daarmee met 30 procent.')],
  ['a paragraph that opens with Daarvan, right', body('Van de 2.600 lantaarns zijn er 900 led.', '', 'Daarvan hangen er 180 in het buitengebied (een vijfde).')],
  ['a paragraph that opens with van die keuringen, right', body('Dit voorjaar keurden we 120 van de 310 speeltoestellen.', '', 'Bij 18 van die keuringen (15 procent) vonden we gebreken.')],
  ['a year between part and pointer, right', body('Ruim een derde van de dijken (140 van de 400 km) is bekleed met steen. Daarvan is 56 km vernieuwd in 2019; dat is 40 procent van de beklede dijken.')],
  ['a year between part and pointer, the share of all', body('Ruim een derde van de dijken (140 van de 400 km) is bekleed met steen. Daarvan is 56 km vernieuwd in 2019; dat is 14 procent van alle dijken.')],
  ['a paragraph after a heading opens with Daarvan', ['# Cijfers', '', 'Er zijn 2.600 lantaarns.', '', '## 2.4 Led', '', 'Daarvan hangen er 180 in het buitengebied, ongeveer 7 procent.']],
  ['x op de y with a set-off count, a table total, right', body('| Wijk | Huishoudens |', '|---|---|', '| Oost | 1.200 |', '| West | 1.800 |', '| Totaal | 3.000 |', '', 'Drie op de tien, 900 huishoudens, heeft recht op huurtoeslag.')],
  ['met P procent is het aandeel, right', body('Van de 160 nieuwe banen zijn er 24 in de zorg; met 15 procent is het aandeel hoger dan gedacht.')],
  ['a set-off count of a noun the text never counts', body('Aan de peiling deden 2.450 inwoners mee.', '', 'Een op de drie, 490 jongeren, sport wekelijks.')],
  ['met P procent and a norm, no share', body('Van de 160 nieuwe banen zijn er 24 in de zorg; met 30 procent ligt de norm hoger.')],
  ['growth since a year of the table above, right', body('| Jaar | Leden |', '|---|---|', '| 2021 | 400 |', '| 2022 | 430 |', '| 2023 | 470 |', '| 2024 | 500 |', '', 'Sinds 2021 steeg het aantal leden daarmee met 25 procent.')],
  ['decline over a span in words, right', body('| Jaar | Meldingen | Afgehandeld |', '|---|---|---|', '| 2022 | 900 | 610 |', '| 2023 | 850 | 640 |', '| 2024 | 800 | 700 |', '| 2025 | 765 | 720 |', '', 'In drie jaar nam het aantal meldingen af met 15%.')],
  ['growth of a column the table does not have', body('| Jaar | Leden |', '|---|---|', '| 2021 | 400 |', '| 2022 | 430 |', '| 2023 | 470 |', '| 2024 | 500 |', '', 'In drie jaar groeide het aantal bezoekers met 50 procent.')],
  ['a target after a year table', body('| Jaar | Leden |', '|---|---|', '| 2021 | 400 |', '| 2022 | 430 |', '| 2023 | 470 |', '| 2024 | 500 |', '', 'Tot 2030 willen we het aantal leden met 20 procent laten groeien.')],
  ['chain, van die bruggen, right', body('Van de 48 kunstwerken zijn er 16 bruggen. Bij 4 van die bruggen is de leuning te laag, een kwart.')]
]

describeBattery(percentageClaimCheck, defects, clean, 18)
