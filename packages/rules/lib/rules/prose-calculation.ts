import { lintRule } from '../rule.js'
import { arithmeticSlips } from '../util/arithmetic-slips.js'
import { reportCalculation } from '../util/calculation-report.js'
import { example } from '../util/examples.js'
import { calculationTexts, ownFinanceTable } from '../util/calculation-texts.js'
import { earlierTexts } from '../util/earlier-texts.js'
import { impliedCalculations } from '../util/prose-equations.js'

const plan = (body: string[]): string => example(['# Financiën', '', ...body], 'gemeente: Lindewaarde')

/** Rule: a total or result the sentence implies matches the amounts it names. */
export const proseCalculation = lintRule(
  {
    id: 'prose-calculation',
    severity: 'warning',
    group: 'financien',
    description: 'Een totaal van genoemde bedragen ("… en …, in totaal …") of een aantal maal een prijs met een bedrag erna klopt met de bedragen in de zin.',
    docs: {
      what: 'Rekent berekeningen na die de zin zonder rekenteken geeft. (1) Genoemde bedragen en een totaal: `€ 200.000 voor A en € 150.000 voor B, in totaal € 400.000`; ook met aantallen maal een prijs ertussen (`3 trajecten à € 2.000 en 12 à € 1.500, samen € 24.000`). (2) Een aantal maal een prijs met direct daarna een bedrag, zonder woord als `is`, `samen` of `=`: `voor 14 haltes van elk € 35.000 trekken we € 530.000 uit`. (3) Een aantal `van` een bedrag met een uitkomst (`2 fte van € 80.000 kost € 150.000`, `25 deelnemers van € 400 komt het totaal op € 11.000`): `van` kan ook een geheel noemen, dus is dit een lezing van de zin. (4) Een bedrag voor een aantal en het bedrag per eenheid: `€ 150.000 voor 300 deelnemers; dat is € 600 per deelnemer` (de eenheid na `per` is het getelde woord; een bedrag per jaar is iets anders). (5) Een saldo over opeenvolgende zinnen van één alinea: een zin met één bedrag en een geheel (`budget`, `opbrengst`, `beschikbaar`), direct daarna zinnen met kosten of uitgaven (`kosten`, `daarvan gaat`), en dan een zin met één bedrag en een uitkomstwoord (`resteert`, `blijft … over`, `per saldo`, `netto`, `saldo`): `De opbrengst is € 400.000. De kosten zijn € 150.000. Per saldo resteert € 250.000.` Ook een alinea van zinnen met bedragen die eindigt op een zin met `in totaal`, `samen` of `bij elkaar` (`De bibliotheek krijgt € 200.000. Het buurthuis krijgt € 150.000. Samen is dat € 350.000.`); klopt het totaal met alleen de laatste zinnen, dan gaan de eerste over iets anders, en een totaal dat meer dan twee keer de som is, is een groter geheel (`De totale cultuurbegroting is € 2,4 miljoen`). Zwijgt bij bedragen per jaar, `waarvan`, `circa` en een tekort. (6) Een uitkomst vóór een aantal `van` een bedrag, tussen haakjes of na `namelijk`: `€ 50.000 (8 laadpalen van € 6.500)`. (7) Een verandering met het verschil erbij: `van € 80.000 naar € 95.000, een stijging van € 15.000`, `wordt met € 15.000 verhoogd tot € 95.000`, `het verschil tussen € 95.000 en € 80.000 is € 15.000` (zwijgt bij `ten opzichte van`, `sinds` en bedragen per jaar of maand). (8) Een bedrag per periode over een aantal perioden met een totaal: `jaarlijks € 50.000 gedurende vier jaar` (of `, vier jaar lang,`) `, in totaal € 200.000`, `€ 2.500 per maand gedurende twaalf maanden komt op € 30.000`. (9) Een geheel en zijn delen: `€ 1,1 miljoen, opgebouwd uit € 500.000 van het Rijk en € 600.000 van de provincie` of `bestaan uit` of `verdeeld over` (zwijgt bij `onder andere`, een bereik of aantallen), `elk van de 12 dorpshuizen krijgt € 15.000; in totaal € 180.000`, een aantal met een prijs per stuk en een totaal (`drie wijkagenten kosten per persoon € 70.000, samen € 210.000`, `per inwoner € 12, voor 45.000 inwoners samen € 540.000`; de eenheid na `per` is het getelde woord), een zin met bedragen en daarna `Totaal: €`, en een budget met wat ervan besteed is in één zinsdeel en wat resteert in het volgende: `Van het budget van € 3 mln is € 1,2 mln besteed; er resteert € 1,8 mln`. (10) Een tarief per eenheid en een aantal van die eenheden met een uitkomst, ook als het aantal of het tarief in de zin ervoor staat en de zin ernaar terugwijst (`daarmee`, `elk`), en ook zonder euro’s: `de negen parken; we rekenen met € 14.000 per park, samen € 126.000`, `gemiddeld 18 bezoeken per week; over 46 weken zijn dat er 828`, `vier medewerkers. Met elk 1.200 uur hebben zij samen 4.800 uur` (het getelde woord noemt de eenheid na `per`, ook als samenstelling: `werkweken` bij `per week`; een gemiddeld tarief mag per eenheid afronden); de uitkomst mag ook na `levert de … op` staan (`Met 52.000 inwoners en € 4 per inwoner levert de belasting € 208.000 op`), niet na een woord als `daarnaast` of `ook`. (11) Een verandering met het verschil vooraf (`stijgen met € 74.000, van € 910.000 naar € 984.000`) of in een andere eenheid (`een daling van 42 naar 30 minuten betekent 12 minuten minder`). (12) Een bedrag per maand, kwartaal of week en hetzelfde bedrag per jaar: `€ 38 per maand, dat is € 456 per jaar`, ook `op jaarbasis` (`€ 3.500 per maand, op jaarbasis € 42.000`). (13) Een bedrag per jaar over de hele planperiode of looptijd met een totaal: het aantal jaren is de `periode` van het plan (`€ 25.000 per jaar komt over de hele planperiode op € 100.000` bij `2026-2029`; zwijgt bij een jaartal, `vanaf` of `eenmalig` in de zin). (14) Een verandering van een aantal met het verschil, ook met jaren ertussen: `van 118 in 2022 naar 86 in 2025, een daling van 32`. (15) Een aantal keer en de prijs van één keer met een totaal: `vijf keer per jaar; een bijeenkomst kost € 1.800, samen € 9.000` (zwijgt bij een totaal dat meer dan twee keer van het product afligt: dan gaat de prijs over iets anders). (16) Een bedrag dat over een aantal jaren wordt afgeschreven of verdeeld, met het bedrag per jaar: `De investering is € 9,6 mln. Afgeschreven over 40 jaar is dat € 240.000 per jaar` (zwijgt bij annuïteit of rente ertussen); ook met de termijn eerst en het bedrag en zijn jaarbedrag in de zin erna (`afgeschreven over 25 jaar. Bij een investering van € 650.000 komt de afschrijving op € 26.000 per jaar`). (17) Een verandering van een aantal of bedrag naar een nieuwe waarde met de grootte ervan, terwijl de beginwaarde van hetzelfde aantal of bedrag eerder in de tekst staat: `Het aantal mantelzorgers lag op 3.420. … stijgt het aantal mantelzorgers naar 3.980, een toename van 560`, `De subsidie bedroeg € 82.000. … stijgt de subsidie naar € 97.500, een stijging van € 15.500`. (18) Een verandering of verschil tussen cellen van een tabel erboven: `De aanmeldingen namen tussen 2023 en 2025 met 90 toe` of `Tussen 2023 en 2025 is de afhandeling met 90 gestegen` (één rij genoemd, de kolommen 2023 en 2025), `In 2024 lagen de aanmeldingen 120 boven de afhandeling` of `was in 2024 met 120 hoger dan` (de rijen in kolom 2024; rijen met hetzelfde eerste woord tellen samen). Ook een verandering tussen twee jaren in elke vorm (`stijgt in 2027 met € 85.000 ten opzichte van 2026`, `een daling van … tussen 2026 en 2028`), een totaal of gemiddelde van een rij over zijn jaren (`over de vier jaren samen`, `gemiddeld … per jaar`, `in 2026 en 2027 samen`) en een totaal van een jaarkolom over de rijen (`de drie speeltuinen samen`), met de tabel ervoor of erna (binnen een paar alinea’s; een tabel met de jaren in de eerste kolom wordt gekanteld gelezen; `verschillende` of `unieke` personen over de jaren zijn geen som); de rij heet naar de woorden van zijn label, een tabel in duizenden (`x € 1.000`) telt in zijn eenheid met een halve stap afronding per cel, `ruim` of `bijna` laat een tiende ruimte. Staat de tabel niet in de tekst zelf, dan mag de zin een financiële tabel elders in het plan aanhalen, als precies één rij daar genoemd wordt (naar zijn woorden of zijn code, `taakveld 8.2`) en de zin een bedrag in euro’s noemt; `de lasten` of `de baten` alleen noemt geen rij. (19) Een totaal in een alinea die één bedrag optelt bij het totaal van de alinea ervoor, waar haar eerste zin naar terugwijst (`daar`, `daarnaast`, `daarbovenop`): `… krijgen we in totaal € 360.000.` en dan `De gemeente zet daar € 180.000 tegenover. Samen is er € 540.000.` (zwijgt bij bedragen per jaar, `waarvan` en `inclusief`). De regel leest ook acties uit een opsomming en tabelcellen met een bedrag. Aantallen mogen in woorden staan (`veertien`), bedragen met `miljoen`, `mln` of `k`. De regel zwijgt bij bedragen per jaar, maand of week, eenmalige en structurele bedragen samen, `waarvan` en `inclusief` (wat optelt hangt dan van meer af dan de zin), bij een bedrag groter dan het totaal (het geheel waar de delen uit komen) en bij een bedrag dat meer dan twee keer van de uitkomst afligt (dat gaat over iets anders). Een uitkomst mag afwijken door de afronding waarmee hij geschreven staat, na `circa` of `ruim` tot één cijfer. Berekeningen met een rekenteken of een woord als `is`, `à … samen` of `maal` rekent `finance-net-stated-vs-computed` na. Een gemiddelde per geteld ding (`gemiddeld € 17.000 per vereniging`) moet het totaal gedeeld door het aantal van dat ding in dezelfde of de twee zinnen ervoor zijn; het aantal mag bijvoeglijke woorden voor het ding hebben (`6 culturele verenigingen`), en een aantal in de zin van het gemiddelde gaat voor. Ook zonder euro’s: een gemiddeld aantal per eenheid (`390 trajecten met 12 fte, gemiddeld 35 trajecten per fte`) moet het aantal gedeeld door het aantal eenheden ervoor zijn (zwijgt bij een norm zonder woord als `gemiddeld` of `dat is`, en bij meer dan één aantal van dezelfde eenheid). Een terugverdientijd (`in zes jaar terugverdiend`, `binnen drie jaar`) moet de investering gedeeld door het bedrag per jaar zijn, afgerond; `binnen` staat minder toe. Een opsomming waarvan het laatste punt het totaal geeft (`- totaal € 12.700`) moet de som zijn van het laatste bedrag van elk punt erboven, en een afgerond bedrag (`€ 1.976.300, afgerond € 1,98 miljoen`) moet het bedrag zijn, afgerond op het laatste cijfer dat het schrijft. Ook over zinnen heen: een deel van een eenheid maal een tarief per eenheid (`1,5 fte`, `bij € 68.000 per fte`), de prijs van één ding maal een aantal ervan (`Een traject kost € 3.200. Voor 140 trajecten is dat …`), twee standen van hetzelfde aantal in twee zinnen en daarna de grootte van de verandering (`… 6.840 leden. Een jaar eerder waren dat er 6.410. Er kwamen er dus 430 bij.`), en een totaal over een aantal jaren met het aantal per jaar (`Tot en met 2029 planten we 2.400 bomen, gemiddeld 600 per jaar`: de jaren vanaf het begin van de planperiode, een reeks jaren, `in vijf jaar` of de looptijd), ook andersom (`€ 64.000 per jaar. Over de jaren 2027 tot en met 2029 is dat € 192.000`) en voor een verandering tussen twee jaren (`tussen 2020 en 2024 van 2.300 naar 2.780, gemiddeld 120 per jaar`). Een aantal in een andere eenheid van dezelfde maat telt om (`2,6 km` tegen `€ 45 per meter`, `620 MWh` tegen `€ 0,24 per kWh`, `380.000 kg` tegen `€ 110 per ton`), een tarief per een aantal eenheden deelt door dat aantal (`1,5 plaats per 100 m²`, `12 meldingen per 1.000 inwoners`), en een bedrag na een dubbele punt na het tarief is de uitkomst. Een gemiddelde per geteld ding dat een alinea opent zonder ander bedrag mag zijn geheel in de alinea ervoor hebben, als het ernaar terugwijst of een zelfstandig naamwoord ermee deelt (`De lasten zijn in 2027 € 412.000.` en dan `Met 1.600 deelnemers komen de lasten in 2027 op € 258 per deelnemer.`); bedragen van meer jaren kiezen het jaar dat het gemiddelde noemt. Een totaal na een opsomming (`Samen komt dat op € 412.000.`) of in de regel die haar opent (`Het budget van € 95.000 is als volgt verdeeld:`; niet bij `onder andere`, `zoals`, `waarvan`), een totaal vóór een dubbele punt met de delen erna (`In totaal is er € 780.000: € 400.000 voor …, …`), en een rest na een geheel en de delen eruit (`Van de subsidie van € 125.000 gaat € 60.000 naar … en € 40.000 naar …; het restant van € 25.000 …`; het geheel mag het ene bedrag van de zin ervoor zijn) worden nagerekend. Een percentage van een geheel met het aantal erbij (`Van de 2.400 woningen is 35% een huurwoning, dat zijn 840 woningen`, `35% van de 640 aanmelders (224)`) moet dat aantal geven, binnen de afronding van het percentage (35%: 34,5 tot 35,5 procent); niet bij `ruim`, `circa` of een verandering. Ook: een besparing door een aantal van de ene prijs naar de andere te verschuiven (`Een papieren aanvraag kost € 23, een digitale € 7. Als 4.000 aanvragers overstappen, besparen we € 64.000`: het aantal maal het verschil); een prijs uit de zin of het opsommingspunt ervoor, waar aantal maal prijs de uitkomst gaf, voor hetzelfde getelde ding in de volgende zin zonder prijs (`12 speeltuinen van gemiddeld € 40.000, dat is € 480.000;` en `15 speeltuinen, dus € 600.000`); een opsomming van een aantal, een prijs per eenheid en een totaal (`aantal leerlingen: 1.850`, `bijdrage per leerling: € 45`, `totale bijdrage: € 83.250`); een uitkomst in een grotere eenheid dan het tarief (`42 kilo per inwoner`, `1.310 ton`; `per persoon` telt mensen) en een tweede stand in de zin van de verandering, vóór een dubbele punt of komma (`Voor 2026 rekenen we met € 327: een stijging van € 15`). Een alinea die met een terugverwijzing begint (`Dat is …`, `Over die jaren is dat …`) hoort bij de alinea ervoor. Geeft een andere eenvoudige lezing van de zin (het product, de som of het verschil van twee getallen ervoor) de uitkomst precies, dan zwijgt de regel. Als vangnet leest de regel daarnaast elke zin met een uitkomstwoord (`in totaal`, `samen`, `een daling van`, `… minder`, `korter`, `resteert`, `gemiddeld`, `op jaarbasis`, `komt … uit op`) als geheel: de getallen ervoor, of in de zin ervoor als de zin er zelf geen heeft, worden gecombineerd zoals het woord zegt (som, verschil, rest, gemiddelde, tarief × aantal, of per week, maand of kwartaal naar een jaar, ook als de periode de zin opent: `Elke maand …`). Ook per dag, etmaal of nacht naar een jaar (× 365) en een jaarbedrag terug naar een maand, week of kwartaal (`€ 96 per nacht, oftewel € 35.040 per jaar`); een gemiddelde met zijn delen na een dubbele punt, ook met het getelde woord en de periode ervoor (`gemiddeld 1.450 meldingen per jaar: …`), of in de zin erna, één per jaar (niet als de zin van het gemiddelde eigen jaren noemt); een `tekort`, `overschot`, `saldo` of `verschil` als onderwerp van de zin na de twee standen (ook als die in twee zinnen staan); en een verandering van twee aantallen met een ander zelfstandig naamwoord of een getal in woorden na een dubbele punt (`in 2020 nog 14 peuterspeelzalen en in 2025 11: drie minder`). Een verandering met maar één stand in haar zin begint bij de ene stand van dezelfde soort in de zin ervoor (`Het budget is in 2026 € 410.000. In 2029 loopt het op tot € 455.000, een stijging van € 45.000`; niet als de zin een ander aantal noemt), ook na `minder dan in januari` of `meer dan aan het begin van het jaar`; de delen tussen haakjes na een gemiddelde of totaal (`gemiddeld 207 per jaar (2023: 190, 2024: 205, 2025: 226)`) zijn de getallen die het combineert; en een verhouding die de uitkomst herhaalt (`, ongeveer een op de zes`) is geen ander getal. Een waarschuwing alleen als die combinatie buiten de afronding van de uitkomst valt en geen andere eenvoudige combinatie van de getallen de uitkomst geeft. Delen na `Daarvan` of `Hiervan` (`De lasten zijn € 265.000. Daarvan komt € 160.000 uit … en € 105.000 uit …`) moeten samen het ene getal van hun soort in de zin ervoor zijn: bedragen precies (binnen hun afronding), aantallen mogen een deel zijn maar niet meer dan het geheel; zwijgt bij `onder meer`, `zoals`, `nog`, `ook`, een rest of overige in de zin of de zin erna, en bij delen die meer dan twee keer van het geheel afliggen. Ook: een aantal of bedrag van één periode met direct daarna hetzelfde per een andere periode (`In 2025 kwamen 3.900 meldingen binnen; dat zijn er zo’n 75 per week`, `jaarlijks 2.600 bomen, gemiddeld 220 per maand`, `per week 30 ritten, ruim 1.500 per jaar`, ook tussen haakjes; zwijgt bij een deel van het jaar: `in de zomer`, `de drukste maand`, `per werkdag`); een gemiddelde in een kleinere eenheid van de maat van het totaal (`610 ton … bij 4.100 huishoudens, zo’n 150 kg per huishouden`, `per mast is dat ongeveer … kWh`), ook met het aantal erna (`bij zes hallen`); een basis en wat erbovenop komt, verdeeld over jaren (`bovenop de 640 plekken komen nog 30 plekken …; in vijf jaar gemiddeld … per jaar`; zwijgt als één van beide alleen het gemiddelde geeft); een saldo na `per saldo` en een `tekort van` dat een later zinsdeel opent. Een aantal vóór een dubbele punt met zijn delen erna in dezelfde zin (`De gemeente beheert 93 gemalen: 51 in de polders, 30 langs de dijk en 14 in de kernen`) klopt met de som van de delen: delen die samen meer zijn, of drie of meer die samen minder zijn, worden gemeld (de delen tellen hetzelfde: geen eigen zelfstandig naamwoord, hetzelfde of een samenstelling ervan; zwijgt bij `onder andere`, een afrondingswoord en `de rest`). Na `ruim` mag de uitkomst tot een hele afrondingsstap onder de berekening liggen, na `bijna` erboven. Een aantal per jaar met eigen jaren erachter (`gemiddeld 240 per jaar over de jaren 2026 tot en met 2030`, `in de periode 2027-2030`) wordt over die jaren gedeeld, niet over de looptijd van het plan. Een aandeel in de kosten dat eerder voor alle gevallen is vastgelegd (`Het waterschap vergoedt een derde van de kosten van een wadi`, `De subsidie bedraagt 35% van de subsidiabele kosten`, `Bij elk project draagt de regio een kwart bij`), ook in een eerdere paragraaf van hetzelfde hoofdstuk, moet kloppen met de kosten en het deel van één geval later (`De wadi aan de Kerklaan kost € 84.000; de vergoeding van het waterschap is € 30.000`, of de kosten in de zin ervoor); zwijgt bij twee verschillende aandelen, een maximum of uitzondering, een andere betaler in de zin (`de gemeentelijke bijdrage`, `de eigen bijdrage`) en een eigen aandeel in de zin. Een norm die eerder is vastgelegd (`ten minste 4 m² per kind`, `Per groep rekenen we met hoogstens 16 peuters`, `één begeleider op acht kinderen`, `Voor iedere 500 inwoners hoort er een speelplek`) of in een tabel met normen staat (de rij en de kolom die de zin noemt) en later wordt toegepast met een verwijzing (`volgens die norm`, `met deze verhouding`, `de norm vraagt`, `daarmee`, `nodig`) moet de uitkomst geven: onder een minimum of maximum alleen aan de kant die de norm verbiedt, met `nodig` precies (naar boven afgerond); zwijgt bij twee normen voor dezelfde zaken en bij een zin die zegt dat de norm niet gehaald wordt. Een verandering tussen twee jaren van een tabel mag ook als `kwamen er 16 bij`, `gingen er 12 verloren`, `vergeleken met 2022 … 225 hoger` of `het verschil tussen 2022 en 2024 is 265` staan, met het getal in cijfers of woorden. Ook: een tarief als voorwaarde met de uitkomst direct erna (`dat is 2.300 uur, en bij € 41 per uur een rekening van € 94.300`), een prijs per ding per maand of week met een uitkomst per jaar (× 12 of × 52: `€ 3,10 per pas per maand, jaarlijks € 1.860`; ook `40 licenties à € 6 per maand`), een product van maten in een eenheid van zijn eigen dimensie (lengte × breedte × gram per m² in kg of ton: `een strook van 400 m lang en 3 m breed met 20 gram per m²: 24 kg`; elke maat één keer, ook met een maat in de zin ervoor; een aantal per maat als `5 struiken per m²` telt de struiken), een streepje in een tabelcel als nul in het totaal of de verandering van een rij, en een rij die de zin ervoor noemt als de zin terugwijst (`daarvan`, `hieruit`). Een nieuw tarief bij een ongewijzigd aantal (`bij een gelijk aantal seizoenskaarten`, `blijft het aantal … gelijk`) rekent met het laatst genoemde aantal van dat woord in de paragraaf, hoe ver terug ook, en het ene bedrag van die zin of de zin ervoor. Ook: een verandering met een woord voor haar grootte (`van 75 naar 50 dagen, een winst van 25 dagen`, `een besparing van`, `een krimp van`); een berekening met haar uitkomst tussen haakjes (`(16 plekken à € 940, oftewel € 15.040)`) en een aantal vóór haakjes die het uitrekenen in dezelfde eenheid (`42 uur (336 uur gedeeld door 8 teams)`, een waarschuwing); de rest van een gesplitst geheel in een latere zin (`Van het budget van € 73.400 gaat € 9.600 naar de zaalhuur.` en dan `Voor de cursussen resteert € 63.800.`) en een deel dat afgaat van een geheel enkele zinnen eerder (`De kwekerij beslaat 6,2 hectare.` … `Trekken we de 0,8 hectare voor het pad af, dan blijft 5,4 hectare over.`). Een prijsstap per eenheid maal een eerder genoemd aantal van die eenheid is de verandering van de opbrengst (`3.200 zaaluren per jaar` en later `het tarief gaat van € 22 naar € 25 per zaaluur; dat brengt € 9.600 extra op`), en een aantal dat bij een rij komt of verdwijnt is het verschil tussen de twee jaarkolommen van een tabel erboven (`| Dorp | Leden 2021 | Leden 2025 |` en `In Hoogmeer kwamen er 38 bij`).',
      why: 'Een totaal dat niet de som is van de bedragen ervoor, of veertien haltes van € 35.000 die samen € 530.000 zouden kosten: de lezer rekent na, vindt het verschil en weet niet welk bedrag geldt.',
      ok: [
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
        { title: 'Een minimum per kind dat de zaal niet overschrijdt', text: plan(['In een speelzaal krijgt elk kind ten minste 3 m² speelruimte. De speelzaal aan de Beemd is 75 m² groot en is volgens die norm goed voor 24 kinderen.']) }
      ],
      notOk: [
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
          title: 'Een minimum per kind, toegepast met een verwijzing',
          text: plan(['In een speelzaal krijgt elk kind ten minste 3 m² speelruimte. De speelzaal aan de Beemd is 75 m² groot en is volgens die norm goed voor 30 kinderen.']),
          expected: ['Berekening `75 ÷ 3 = 30` klopt niet: de uitkomst is `25`; herstel de berekening of de uitkomst']
        }
      ]
    }
  },
  (model, context) => {
    // Running text, and every other written text with an amount: an action read from a list
    // item, a table cell (`Met 260 deelnemers en € 40 per deelnemer kost dat € 11.400`).
    const periode = model.document.periode
    const plan = periode ? { start: periode.start, years: periode.eind - periode.start + 1 } : undefined
    const earlier = earlierTexts(model)
    for (const { pointer, text } of calculationTexts(model)) {
      const implied = impliedCalculations(text, plan, model.financien?.tabellen ?? [], earlier.get(pointer), ownFinanceTable(model, pointer))
      // A number arithmetic-slip reports as a slip is its: the fallback reading of the sentence gives way.
      const slips = implied.some((e) => e.fallback) ? arithmeticSlips(text, plan?.years).map((s) => s.stated.index) : []
      for (const e of implied) if (!(e.fallback && slips.some((i) => Math.abs(i - e.index) <= 3))) reportCalculation(context, pointer, text, e)
    }
  }
)
