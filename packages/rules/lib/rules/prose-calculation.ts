import { lintRule } from '../rule.js'
import { arithmeticSlips } from '../util/arithmetic-slips.js'
import { reportCalculation } from '../util/calculation-report.js'
import { example } from '../util/examples.js'
import { readingText } from '../util/asides.js'
import { calculationTexts, ownFinanceTable } from '../util/calculation-texts.js'
import { earlierTexts } from '../util/earlier-texts.js'
import { listLeads, withListLead } from '../util/list-leads.js'
import { impliedCalculations } from '../util/prose-equations.js'
import { seriesGapsNotOk, seriesGapsOk } from '../util/prose-calculation-examples-tables.js'
import { coveringKindsNotOk, coveringKindsOk } from '../util/prose-calculation-examples-kinds.js'
import { pricesNotOk, pricesOk } from '../util/prose-calculation-examples-prices.js'
import { productsNotOk, productsOk } from '../util/prose-calculation-examples-products.js'
import { bracketsNotOk, bracketsOk } from '../util/prose-calculation-examples-brackets.js'
import { periodsNotOk, periodsOk } from '../util/prose-calculation-examples-periods.js'
import { restsNotOk, restsOk } from '../util/prose-calculation-examples-rests.js'
import { datesNotOk, datesOk } from '../util/prose-calculation-examples-dates.js'
import { countedNounsNotOk, countedNounsOk } from '../util/prose-calculation-examples-counted-nouns.js'
import { balancesNotOk, balancesOk } from '../util/prose-calculation-examples-balances.js'
import { levelsNotOk, levelsOk } from '../util/prose-calculation-examples-levels.js'
import { yearsNotOk, yearsOk } from '../util/prose-calculation-examples-years.js'
import { changesNotOk, changesOk } from '../util/prose-calculation-examples-changes.js'
import { extremesNotOk, extremesOk, namedGapsNotOk, namedGapsOk } from '../util/prose-calculation-examples-extremes.js'
import { seriesNotOk, seriesOk } from '../util/prose-calculation-examples-series.js'
import { runsNotOk, runsOk } from '../util/prose-calculation-examples-runs.js'
import { measuresNotOk, measuresOk } from '../util/prose-calculation-examples-measures.js'
import { spreadsNotOk, spreadsOk } from '../util/prose-calculation-examples-spreads.js'
import { measuredNotOk, measuredOk } from '../util/prose-calculation-examples-measured.js'
import { insteadNotOk, insteadOk } from '../util/prose-calculation-examples-instead.js'
import { periodWholesNotOk, periodWholesOk } from '../util/prose-calculation-examples-period-wholes.js'
import { pointedRestsNotOk, pointedRestsOk } from '../util/prose-calculation-examples-pointed-rests.js'
import { shortfallsNotOk, shortfallsOk } from '../util/prose-calculation-examples-shortfalls.js'
import { yearRunsNotOk, yearRunsOk } from '../util/prose-calculation-examples-year-runs.js'
import { arrangementsNotOk, arrangementsOk } from '../util/prose-calculation-examples-arrangements.js'
import { headsNotOk, headsOk } from '../util/prose-calculation-examples-heads.js'
import { yearlyCountsNotOk, yearlyCountsOk } from '../util/prose-calculation-examples-yearly-counts.js'
import { hyphenedNotOk, hyphenedOk } from '../util/prose-calculation-examples-hyphened.js'
import { furtherNotOk, furtherOk } from '../util/prose-calculation-examples-further.js'

const plan = (body: string[]): string => example(['# Financiën', '', ...body], 'gemeente: Lindewaarde')
// A total in the sentence before a list, the list opened by `Deze bestaan uit:`.
// A list under its total with one item that is taken off the others.
const storting = (totaal: string): string[] => [`De storting van € ${totaal} in de algemene reserve bestaat uit:`, '', '- het overschot van de jaarrekening: € 650.000', '- de vrijval van een voorziening: € 500.000', '- een onttrekking van € 250.000 voor de herinrichting van het stadspark']
const fonds = (totaal: string): string[] => [`Voor 2027 zijn uitgaven uit het wijkfonds begroot voor een totaalbedrag van € ${totaal}. Deze bestaan uit:`, '', '- herinrichting Marktplein: € 1,2 miljoen', '- speelplekken: € 480.000', '- groenonderhoud: € 320.000']
// A table of measures in a chapter of its own (in `Financiën` it is a finance table, read by the finance rules).
const measures = (total: string): string => example(['# Maatregelen', '', '| Maatregel | Kosten |', '|---|---:|', '| Groene schoolpleinen | € 380.000 |', '| Wadi’s | € 515.000 |', '| Ontharden parkeerterrein | € 265.000 |', '', `De drie maatregelen kosten samen € ${total}.`], 'gemeente: Lindewaarde')

/** Rule: a total or result the sentence implies matches the amounts it names. */
export const proseCalculation = lintRule(
  {
    id: 'prose-calculation',
    severity: 'warning',
    group: 'financien',
    description: 'Een totaal van genoemde bedragen ("… en …, in totaal …") of een aantal maal een prijs met een bedrag erna klopt met de bedragen in de zin.',
    docs: {
      what: 'Rekent berekeningen na die de zin zonder rekenteken geeft. (1) Genoemde bedragen en een totaal: `€ 200.000 voor A en € 150.000 voor B, in totaal € 400.000`; ook met aantallen maal een prijs ertussen (`3 trajecten à € 2.000 en 12 à € 1.500, samen € 24.000`). (2) Een aantal maal een prijs met direct daarna een bedrag, zonder woord als `is`, `samen` of `=`: `voor 14 haltes van elk € 35.000 trekken we € 530.000 uit`. (3) Een aantal `van` een bedrag met een uitkomst (`2 fte van € 80.000 kost € 150.000`, `25 deelnemers van € 400 komt het totaal op € 11.000`): `van` kan ook een geheel noemen, dus is dit een lezing van de zin. (4) Een bedrag voor een aantal en het bedrag per eenheid: `€ 150.000 voor 300 deelnemers; dat is € 600 per deelnemer` (de eenheid na `per` is het getelde woord; een bedrag per jaar is iets anders). (5) Een saldo over opeenvolgende zinnen van één alinea: een zin met één bedrag en een geheel (`budget`, `opbrengst`, `beschikbaar`), direct daarna zinnen met kosten of uitgaven (`kosten`, `daarvan gaat`), en dan een zin met één bedrag en een uitkomstwoord (`resteert`, `blijft … over`, `per saldo`, `netto`, `saldo`): `De opbrengst is € 400.000. De kosten zijn € 150.000. Per saldo resteert € 250.000.` Ook een alinea van zinnen met bedragen die eindigt op een zin met `in totaal`, `samen` of `bij elkaar` (`De bibliotheek krijgt € 200.000. Het buurthuis krijgt € 150.000. Samen is dat € 350.000.`); klopt het totaal met alleen de laatste zinnen, dan gaan de eerste over iets anders, en een totaal dat meer dan twee keer de som is, is een groter geheel (`De totale cultuurbegroting is € 2,4 miljoen`). Zwijgt bij bedragen per jaar, `waarvan`, `circa` en een tekort. (6) Een uitkomst vóór een aantal `van` een bedrag, tussen haakjes of na `namelijk`: `€ 50.000 (8 laadpalen van € 6.500)`. (7) Een verandering met het verschil erbij: `van € 80.000 naar € 95.000, een stijging van € 15.000`, `wordt met € 15.000 verhoogd tot € 95.000`, `het verschil tussen € 95.000 en € 80.000 is € 15.000` (zwijgt bij `ten opzichte van`, `sinds` en bedragen per jaar of maand). (8) Een bedrag per periode over een aantal perioden met een totaal: `jaarlijks € 50.000 gedurende vier jaar` (of `, vier jaar lang,`) `, in totaal € 200.000`, `€ 2.500 per maand gedurende twaalf maanden komt op € 30.000`; ook een aantal per jaar met meer woorden ervoor (`35 extra of vernieuwde speelplekken per jaar`) en een totaal met zijn naamwoord vóór de jaren (`samen 72 zitbanken in vier jaar`). (9) Een geheel en zijn delen: `€ 1,1 miljoen, opgebouwd uit € 500.000 van het Rijk en € 600.000 van de provincie` of `bestaan uit` of `verdeeld over` (zwijgt bij `onder andere`, een bereik of aantallen), `elk van de 12 dorpshuizen krijgt € 15.000; in totaal € 180.000`, een aantal met een prijs per stuk en een totaal (`drie wijkagenten kosten per persoon € 70.000, samen € 210.000`, `per inwoner € 12, voor 45.000 inwoners samen € 540.000`; de eenheid na `per` is het getelde woord), een zin met bedragen en daarna `Totaal: €`, en een budget met wat ervan besteed is in één zinsdeel en wat resteert in het volgende: `Van het budget van € 3 mln is € 1,2 mln besteed; er resteert € 1,8 mln`. (10) Een tarief per eenheid en een aantal van die eenheden met een uitkomst, ook als het aantal of het tarief in de zin ervoor staat en de zin ernaar terugwijst (`daarmee`, `elk`), en ook zonder euro’s: `de negen parken; we rekenen met € 14.000 per park, samen € 126.000`, `gemiddeld 18 bezoeken per week; over 46 weken zijn dat er 828`, `vier medewerkers. Met elk 1.200 uur hebben zij samen 4.800 uur` (het getelde woord noemt de eenheid na `per`, ook als samenstelling: `werkweken` bij `per week`; een gemiddeld tarief mag per eenheid afronden); de uitkomst mag ook na `levert de … op` staan (`Met 52.000 inwoners en € 4 per inwoner levert de belasting € 208.000 op`), niet na een woord als `daarnaast` of `ook`. (11) Een verandering met het verschil vooraf (`stijgen met € 74.000, van € 910.000 naar € 984.000`) of in een andere eenheid (`een daling van 42 naar 30 minuten betekent 12 minuten minder`). (12) Een bedrag per maand, kwartaal of week en hetzelfde bedrag per jaar: `€ 17 per maand, ofwel € 204 per jaar`, ook `op jaarbasis` (`€ 3.500 per maand, op jaarbasis € 42.000`). (13) Een bedrag per jaar over de hele planperiode of looptijd met een totaal: het aantal jaren is de `periode` van het plan (`€ 18.000 per jaar komt over de gehele planperiode uit op € 72.000` bij `2026-2029`, ook `€ 6.000 per jaar, oftewel € 24.000 over de looptijd`, `brengt de jaarlijkse pacht van € 8.000 in vier jaar € 32.000 op`, `in de vijf planjaren`; het jaarbedrag mag de uitkomst zijn van de zin of het punt ervoor, `… dus € 3.900 per jaar. Over vier jaar is dat samen …`, ook als dat punt een aparte actie van een thema is; zwijgt bij een jaartal, `vanaf` of `eenmalig` in de zin; `vanaf` het eerste jaar van de planperiode begint met het plan zelf en telt de hele periode). (14) Een verandering van een aantal met het verschil, ook met jaren ertussen: `van 64 in 2021 naar 41 in 2024, een afname van 23`. (15) Een aantal keer en de prijs van één keer met een totaal: `vijf keer per jaar; een bijeenkomst kost € 1.800, samen € 9.000` (zwijgt bij een totaal dat meer dan twee keer van het product afligt: dan gaat de prijs over iets anders). (16) Een bedrag dat over een aantal jaren wordt afgeschreven of verdeeld, met het bedrag per jaar: `De sporthal kost € 7,2 mln. Over 30 jaar afgeschreven geeft dat € 240.000 per jaar` (zwijgt bij annuïteit of rente ertussen); ook met de termijn eerst en het bedrag en zijn jaarbedrag in de zin erna (`afgeschreven over 25 jaar. Bij een investering van € 650.000 komt de afschrijving op € 26.000 per jaar`). (17) Een verandering van een aantal of bedrag naar een nieuwe waarde met de grootte ervan, terwijl de beginwaarde van hetzelfde aantal of bedrag eerder in de tekst staat: `Het aantal mantelzorgers lag op 3.420. … stijgt het aantal mantelzorgers naar 3.980, een toename van 560`, `De subsidie bedroeg € 82.000. … stijgt de subsidie naar € 97.500, een stijging van € 15.500`. (18) Een verandering of verschil tussen cellen van een tabel erboven: `De aanmeldingen namen tussen 2023 en 2025 met 90 toe` of `Tussen 2023 en 2025 is de afhandeling met 90 gestegen` (één rij genoemd, de kolommen 2023 en 2025), `In 2024 lagen de aanmeldingen 120 boven de afhandeling` of `was in 2024 met 120 hoger dan` (de rijen in kolom 2024; rijen met hetzelfde eerste woord tellen samen). Ook een verandering tussen twee jaren in elke vorm (`stijgt in 2027 met € 85.000 ten opzichte van 2026`, `een daling van … tussen 2026 en 2028`), een totaal of gemiddelde van een rij over zijn jaren (`over de vier jaren samen`, `gemiddeld … per jaar`, `in 2026 en 2027 samen`) en een totaal van een jaarkolom over de rijen (`de drie speeltuinen samen`), met de tabel ervoor of erna (binnen een paar alinea’s; een tabel met de jaren in de eerste kolom wordt gekanteld gelezen; `verschillende` of `unieke` personen over de jaren zijn geen som); de rij heet naar de woorden van zijn label, een tabel in duizenden (`x € 1.000`) telt in zijn eenheid met een halve stap afronding per cel, `ruim` of `bijna` laat een tiende ruimte. Staat de tabel niet in de tekst zelf, dan mag de zin een financiële tabel elders in het plan aanhalen, als precies één rij daar genoemd wordt (naar zijn woorden of zijn code, `taakveld 8.2`) en de zin een bedrag in euro’s noemt; `de lasten` of `de baten` alleen noemt geen rij. Noemt een zin onder een tabel één rij (of in een tabel van jaren één kolom) en een verschil, verandering of som zonder de jaren of kolommen te noemen (`nam af met 55`, `24 meer`, `verloor 19 leden`, `het verschil is 58`, of twee of drie genoemde rijen `samen`), dan is elke lezing van die cellen goed: elk verschil van twee cellen, een cel zelf, de totaalrij, voor `samen` de som per kolom; past geen enkele, dan meldt de regel de dichtstbijzijnde. Zij zwijgt bij een doel, norm, gemiddelde of prognose, een vergelijking met iets anders dan een jaar (`dan de buurgemeente`, `ten opzichte van de begroting`), een getal in de zin dat niet in de tabel staat, een zin die naar beneden wijst (`hieronder`) en een uitkomst die meer dan twee keer van elke lezing afligt. (19) Een totaal in een alinea die één bedrag optelt bij het totaal van de alinea ervoor, waar haar eerste zin naar terugwijst (`daar`, `daarnaast`, `daarbovenop`): `… krijgen we in totaal € 360.000.` en dan `De gemeente zet daar € 180.000 tegenover. Samen is er € 540.000.` (zwijgt bij bedragen per jaar, `waarvan` en `inclusief`). (20) De prijs van één ding en in de zin erna een aantal van dat ding met een totaal: `Een cursus kost € 2.150. Voor de negen cursussen trekken we € 19.350 uit`, ook `Elke keer kost …` met `vier keer`, `de kosten per … zijn` en `à € … per stuk` (zwijgt bij een aantal van iets anders, een maximum of minimum, een andere post erbij, meer dan één bedrag in de zin van het totaal en een prijs per jaar bij een aantal over meer jaren, tenzij de zin die jaren telt: `vier jaar lang`, `gedurende vier jaar`). (21) Een prijs met een korting in procenten en wat er daarna betaald wordt: `Het abonnement kost € 480 per jaar. Met de Stadspas krijgen inwoners 40 procent korting en betalen zij € 288` (ook `reductie`, `zodat zij … betalen`, `wordt de prijs`, `kost het nog`; zwijgt bij een korting op een deel van de prijs en een bedrag per een andere eenheid). De regel leest ook acties uit een opsomming en tabelcellen met een bedrag. Aantallen mogen in woorden staan (`veertien`), bedragen met `miljoen`, `mln` of `k`. De regel zwijgt bij bedragen per jaar, maand of week, eenmalige en structurele bedragen samen, `waarvan` en `inclusief` (wat optelt hangt dan van meer af dan de zin), bij een bedrag groter dan het totaal (het geheel waar de delen uit komen) en bij een bedrag dat meer dan twee keer van de uitkomst afligt (dat gaat over iets anders). Een uitkomst mag afwijken door de afronding waarmee hij geschreven staat, na `circa` of `ruim` tot één cijfer. Berekeningen met een rekenteken of een woord als `is`, `à … samen` of `maal` rekent `finance-net-stated-vs-computed` na. Een gemiddelde per geteld ding (`gemiddeld € 17.000 per vereniging`) moet het totaal gedeeld door het aantal van dat ding in dezelfde of de twee zinnen ervoor zijn; het aantal mag bijvoeglijke woorden voor het ding hebben (`6 culturele verenigingen`) en een samenstelling met streepje telt wat haar laatste deel noemt (`zeven KDV-vestigingen`, `per vestiging`), en een aantal in de zin van het gemiddelde gaat voor. Een gemiddelde `per persoon` of `per hoofd` deelt door een aantal mensen, ook als de tekst ze naar hun rol noemt (`mantelzorgers`, `leerkrachten`, `budgetcoaches`), en bij een totaal per week of maand is het gemiddelde dat ook (`samen 60 uur per maand, gemiddeld 12 uur per persoon`). Ook zonder euro’s: een gemiddeld aantal per eenheid (`390 trajecten met 12 fte, gemiddeld 35 trajecten per fte`) moet het aantal gedeeld door het aantal eenheden ervoor zijn (zwijgt bij een norm zonder woord als `gemiddeld` of `dat is`, en bij meer dan één aantal van dezelfde eenheid). Een terugverdientijd (`in zes jaar terugverdiend`, `binnen drie jaar`) moet de investering gedeeld door het bedrag per jaar zijn, afgerond; `binnen` staat minder toe. Een opsomming waarvan het laatste punt het totaal geeft (`- totaal € 12.700`) moet de som zijn van het laatste bedrag van elk punt erboven, en een afgerond bedrag (`€ 1.976.300, afgerond € 1,98 miljoen`) moet het bedrag zijn, afgerond op het laatste cijfer dat het schrijft. Ook over zinnen heen: een deel van een eenheid maal een tarief per eenheid (`2,5 fte`, `bij € 74.000 per fte`), de prijs van één ding maal een aantal ervan (`Een traject kost € 3.200. Voor 140 trajecten is dat …`), twee standen van hetzelfde aantal in twee zinnen en daarna de grootte van de verandering (`… 3.270 abonnees. Een jaar daarvoor telden we er 2.980. Er kwamen er dus 290 bij.`), en een totaal over een aantal jaren met het aantal per jaar (`Tot en met 2029 planten we 2.400 bomen, gemiddeld 600 per jaar`: de jaren vanaf het begin van de planperiode, een reeks jaren, `in vijf jaar` of de looptijd), ook andersom (`€ 53.000 per jaar. In de jaren 2026 t/m 2028 samen € 159.000`) en voor een verandering tussen twee jaren (`tussen 2020 en 2024 van 2.300 naar 2.780, gemiddeld 120 per jaar`). Een aantal in een andere eenheid van dezelfde maat telt om (`2,6 km` tegen `€ 45 per meter`, `620 MWh` tegen `€ 0,24 per kWh`, `380.000 kg` tegen `€ 110 per ton`), een tarief per een aantal eenheden deelt door dat aantal (`1,5 plaats per 100 m²`, `12 meldingen per 1.000 inwoners`), en een bedrag na een dubbele punt na het tarief is de uitkomst. Een gemiddelde per geteld ding dat een alinea opent zonder ander bedrag mag zijn geheel in de alinea ervoor hebben, als het ernaar terugwijst of een zelfstandig naamwoord ermee deelt (`De lasten zijn in 2027 € 412.000.` en dan `Met 1.600 deelnemers komen de lasten in 2027 op € 258 per deelnemer.`); bedragen van meer jaren kiezen het jaar dat het gemiddelde noemt. Een totaal na een opsomming (`Samen komt dat op € 412.000.`) of in de regel die haar opent (`Het budget van € 95.000 is als volgt verdeeld:`, ook een totaal in de zin ervoor met `Deze bestaan uit:`, `totaalbedrag`; niet bij `onder andere`, `zoals`, `waarvan`, een punt dat iets van de andere aftrekt, `een onttrekking van …`, telt met een min), een totaal vóór een dubbele punt met de delen erna (`In totaal is er € 780.000: € 400.000 voor …, …`), en een rest na een geheel en de delen eruit (`Van de subsidie van € 125.000 gaat € 60.000 naar … en € 40.000 naar …; het restant van € 25.000 …`; het geheel mag het ene bedrag van de zin ervoor zijn) worden nagerekend. Een percentage van een geheel met het aantal erbij (`Van de 2.400 woningen is 35% een huurwoning, dat zijn 840 woningen`, `35% van de 640 aanmelders (224)`) moet dat aantal geven, binnen de afronding van het percentage (35%: 34,5 tot 35,5 procent); niet bij `ruim`, `circa` of een verandering. Ook een product met eenheden waarvan de grootte van één ding door het onderwerp van de zin genoemd wordt in plaats van met `per` (`Een storing herstellen kost gemiddeld 3,5 uur`, `kost een gemiddeld verzoek € 1.513`, `Een intakegesprek duurt 45 minuten`), met minuten die als uren tellen, met de stap van een prijs die verandert voor een uitkomst die `extra` of `meer` heet (`van € 52 naar € 55 per uur` … `€ 970 extra`), en met de alinea ervoor als de zin ernaar terugwijst (`Voor de 200 verzoeken komt dat op …`); een percentage in beeld laat alleen een uitkomst toe die het hele aantal noemt (`voor alle storingen samen`). Een berekening die de alinea eerder tot op het laatste cijfer maakte, opnieuw met andere getallen van dezelfde soort (`46.151.250 eenheden … 1,600 … € 73.842.000` en dan `46.010.000 eenheden … 1,618, samen € 74.915.000`), moet ook kloppen. Wat na een aandeel van een geheel overblijft (`70% daarvan komt terug. Per saldo blijft …`) is het geheel min dat aandeel. Een uitkomst precies een halve afrondingsstap van een rond product, zonder afrondingswoord (`2 × € 72.500` tegen `€ 150.000`), is geen afronding. Ook: een besparing door een aantal van de ene prijs naar de andere te verschuiven (`Een papieren aanvraag kost € 23, een digitale € 7. Als 4.000 aanvragers overstappen, besparen we € 64.000`: het aantal maal het verschil); een prijs uit de zin of het opsommingspunt ervoor, waar aantal maal prijs de uitkomst gaf, voor hetzelfde getelde ding in de volgende zin zonder prijs (`12 speeltuinen van gemiddeld € 40.000, dat is € 480.000;` en `15 speeltuinen, dus € 600.000`); een opsomming van een aantal, een prijs per eenheid en een totaal (`aantal leerlingen: 1.850`, `bijdrage per leerling: € 45`, `totale bijdrage: € 83.250`); een uitkomst in een grotere eenheid dan het tarief (`42 kilo per inwoner`, `1.310 ton`; `per persoon` telt mensen) en een tweede stand in de zin van de verandering, vóór een dubbele punt of komma (`Voor 2026 rekenen we met € 327: een stijging van € 15`). Een alinea die met een terugverwijzing begint (`Dat is …`, `Over die jaren is dat …`) hoort bij de alinea ervoor. Geeft een andere eenvoudige lezing van de zin (het product, de som of het verschil van twee getallen ervoor) de uitkomst precies, dan zwijgt de regel; een som of verschil telt dan alleen tussen getallen van één eenheid of één geteld woord (ook als samenstelling: `plekken` bij `fietsplekken`), een product alleen als de eenheden samen die van de uitkomst geven (`1,2 cm per jaar` en `tien jaar` tellen niet op tot `11 cm`; een kaal getal telt met alles). Als vangnet leest de regel daarnaast elke zin met een uitkomstwoord (`in totaal`, `samen`, `een daling van`, `… minder`, `korter`, `resteert`, `gemiddeld`, `op jaarbasis`, `komt … uit op`) als geheel: de getallen ervoor, of in de zin ervoor als de zin er zelf geen heeft, worden gecombineerd zoals het woord zegt (som, verschil, rest, gemiddelde, tarief × aantal, of per week, maand of kwartaal naar een jaar, ook als de periode de zin opent: `Elke maand …`). Ook per dag, etmaal of nacht naar een jaar (× 365) en een jaarbedrag terug naar een maand, week of kwartaal (`€ 96 per nacht, oftewel € 35.040 per jaar`); een gemiddelde met zijn delen na een dubbele punt, ook met het getelde woord en de periode ervoor (`gemiddeld 1.450 meldingen per jaar: …`), of in de zin erna, één per jaar (niet als de zin van het gemiddelde eigen jaren noemt); een `tekort`, `overschot`, `saldo` of `verschil` als onderwerp van de zin na de twee standen (ook als die in twee zinnen staan); en een verandering van twee aantallen met een ander zelfstandig naamwoord of een getal in woorden na een dubbele punt (`in 2020 nog 14 peuterspeelzalen en in 2025 11: drie minder`). Een verandering met maar één stand in haar zin begint bij de ene stand van dezelfde soort in de zin ervoor (`Het budget is in 2026 € 410.000. In 2029 loopt het op tot € 455.000, een stijging van € 45.000`; niet als de zin een ander aantal noemt), ook na `minder dan in januari` of `meer dan aan het begin van het jaar`; de delen tussen haakjes na een gemiddelde of totaal (`gemiddeld 207 per jaar (2023: 190, 2024: 205, 2025: 226)`) zijn de getallen die het combineert; en een verhouding die de uitkomst herhaalt (`, ongeveer een op de zes`) is geen ander getal. Een waarschuwing alleen als die combinatie buiten de afronding van de uitkomst valt en geen andere eenvoudige combinatie van de getallen de uitkomst geeft. Delen na `Daarvan` of `Hiervan` (`De lasten zijn € 265.000. Daarvan komt € 160.000 uit … en € 105.000 uit …`) moeten samen het ene getal van hun soort in de zin ervoor zijn: bedragen precies (binnen hun afronding), aantallen mogen een deel zijn maar niet meer dan het geheel; zwijgt bij `onder meer`, `zoals`, `nog`, `ook`, een rest of overige in de zin of de zin erna, en bij delen die meer dan twee keer van het geheel afliggen. Ook: een aantal of bedrag van één periode met direct daarna hetzelfde per een andere periode (`In 2025 kwamen 3.900 meldingen binnen; dat zijn er zo’n 75 per week`, `jaarlijks 2.600 bomen, gemiddeld 220 per maand`, `per week 30 ritten, ruim 1.500 per jaar`, ook tussen haakjes; zwijgt bij een deel van het jaar: `in de zomer`, `de drukste maand`, `per werkdag`); een gemiddelde in een kleinere eenheid van de maat van het totaal (`610 ton … bij 4.100 huishoudens, zo’n 150 kg per huishouden`, `per mast is dat ongeveer … kWh`), ook met het aantal erna (`bij zes hallen`); een basis en wat erbovenop komt, verdeeld over jaren (`bovenop de 640 plekken komen nog 30 plekken …; in vijf jaar gemiddeld … per jaar`; zwijgt als één van beide alleen het gemiddelde geeft); een saldo na `per saldo` en een `tekort van` dat een later zinsdeel opent. Een aantal vóór een dubbele punt met zijn delen erna in dezelfde zin (`De gemeente beheert 93 gemalen: 51 in de polders, 30 langs de dijk en 14 in de kernen`) klopt met de som van de delen: delen die samen meer zijn, of drie of meer die samen minder zijn, worden gemeld (de delen tellen hetzelfde: geen eigen zelfstandig naamwoord, hetzelfde of een samenstelling ervan; zwijgt bij `onder andere`, een afrondingswoord en `de rest`). Twee delen die samen minder zijn, worden als waarschuwing gemeld (nooit als fout: een derde soort kan onbenoemd blijven) als ze soorten van het geheel noemen die het samen dekken: een samenstelling met het woord van het geheel (`41 fietsbruggen en 137 voetbruggen`), dat woord met een bijvoeglijk naamwoord (`50 openbare laadpalen en 30 private laadpalen`), een bijvoeglijk naamwoord alleen (`45 houten en 70 stalen`) of elkaars tegendeel (`binnen` en `buiten`, `met` en `zonder`, `voltijd` en `deeltijd`); twee delen naar plaats of materiaal (`40 van hout en 25 van metaal`), na `vooral` of naast een derde groep (`naast enkele …`) kunnen de hoofdgroepen zijn en zwijgen. Na `ruim` mag de uitkomst tot een hele afrondingsstap onder de berekening liggen, na `bijna` erboven. Een aantal per jaar met eigen jaren erachter (`gemiddeld 180 per jaar in de jaren 2027 t/m 2031`, `in de periode 2027-2030`) wordt over die jaren gedeeld, niet over de looptijd van het plan. Een aandeel in de kosten dat eerder voor alle gevallen is vastgelegd (`Het waterschap vergoedt een derde van de kosten van een wadi`, `De subsidie bedraagt 35% van de subsidiabele kosten`, `Bij elk project draagt de regio een kwart bij`), ook in een eerdere paragraaf van hetzelfde hoofdstuk, moet kloppen met de kosten en het deel van één geval later (`De wadi aan de Kerklaan kost € 84.000; de vergoeding van het waterschap is € 30.000`, of de kosten in de zin ervoor); zwijgt bij twee verschillende aandelen, een maximum of uitzondering, een andere betaler in de zin (`de gemeentelijke bijdrage`, `de eigen bijdrage`) en een eigen aandeel in de zin. Een norm die eerder is vastgelegd (`ten minste 4 m² per kind`, `Per groep rekenen we met hoogstens 16 peuters`, `één begeleider op acht kinderen`, `Voor iedere 500 inwoners hoort er een speelplek`) of in een tabel met normen staat (de rij en de kolom die de zin noemt) en later wordt toegepast met een verwijzing (`volgens die norm`, `met deze verhouding`, `de norm vraagt`, `daarmee`, `nodig`) moet de uitkomst geven: onder een minimum of maximum alleen aan de kant die de norm verbiedt, met `nodig` precies (naar boven afgerond); zwijgt bij twee normen voor dezelfde zaken en bij een zin die zegt dat de norm niet gehaald wordt. Een verandering tussen twee jaren van een tabel mag ook als `kwamen er 16 bij`, `gingen er 12 verloren`, `vergeleken met 2022 … 225 hoger` of `het verschil tussen 2022 en 2024 is 265` staan, met het getal in cijfers of woorden. Ook: een tarief als voorwaarde met de uitkomst direct erna (`dat is 2.300 uur, en bij € 41 per uur een rekening van € 94.300`), een prijs per ding per maand of week met een uitkomst per jaar (× 12 of × 52: `€ 3,10 per pas per maand, jaarlijks € 1.860`; ook `40 licenties à € 6 per maand`), een product van maten in een eenheid van zijn eigen dimensie (lengte × breedte × gram per m² in kg of ton: `een strook van 400 m lang en 3 m breed met 20 gram per m²: 24 kg`; elke maat één keer, ook met een maat in de zin ervoor; een aantal per maat als `5 struiken per m²` telt de struiken), een streepje in een tabelcel als nul in het totaal of de verandering van een rij, en een rij die de zin ervoor noemt als de zin terugwijst (`daarvan`, `hieruit`). Een nieuw tarief bij een ongewijzigd aantal (`bij een gelijk aantal seizoenskaarten`, `blijft het aantal … gelijk`) rekent met het laatst genoemde aantal van dat woord in de paragraaf, hoe ver terug ook, en het ene bedrag van die zin of de zin ervoor. Ook: een verandering met een woord voor haar grootte (`van 75 naar 50 dagen, een winst van 25 dagen`, `een besparing van`, `een krimp van`); een berekening met haar uitkomst tussen haakjes (`(16 plekken à € 940, oftewel € 15.040)`) en een aantal vóór haakjes die het uitrekenen in dezelfde eenheid (`42 uur (336 uur gedeeld door 8 teams)`, een waarschuwing); de rest van een gesplitst geheel in een latere zin (`Van het budget van € 73.400 gaat € 9.600 naar de zaalhuur.` en dan `Voor de cursussen resteert € 63.800.`) en een deel dat afgaat van een geheel enkele zinnen eerder (`De kwekerij beslaat 6,2 hectare.` … `Trekken we de 0,8 hectare voor het pad af, dan blijft 5,4 hectare over.`). Een prijsstap per eenheid maal een eerder genoemd aantal van die eenheid is de verandering van de opbrengst (`3.200 zaaluren per jaar` en later `het tarief gaat van € 22 naar € 25 per zaaluur; dat brengt € 9.600 extra op`), en een aantal dat bij een rij komt of verdwijnt is het verschil tussen de twee jaarkolommen van een tabel erboven (`| Dorp | Leden 2021 | Leden 2025 |` en `In Hoogmeer kwamen er 38 bij`). Ook zonder uitkomstwoord en in elke volgorde: een uitkomst waarvan de eenheid het product is van twee tot vier andere getallen in haar zin of de twee zinnen ervoor, met ten minste één tarief per iets anders dan een jaar (`0,5 fte` bij `€ 86.500 per fte` geeft euro’s, `12 uur per week` in `30 weken` geeft uren, `elke avond vier uur` is per avond; maten tellen om en een geteld woord hoort bij de eenheid van een tarief, ook als samenstelling; `bij hetzelfde tarief` neemt het laatste tarief in euro’s vóór de alinea); de berekening mag ook tussen haakjes direct na de uitkomst staan, eventueel na haar eenheid en een woord (`€ 9.800 (70 uur tegen € 130 per uur)`, `96 uur beschikbaar (4 uur per week, 26 weken)`); zwijgt als een ander product, een eenvoudige bewerking van twee getallen met passende eenheden of het product met één getal erbij of eraf de uitkomst geeft, bij een maximum, een aandeel of een toegevoegd bedrag, en bij een uitkomst die meer dan 30% van het product afligt. Een getal dat een tabel van het plan zelf ook geeft, moet daarmee kloppen: de zin noemt een rij (naar het grootste deel van zijn label, of naar zijn eerste woord als geen andere rij dat heeft, ook in de zin ervoor als de zin terugwijst) en een kolom (het jaar van de zin of de zin ervoor, een rij die elk jaar gelijk is, de enige kolom met getallen of de kolom die de zin noemt; een zin die alleen een kolom noemt, `netto`, bedoelt de totaalrij), met één getal van de soort van de tabel (euro’s bij een tabel met bedragen, ook in een ander hoofdstuk; een percentage; een aantal waarvan het woord de rij, de kolom of de eenheid noemt): `Voor de buurtconciërge trekken we jaarlijks € 68.000 uit` bij een rij `Buurtconciërge | 61 | 61 | 61` in een tabel `x € 1.000` is een waarschuwing. De cel mag een halve stap van de eenheid van de tabel afwijken en het getal zijn eigen afronding. Zwijgt bij een verandering, een deel (`daarvan`, `van de totale …`), een grens (`maximaal`, `meer dan`), een doel (`willen`), een bedrag per maand of per stuk (`elke`), een stand op een dag (`op 1 januari`), een getal dat een andere cel van de rij of kolom geeft (het totaal, een ander jaar) en een getal dat meer dan twee keer van de cel afligt. Een tarief dat bij een naam hoort (een zone, locatie of categorie), met andere tarieven van dezelfde eenheid in één zin, een opsomming of een tabel met een prijskolom (`€ 1,85 per m² op het dorpsplein en € 2,65 per m² op de havenkade`, `- vak 3: € 5,20 per m²`, een kolom `Prijs per m²`), rekent een latere zin na die die naam, een aantal van de eenheid en één bedrag noemt (`Een kraam van 14 m² op de havenkade betaalt € 37,10`); zwijgt bij een tweede naam, een ander getal (een korting, een aantal jaren), een andere periode, een deel of aandeel, en onder het product bij een maximum. Een verandering tegen een genoemd jaar (`In 2029 verwachten we 1.480 inschrijvingen, een stijging van 130 ten opzichte van 2026`, ook `vergeleken met 2026` of `dan in 2026`) moet het verschil zijn met de stand van dat jaar elders in de tekst: een zin met alleen dat jaar en een getal van dezelfde soort (`In 2026 kwamen er 1.350 inschrijvingen binnen.`), een opsommingspunt of aside (`2026: 1.350`) of de tabelrij van dat jaar; maten van één soort tellen om (`kiloton` en `ton`); zwijgt als het basisjaar meer dan één stand heeft, bij een percentage in de zin en bij een verschil dat meer dan twee keer van de uitkomst afligt. Een gemiddelde per eenheid waarvan de zin en de zinnen ervoor geen totaal en aantal geven (`Per gemaal werden gemiddeld 2.100 draaiuren gemaakt`, `Een speeltuin trok gemiddeld 40 bezoekers`) haalt zijn termen uit een tabel van de tekst: de totalen van een kolom van het getelde ding en een kolom van de eenheid, of één kolom van het ding gedeeld door het aantal rijen als de rijen de eenheid zijn (de kop van de eerste kolom noemt haar); een totaalregel die niet met de som van de rijen klopt geeft twee totalen, en het gemiddelde klopt als één ervan het geeft; zwijgt als de zin een rij noemt, een deel telt (`de twee dorpen`) of een jaar noemt dat de tabel niet heeft. Ook: een stand, wat erbij komt en de nieuwe stand over zinnen heen (`Het fietsnetwerk is 90 km lang.` en dan `Met drie nieuwe lussen van elk 6 km komt het netwerk daarmee op 108 km`; maten tellen om, en een woord als `daarmee`, `zodat` of `totaal` verbindt de nieuwe stand met wat erbij komt); een percentage van een bedrag dat ervóór staat (`Over de huuropbrengst van € 240.000 dragen we 5% af: € 12.000`); een breuk in woorden die in de zin erna wordt toegepast (`Een kwart van de daken krijgt zonnepanelen. Bij 1.200 daken gaat het om 300 daken`); en een hoeveelheid die in een andere eenheid van haar maat wordt herhaald (`3,2 hectare, dat is 32.000 m²`). Ook: een opsomming waarvan de inleiding één prijs per eenheid noemt zonder bedrag (`dezelfde huur per m²:`) en waarvan de punten een aantal van die eenheid en een bedrag geven; een punt dat afwijkt van de prijs die een punt zelf noemt, of die meer dan de helft van de punten (minstens twee) geeft, wordt gemeld (zwijgt als de inleiding zegt dat de prijs verschilt, `daalt naarmate`, en bij een punt met iets erbij). Een gemiddelde maat van de dingen waar een zin over gaat (`De kleedlokalen zijn gemiddeld 35 m² groot`) is een maat per ding voor een later aantal ervan (binnen de afronding van het gemiddelde), een prijs na `tegen` direct na een aantal (`2.600 meter tegen € 850`) is een prijs per eenheid van dat aantal, en `per strekkende meter` is per meter.Verder: een verandering tegen een genoemd jaar waarvan de stand in een tabel met de jaren als kolommen staat, in de rij die de eigen stand van de zin in haar eigen jaar heeft (`In 2028 loopt het saldo terug tot 215, een afname van 530 ten opzichte van 2027`; ook een financiële tabel in een ander hoofdstuk; zwijgt als rijen met die stand in het basisjaar verschillen); een vergelijking met beide standen in de zin (`kost met € 5,6 miljoen € 1,1 miljoen meer dan de eerste fase (€ 4,5 miljoen)`, `1.240 woningzoekenden, 160 meer dan Zuid met 1.080`; zwijgt bij een percentage, een andere soort na `dan`, een gemiddelde of tarief na `dan` en een getal direct na `dan`, dat een grens is); een scheidbaar werkwoord om de grootte heen (`nam het aantal met 11 toe`, `liep … met 7 weken op`); en een verandering van de stand van een eerder jaar naar nu (`In 2022 waren het er 3.900; nu zijn dat er 920 meer`) tegen de ene huidige stand van hetzelfde woord elders in de tekst (een zin zonder jaartal, verandering of doel, of de totaalrij van een tabel zonder jaren), alleen in de richting die de zin zegt en met de grootte binnen anderhalf keer het verschil. Ook: een verschil met dezelfde gelegenheid een jaar eerder in een tabel met een kolom van datums (`Op de voorjaarsmarkt van 2025 kwamen 1.260 deelnemers, 110 meer dan een jaar eerder`: de rij van die naam en dat jaar tegen de rij van die naam een jaar ervoor; zwijgt als een naam met zijn jaar niet precies één rij treft of de zin een ander getal noemt dan de cel van de rij). Ook: een verandering die het saldo is van een instroom en een uitstroom in haar zin (`de uitstroom ligt op 85 fte, de instroom op 61 fte; het tekort groeit daardoor met 24 fte`, ook `310 aanmeldingen tegenover 255 afmeldingen` met de verandering als enige getal van de zin erna) moet het verschil van de twee stromen zijn (één eenheid; zwijgt bij een percentage of bedrag); een aantal jaren vanaf of tot het ene jaar van de zin (`In 2022 waren er nog 4.180, zodat er in vier jaar 280 bij zijn gekomen`) leest de standen van beide jaren en zwijgt als beide lezingen standen vinden; en een jaartal direct vóór `van … naar …` (`groeide sinds 2022 van 14.380 naar 15.120, een groei van 740`) laat de verandering staan. Ook: het totaal van een kolom van een tabel zonder jaren over alle rijen die de zin telt (`De drie maatregelen kosten samen € 1,16 miljoen` onder een kolom `Kosten`), een verandering in het laatste jaar van een tabel met twee jaarkolommen (`De lasten stijgen in 2027 met € 165.000`; een rij die alleen `Lasten` of `Baten` heet, telt naast haar eigen tekst), delen van een geheel met elk hun jaar (`Van het krediet van € 900.000 besteden we € 250.000 in 2026, …`: meer dan het geheel wordt gemeld), een totaal na `cumulatief` of `tellen op tot` en een bedrag per jaar met het totaal over de planperiode direct erna (`jaarlijks € 45.000, over de planperiode € 180.000`; zwijgt bij `vanaf 2027` en een bedrag met een ander doel erachter). Na `ruim` of `bijna` mag een totaal aan die kant van de som liggen (`ruim € 125.000` voor € 127.500), en een derde deel zonder bedrag (`met het poppodium samen`) of een geheel min de bijdragen van meer partijen laat de zin kloppen. Tekens die niets aan de berekening veranderen tellen niet: haakjes om een uitkomst die met een woord van een totaal, verandering of rest opent (`(samen 412 deelnemers)`, `(een daling van 145)`, `(75 minder)`), nadruk om een getal (`**360**`) en een voetnootverwijzing (`€ 87.700[^1]`); `gezamenlijk` noemt een totaal zoals `samen`. Rijen van een tabel die de zin bij naam noemt tellen ook op in de ene jaarkolom die de zin noemt (`In 2025 hadden Noord en Oost samen 407 deelnemers`), en rijen die een nummer onderscheidt (`Fase 1`, `Fase 2`) heten naar hun nummers (`fase 1 en 2 samen`). Een afrondingswoord bij een totaal uit een tabel laat toe wat het elders toelaat: `ruim` erboven en `bijna` eronder, zo ver als de geschreven cijfers zeggen (`ruim 1.000` mag 1.250 zijn, `ruim 1.240` niet). Een uitkomst vóór een dubbele punt, puntkomma of gedachtestreepje met de termen erna (`De indexatie kost € 18.000: 2,5% van € 640.000`) leest als met de termen tussen haakjes, en een uitkomst met de termen in een bijzin met `omdat`, `doordat` of `terwijl` als met de termen eerst. Nadruk, een voetnootteken en een bron tussen haakjes (`(bron: …)`) tellen niet als getal; een uitkomst per geteld ding (`dat is € 59.000 per gemeente` na `drie gemeenten`) is geen product met dat aantal, en een term met `ruim`, `bijna` of `circa` maakt een product of deling even ruw als die term. Een toelichting onder een tabel in het hoofdstuk financiën (die het model apart van de tabel bewaart) leest haar eigen tabel zoals een zin onder een tabel, en een zin zonder rij noemt de totaalrij ook met haar eigen woorden (`de lasten` voor `Totaal lasten`). Ook: een aantal groepen van één grootte met een totaal (`vier lesgroepen van twaalf leerlingen, samen 48 leerlingen`, ook rijen, rekken, vakken, verdiepingen of units: `vijf rijen van twaalf stoelen, samen 60 stoelen`; alleen na `in totaal`, `samen`, `dat zijn` of `goed voor`, met een totaal dat de grootte of plaatsen telt, niet bij `van de school`, een prijs of `van tien tot vijftien`); een tarief na `elk voor`, `ieder met` of `elk van` (`drie verpleegkundigen, ieder voor 0,8 fte, samen 2,4 fte`); een tekort of overschrijding na één bedrag aan inkomsten of budget en één aan kosten in de zin of de twee zinnen ervoor, de kosten min de inkomsten, en een overschot (`houden we … over`) andersom (delen van een bedrag na een dubbele punt tellen niet apart; zwijgt als de tekens niet bij het woord passen, bij een bedrag per jaar aan één kant en bij een derde bedrag); en een prijs per eenheid tot twee alinea’s terug, een aantal van die eenheid en in de zin erna één bedrag dat terugwijst (`Hiervoor is … nodig`, `Daarmee is … gemoeid`; zwijgt bij een tweede prijs voor die eenheid, een aantal van iets anders en een totaal dat meer of minder omvat, `waarvan` mag). Een aantal in woorden staat in de berekening in cijfers. Ook: het verschil tussen de twee uitersten van een kolom van een tabel erboven, genoemd met overtreffende trappen in plaats van rijen (`het verschil tussen de duurste en de goedkoopste zaal is € 80`, `tussen de kortste en de langste wachttijd scheelt het 12 minuten`): de kolom is de ene waar de eenheid naar wijst (procentpunten bij percentages, een eenheid uit de kop of de cellen, euro’s); zwijgt bij een verschil in procenten, als geen of meer dan één kolom past, en bij `de grootste en de kleinste` (of `oudste`, `meeste` …) als het verschil klopt tussen de rijen waar een andere kolom haar uitersten heeft. Zo ook het verschil tussen twee rijen die de zin bij naam noemt (`het verschil tussen Noord en Zuid is 6 procentpunt`, `tussen de sporthal en de gymzaal scheelt het € 35`), elk precies één rij. Een gemiddelde van opgesomde waarden mag elke waarde met haar jaar erachter geven (`36 in 2022, 41 in 2023 en 49 in 2024, gemiddeld 42`) of één jaar vóór de opsomming voor alle waarden; een verandering die geen rij noemt maar wel het woord van de jaarkolommen (`kwamen er 68 meldingen bij` naast `Meldingen 2024 | Meldingen 2025`) is die van de totaalrij; en een geheel waarvan de zin erna de delen tussen haakjes plaatst (`64 speeltuinen. Deze liggen in Noord (22), Oost (19) en Zuid (21).`, ook `Die staan`, `zijn verdeeld over`) moet hun som zijn (zwijgt bij `vooral`). Wat een doel nog vraagt (`Ons doel is 300 laadpalen; daarvoor zijn 180 laadpalen extra nodig`, `er moeten er nog 55 bij`) moet het doel min de stand van nu zijn, als een van de twee zinnen ervoor die stand als enige van die soort noemt met `nu`, `op dit moment` of `momenteel` (zwijgt bij een stand van een ander jaar en een afgeronde stand). Een saldo na kosten die `daar … tegenover` staan (`De zwembadkaarten brachten € 320.000 op. Daar stonden personeelskosten (€ 150.000) en energie (€ 90.000) tegenover, zodat het bad € 80.000 overhield.`, ook in de zin erna) moet de opbrengst min die kosten zijn (zwijgt bij een tekort), en wat van een geteld geheel na een deel `nog resteert` of `overblijft` (`Van de 120 aanvragen zijn er 80 toegekend, zodat er nog 40 resteren`) het geheel min dat deel. Zo ook een geteld geheel, een deel na `daarvan`, `waarvan` of `hiervan` en de rest na `de overige` of `de andere` (`48 aanvragen; daarvan zijn er 31 toegekend en de overige 17 afgewezen`, ook in woorden en met de rest vooraan in de zin erna; zwijgt als de rest die van een groter geheel ervoor is). Een nieuwe waarde naast de waarde die ze vervangt (`€ 7.400 in plaats van € 9.900`, `(was € 58.500)`, of het oude bedrag in de zin ervoor en `daarvan nog € 17.500 nodig`) met de grootte van de verandering erna (`een besparing van`, `dat scheelt`, `€ 3.000 minder`; niet `minder dan`) moet het verschil zijn. Wat nodig is, wat er is en het tekort (`Nodig zijn 21 plekken, er zijn er 14: een tekort van 7`, ook `te weinig`, `ontbreken er nog`, `blijven we daar 7 onder`) moet het verschil van die twee aantallen zijn (alleen met precies twee aantallen ervoor in de zin of de zin ervoor). Een bedrag per jaar of maand met zijn delen na een dubbele punt zonder eigen periode (`€ 7.200 per jaar: huur € 4.800, …`) moet hun som zijn. Een aantal in een eerste jaar, daarna een aantal per jaar en een totaal (`vijf in 2026 en daarna drie per jaar, in totaal 14`, ook `in de jaren daarna`, `vervolgens jaarlijks`, `het eerste jaar`) moet het eerste aantal zijn plus het jaarlijkse voor elk jaar erna, tot het jaar dat de zin noemt (`tot en met 2029`) of het eind van de planperiode (zwijgt bij een afgerond totaal). Een aantal dingen van één maat met een totaal in die maat (`acht avonden van 2,5 uur, samen 20 uur`, `twee coaches van elk 28 uur per week; er komt 56 uur per week bij`, `zes wadi’s à 45 m², goed voor 270 m²`) moet het product zijn (zwijgt bij een duur tussen twee grenzen, een ander item of deel ertussen en een totaal per een andere periode). Een aantal met de prijs van één na `met een … van €` of `bij een … van €` en een uitkomst (`80 leerlingen per jaar; met een leskaart van € 65 komt dat op € 5.200`) moet het product zijn (zwijgt bij een maximale prijs, een prijs per periode en iets anders erbij). In een opsomming van acties tellen aantallen in woorden (`drie ploegen`) mee. Een aantal per week, dag of maand voor elk van een getelde eenheid (`4 spreekuren per wijkcentrum`, `Elke consulent werkt 18 uur per week`, `Op elke sporthal … twee dagdelen per week`) over een aantal weken met een totaal (`over 40 werkweken zijn dat …`, `samen is dat …`) moet het product van de drie zijn; het aantal eenheden mag in de zin of een van de twee zinnen ervoor staan (de dichtstbijzijnde telt), het tarief ook als enig getal in de zin ervoor (zwijgt bij `plus`, `inclusief`, `waarvan`, een grens en een ander getal in de zin).',
      why: 'Een totaal dat niet de som is van de bedragen ervoor, of veertien haltes van € 35.000 die samen € 530.000 zouden kosten: de lezer rekent na, vindt het verschil en weet niet welk bedrag geldt.',
      ok: [
        { title: 'Een totaalbedrag met zijn delen in een opsomming die klopt', text: plan(fonds('2 miljoen')) },
        { title: 'Een opsomming met een onttrekking die van de andere delen afgaat', text: plan(storting('900.000')) },
        { title: 'Een opsomming waarvan de inleiding zegt dat de prijs per m² verschilt', text: plan(['De prijs per m² daalt naarmate de berging groter is:', '', '- een berging van 6 m² kost € 54 per jaar;', '- een berging van 8 m² kost € 72 per jaar;', '- een berging van 12 m² kost € 96 per jaar.']) },
        { title: 'Een bedrag in de volgende alinea', text: plan(['De cursussen kosten € 8.000: twintig avonden van € 400 voor zaal en docent.', '', 'Het loket kost € 12.000 per jaar, dus € 36.000 over drie jaar.']) },
        { title: 'Genoemde bedragen die optellen', text: plan(['We reserveren € 200.000 voor de bibliotheek en € 150.000 voor het buurthuis, in totaal € 350.000.']) },
        { title: 'Bedragen per jaar en over de hele periode', text: plan(['De regeling kost € 50.000 per jaar en € 15.000 eenmalig, samen € 215.000 over vier jaar.']) },
        { title: 'Een tarief en een bedrag voor iets anders', text: plan(['Voor 12 haltes van elk € 35.000 en een fietsenstalling trekken we € 80.000 extra uit.']) },
        { title: 'Een aantal maal een prijs die klopt', text: plan(['Voor veertien haltes van elk € 35.000 trekken we € 490.000 uit.']) },
        { title: 'Een aantal van iets anders dan de bedragen', text: plan(['Van de 40 aanvragen van € 2.500 zijn er 30 toegekend, samen € 75.000.']) },
        { title: 'Een tarief met een maximum en een totaal', text: plan(['De bijdrage is € 50 per kind met een maximum van € 200 per gezin, in totaal € 60.000.']) },
        { title: 'Een bedrag per deelnemer dat klopt, en een bedrag per jaar', text: plan(['We trekken € 12.000 uit voor 25 deelnemers, dat is € 480 per deelnemer. We geven € 10.000 aan 3 verenigingen, dat is € 3.000 per jaar.']) },
        { title: 'Een uitkomst vóór een aantal van een bedrag die klopt', text: plan(['De deelfietsen kosten € 36.000 (24 fietsen van € 1.500).']) },
        { title: 'Een budget met een opmerking tussen haakjes', text: plan(['Het buurtbudget van € 30.000 (van 2025 tot en met 2027) beheert de wijkraad.']) },
        { title: 'Een uitkomst vóór een berekening met rekenteken', text: plan(['De bankjes kosten € 9.000 (6 × € 1.500).']) },
        { title: 'Een saldo over drie zinnen dat klopt', text: plan(['De verkoop van de oude gemeentewerf in Ommerdal levert € 640.000 op aan opbrengst. De kosten van sloop zijn € 140.000. Per saldo resteert € 500.000.']) },
        { title: 'Netto kosten zijn geen saldo van de zinnen ervoor', text: plan(['Het budget voor de wijkaanpak is € 300.000. De bruto kosten van de buurtcoaches zijn € 180.000. De netto kosten zijn € 120.000 na de rijksbijdrage.']) },
        { title: 'Een nieuw tarief bij een gelijk aantal dat klopt', text: plan(['In 2025 verkochten we 1.900 seizoenskaarten.', '', 'Vanaf 2027 kost een seizoenskaart € 64. Bij een gelijk aantal seizoenskaarten brengt dat € 121.600 op.']) },
        { title: 'Een totaal van de laatste zinnen', text: plan(['In 2024 ging € 80.000 naar de dorpshuizen van Ommerdal. Dit jaar krijgt het dorpshuis in Elst € 45.000. Het dorpshuis in Ravenhorst krijgt € 35.000. Samen is dat € 80.000.']) },
        { title: 'Een saldo in een andere alinea', text: plan(['Het werkbudget is € 90.000.', '', 'De kosten van de campagne zijn € 30.000. Er resteert € 40.000 voor de tweede fase.']) },
        { title: 'Het geheel en de delen in één zin', text: plan(['Van het budget van € 1,2 miljoen gaat € 200.000 naar sport en € 150.000 naar cultuur, samen € 350.000.']) },
        { title: 'Een stijging ten opzichte van een ander jaar', text: plan(['De bijdrage stijgt van € 80.000 naar € 95.000; ten opzichte van 2022 is dat een stijging van € 25.000.']) },
        { title: 'Een bedrag per jaar en eenmalig over de periode', text: plan(['De regeling kost jaarlijks € 50.000 en eenmalig € 30.000, in totaal € 230.000 over vier jaar.']) },
        { title: 'Een totaal van een kolom zonder jaren dat klopt', text: measures('1,16 miljoen') },
        { title: 'Een bedrag per gemeente dat een deel van het geheel is', text: plan(['De drie gemeenten betalen de regionale aanpak van € 177.000 elk voor een derde, dat is € 59.000 per gemeente.']) },
        { title: 'Een afgerond totaal vóór een deling met ruim', text: plan(['De handhaving kost samen ruim € 270.000 (3,5 fte tegen € 78.000 per fte).']) },
        { title: 'Een minimum per kind dat de zaal niet overschrijdt', text: plan(['In een speelzaal krijgt elk kind ten minste 3 m² speelruimte. De speelzaal aan de Beemd is 75 m² groot en is volgens die norm goed voor 24 kinderen.']) },
        { title: 'Het nummer van een stap is geen aantal', text: plan(['- Stap 2 (2028-2030): 90 bruggen in het buitengebied, gemiddeld 30 bruggen per jaar.']) },
        ...seriesGapsOk,
        ...coveringKindsOk,
        ...pricesOk,
        ...productsOk,
        ...bracketsOk,
        ...periodsOk,
        ...restsOk,
        ...datesOk,
        ...countedNounsOk,
        ...balancesOk,
        ...levelsOk,
        ...yearsOk,
        ...changesOk,
        ...extremesOk,
        ...namedGapsOk,
        ...seriesOk,
        ...runsOk,
        ...measuresOk,
        ...spreadsOk,
        ...measuredOk,
        ...insteadOk,
        ...periodWholesOk,
        ...pointedRestsOk,
        ...shortfallsOk,
        ...yearRunsOk,
        ...arrangementsOk,
        ...headsOk,
        ...yearlyCountsOk,
        ...hyphenedOk,
        ...furtherOk
      ],
      notOk: [
        {
          title: 'Een opsomming met een onttrekking waarvan het totaal niet klopt',
          text: plan(storting('950.000')),
          expected: ['Berekening `€ 650.000 + € 500.000 − € 250.000 = 950.000` klopt niet: de uitkomst is `900.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een totaalbedrag vóór `Deze bestaan uit:` dat de delen niet geven',
          text: plan(fonds('2,1 miljoen')),
          expected: ['Berekening `€ 1,2 miljoen + € 480.000 + € 320.000 = 2,1 miljoen` klopt niet: de uitkomst is `2.000.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een opsomming met één prijs per m² waarvan één punt afwijkt',
          text: plan(['Elke huurder betaalt dezelfde prijs per m²:', '', '- een berging van 6 m² kost € 54 per jaar;', '- een berging van 8 m² kost € 72 per jaar;', '- een berging van 12 m² kost € 118 per jaar.']),
          expected: ['Berekening `12 × € 9 = 118` klopt niet: de uitkomst is `108`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een tekort dat niet het saldo van uitstroom en instroom is',
          text: plan(['De uitstroom van leerkrachten ligt op 52 fte per jaar, de instroom op 37 fte; het tekort groeit daardoor met 25 fte per jaar.']),
          expected: ['Berekening `52 − 37 = 25` klopt niet: de uitkomst is `15`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een totaal van een kolom zonder jaren dat niet de som is',
          text: measures('1,26 miljoen'),
          expected: ['Berekening `€ 380.000 + € 515.000 + € 265.000 = 1,26 miljoen` klopt niet: de uitkomst is `1.160.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een totaal dat niet de som is',
          text: plan(['We reserveren € 200.000 voor de bibliotheek en € 150.000 voor het buurthuis, in totaal € 400.000.']),
          expected: ['Berekening `200.000 + 150.000 = 400.000` klopt niet: de uitkomst is `350.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een aantal in woorden maal een prijs',
          text: plan(['Voor veertien haltes van elk € 35.000 trekken we € 530.000 uit.']),
          expected: ['Berekening `14 × 35.000 = 530.000` klopt niet: de uitkomst is `490.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Posten met een aantal en een prijs, samen',
          text: plan(['We bieden 3 trajecten à € 2.000 en 12 trajecten à € 1.500, samen € 26.000.']),
          expected: ['Berekening `3 × 2.000 + 12 × 1.500 = 26.000` klopt niet: de uitkomst is `24.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een aantal van een bedrag en het totaal',
          text: plan(['Met 25 deelnemers van € 400 komt het totaal op € 11.000.']),
          expected: ['Berekening `25 × 400 = 11.000` klopt niet: de uitkomst is `10.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een nieuw tarief bij een gelijk aantal',
          text: plan(['In 2025 verkochten we 1.900 seizoenskaarten.', '', 'Vanaf 2027 kost een seizoenskaart € 64. Bij een gelijk aantal seizoenskaarten brengt dat € 131.600 op.']),
          expected: ['Berekening `1.900 × 64 = 131.600` klopt niet: de uitkomst is `121.600`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Bedragen tussen haakjes, samen',
          text: plan(['De bijdragen van het Rijk (€ 300.000) en de provincie (€ 200.000) komen samen op € 550.000.']),
          expected: ['Berekening `300.000 + 200.000 = 550.000` klopt niet: de uitkomst is `500.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een bedrag per deelnemer dat niet klopt',
          text: plan(['Er is € 150.000 beschikbaar voor 300 deelnemers; dat is € 600 per deelnemer.']),
          expected: ['Berekening `150.000 ÷ 300 = 600` klopt niet: de uitkomst is `500`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst vóór een aantal van een bedrag',
          text: plan(['Het schoolzwemmen in Ommerdal kost € 50.000 (8 groepen van € 6.500).']),
          expected: ['Berekening `8 × 6.500 = 50.000` klopt niet: de uitkomst is `52.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst met ofwel',
          text: plan(['We reserveren € 14.000, ofwel 20 cursussen van € 600.']),
          expected: ['Berekening `20 × 600 = 14.000` klopt niet: de uitkomst is `12.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst met namelijk en van gemiddeld',
          text: plan(['Aan energiecoaching geven we € 45.000 uit, namelijk 120 huishoudens van gemiddeld € 300.']),
          expected: ['Berekening `120 × 300 = 45.000` klopt niet: de uitkomst is `36.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een saldo over drie zinnen dat niet klopt',
          text: plan(['De grondverkoop aan de Molenkade levert een opbrengst van € 400.000. De kosten voor bouwrijp maken zijn € 150.000. Per saldo resteert € 200.000.']),
          expected: ['Berekening `400.000 − 150.000 = 200.000` klopt niet: de uitkomst is `250.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een budget verdeeld en wat overblijft',
          text: plan(['Het sportbudget van Ommerdal bedraagt € 1,2 miljoen. Daarvan gaat € 700.000 naar de zwembaden en € 300.000 naar de velden; er blijft € 300.000 over.']),
          expected: ['Berekening `1,2 miljoen − 700.000 − 300.000 = 300.000` klopt niet: de uitkomst is `200.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Kosten in twee zinnen en het saldo',
          text: plan(['Voor de kermis is € 60.000 beschikbaar. De huur van het terrein kost € 25.000. De beveiliging kost € 15.000. Het saldo is € 30.000.']),
          expected: ['Berekening `60.000 − 25.000 − 15.000 = 30.000` klopt niet: de uitkomst is `20.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Bedragen in losse zinnen en een totaal',
          text: plan(['De muziekschool van Ommerdal krijgt € 120.000. Het theater krijgt € 95.000. In totaal is dat € 225.000.']),
          expected: ['Berekening `120.000 + 95.000 = 225.000` klopt niet: de uitkomst is `215.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een stijging die niet het verschil is',
          text: plan(['We verhogen de subsidie aan het poppodium van € 80.000 naar € 95.000, een stijging van € 25.000.']),
          expected: ['Berekening `95.000 − 80.000 = 25.000` klopt niet: de uitkomst is `15.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een bedrag per jaar gedurende jaren en een totaal',
          text: plan(['De provincie draagt jaarlijks € 50.000 bij gedurende vier jaar, in totaal € 250.000.']),
          expected: ['Berekening `50.000 × 4 = 250.000` klopt niet: de uitkomst is `200.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een budget, wat besteed is en wat resteert',
          text: plan(['Van het budget van € 3 mln is € 1,2 mln besteed; er resteert € 2,1 mln.']),
          expected: ['Berekening `3 mln − 1,2 mln = 2,1 mln` klopt niet: de uitkomst is `1.800.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een geheel opgebouwd uit delen',
          text: plan(['Het budget van € 1,2 miljoen is opgebouwd uit € 500.000 van het Rijk en € 600.000 van de provincie.']),
          expected: ['Berekening `500.000 + 600.000 = 1,2 miljoen` klopt niet: de uitkomst is `1.100.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een aantal en een tarief per eenheid, samen',
          text: plan(['Voor het maaien van de negen stadsparken rekenen we met € 14.000 per park, samen € 136.000.']),
          expected: ['Berekening `9 × 14.000 = 136.000` klopt niet: de uitkomst is `126.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Bedragen in miljoenen',
          text: plan(['Het Rijk draagt € 1,2 miljoen bij en de provincie € 0,6 miljoen, samen € 1,9 miljoen.']),
          expected: ['Berekening `1,2 miljoen + 0,6 miljoen = 1,9 miljoen` klopt niet: de uitkomst is `1.800.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een eerder vastgelegd aandeel in de kosten, toegepast op één geval',
          text: plan(['Het waterschap vergoedt een derde van de kosten van een wadi. De wadi aan de Kerklaan kost € 84.000; de vergoeding van het waterschap is € 30.000.']),
          expected: ['Berekening `een derde × 84.000 = 30.000` klopt niet: de uitkomst is `28.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een bedrag dat de kostentabel anders noemt',
          text: plan(['Voor de buurtconciërge in Brakelhof trekken we jaarlijks € 68.000 uit.', '', 'Alle bedragen x € 1.000.', '', '| Onderdeel | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Buurtconciërge Brakelhof | 61 | 61 | 61 |', '| Onderhoud wadi’s | 30 | 38 | 38 |', '| Totaal | 91 | 99 | 99 |']),
          expected: ['Berekening `tabel: Buurtconciërge Brakelhof, 2027: 61 (x € 1.000) = 68.000` klopt niet: de uitkomst is `61.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een minimum per kind, toegepast met een verwijzing',
          text: plan(['In een speelzaal krijgt elk kind ten minste 3 m² speelruimte. De speelzaal aan de Beemd is 75 m² groot en is volgens die norm goed voor 30 kinderen.']),
          expected: ['Berekening `75 ÷ 3 = 30` klopt niet: de uitkomst is `25`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een duur per gesprek in minuten en een totaal in uren',
          text: plan(['We voeren 240 intakegesprekken per jaar. Een intakegesprek duurt 45 minuten, samen 200 uur per jaar.']),
          expected: ['Berekening `240 × 45 minuten = 200` klopt niet: de uitkomst is `180`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een vergelijking met beide standen in de zin',
          text: plan(['De tweede fase kost met € 5,6 miljoen € 1,4 miljoen meer dan de eerste fase (€ 4,5 miljoen).']),
          expected: ['Berekening `€ 5,6 miljoen − € 4,5 miljoen = 1,4 miljoen` klopt niet: de uitkomst is `1.100.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een gemiddelde maat van elk van een aantal, met een bijvoeglijk woord ervoor',
          text: plan(['Met de vijf geplande vijvers van gemiddeld 850 m³ ontstaat 4.800 m³ berging.']),
          expected: ['Berekening `5 × 850 = 4.800` klopt niet: de uitkomst is `4.250`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een stap met haar jaren en een aantal per jaar dat niet klopt',
          text: plan(['- Stap 2 (2028-2030): 90 bruggen in het buitengebied, gemiddeld 35 bruggen per jaar.']),
          expected: ['Berekening `90 ÷ 3 = 35` klopt niet: de uitkomst is `30`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een lijst van aantallen met het totaal in de zin erna',
          text: plan(['We planten bomen in drie wijken:', '', '- Noord: 120 bomen;', '- Zuid: 85 bomen;', '- Centrum: 60 bomen.', '', 'Samen planten we daarmee 275 bomen.']),
          expected: ['Berekening `120 + 85 + 60 = 275` klopt niet: de uitkomst is `265`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een uitkomst met de termen na een dubbele punt',
          text: plan(['De indexatie van het subsidiebudget kost € 18.000: 2,5% van € 640.000.']),
          expected: ['Berekening `2,5% × 640.000 = 18.000` klopt niet: de uitkomst is `16.000`; herstel de berekening of de uitkomst']
        },
        {
          title: 'Een percentage van een geheel dat de zin ervoor noemt',
          text: plan(['Het overschot op het sportbudget is € 2,5 miljoen. Wij voegen 30% van het overschot toe aan de onderhoudsreserve, een bedrag van € 0,9 miljoen.']),
          expected: ['Berekening `30% × 2,5 miljoen = 0,9 miljoen` klopt niet: de uitkomst is `750.000`; herstel de berekening of de uitkomst']
        },
        ...seriesGapsNotOk,
        ...coveringKindsNotOk,
        ...pricesNotOk,
        ...productsNotOk,
        ...bracketsNotOk,
        ...periodsNotOk,
        ...restsNotOk,
        ...datesNotOk,
        ...countedNounsNotOk,
        ...balancesNotOk,
        ...levelsNotOk,
        ...yearsNotOk,
        ...changesNotOk,
        ...extremesNotOk,
        ...namedGapsNotOk,
        ...seriesNotOk,
        ...runsNotOk,
        ...measuresNotOk,
        ...spreadsNotOk,
        ...measuredNotOk,
        ...insteadNotOk,
        ...periodWholesNotOk,
        ...pointedRestsNotOk,
        ...shortfallsNotOk,
        ...yearRunsNotOk,
        ...arrangementsNotOk,
        ...headsNotOk,
        ...yearlyCountsNotOk,
        ...hyphenedNotOk,
        ...furtherNotOk
      ]
    }
  },
  (model, context) => {
    // Running text, and every other written text with an amount: an action read from a list
    // item, a table cell (`Met 260 deelnemers en € 40 per deelnemer kost dat € 11.400`).
    const periode = model.document.periode
    const plan = periode ? { start: periode.start, years: periode.eind - periode.start + 1 } : undefined
    const earlier = earlierTexts(model)
    const leads = listLeads(model)
    for (const { pointer, text: source } of calculationTexts(model)) {
      // (Read without emphasis and footnote markers; reported in the source.)
      const text = readingText(source)
      const implied = withListLead(impliedCalculations(text, plan, model.financien?.tabellen ?? [], earlier.get(pointer), ownFinanceTable(model, pointer)), leads.get(pointer), (t) => impliedCalculations(t, plan, model.financien?.tabellen ?? []))
      // A number arithmetic-slip reports as a slip is its: the fallback reading of the sentence gives way.
      const slips = implied.some((e) => e.fallback) ? arithmeticSlips(text, plan?.years).map((s) => s.stated.index) : []
      for (const e of implied) if (!(e.fallback && slips.some((i) => Math.abs(i - e.index) <= 3))) reportCalculation(context, pointer, source, e)
    }
  }
)
