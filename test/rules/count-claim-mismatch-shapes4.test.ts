import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Wave-4 causes of missed count claims, each written fresh in other words and places:
 * - a noun with a phrase and a relative clause before the colon (`drie groepen van huurders
 *   waarvoor we …:`), and an adverbial phrase (`naar voren`, `aan bod`) read as a second noun;
 * - `tot` after `komen` / `leiden` / `beperken` read as a bound (`komen we tot vier punten:`);
 * - a table caption with a count (above or below the table, no colon) against the table's rows;
 * - a count of a noun that heads a table column (`vier kansen` over a column `Kansen`) against
 *   the filled cells of that column;
 * - a count of a noun whose singular opens rows of a table in the section (`vier zwembaden` over
 *   rows `Zwembad …`) against those rows;
 * - names in apposition between commas (`de drie kernen, Noord, Oost en Zuid, zijn …`);
 * - a serial comma (`sport en spel, cultuur, en natuur`): the commas separate the items, so an
 *   `en` inside an earlier item joins words of one item;
 * - a sum of the pijlers' doelen (`samen vijf doelen`, `in totaal zes doelen`) against all of them.
 * Figures are in the commit messages.
 */
const bullets = (...items: string[]): string[] => ['', ...items.map((item) => `- ${item}`)]
const numbered = (...items: string[]): string[] => ['', ...items.map((item, i) => `${i + 1}. ${item}`)]

const defects: DefectWording[] = [
  // A phrase and a relative clause between the noun and the colon.
  ['a phrase and a relative clause', ['# Doelgroepen', '', 'We onderscheiden drie groepen van huurders waarvoor we extra inzetten:', ...bullets('starters;', 'senioren;', 'statushouders;', 'studenten.')], '`drie groepen`'],
  ['a phrase with voor and a relative clause', ['# Risico’s', '', 'Deze notitie noemt vier risico’s voor de uitvoering waar de raad op moet letten:', ...numbered('vertraging bij de aanbesteding', 'hogere bouwkosten', 'te weinig personeel')], '`vier risico’s`'],
  ['a phrase with in and a relative clause', ['# Scholen', '', 'Dit najaar bezoeken we zes scholen in de kernen die nog geen gezonde kantine hebben:', ...bullets('De Regenboog', 'Het Kompas', 'De Wilg')], '`zes scholen`'],
  // An adverbial phrase after the noun.
  ['naar voren', ['# Wat we hoorden', '', 'Uit de gesprekken met bewoners komen zes wensen naar voren:', ...bullets('meer groen', 'betere verlichting', 'een ontmoetingsplek', 'minder zwerfafval', 'veilige oversteken')], '`zes wensen`'],
  ['naar boven', ['# Peiling', '', 'Bij de jongerenpeiling kwamen drie zorgen duidelijk naar boven:', ...bullets('eenzaamheid', 'prestatiedruk', 'geldzorgen', 'wachttijden')], '`drie zorgen`'],
  ['aan de orde', ['# Overleg', '', 'In het dorpsoverleg komen vier onderwerpen aan de orde:', ...numbered('parkeren', 'de speeltuin', 'de bushalte')], '`vier onderwerpen`'],
  // `tot` after komen / leiden / beperken is no bound.
  ['komen tot', ['# Knelpunten', '', 'Op basis van de schouw en de meldingen komen we tot vier aandachtspunten:', ...bullets('losliggende tegels', 'donkere paden', 'te hard rijden')], '`vier aandachtspunten`'],
  ['leidt tot', ['# Evaluatie', '', 'De evaluatie leidt tot drie aanbevelingen die we overnemen:', ...numbered('eerder signaleren', 'één contactpersoon', 'vaste spreekuren', 'betere nazorg')], '`drie aanbevelingen`'],
  ['beperken tot', ['# Focus', '', 'Met het beschikbare budget beperken we ons tot twee sporen:', ...bullets('preventie', 'vroegsignalering', 'nazorg')], '`twee sporen`']
]

const table = (header: string[], ...rows: string[][]): string[] => ['', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)]

defects.push(
  // A caption with a count.
  ['a caption under the table', ['# Zorg', '', ...table(['Voorziening', 'Wachttijd'], ['Dagbesteding', '6 weken'], ['Huishoudelijke hulp', '4 weken'], ['Woningaanpassing', '9 weken']), '', '*Tabel 2: Wachttijden bij vier voorzieningen*'], '`vier voorzieningen`'],
  ['a caption above the table', ['# Sociaal domein', '', 'Tabel 3. De vijf belangrijkste kengetallen voor het sociaal domein (bron: eigen monitor)', ...table(['Kengetal', '2024'], ['Bijstand', '410'], ['Jeugdhulp', '1.020'], ['Wmo', '880'], ['Schuldhulp', '95'])], '`vijf belangrijkste kengetallen`'],
  ['a bold caption over a table with a total row', ['# Vastgoed', '', '**Tabel 1** Overzicht van drie buurthuizen', ...table(['Gebouw', 'm²'], ['De Schakel', '420'], ['Het Baken', '380'], ['De Brug', '510'], ['De Kim', '300'], ['Totaal', '1.610'])], '`drie buurthuizen`'],
  // A count of a noun that heads a column.
  ['a column with fewer cells', ['# Analyse', '', 'De analyse laat vier kansen zien.', ...table(['Sterktes', 'Zwaktes', 'Kansen', 'Bedreigingen'], ['Ligging', 'Vergrijzing', 'Toerisme', 'Krimp'], ['Onderwijs', 'Leegstand', 'Zorgeconomie', 'Netcongestie'], ['Verenigingen', 'Weinig woningen', '', 'Stikstof'])], '`vier kansen`'],
  ['a column named before, a claim after the table', ['# Analyse', '', ...table(['Thema', 'Zwakke punten'], ['Wonen', 'Te weinig starterswoningen'], ['Werk', 'Krappe arbeidsmarkt']), '', 'In de tabel staan vijf zwakke punten; die pakken we als eerste aan.'], '`vijf zwakke punten`'],
  ['a column with en inside its items', ['# Analyse', '', 'Uit de verkenning volgen vijf sterke punten.', ...table(['Sterke punten', 'Zwakke punten'], ['Ligging aan spoor en snelweg', 'Weinig bedrijfsgrond'], ['Goed onderwijs', 'Vergrijzing'], ['Sterke verenigingen', 'Leegstand'], ['Zorg en techniek', 'Krappe arbeidsmarkt'])], '`vijf sterke punten`'],
  ['a column of risks in a list item', ['# Risico’s', '', '- We zien zes risico’s voor de planning.', '', ...table(['Onderdeel', 'Risico’s'], ['Bouw', 'Stikstof'], ['Inkoop', 'Prijsstijging'], ['Personeel', 'Krapte'])], '`zes risico’s`'],
  // A count of a noun whose singular opens rows.
  ['rows that open with the singular', ['# Sport', '', 'De gemeente beheert vier zwembaden en twee sporthallen.', ...table(['Accommodatie', 'Bezoekers'], ['Zwembad De Vennen', '81.000'], ['Zwembad Noord', '44.000'], ['Sporthal West', '12.000'], ['Sporthal Oost', '9.000'])], '`vier zwembaden`'],
  ['rows of schools after the table', ['# Huisvesting', '', ...table(['Gebouw', 'Bouwjaar'], ['School De Linde', '1968'], ['School Het Anker', '1975'], ['Gymzaal Dorp', '1981']), '', 'De drie scholen in deze tabel zijn aan vervanging toe.'], '`drie scholen`'],
  ['rows of buurthuizen with a total row', ['# Ontmoeten', '', 'In de wijken staan vijf buurthuizen. De tabel geeft hun gebruik.', ...table(['Locatie', 'Uren per week'], ['Buurthuis De Schakel', '40'], ['Buurthuis Het Baken', '32'], ['Wijkcentrum Zuid', '50'], ['Totaal', '122'])], '`vijf buurthuizen`']
)

defects.push(
  // Names in apposition.
  ['names in apposition', ['# Partners', '', 'De twee zorgaanbieders in de gemeente, Zorggroep Almere, Thuiszorg Oost en Stichting De Linde, werken samen in het wijkteam.'], '`twee zorgaanbieders`'],
  ['names in apposition after a verb', ['# Kernen', '', 'Het plan richt zich op vier kernen, Oosterwijk, Heerle en Kalmthout, waar de voorzieningen onder druk staan.'], '`vier kernen`'],
  ['names with a determiner in apposition', ['# Scholen', '', 'Sinds dit jaar doen drie scholen, De Vlinder, Het Anker, De Wilg en De Kring, mee met het programma.'], '`drie scholen`'],
  // A serial comma.
  ['a serial comma, too many stated', ['# Clusters', '', 'We verdelen de subsidies over vier domeinen: sport en spel, cultuur, en natuur.'], '`vier domeinen`'],
  ['a serial comma, too few stated', ['# Thema’s', '', 'De wijkagenda kent twee thema’s: wonen en zorg, veiligheid, en groen.'], '`twee thema’s`'],
  ['a serial comma with of', ['# Keuzes', '', 'Bewoners kiezen uit vier opties: een bankje, een boom, of een speeltoestel.'], '`vier opties`']
)

// Two thema's with their doelen (the second with `doelen`), then `body`.
const doelen = (second: string[], ...body: string[]): string[] => [...body, '', '# Thema’s', '', '## Ontmoeten {#t1}', '', '### Doelen', '', '- Elke kern een buurtkamer', '- Minder eenzaamheid', '', '## Werk {#t2}', '', ...second]
const twee = ['### Doelen', '', '- Meer banen', '- Minder uitkeringen']

defects.push(
  ['a sum with samen', doelen(twee, '# Inleiding', '', 'Het plan kent twee thema’s met samen vijf doelen.'), '`vijf doelen`'],
  ['a sum with in totaal', doelen(twee, '# Inleiding', '', 'In totaal werken we in deze periode aan zes doelen.'), '`zes doelen`'],
  ['a sum of doelstellingen', doelen(twee, '# Inleiding', '', 'De thema’s tellen samen drie doelstellingen.'), '`drie doelstellingen`']
)

const clean: CleanWording[] = [
  ['a sum that fits', doelen(twee, '# Inleiding', '', 'Het plan kent twee thema’s met samen vier doelen.')],
  ['a sum when a thema lists no doelen', doelen(['Tekst.'], '# Inleiding', '', 'Het plan kent twee thema’s met samen vijf doelen.')],
  ['doelen per thema, no sum', doelen(twee, '# Inleiding', '', 'Elk thema heeft twee doelen; samen vormen ze de koers.')],
  ['names in apposition that fit', ['# Partners', '', 'De drie zorgaanbieders in de gemeente, Zorggroep Almere, Thuiszorg Oost en Stichting De Linde, werken samen.']],
  ['one name in apposition', ['# Scholen', '', 'Eén van de twee scholen, De Vlinder, krijgt nieuwbouw.']],
  ['lower-case words after the comma', ['# Aanpak', '', 'Met de drie partners, wijkteam en bibliotheek voorop, maken we een plan.']],
  ['a name with en in apposition', ['# Partners', '', 'De twee fondsen, Fonds Zorg en Welzijn en het Oranjefonds, dragen bij.']],
  ['a serial comma that fits', ['# Clusters', '', 'We verdelen de subsidies over drie domeinen: sport en spel, cultuur, en natuur.']],
  ['no serial comma, en that may join', ['# Clusters', '', 'We verdelen de subsidies over vier domeinen: sport en spel, cultuur en natuur.']],
  ['a caption that fits, with a total row', ['# Projecten', '', 'Tabel 4. Kosten van drie projecten', ...table(['Project', 'Kosten'], ['Buurtbus', '20'], ['Moestuin', '15'], ['Speeltuin', '40'], ['Totaal', '75'])]],
  ['a caption that counts the columns', ['# Monitor', '', ...table(['Jaar', 'Bijstand', 'Jeugdhulp', 'Wmo', 'Schulden'], ['2022', '400', '990', '860', '90'], ['2023', '405', '1.000', '870', '92']), '', '*Tabel 2. Ontwikkeling van vier kengetallen*']],
  ['a caption with a unit', ['# Geld', '', 'Tabel 5. Budget voor vier jaar (x € 1.000)', ...table(['Post', 'Bedrag'], ['Lasten', '400'], ['Baten', '100'])]],
  ['a caption with per', ['# Bibliotheek', '', 'Tabel 6. Bezoekers van twee bibliotheken per maand', ...table(['Maand', 'Noord', 'Zuid'], ['Januari', '800', '700'], ['Februari', '820', '650'], ['Maart', '900', '720'])]],
  ['a column count that fits', ['# Analyse', '', 'De analyse laat drie kansen zien.', ...table(['Sterktes', 'Kansen'], ['Ligging', 'Toerisme'], ['Onderwijs', 'Zorgeconomie'], ['Verenigingen', 'Recreatie'])]],
  ['a part of a column', ['# Analyse', '', 'We benutten onder meer vier kansen.', ...table(['Sterktes', 'Kansen'], ['Ligging', 'Toerisme'], ['Onderwijs', 'Zorg'])]],
  ['a column count per row', ['# Agenda', '', 'We nemen drie acties per thema.', ...table(['Thema', 'Acties'], ['Wonen', 'Bouwen'], ['Zorg', 'Wijkteam'])]],
  ['a column with several items per cell', ['# Analyse', '', 'De SWOT geeft zes kansen.', ...table(['Sterktes', 'Kansen'], ['Ligging', 'Toerisme, recreatie'], ['Onderwijs', 'Zorg; techniek'], ['Zorg', 'Wonen en werken'])]],
  ['a column in another section', ['# Analyse', '', 'We zien vijf kansen voor de binnenstad.', '', '## Cijfers', ...table(['Sterktes', 'Kansen'], ['Ligging', 'Toerisme'], ['Onderwijs', 'Zorg'])]],
  ['fewer rows named than a subset', ['# Sport', '', 'Twee zwembaden krijgen een nieuw dak.', ...table(['Accommodatie', 'Bouwjaar'], ['Zwembad De Vennen', '1978'], ['Zwembad Noord', '1985'], ['Zwembad Oost', '1990'])]],
  ['rows that fit the count', ['# Sport', '', 'De gemeente beheert drie zwembaden.', ...table(['Accommodatie', 'Bezoekers'], ['Zwembad De Vennen', '81.000'], ['Zwembad Noord', '44.000'], ['Zwembad Oost', '12.000'])]],
  ['a table number with a dash in the caption', ['# Lasten', '', 'Tabel 3 - Overzicht lasten alle programma’s 2021 t/m 2024', ...table(['Programma', '2021', '2022'], ['Wonen', '10', '11'], ['Zorg', '20', '21'], ['Werk', '5', '6'], ['Cultuur', '3', '3'])]],
  ['one row with the singular', ['# Sport', '', 'Er zijn vier zwembaden in de regio.', ...table(['Accommodatie', 'Bezoekers'], ['Zwembad De Vennen', '81.000'], ['Sporthal Noord', '44.000'])]],

  ['a phrase and a relative clause that fit', ['# Doelgroepen', '', 'We onderscheiden drie groepen van huurders waarvoor we extra inzetten:', ...bullets('starters;', 'senioren;', 'statushouders.')]],
  ['naar voren that fits', ['# Wat we hoorden', '', 'Uit de gesprekken komen twee wensen naar voren:', ...bullets('meer groen', 'betere verlichting')]],
  ['komen tot that fits', ['# Knelpunten', '', 'Na de schouw komen we tot drie aandachtspunten:', ...bullets('tegels', 'paden', 'snelheid')]],
  ['tot as a bound', ['# Subsidie', '', 'Dit jaar steunen we tot vier buurtprojecten:', ...bullets('de moestuin', 'het repaircafé')]],
  ['oplopen tot as a bound', ['# Wachttijden', '', 'De wachtlijst loopt op tot vijf aanvragen:', ...bullets('een traplift', 'een scootmobiel')]],
  ['a count in a fronted phrase with a relative clause', ['# Aanpak', '', 'In twee kernen van de gemeente waar veel ouderen wonen, starten we met:', ...bullets('een buurtkamer', 'een boodschappendienst', 'een belcirkel')]],
  ['a relative clause over another list', ['# Aanpak', '', 'Voor vier wijken van de stad waar de leegstand hoog is, nemen we de volgende maatregelen:', ...bullets('een winkelfonds', 'tijdelijke verhuur')]],
  ['naar with a noun of another list', ['# Verkeer', '', 'Langs drie straten naar scholen leggen we aan:', ...bullets('fietsstroken', 'oversteken', 'verlichting', 'borden')]]
]

describeWordings(countClaimMismatch, defects, clean)
