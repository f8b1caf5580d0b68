import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 16 battery (hcount2), written before reading the rule again: a phrase after the
// participle before the colon, a relative clause with its own verb between count and list, the
// count in a heading with the items as list items, the count after the list, a later back-pointer
// (`Deze drie …`) after four named, `beide` and `een drietal`, items joined by `alsmede`/`evenals`,
// items with their own commas in brackets, a list split over two sentences. Look-alikes: the same
// with the right number, `twee van de vijf`, `onder meer`/`zoals`/`bijvoorbeeld`, a count of
// something else, a list whose items are groups, vague counts (`enkele`).
// Start code: 2 of 13 caught (and the right `alsmede` list was flagged). The gates: the passive
// reader wanted the participle right before the colon, a relative clause was only taken out after
// a comma (a restrictive one has none), and `alsmede`/`alsook`/`evenals` were no joins; `zoals` or
// `onder meer` in the sentence before silenced a count (the lead was read to the paragraph's start);
// `beide` was no count; emphasis inside the sentence (not around the count) hid the participle.
// After the fixes: 9 of 15; open: a count after or a back-pointer to a list in prose, `een drietal`
// (vague), items in brackets, a list split over two sentences, `inclusief`.

const defects: BatteryWording[] = [
  ['a phrase after the participle', ['Er zijn vier speeltuinen aangepast voor kinderen met een beperking: de Regenboog, het Vogelnest en de Zandbak.']],
  ['a relative clause with its own verb', ['Het plan is opgesteld met de drie corporaties die het akkoord ondertekenden: Woonstede, Thuisbaas, Dorpswonen en Rivierhuis.']],
  ['a relative clause before a participle', ['We hebben vijf buurthuizen die elke dag open zijn gevraagd mee te doen: de Kei, de Brug, het Anker en de Toren.']],
  ['a count in a heading, items as list items', ['## Vier doelen', '', '- Meer jongeren sporten.', '- Minder eenzaamheid bij ouderen.', '- Betere fietspaden.']],
  ['the count after the list', ['We vernieuwen de speelplaats, het dak van de gymzaal en de verlichting op het plein. Dit zijn samen vier projecten.']],
  ['a back-pointer after four named', ['We richten de Kerkstraat, de Molenweg, de Dijk en de Lindelaan opnieuw in. Deze drie straten krijgen ook nieuwe bomen.']],
  ['beide with three named', ['Beide scholen krijgen een nieuw schoolplein: De Linde, De Esch en Het Kompas.']],
  ['een drietal with four named', ['Een drietal wijken krijgt extra handhaving: de Hoven, de Akkers, Zuideinde en het Centrum.']],
  ['items joined by alsmede', ['Twee partners betalen mee: de provincie, het waterschap alsmede de woningcorporatie.']],
  ['items with a bracket holding commas', ['Er komen vijf nieuwe oplaadpunten in drie kernen: Ermelo (Stationsplein, Markt), Putten (Kerkplein) en Nijkerk (Havenweg).']],
  ['emphasis on the participle phrase', ['In 2027 worden zes bruggen **vervangen door nieuwe exemplaren**: de Hoge Brug, de Lage Brug, de Sluisbrug, de Kerkbrug en de Molenbrug.']],
  ['a list split over two sentences', ['We werken met vier partners samen: de GGD en de huisartsen. Ook de politie doet mee.']],
  ['zoals in the sentence before', ['Er zijn veel clubs in het dorp, zoals de harmonie en de schaakclub. Drie verenigingen doen mee: de Eendracht, de Wielrenners, Vooruit en de Zwaluw.']],
  ['onder meer in the sentence before', ['We letten onder meer op de veiligheid. Twee scholen krijgen een nieuw plein: De Linde, De Esch en Het Kompas.']],
  ['inclusief as a qualifier', ['Er zijn vijf locaties inclusief de nieuwe opvang beschikbaar voor nachtopvang: de Haven, de Poort, het Baken en de Nieuwe Opvang, samen zes.']]
]

const clean: CleanWording[] = [
  ['a phrase after the participle, right count', ['Er zijn drie speeltuinen aangepast voor kinderen met een beperking: de Regenboog, het Vogelnest en de Zandbak.']],
  ['a relative clause, right count', ['Het plan is opgesteld met de vier corporaties die het akkoord ondertekenden: Woonstede, Thuisbaas, Dorpswonen en Rivierhuis.']],
  ['twee van de vijf', ['Twee van de vijf scholen hebben een nieuw dak nodig: De Linde en Het Kompas.']],
  ['onder meer', ['Zes partners doen mee, onder meer de GGD, de politie en de woningcorporatie.']],
  ['zoals', ['Er zijn negen sportparken, zoals Het Veld, De Kuil en Zuid.']],
  ['bijvoorbeeld', ['We ondersteunen vijf soorten activiteiten: bijvoorbeeld sport, muziek en toneel.']],
  ['a count of something else', ['In drie weken hebben we de volgende wijken bezocht: de Hoven, de Akkers, Zuideinde en het Centrum.']],
  ['groups as items', ['Twee groepen werken mee: de scholen in Noord en Zuid, en de sportclubs, de muziekschool en de bibliotheek in het centrum.']],
  ['enkele is vague', ['Enkele wijken krijgen extra handhaving: de Hoven, de Akkers, Zuideinde en het Centrum.']],
  ['a heading count, right', ['## Drie doelen', '', '- Meer jongeren sporten.', '- Minder eenzaamheid bij ouderen.', '- Betere fietspaden.']],
  ['the count after the list, right', ['We vernieuwen de speelplaats, het dak van de gymzaal en de verlichting op het plein. Dit zijn samen drie projecten.']],
  ['a back-pointer to a subset', ['We richten de Kerkstraat, de Molenweg, de Dijk en de Lindelaan opnieuw in. Drie van deze straten krijgen ook nieuwe bomen.']],
  ['beide with two named', ['Beide scholen krijgen een nieuw schoolplein: De Linde en Het Kompas.']],
  ['alsmede right', ['Drie partners betalen mee: de provincie, het waterschap alsmede de woningcorporatie.']],
  ['brackets with commas, right count of kernen', ['Er komen vijf nieuwe oplaadpunten in drie kernen: Ermelo (Stationsplein, Markt), Putten (Kerkplein, Dorp) en Nijkerk (Havenweg).']],
  ['a sub-list under one item', ['Er zijn twee sporen:', '', '- preventie, met drie onderdelen: voorlichting, huisbezoek en een spreekuur;', '- nazorg.']],
  ['about, rounding word', ['Ongeveer vijf wijken doen mee: de Hoven, de Akkers, Zuideinde en het Centrum.']],
  ['vooral before the places', ['In het dorp staan 24 bankjes op negen plekken, vooral bij de kerk, de school en aan de haven.']],
  ['voornamelijk before the places', ['Er komen zeven haltes, voornamelijk in de Molenwijk en de Akkers.']],
  ['o.a. right before the count', ['We vernieuwen o.a. drie bruggen: de Hoge Brug, de Sluisbrug, de Kerkbrug en de Molenbrug.']],
  ['beide with names between commas', ['Beide partijen, de gemeente en de provincie, betalen mee.']],
  ['beide of another noun than the list', ['In beide kernen komen drie haltes: bij de kerk, bij de school en bij de sporthal.']],
  ['de beide with a list of their parts', ['De beide wijken hebben samen vijf speelplekken: de Kuil, het Veld, de Hoek, de Wei en het Plein.']],
  ['emphasis on the participle phrase, right', ['In 2027 worden vijf bruggen **vervangen door nieuwe exemplaren**: de Hoge Brug, de Lage Brug, de Sluisbrug, de Kerkbrug en de Molenbrug.']],
  ['emphasis on each item, right', ['Er zijn drie *proefwijken*: **Noord**, **Oost** en **Zuid**.']],
  ['a count of members inside one item', ['Twee partijen tekenden: de gemeente en het samenwerkingsverband van zes zorgaanbieders.']]
]

describeBattery(countClaimMismatch, defects, clean, 9)
