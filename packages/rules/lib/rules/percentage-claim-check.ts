import { lintRule } from '../rule.js'
import { hitLocation } from '../util/joined-text-location.js'
import { example } from '../util/examples.js'
import { markdownTables, type Table } from '../util/markdown-tables.js'
import { percentText, shareClaims, type ShareClaim } from '../util/share-claims.js'
import { financeShareTables, STRIDE } from '../util/share-finance-tables.js'
import { withPercentHeaders } from '../util/share-percent-columns.js'
import { cellShareClaims, listShareClaims } from '../util/share-list-items.js'
import { rowRatioClaims } from '../util/share-row-ratios.js'
import { listSumShares } from '../util/share-list-sums.js'
import { tableChangeClaims } from '../util/share-table-changes.js'
import { partitionSums } from '../util/share-partitions.js'
import { shareSums, tableShareClaims, type ShareSum } from '../util/share-wholes.js'
import { fieldOf, ownText, proseTexts, writtenTexts } from '../util/text.js'
import { sentences } from '../util/share-sentences.js'
import { withoutEmphasis } from '../util/emphasis.js'

const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Rule: a percentage or fraction matches the numbers it is said of. */
export const percentageClaimCheck = lintRule(
  {
    id: 'percentage-claim-check',
    severity: 'warning',
    group: 'financien',
    description: 'Een genoemd percentage of deel ("ruim 18%", "een derde", "een op de vijf", "4 procentpunt") klopt met de getallen in dezelfde zin of de zin ervoor.',
    docs: {
      what: 'Zoekt per zin een percentage of deel in woorden (`18%`, `17,5 procent`, `4 procentpunt`, `de helft`, `een derde`, `tweederde`, `driekwart`, `drie vijfde`, `een op de vijf`, `het merendeel`, `een minderheid`) naast de getallen waar het over gaat: een verandering (`van 80 naar 92`, ook `van 1.200 in 2023 naar 1.080 in 2024` en `in 2023 waren er 1.240, in 2024 nog 1.120`) of een deel (`45 van de 180`, `1.560 huishoudens van de 2.400`, `van de 240 aanvragen werden er 60 toegewezen`, `15% van de 1.500 jongeren (180)`), en rekent na. Een verandering van een percentage (`van 40% naar 44%`) is in procentpunten 4 en in procenten 10: `procentpunt` telt het verschil, `procent` of `%` de verhouding (`van 46 naar 41 procent` is een daling van 5 procentpunt, niet van 5 procent). `Het merendeel` en `de meerderheid` vragen meer dan de helft, `een minderheid` minder. Een verandering als factor (`verdubbelde`, `gehalveerd`, `verdrievoudigd`) mag een achtste afwijken; `bijna` en `ruim` geven de kant. De getallen mogen ook in de vorige zin van dezelfde alinea staan, als de zin met het percentage er alleen naar verwijst ("Dat is een daling van 15%.", "…; dat is ruim een derde") en er geen ander getal tussen staat, of als de zin met `Daarvan`, `Hiervan` of `Van hen` begint (ook `241 van hen`) en beide zinnen één getal noemen ("Er kwamen 2.400 aanvragen binnen. Daarvan werden er 1.560 toegekend, ruim 70 procent."); de dag van een datum (`1 maart 2026`) telt niet mee, en het deel mag ook tussen haakjes na het percentage staan (`Van hen heeft 18% (460 huishoudens)`). Twee jaren met elk een getal (of elk een percentage: `In 2020 rookte 18 procent; in 2024 nog 15 procent`, een verandering in procentpunten) mogen in twee zinnen en in elke volgorde staan; de verandering loopt van het vroege naar het late jaar ("In 2025 waren het er 540. In 2022 waren dat er nog 450, een stijging van 20 procent"). Een verwijzing (`in tabel 3.2`) mag tussen geheel en deel staan, en `dat is 25 procent van de bouw` direct na het deel gaat over dat deel. Een reeks (`groep 5 tot en met 8`) is geen deel. Een percentage "van de bezoekers" gaat over iets anders dan de getallen ervoor en wordt niet nagerekend. Een percentage zonder woord is afgerond op zijn laatste cijfer (`18%`: 17,5 tot 18,5); `ruim` vraagt hooguit één stap van dat cijfer erboven, `bijna` eronder, `circa` en `ongeveer` één stap ernaast, `meer dan` en `minder dan` alleen de kant. `Nog geen`, `niet eens` en `iets minder dan` zeggen minder dan, `net geen` net onder, `dik` en `goed` net boven (`nog geen vijfde`, `net geen kwart`). Een deel in woorden na een woord van verandering (`een afname van ruim een kwart`) telt als verandering, net als een percentage. Een deel van een geheel dat alleen bij naam genoemd wordt (`Van alle deelnemers rondden er 268 …`) telt tegen het aantal van dat woord in een eerdere zin van de alinea; een verschil (`kwamen er 100 bij, een groei van 25 procent`) telt tegen het ene aantal van de zin ervoor. Een rond percentage (`20%`) heeft een stap van tien, maar een precieze helft ertussen (25% als `30%`) schrijft men zoals hij is; een breuk staat voor de aandelen die dichter bij haar liggen dan bij de volgende eenvoudige breuk (helften tot tienden). Het deel mag ook na het percentage staan (`ruim een kwart van de cursisten (18 van de 90)`, `de helft van de wijkcentra: 9 van de 26`); `bijna alle` en `vrijwel alle` vragen meer dan de helft. Een rente, indexatie of ander tarief gaat niet over de getallen ernaast. In een tabel met een kolom aantallen en een kolom percentages wordt elk percentage nagerekend als deel van het totaal, als de totaalrij 100% zegt of de meeste rijen kloppen (een kolom met het aandeel binnen elke rij zelf blijft daar stil). Een kolom percentages die per rij het ene getal van de rij gedeeld door het andere is (`| Wijk | Huishoudens | Bereikt | Bereik |`), wordt per rij nagerekend als de meeste van minstens drie rijen op precies één paar kolommen kloppen. Een tabelkolom met een verandering tussen twee jaren (`Verschil 2021-2024`) die zelf kolommen van de tabel zijn, wordt per rij nagerekend; een teken (`+`, `-`) moet de richting geven. Een zin die één rij van zo’n tabel noemt met een deel van het woord uit de kolomkop (`In Noord staat 40% van de woningen` bij een tabel met een rij `Noord`, een kolom `Woningen` en een totaalrij) wordt nagerekend als die rij van het totaal, behalve als de zin een jaartal noemt. Aandelen van één geheel (een tabelkolom waarvan de totaalrij 100% zegt, of een lijst na `als volgt verdeeld` of `verdeling`) mogen samen niet meer dan 100% zijn, afgerond per regel een half procent; subtotalen (`waarvan`, vet, of een rij die de rest dubbel telt) en vragen met `meer antwoorden mogelijk` tellen niet. Een zin die terugwijst (`Daarvan`, `Hiervan`, `Van deze huishoudens`) neemt als geheel het ene getal van de vorige zin dat het deel kan bevatten: percentages, jaartallen, duren en kleinere getallen tellen niet, en bij meer kandidaten kiest het zelfstandig naamwoord van het deel (`Daarvan zijn 3.600 bomen linden` na `212 hectare groen en 14.200 bomen`). Ook een deel in een bijzin (`600 leerlingen, van wie 180`, `waarvan 300`) wordt nagerekend. Een aandeel `van het totaal`, `van het budget`, `van de doelgroep` of van een voorraad (`woningvoorraad`, `bomenbestand`) gaat over het geheel van de getallen; staat eerder in de alinea een totaal met `in totaal` (`in totaal € 2.480.000`), dan wordt een later deel met zo’n aandeel daarvan nagerekend. Een vergelijking (`97 kton, 25% lager dan in 2019`, `540, ruim 30% meer dan de 450`) wordt nagerekend tegen het getal na `dan`, tussen haakjes na het jaar, of in de jaarkolom (`2019` of `2019 (kton)`) van de ene tabelrij die het latere getal bevat. Elk opsommingsteken en elke tabelrij begint een eigen zin, ook zonder punt; een deel waarvan het percentage al genoemd is, geldt niet voor een volgend percentage. Tussen geheel en deel mogen ook een jaar, een datum, een leeftijd of een bijzin met komma staan (`Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo`, `Van de 1.500 inwoners van 16 tot en met 26 jaar`); een jaar, een dag of een leeftijd is nooit het deel, en een zin mag over meer regels lopen. Een breuk die een percentage ernaast herhaalt (`20%, ofwel een op de vijf`, `ruim een derde (35%)`, `15 procent: nog altijd één op de vier volwassenen`, `ruim een kwart van de jongeren, 28 procent,`, `38 procent en is daarmee bijna de helft`, of in de zin erna `…; dat is één op de drie` na een zin met alleen dat percentage) moet bij dat percentage passen; met `meer` of `minder` erachter is het een verandering. Een kolom veranderingen zonder jaren in de kop (`Verschil`, `Mutatie (%)`, `+/-`) wordt nagerekend tussen de eerste en de laatste jaarkolom (of de laatste twee) als de meeste rijen daarbij kloppen; jaarkolommen met hetzelfde woord voor het jaar (`Leden 2023`, `Leden 2025`) horen bij elkaar, een kolom van iets anders (`Nieuwkomers 2025`) niet. De tabellen van het hoofdstuk financiën worden op dezelfde manier nagerekend als tabellen in de tekst; zonder totaalrij is het geheel de som van de kolom. Een aandeel van een geheel dat eerder in de tekst is genoemd (`een bouwopgave van 2.400 woningen`, `samen 84 hectare`, `de totale kosten van € 4.000.000`) of in de totaalrij van een tabel waarvan de kolomkop het woord noemt (`van de totale kosten` bij een kolom `Kosten per jaar`), wordt nagerekend met het ene getal ervoor in dezelfde eenheid; na `samen` of `in totaal` gaat een percentage over een som. Een kaal rond percentage (`30%`) is hooguit op vijftallen afgerond: 26% is geen 30%. Een jaar tussen haakjes of een datum na een getal van een verandering telt niet mee (`van 1.200 (2023) naar 1.080 (2024)`), een kolom bedragen (`€ 300.000`) is net als een kolom aantallen het geheel van een kolom aandelen, en ook de aandelen in een tabel van het hoofdstuk financiën mogen samen niet meer dan 100% zijn. Een getal met dat van een eerder jaar tussen haakjes (`850 (2023: 1.000)`) is een verandering vanaf dat getal, en een tabelkolom met `%` of `procent` in de kop (`Aandeel (%)`) en kale getallen in de cellen wordt als kolom percentages gelezen. Wijst een zin terug (`Dat is een op de drie.`, `De stijging van 30 procent …`, `… eindigden dus …`) en vindt geen andere lezing deel en geheel, dan telt elk paar getallen uit die zin en de zin ervoor, als deel van een geheel of als verandering (in beide richtingen): past het aandeel bij geen enkel paar, dan volgt een melding met het paar dat er het dichtst bij ligt. `Ruim` en `bijna` voor een rond tiental in cijfers reiken vijf punten en hooguit een kwart van het tiental (`bijna 40 procent` is 35 tot 40, `bijna 10 procent` 7,5 tot 10). Zo’n terugwijzend aandeel wordt ook nagerekend met de twee of drie zinnen met getallen ervoor (een lijst na een inleidende zin met een dubbele punt hoort bij die zin), als het aandeel gevolgd wordt door een vergrotende trap (`40 procent meer`, `een derde minder`: een verandering in die richting) of door het deel tussen haakjes (`een op de vijf (310 jeugdigen)`); ook de rest van een geheel telt (`1.960 zonder verwijzing` van 2.450 laat er 490). Ligt zelfs het dichtstbijzijnde paar meer dan een factor twee van het aandeel, dan gaat het over andere getallen en volgt geen melding. Een aandeel `van alle huishoudens` na een zin die huishoudens telt, gaat over dat getal (ook `het wegennet` na `212 kilometer weg`). Een getal dat iets benoemt (`groep 8`, `klas 3`, `fase 2`, `hoofdstuk 4`) is geen deel. Lijstitems die elk een aantal met een percentage tussen haakjes noemen (`- hoog: 148 leerlingen (33%)`) zijn aandelen van de som van de lijst, als de meeste daarbij kloppen; zo ook tabelcellen met een aantal en een percentage (`| Hoog | 148 (33%) |`), als aandeel van de totaalrij of anders van de som van de kolom. Een verandering met een naam (`de groei`, `de daling`) in een alinea met maar één getal neemt het andere getal uit de alinea ervoor ("In 2019 woonden er nog 30.000 mensen; de groei sindsdien …"); zo neemt ook een deel van een geheel dat alleen met zijn naam genoemd wordt (`Van de leerlingen met een indicatie kregen er 205 …`) de aantallen van dat woord uit de alinea ervoor (`820 leerlingen`). Een zin die precies één aantal uit een tabel met een totaalrij noemt en het `van alle` noemt met het woord uit de kolomkop (`Met 4.100 leden is ruim de helft van alle leden …`), wordt nagerekend als die rij van het totaal. Een verandering mag een zelfstandig naamwoord of `nu` na het eerste getal hebben (`van 34 leerlingen in 2024 naar 52`, `van 96 nu naar 80`), en `bijna` mag ook na een factor staan (`verdubbelde bijna`, ook `bijna een verdubbeling`). `Een ruime helft` is `ruim de helft`, `een krappe helft` `bijna de helft`, en een breuk na een werkwoord van verandering met `met` (`daalde met een kwart`, `nam met een derde toe`) is een verandering. Een getal tegenover dat van een ander jaar (`360 leerlingen, tegen 480 in 2020`) is een verandering vanaf het vroegste jaar, en een deel tussen haakjes aan het eind van de zinsnede van het percentage (`werd 30 procent afgewezen (300)`) is het deel van dat percentage. Begint de volgende zin met het aantal (`Dat zijn 960 inwoners.`, `Het gaat om 1.200 huishoudens.`), dan is dat het deel van het ene getal in de zin van het percentage dat het kan bevatten. Een lijstitem met één aantal en een aandeel onder een inleidende zin met een dubbele punt (`In 2025 maakten 2.000 inwoners gebruik van de regeling:` en `- 800 inwoners voor schoolkosten, 45 procent`) is een deel van het geheel uit die zin, behalve na `waarvan` (dan is het een deel van het aantal van het item zelf). Een percentage in woorden (`ruim dertig procent`, `drie procentpunt`) telt als een in cijfers, en een jaar na een verandering (`naar 62 % in 2025.`) is geen ander getal tussen die verandering en `Dat is …` erna. Staan deel en geheel in de zin na het aandeel (`Bijna 30 procent van de scholen … Het gaat om 19 van de 52 scholen.`), dan wordt het daarmee nagerekend. Sluit een aandeel de zinsnede af van het ene aantal in zijn zin (`kregen 312 deelnemers te maken met een inbraak, 8 procent.`, `is met 60 GWh goed voor een vijfde van de opwek`), of volgt dat ene aantal na een dubbele punt aan het eind (`goed voor ruim de helft van het afval: 3.600 ton.`), dan is dat aantal het deel en ligt het geheel in de drie zinnen met getallen ervoor in hetzelfde hoofdstuk, ook over alinea’s en tabelrijen heen (noemt de zin een jaar, dan alleen in zinnen met dat jaar); niet voor een bedrag of een aandeel tussen haakjes. `Dat is … van alle invullers` (of `van de invullers.`) direct na een deel (`Van hen zeiden 260 ouders …`) gaat over het geheel van dat deel, en `Van die vrijwilligers` (ook `Onder deze vrijwilligers`) vindt zijn geheel ook in een zin van de alinea ervoor die het woord los van het getal noemt (`Vrijwilligerswerk doen 420 inwoners`). Een aandeel zonder andere getallen in een zin die precies één rij noemt van een verdelingstabel in de tekst (kolommen percentages die samen 100% zijn), of na zo’n zin in dezelfde alinea, moet bij een percentage van die rij passen (`De vrije sector huur groeit langzaam. Nog altijd huurt maar een op de tien huishoudens zo.` bij een rij `Vrije sector huur` met 15% en 17%); een som van rijen (`samen`) niet. Een deel en geheel in woorden (`Zeven van de elf`, `twaalf van de 40`) worden als getallen gelezen; een percentage direct na `onder de` of `boven de` is een grens, geen aandeel. Een aandeel met het geheel erna (`18 procent van de 2.960 kinderen`) neemt het ene aantal ervoor in de zin als deel; een aandeel dat de zin sluit na twee aantallen neemt het dichtstbijzijnde als deel en het grootste als geheel (niet bij een verandering of `tegen`). Met `circa` of `zo’n` is een rond tiental afgerond op tientallen (80% is niet `zo’n 70 procent`), en een breuk in woorden mag naar een buurbreuk toe liggen maar er niet op (20% is `een op de vijf`, niet `ongeveer een op de vier`). Een deel in een maat (MWh, hectare, km) hoort alleen bij een geheel in dezelfde maat; een woord dat het laatste deel is van een samenstelling (`scholen` in `basisscholen`) noemt hetzelfde geheel; een zin die opent met `(Met) een … van P procent` wijst terug naar de getallen van de zin ervoor, en `van de wijk` of `van het gebied` na een deel in een maat verwijst naar het gemeten geheel. Ook in een lopende zin mogen aandelen van één geheel samen niet boven 100% komen: een geheel dat één keer genoemd wordt (`Van de bezoekers was 47% tevreden, 34% neutraal en 26% ontevreden`, `Onder de leden …`, `… bestaat voor 60% uit … en voor 45% uit …`, `… is als volgt samengesteld: …`, `het Rijk 50%, de provincie 30% en de gemeente 25%`), met breuken in woorden (`de helft …, een derde … en een kwart …`) of met de rest (`…, de overige 45 procent …`, `de rest (70 procent)`, ook in de zin erna); zo ook een lijst na een inleidende zin met een dubbele punt (niet bij doelen of aandelen per groep) en een tabelkolom met alleen `Aandeel` of `%` in de kop zonder totaalrij. Aandelen van elk een eigen geheel (`45 procent van de huurders en 70 procent van de eigenaren`), een deel van een deel (`waarvan`), veranderingen, twee jaren, een werkwoord per aandeel (`rookt 28 procent en drinkt 83 procent`) en een som boven 115% (groepen die overlappen) tellen niet. Een zin die alleen terugwijst (`Het gaat om`, `Daarmee is`, `Dat betekent dat`, `Zij vormen`, `Oftewel:`, ook tussen haakjes, of een zin die met het aandeel opent en `dus` zegt) neemt deel en geheel uit de zin ervoor, ook als het geheel opnieuw bij naam genoemd wordt (`van de totale omvang`, `van deze groep`, `van alle plaatsen`, `van de bezochte zaken`); een aandeel `van alle` van een ding, `van het bestand` of `van het geld` zonder eigen geheel telt tegen het laatste eerdere aantal of bedrag daarvan, als het aandeel daar niet meer dan een factor twee naast ligt. Een grens (`boven de 85`, `een 7 of hoger`, `conditie 4`, `klasse 2`) is geen deel. Noemt de zin voor `Daarvan` of `van die keuringen` zelf een deel van een geheel (`88 van de 240 horecazaken`, `640 km, waarvan 220 km`), dan is dat deel het geheel (ook aan het begin van een alinea, als die het woord noemt), behalve bij een aandeel `van alle …`; een bedrag met een jaar erachter (`€ 4.000.000 in 2027`) is alleen het geheel van een deel van dat jaar. Een aantal met zijn woord na een aandeel (`Een op de drie, 490 inwoners,`) is een deel van het eerdere aantal van dat woord, ook in de totaalrij van een tabel, en een verandering zonder eigen getallen onder een tabel met jaren (`Sinds 2021 steeg het aantal leden met …`) loopt over de rijen van die jaren in de kolom die de zin noemt. Een deel en zijn geheel mogen ook met `op een totaal van` verbonden zijn (`96 cursisten op een totaal van 1.480`), en een maat met een cijfer (`640 m2 van de 4.100 m2`) telt als de maat zelf. Een getal met `miljoen` of `duizend` en minstens twee cijfers (`€ 17,3 miljoen`) is afgerond op zijn laatste cijfer: een aandeel of verandering die past bij een waarde binnen die afronding (`van € 17,3 miljoen naar € 18,9 miljoen, bijna 9 procent`: 8,6% tot 9,9%) klopt. Een breuk in woorden met `ruim` of `bijna` mag een procentpunt aan de verkeerde kant liggen (`ruim driekwart` voor 74,6%). Na `op een totaal van` mag tussen deel en geheel ook een zinsdeel staan, ook met een komma (`2.380 aanvragen kwamen digitaal binnen op een totaal van 3.100`), en een kaal deel kleiner dan het getal van zijn geheel deelt diens `miljoen` (`2,4 van de 9,6 miljoen euro`). Een zin die precies het aantal van één tabelrij noemt (`met 310 palen`) en een aandeel `van alle` met het woord uit de kolomkop, wordt als die rij van het totaal nagerekend, vóór andere lezingen. Een aandeel zonder eigen getallen in een zin die één tabelrij noemt, met het woord van een kolom als geheel (`speeltuinen`) en een woord uit de kop van een andere kolom (`vernieuwd` bij `Vernieuwd`), is het deel van die rij: `In Noordhoek is pas een op de vier speeltuinen vernieuwd` bij een rij `Noordhoek | 8 | 6`; noemt de zin meer rijen, dan telt de rij die het dichtst voor het aandeel staat. Een woord voor een getal van een verandering (`van gemiddeld 14 naar 9 weken`, `van slechts 40 naar 58`) laat het getal staan. `Ruim` voor een breuk in woorden reikt tot de volgende eenvoudige breuk erboven (`ruim een derde` tot 40%), en een reeks met `tussen` (`tussen 65 en 74 jaar`) is geen deel. Zegt een terugwijzend aandeel `samen` of `beide`, dan telt ook elk van twee aantallen als deel van hun som (`640 … en 1.160. Van de bezoekers van beide dagen samen …`). Twee jaren met elk een getal mogen ook als datum of deel van het jaar staan (`Op 1 januari 2022 … 640, op 1 januari 2025 … 712`, `eind 2023 … eind 2025`), en een maat met een macht (`m²`) na het geheel maakt `van het vloeroppervlak` tot dat geheel. Een getal tegenover dat van een eerdere tijd zonder jaartal (`212, tegen 265 een jaar eerder`, `340, tegenover 300 vorig jaar`) is een verandering vanaf dat eerdere getal. Een verandering tot nu (`In 2021 waren het er 212, nu 236`, `… Inmiddels zijn dat er 81`) loopt van dat jaar naar nu, en de punt van een afkorting (`ca. 59%`) sluit geen zin af. Noemt een zin één tabelrij bij naam en met haar aantal, dan is het aandeel van het totaal ook onder een kop zonder zelfstandig naamwoord (`Aantal`); past het daar niet maar wel bij een ander aantal van dat woord in de alinea, dan gaat het over dat aantal. Een verandering van één rij tussen twee jaarkolommen (`De vestiging Oost verloor tussen 2021 en 2024 …` bij `| Bibliotheek Oost | 21.400 | 19.800 |`) wordt nagerekend als de zin die rij en beide jaren noemt, ook verder in het hoofdstuk; een verandering zonder eigen getallen (`Zo daalt het aantal meldingen met 25 procent.`) tegen de dichtstbijzijnde eerdere zin van het hoofdstuk met één verandering van hetzelfde onderwerp (twee gedeelde woorden), in dezelfde richting. `60% minder stroom` gaat over stroom, niet over de aantallen ervoor. Een aandeel van een geheel dat alleen bij naam en met een nadere bepaling genoemd wordt (`van alle ouders die zich inschreven`, `van de huishoudens met een toelage`) telt tegen het ene aantal van dat woord in een eerdere zin van het plan, ook in een eerder hoofdstuk, die elk inhoudswoord van die bepaling bevat (een scheidbaar werkwoord op zijn stam: `inschreven` in `schreven … in`); twee zulke aantallen laten het geheel open. Begint een zin met zo’n bepaald geheel (`Van de ondernemers met een winkel …`), dan telt alleen een aantal in een zin die een woord van de bepaling noemt. Een jaar in de zin kiest de tabelkolom van dat jaar (`van alle keuringen in 2025` bij een kolom `Keuringen 2025`), en een `aandeel` van één tabelrij per jaar (`het aandeel textiel steeg van 20% in 2023 naar 33% in 2025`) wordt per jaar nagerekend als die rij van het totaal van de jaarkolom; het label van een rij direct na het woord van het geheel met nog iets erna (`70 procent van de ritten in Noord ging per bus`) maakt het een aandeel binnen die rij. Een verandering zonder eigen getallen (`De deelname groeide zo met een kwart.`) van een niveau dat het hoofdstuk in twee eerdere zinnen als enig percentage van dat woord noemt (`de deelname was 40%`, `een deelname van 50%`), loopt van het eerdere naar het latere niveau. Een aandeel dat de zin afsluit direct na het ene deel en geheel van die zin, mag dat geheel met een ander woord noemen (`…, een kwart van de invullers.`), als het niet meer dan een factor twee naast het deel ligt; een percentage na `tegen` of `tegenover` is een vergelijking, geen aandeel. Een aantal na `bij`, `op` of `tegenover` aan het eind van de zinsnede van een aandeel is het geheel van een kleiner aantal van hetzelfde (zelfde woord, maat of beide bedragen) ervoor in de zin of in de zin ervoor, hoe het aandeel ook heet (`Er vielen 12 lessen uit; bij 80 lessen is dat een uitval van 15 procent.`, `Tegenover € 40.000 aan kosten is dat een dekking van 75 procent.`); `uur` en `uren` zijn één maat. Een werkwoord van verandering met `met` (`het aantal leerlingen groeide sindsdien met …`) wijst net als `de groei` naar de getallen ervoor van zijn onderwerp. Een breuk na `met` in een zin van verandering die twee jaren noemt (`toen het aantal met een kwart toenam`) loopt over de rijen van die jaren in een jaartabel hoger in het hoofdstuk. Een aandeel met na een dubbele punt een deel en `de overige N` gaat over hun som. Een aantal dat zelf het deel van een aandeel is (`… 60%: 240 aanvragen`) is geen geheel voor `van alle`. Een bedrag in de tekst van het hoofdstuk financiën met `van het totaal` wordt nagerekend tegen de totaalrij van de kolom van de tabel waarin het als enige cel staat. Een geheel mag ook na het aandeel staan achter een woord dat het noemt (`bijna een derde van zijn exploitatie van € 415.000`, `30 procent van het netwerk van 212 palen`): het deel is dan het ene getal ervoor in de zin, van dezelfde soort (beide bedragen, of aantallen van hetzelfde woord of dezelfde maat); een leeftijd, een jaar of een tarief (`van € 12 per uur`) is geen geheel. `Circa 20%` of `ongeveer 20 procent` past niet bij wat op de vijf ertussen afrondt (15,1%: dat is `circa 15%`); een precieze helft mag naar beide kanten. Een aandeel `van het totaal` (of `van alle ritten`) in een lijstitem, onder een inleidende zin met een dubbele punt zonder eigen aantal, is een aandeel van de som van de lijst, als elk item precies één aantal van hetzelfde woord noemt; een keuze (`onder andere`, `waaronder`) of een item met `waarvan` laat de som open. De toelichting bij een actie in de uitvoeringsagenda (`in 9 van de 14 buurten (ruim 70%)`) wordt net zo nagerekend als lopende tekst. De zinsnede van zo’n aandeel sluit ook waar een nevengeschikte zin zonder getallen begint (`… met 1.500 woningen 48% van het programma voor zijn rekening en is daarmee de grootste`); staat het deel vast, dan maken kleinere aantallen ervoor (een uitsplitsing) de verwijzing niet vaag, en `samen` vóór dat deel telt het deel op, niet het geheel. Een geheel bij naam mag een bijvoeglijk naamwoord hebben (`het stuurbare inkoopvolume, is daarmee € 21,4 miljoen` … `van het stuurbare volume`) en in een eerder hoofdstuk of paragraaf staan, als het aandeel dat woord weer noemt. Noemt een zin één tabelrij en als geheel precies een getal uit die rij (`In Zuid is van de 18 speeltuinen een derde vernieuwd` bij `| Zuid | 18 | 12 |`), dan is het deel de cel van de kolom waarvan de zin de kop noemt (de kop die de zin het volledigst noemt). Een verandering van één tabelrij mag ook een vergelijking met een jaar zijn (`… een kwart lager dan in 2021`, `Vergeleken met 2021 … 30 procent hoger`, `… 40% hoger dan een jaar eerder`), de rij mag in de zin ervoor genoemd zijn (`Kijk naar de Zuidkant. Daar lag …`) en een afkorting in hoofdletters (`GGD`) noemt een rij. Een verschil met het eindniveau (`ging met 30 omlaag tot 90`, `slonk met 45 tot 135`) loopt vanaf het niveau dat daaruit volgt; een aandeel met het eindniveau erna (`daalde met 30 procent tot 656`, `steeg met 6 procentpunt tot 31%`) vanaf het ene getal van de zin ervoor; een verschil zonder niveau ervoor (`verloor 40 leden`, `liep met 40 terug`) vanaf de ene tabelrij waarvan twee jaarcellen precies dat verschil uit elkaar liggen. `… dan een jaar eerder` neemt het getal dat de zin ervoor aan dat jaar bindt (`312 in 2024`), als elk getal daar een jaar heeft. Twee aandelen op een datum of nu (`Eind 2021 … 48 procent. Op dit moment … 53 procent`) zijn een verandering in procentpunten, een aandeel als verandering mag voor zijn verandering staan (`Een stijging van 18 procent: zo groeide … van 350 naar 392`), de getallen van een verandering mogen in woorden staan (`van twaalf naar vijftien`), en een kolom veranderingen tussen een jaar en een doel met een eigen woord (`| 2024 | Streven 2029 | Groei |`) loopt tussen die twee.',
      why: 'Een stijging "met ruim 18%" die 17,8% is, of "een derde" voor een kwart: wie narekent, twijfelt daarna aan elk getal in het stuk.',
      ok: [
        { title: 'Een stijging met "bijna"', text: plan(['Het aantal aanvragen steeg van 240 naar 283, met bijna 18%.']) },
        { title: 'Een "ruim" percentage dat klopt', text: plan(['Het aantal deelnemers groeide van 150 naar 178, een toename van ruim 18%.']) },
        { title: 'Een deel als breuk', text: plan(['Van de aanvragen werden er 61 van de 180 toegekend, ruim een derde.']) },
        { title: 'Een rond percentage met "meer dan"', text: plan(['Daarvan kwamen 47 van de 180 via de huisarts: meer dan 20%.']) },
        { title: 'Een percentage zonder getallen om het aan te toetsen', text: plan(['We verwachten dat 18% van de inwoners meedoet.']) },
        { title: 'Aandelen van verschillende groepen', text: plan(['Van de huurders wil 45 procent zonnepanelen, van de eigenaren 68 procent.']) },
        {
          title: 'Jaartallen tussen de getallen en een daling in de volgende zin',
          text: plan(['Het aantal meldingen ging van 1.200 in 2023 naar 1.080 in 2024. Dat is een daling van 10 procent.'])
        },
        {
          title: 'Een percentage van iets anders na de getallen',
          text: plan(['Het aantal bezoekers steeg van 80 naar 92 en 40% van de bezoekers is ouder dan 65. Van 2023 naar 2024 steeg het gebruik met 12%.'])
        },
        { title: 'Procentpunten en procenten van een percentage', text: plan(['Het aandeel huurwoningen steeg van 40% naar 44%: 4 procentpunt, of 10 procent.']) },
        { title: 'Een op de vijf en tweederde', text: plan(['Van de 2.400 huishoudens deden er 480 mee, een op de vijf. Daarna deden 1.610 van de 2.400 huishoudens mee, tweederde.']) },
        { title: 'Het merendeel met woorden tussen de getallen', text: plan(['1.560 huishoudens van de 2.400 deden mee, het merendeel.']) },
        { title: 'Een rangtelwoord is geen deel', text: plan(['Van de 240 aanvragen kwamen er 60 via een derde partij; de zestiende eeuw telde 12 van de 40 kerken.']) },
        { title: 'Een deel tussen haakjes na het aantal', text: plan(['340 huishoudens (ruim 40% van alle 800 huishoudens) maken gebruik van de regeling.']) },
        { title: 'Procentpunten en een relatieve daling', text: plan(['Het aandeel daalde van 12,5 naar 10,0 procent, een daling van 2,5 procentpunt of 20%.']) },
        { title: 'Een losse zin na twee jaren', text: plan(['In 2023 waren er 120 aanvragen; in 2024 waren het er 150; 30% daarvan werd toegekend.']) },
        { title: 'Een verdubbeling die ongeveer klopt', text: plan(['Het aantal aanvragen verdubbelde van 150 naar 290; dubbele tellingen gingen van 10 naar 12.']) },
        {
          title: 'Meer antwoorden mogelijk',
          text: plan(['De redenen om te verhuizen zijn als volgt verdeeld (meer antwoorden mogelijk):', '', '- ruimte: 54%', '- werk: 38%', '- zorg: 21%'])
        },
        {
          title: 'Een tabel met het aandeel binnen elke rij',
          text: plan(['| Kern | Inwoners | Aandeel jongeren |', '|---|---|---|', '| Dorp | 3.100 | 24% |', '| Stad | 8.900 | 19% |', '| Totaal | 12.000 | 20% |'])
        },
        {
          title: 'Een kolom veranderingen die klopt',
          text: plan(['| Soort | 2021 | 2024 | Verschil 2021-2024 |', '|---|---|---|---|', '| Meldingen | 200 | 170 | -15% |', '| Klachten | 40 | 46 | +15% |'])
        },
        {
          title: 'Twee getallen die allebei het geheel kunnen zijn',
          text: plan(['De bibliotheek had 4.000 leden en 9.000 bezoekers. Daarvan kwamen er 1.000 uit het buitengebied, ruim 20%.'])
        },
        { title: 'Een vergelijking met een jaar zonder getal', text: plan(['In 2024 was de uitstoot 48 kiloton, 25% lager dan in 2020.']) },
        { title: 'Een breuk die het percentage ernaast herhaalt', text: plan(['Het aandeel rokers is 14%, ongeveer een op de zeven.']) },
        {
          title: 'Een kolom verschillen in aantallen, niet in procenten',
          text: plan(['| Soort | 2021 | 2024 | Verschil |', '|---|---|---|---|', '| Meldingen | 200 | 170 | -30 |', '| Klachten | 40 | 46 | +6 |'])
        },
        {
          title: 'Een nieuwe alinea begint opnieuw',
          text: plan(['Van de 240 aanvragen werden er 60 toegewezen.', '', 'Dat is een daling van 30 procent ten opzichte van de landelijke cijfers.'])
        }
      ],
      notOk: [
        {
          title: '"Ruim" terwijl het minder is',
          text: plan(['Het aantal woningen stijgt van 4.500 naar 5.300 met ruim 18%.']),
          expected: ['Percentage `ruim 18%` klopt niet: van 4.500 naar 5.300 is 17,8%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een breuk die niet past',
          text: plan(['Van de meldingen kwamen er 45 van de 180 binnen via de wijkteams, een derde van het totaal.']),
          expected: ['Percentage `een derde` klopt niet: 45 van 180 is 25%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een percentage zonder woord dat niet afgerond klopt',
          text: plan(['De wachtlijst daalde van 80 naar 62, een daling van 25%.']),
          expected: ['Percentage `25%` klopt niet: van 80 naar 62 is 22,5%; pas het percentage of de getallen aan']
        },
        {
          title: '"Bijna de helft" terwijl het meer is',
          text: plan(['Van de scholen deden er 58 van de 110 mee, bijna de helft.']),
          expected: ['Percentage `bijna de helft` klopt niet: 58 van 110 is 52,7%; pas het percentage of de getallen aan']
        },
        {
          title: 'Jaartallen tussen de getallen',
          text: plan(['Het aantal meldingen ging van 1.200 in 2023 naar 1.080 in 2024, een daling van 15%.']),
          expected: ['Percentage `15%` klopt niet: van 1.200 naar 1.080 is 10%; pas het percentage of de getallen aan']
        },
        {
          title: 'Het percentage in de zin na de getallen',
          text: plan(['Van de 240 aanvragen werden er 60 toegewezen; dat is ruim 30 procent.']),
          expected: ['Percentage `ruim 30 procent` klopt niet: 60 van 240 is 25%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een deel in de volgende zin na "Daarvan"',
          text: plan(['Er kwamen 2.400 aanvragen binnen. Daarvan werden er 1.560 toegekend, ruim 70 procent.']),
          expected: ['Percentage `ruim 70 procent` klopt niet: 1.560 van 2.400 is 65%; pas het percentage of de getallen aan']
        },
        {
          title: 'Procentpunten geschreven als procent',
          text: plan(['Het aandeel daalde van 12,5 naar 10,0 procent, een daling van 2,5%.']),
          expected: ['Percentage `2,5%` klopt niet: van 12,5% naar 10,0% is 20%; pas het percentage of de getallen aan']
        },
        {
          title: 'Procentpunten die niet kloppen',
          text: plan(['Het aandeel huurwoningen steeg van 40% naar 44%, een stijging van 6 procentpunt.']),
          expected: ['Percentage `6 procentpunt` klopt niet: van 40% naar 44% is 4 procentpunt; pas het percentage of de getallen aan']
        },
        {
          title: 'Een op de vier terwijl het een op de vijf is',
          text: plan(['480 van de 2.400 huishoudens deden mee, dat is een op de vier.']),
          expected: ['Percentage `een op de vier` klopt niet: 480 van 2.400 is 20%; pas het percentage of de getallen aan']
        },
        {
          title: 'Het merendeel terwijl het minder dan de helft is',
          text: plan(['Van de 2.400 huishoudens deden er 1.000 mee, het merendeel.']),
          expected: ['Percentage `het merendeel` klopt niet: 1.000 van 2.400 is 41,7%; pas het percentage of de getallen aan']
        },
        {
          title: 'Twee jaren met elk een getal, en een daling in de volgende zin',
          text: plan(['In 2023 waren er 1.240 meldingen, in 2024 nog 1.120. Dat is een daling van 15%.']),
          expected: ['Percentage `15%` klopt niet: van 1.240 naar 1.120 is 9,7%; pas het percentage of de getallen aan']
        },
        {
          title: 'Twee jaren in twee zinsdelen',
          text: plan(['In 2015 ging het om 380 jeugdigen; in 2018 om 428. Dat is een stijging van 20%.']),
          expected: ['Percentage `20%` klopt niet: van 380 naar 428 is 12,6%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een breuk van hetzelfde geheel',
          text: plan(['Van de 24 scholen doen er 15 mee: driekwart van de scholen.']),
          expected: ['Percentage `driekwart` klopt niet: 15 van 24 is 62,5%; pas het percentage of de getallen aan']
        },
        {
          title: 'Van onderstaande punten',
          text: plan(['Van onderstaande 95 punten staan er 77 op groen, ruim 90 procent.']),
          expected: ['Percentage `ruim 90 procent` klopt niet: 77 van 95 is 81,1%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een verdubbeling die een verdrievoudiging is',
          text: plan(['Het aantal aanvragen verdubbelde van 150 naar 450.']),
          expected: ['Percentage `verdubbelde` klopt niet: van 150 naar 450 is 200%; pas het percentage of de getallen aan']
        },
        {
          title: 'Bedragen in verschillende eenheden',
          text: plan(['De kosten stijgen van € 900.000 naar € 1,2 miljoen, een stijging van 25%.']),
          expected: ['Percentage `25%` klopt niet: van 900.000 naar 1,2 miljoen is 33,3%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een deel dat na het percentage staat',
          text: plan(['Ruim een kwart van de cursisten (18 van de 90) rondde de cursus af.']),
          expected: ['Percentage `Ruim een kwart` klopt niet: 18 van 90 is 20%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een tabelrij waarvan het percentage niet het deel van het totaal is',
          text: plan(['| Kern | Woningen | Aandeel |', '|---|---|---|', '| Dorp | 150 | 40% |', '| Stad | 350 | 70% |', '| Totaal | 500 | 100% |']),
          expected: ['Percentage `40%` klopt niet: 150 van 500 is 30%; pas het percentage of de getallen aan']
        },
        {
          title: 'Aandelen in een zin boven 100%',
          text: plan(['Van de deelnemers aan de cursus woonde 46 procent in de stad, 38 procent in de dorpen en 21 procent buiten de gemeente.']),
          expected: ['Aandelen van één geheel tellen op tot `105%` (`46 procent`, `38 procent`, `21 procent`); samen horen ze 100% te zijn, pas de percentages aan']
        },
        {
          title: 'Aandelen van één geheel boven 100%',
          text: plan(['De deelnemers zijn als volgt verdeeld:', '', '- jonger dan 18: 31%', '- 18 tot 65: 52%', '- 65 en ouder: 24%']),
          expected: ['Aandelen van één geheel tellen op tot `107%` (`31%`, `52%`, `24%`); samen horen ze 100% te zijn, pas de percentages aan']
        },
        {
          title: 'Een kolom veranderingen tussen twee jaarkolommen',
          text: plan(['| Soort | 2021 | 2024 | Verschil 2021-2024 |', '|---|---|---|---|', '| Meldingen | 200 | 170 | -15% |', '| Klachten | 40 | 50 | +20% |']),
          expected: ['Percentage `+20%` klopt niet: van 40 naar 50 is 25%; pas het percentage of de getallen aan']
        },
        {
          title: 'Twee jaren in twee zinnen, het late jaar eerst',
          text: plan(['In 2025 vroegen 540 gezinnen om hulp. In 2022 waren dat er nog 450, een stijging van 12 procent.']),
          expected: ['Percentage `12 procent` klopt niet: van 450 naar 540 is 20%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een deel van een getal uit de vorige zin, met andere getallen ernaast',
          text: plan(['Het sportpark telt 6 velden en 1.400 leden. Daarvan zijn 300 leden jeugdlid, ruim een derde.']),
          expected: ['Percentage `ruim een derde` klopt niet: 300 van 1.400 is 21,4%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een deel van een eerder genoemd totaal',
          text: plan(['Het budget is in totaal € 1.200.000. De bibliotheek krijgt het grootste deel. Het museum ontvangt € 180.000, ruim 20% van het totaal.']),
          expected: ['Percentage `ruim 20%` klopt niet: € 180.000 van € 1.200.000 is 15%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een vergelijking met een jaar uit de tabel',
          text: plan(['| Bron | 2020 | 2024 |', '|---|---|---|', '| Verkeer | 60 | 48 |', '| Industrie | 40 | 30 |', '', 'In 2024 was de uitstoot van het verkeer 48 kiloton, 25% lager dan in 2020.']),
          expected: ['Percentage `25%` klopt niet: van 60 naar 48 is 20%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een jaar en een bijzin tussen geheel en deel',
          text: plan(['Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo, ruim 20 procent.']),
          expected: ['Percentage `ruim 20 procent` klopt niet: 96 van 640 is 15%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een breuk die niet bij het percentage ernaast past',
          text: plan(['Het aandeel huishoudens met een betalingsachterstand is 12 procent, oftewel een kwart.']),
          expected: ['Percentage `een kwart` klopt niet: het percentage ernaast is 12%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een kolom verschillen zonder jaren in de kop',
          text: plan(['| Voorziening | 2021 | 2025 | Verschil |', '|---|---|---|---|', '| Bibliotheek | 4.000 | 4.400 | +10% |', '| Zwembad | 10.000 | 9.000 | -10% |', '| Museum | 2.000 | 2.600 | +20% |']),
          expected: ['Percentage `+20%` klopt niet: van 2.000 naar 2.600 is 30%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een deel van een eerder genoemde opgave',
          text: plan(['Er resteert een bouwopgave van 2.400 woningen.', '', 'In de kern Oost komen 480 woningen, dat is 25% van de bouwopgave.']),
          expected: ['Percentage `25%` klopt niet: 480 van 2.400 is 20%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een percentage in woorden',
          text: plan(['Van de 480 bomen langs de dijk zijn er 120 ziek, ruim dertig procent.']),
          expected: ['Percentage `ruim dertig procent` klopt niet: 120 van 480 is 25%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een percentage met het deel tussen haakjes',
          text: plan(['Ongeveer 15% van de 1.500 jongeren (180) sport niet.']),
          expected: ['Percentage `Ongeveer 15%` klopt niet: 180 van 1.500 is 12%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een aandeel in de zin erna die terugwijst, met het geheel opnieuw bij naam',
          text: plan(['Van de 360 parkeerplaatsen zijn er 54 voor vergunninghouders. Het gaat om ruim een kwart van alle plaatsen.']),
          expected: ['Percentage `ruim een kwart` klopt niet: 54 van 360 is 15%; pas het percentage of de getallen aan']
        },
        {
          title: 'Een geheel na het aandeel, achter het woord dat het noemt',
          text: plan(['Met € 84.000 aan entreegelden betaalt het zwembad bijna een derde van zijn exploitatie van € 415.000 zelf.']),
          expected: ['Percentage `bijna een derde` klopt niet: € 84.000 van € 415.000 is 20,2%; pas het percentage of de getallen aan']
        },
        {
          title: 'Ongeveer een rond tiental voor wat op de vijf ertussen afrondt',
          text: plan(['Van de 920 lantaarnpalen is er 140 vervangen door led, ongeveer 20%.']),
          expected: ['Percentage `ongeveer 20%` klopt niet: 140 van 920 is 15,2%; pas het percentage of de getallen aan']
        }
      ]
    }
  },
  (model, context) => {
    const report = (claim: ShareClaim, pointer: string, text: string, index: number): void => {
      if (claim.fits) return
      // A finance table's text is joined from the paragraphs around the table: find the paragraph in the source.
      const location = hitLocation(context.file, pointer, text, index, claim.said.length)
      const actual = percentText(claim.actual, claim.inPoints)
      context.report(`Percentage \`${claim.said}\` klopt niet: ${claim.basis} is ${actual}; pas het percentage of de getallen aan`, {
        pointer,
        ...(location ? { location } : {}),
        actual: claim.said,
        expected: [actual]
      })
    }
    const reportSum = (sum: ShareSum, pointer: string, text: string, index: number): void => {
      const location = hitLocation(context.file, pointer, text, index, sum.shares[0]?.length ?? 0)
      const total = percentText(sum.total)
      context.report(`Aandelen van één geheel tellen op tot \`${total}\` (${sum.shares.map((s) => `\`${s}\``).join(', ')}); samen horen ze 100% te zijn, pas de percentages aan`, {
        pointer,
        ...(location ? { location } : {}),
        actual: total,
        expected: ['100%']
      })
    }
    // The sentences of the plan's own texts so far: a share `van alle ouders die zich inschreven` may name a whole counted sections up.
    const before: string[] = []
    // The prose of a finance chapter stands apart from its tables in the model: an amount it quotes from a table
    // (`€ 30.000, een tiende van het totaal`) is found in them.
    const financeTables = financeShareTables(model, context.file).map((t) => t.table)
    for (const { pointer, text } of proseTexts(model)) {
      // The tables are read once for all four checks.
      const tables = withPercentHeaders(markdownTables(text))
      const plain = withoutEmphasis(text)
      const quoted = pointer.startsWith('/financien/') ? financeTables : []
      // An item's share `van het totaal` in a list of counts of one noun is of the list's sum, not of a sibling item
      // that a reading of the sentences around took for its whole.
      const listSums = listSumShares(plain)
      const claims = [...shareClaims(plain, tables, ownText(pointer) ? before : [], quoted).filter((c) => !listSums.some((l) => l.index === c.index)), ...listSums, ...tableClaims(tables)]
      if (ownText(pointer)) before.push(...sentences(plain).map((s) => s.sentence))
      // A list item's or a table cell's share of its sum is judged only when no other reading judged it.
      claims.push(...[...listShareClaims(text), ...cellShareClaims(tables)].filter((l) => !claims.some((c) => c.index === l.index)))
      for (const claim of claims) report(claim, pointer, text, claim.index)
      const sums = shareSums(text, tables)
      // Shares of one whole in a sentence (`48% tevreden, 33% neutraal en 27% ontevreden`), once.
      sums.push(...partitionSums(text).filter((p) => !sums.some((s) => s.index === p.index)))
      for (const sum of sums) reportSum(sum, pointer, text, sum.index)
    }
    // An agenda row's notes are written sentences too (`in 9 van de 14 buurten (ruim 70%)`), outside the prose texts.
    for (const { pointer, text } of writtenTexts(model).filter((t) => fieldOf(t.pointer) === 'bijzonderheden')) {
      for (const claim of shareClaims(withoutEmphasis(text))) report(claim, pointer, text, claim.index)
    }
    // The tables of a finance chapter hold share columns too (`Aandeel` beside `Inwoners`).
    for (const { table: raw, pointers } of financeShareTables(model, context.file)) {
      const [table = raw] = withPercentHeaders([raw])
      const cellAt = (index: number): { pointer: string | undefined; text: string } => ({
        pointer: pointers[Math.floor(index / STRIDE)],
        text: table.rows.flat().find((c) => c.index === Math.floor(index / STRIDE) * STRIDE)?.text ?? ''
      })
      for (const claim of tableClaims([table])) {
        const { pointer, text } = cellAt(claim.index)
        if (pointer) report(claim, pointer, text, claim.index % STRIDE)
      }
      for (const sum of shareSums('', [table])) {
        const { pointer, text } = cellAt(sum.index)
        if (pointer) reportSum(sum, pointer, text, sum.index % STRIDE)
      }
    }
  }
)

// The shares of a column's total, the changes between year columns and the ratios within rows.
function tableClaims(tables: Table[]): ShareClaim[] {
  const ofTotal = tableShareClaims(tables)
  // A percentage judged as a share of the column's total is not judged again as a ratio within its row.
  const ratios = rowRatioClaims(tables).filter((r) => !ofTotal.some((c) => c.index === r.index))
  return [...ofTotal, ...tableChangeClaims(tables), ...ratios]
}
