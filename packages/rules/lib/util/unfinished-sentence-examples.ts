import type { RuleExample } from '../rule.js'
import { textExample as example } from './text-examples.js'

// The docs examples of rule unfinished-sentence, kept apart so the rule file holds its logic.

/** Finished sentences a naive check would flag. */
export const unfinishedOk: RuleExample[] = [
  {
    title: 'Een werkwoord met zijn partikel of voorwerp, en waardoor in een vraag',
    text: example(['# Aanpak', '', 'De buurtcoach werkt nauw samen met de huisarts. Bij een melding van eenzaamheid schakelen we de wijkverpleging in.', '', 'Bij twijfel overleggen we.', '', 'Waardoor stijgen de kosten? Vooral door de hogere huren.'])
  },
  { title: 'Afgemaakte zinnen en een opsomming na een dubbele punt', text: example(['# Toegang', '', 'Een vervoersvoorziening volgt, tenzij het eigen netwerk kan rijden.', '', 'Dit hebben we bereikt:', '', '- een wijkloket']) },
  { title: 'Een voorzetsel als bijwoord aan het eind', text: example(['# Visie', '', 'Inwoners willen meedoen. Daar sluiten we bij aan, en daar kijken we naar.']) },
  { title: 'Een zin die op het of dat eindigt', text: example(['# Visie', '', 'Iedereen wil dat. We doen het.']) },
  {
    title: 'Scheidbare werkwoorden en een voorzetsel na daar',
    text: example(['# Uitvoering', '', 'Wij nemen de signalen van inwoners mee. Het college stelt jaarlijks een bijstelling voor. Het aantal meldingen valt op. Daar houden we rekening mee, en we lopen soms tegen grenzen aan.'])
  },
  {
    title: 'Een bijzin zonder komma waar de hoofdzin direct volgt',
    text: example(['# Aanpak', '', 'We werken samen met de scholen. Nadat de pilot is afgerond wordt de aanpak breder ingezet. Zodra de wijkteams compleet zijn start het loket in elke wijk.'])
  },
  {
    title: 'Een bijzin met hoofdzin, en een antwoord op een vraag',
    text: example(['# Vragen', '', 'Als de vraag stijgt, breiden we het aanbod uit. Wanneer het loket dicht is kunt u bellen.', '', 'Wanneer krijg ik bericht?', '', 'Zodra het besluit is genomen.'])
  },
  {
    title: 'Een inleiding op een opsomming zonder dubbele punt',
    text: example(['# Partners', '', 'De volgende partners werken mee aan', '', '- de wijkteams', '- de bibliotheek'])
  },
  {
    title: 'Een budget dat op is en een lijstje zonder punten',
    text: example(['# Financiën', '', 'Het budget voor 2025 is op.', '', '- voor jongeren', '- voor ouderen'])
  },
  { title: 'Een raadsbesluit in de vorm van het Gemeenteblad', text: example(['# Inleiding', '', 'De raad van de gemeente Westerdal;', '', 'gelezen het voorstel van burgemeester en wethouders', '', 'b e s l u i t :', '', 'vast te stellen de nota.']) },
  { title: 'Een dubbele punt boven de paragrafen die hij aankondigt', text: example(['# Aanpak', '', 'Onze aanpak rust op twee lijnen:', '', '## 1. Vroeg erbij', '', 'We signaleren eerder.', '', '## 2. Samen verder', '', 'We werken samen.']) },
  { title: 'Een doelzin met zijn hoofdzin', text: example(['# Toegang', '', 'Om de wachttijd terug te dringen, openen we in 2026 een tweede loket. Om dit te bereiken werken we samen met de huisartsen.']) },
  { title: 'Twee zinnen die hetzelfde beginnen', text: example(['# Wonen', '', 'Het aantal aanvragen daalt naar 200. Het aantal aanvragen voor beschermd wonen blijft gelijk.']) },
  { title: 'Een voorzetsel met zijn voorwerp: `per direct`', text: example(['# Regeling', '', 'De nieuwe regeling geldt per direct. Daar gaan we in dit plan vanuit.']) },
  { title: 'Opsommingstekens met een scheidbaar werkwoord', text: example(['# Aanpak', '', '- we voeren de pilot in twee wijken uit', '- we nemen de ervaringen van inwoners mee']) },
  { title: 'Een kopje zonder punt en een zin met een afkorting', text: example(['# Visie', '', '**Onze aanpak**', '', 'We werken o.a. samen met scholen, sportclubs e.d.']) },
  {
    title: 'Een afgebroken regel voor een naam en een vraagwoord aan het eind',
    text: example(['# Huisvesting', '', 'De leerlingen verhuizen in 2027 naar basisschool', 'De Regenboog. Het plan zegt wat we doen, met wie en wanneer.'])
  },
  {
    title: 'Een kop als label en een cel met een scheidbaar werkwoord',
    text: example(['# Aanpak', '', '## Op pad met', '', '| Maatregel | Werkwijze |', '|---|---|', '| Wijkaanpak | Bewoners sturen de aanpak bij |'])
  },
  {
    title: 'Een hulpwerkwoord na een bijzin met wat het zonder werkwoord mag nemen: een plaats, een richting, een voornaamwoord, of met zijn werkwoord',
    text: example(['# Aanpak', '', 'Ouders die vragen hebben, kunnen terecht bij het wijkteam. Bewoners met een vergunning die de slagboom willen passeren, mogen naar binnen. Inwoners die dat willen, kunnen dat ook. Verenigingen die een aanvraag doen, kunnen rekenen op een snelle reactie.'])
  },
  {
    title: 'Twee voorzetsels of bijwoorden die een paar vormen (`in en uit`, `af en aan`)',
    text: example(['# Aanpak', '', 'Bezoekers lopen de hele dag in en uit. De bussen rijden in de spits af en aan. Het water stroomt hier bij vloed in en bij eb weer uit. Het plan is besproken met de boa\'s, de wijkagent en OM.'])
  }
]

/** Sentences that break off, with the message each gives. */
export const unfinishedNotOk: RuleExample[] = [
  {
    title: 'Een zin met `zal` zonder werkwoord, een doelzin zonder `te` en een bedrag dat ontbreekt',
    text: example(['# Aanpak', '', 'Het college zal de raad in het najaar over de eerste uitkomsten. We zetten twee extra consulenten in om de achterstand. De eigen bijdrage bedraagt € per maand.']),
    expected: [
      'Na `zal` komt geen werkwoord; maak de zin af',
      'Doelzin na `om` mist `te` en het werkwoord; maak de zin af',
      'Bedrag ontbreekt na `€`; vul het bedrag in of maak de zin af'
    ]
  },
  {
    title: 'Het laatste punt van een opsomming met puntkomma’s breekt af',
    text: example(['# Aanbod', '', 'Wij bieden:', '', '- een vast aanspreekpunt in elke kern;', '- een spreekuur in de bibliotheek;', '- extra hulp bij de aanvraag, omdat veel ouderen']),
    expected: ['Alinea eindigt zonder leesteken op `ouderen`; maak de laatste zin af']
  },
  {
    title: 'Een voorwaarde en een opsomming die ontbreken',
    text: example(['# Toegang', '', 'Een vervoersvoorziening volgt, tenzij', '', '# Resultaat', '', 'Dit hebben we bereikt:', '', '# Bijlage', '', 'In 2025 zien we de meeste aanvragen in de', '', 'wijken aan de oostkant.']),
    expected: [
      'Zin eindigt op `tenzij`; maak de zin af',
      'Tekst eindigt op een dubbele punt zonder opsomming; voeg de opsomming toe of maak de zin af',
      "Zin eindigt op `de` en loopt door in de volgende alinea (`wijken aan de oostkant.`); voeg de alinea's samen"
    ]
  },
  {
    title: 'Een zin die op een lidwoord eindigt',
    text: example(['# Samenwerking', '', 'We werken samen met de. Daarna volgt een evaluatie.']),
    expected: ['Zin eindigt op `de`; maak de zin af']
  },
  {
    title: 'Een voorzetsel zonder voorwerp',
    text: example(['# Wonen', '', 'We zoeken samen met de corporaties naar een oplossing voor. Daarna volgt een plan.']),
    expected: ['Zin eindigt op `voor`; maak de zin af']
  },
  {
    title: 'Een betrekkelijk bijwoord aan het eind',
    text: example(['# Middelen', '', 'Dit zijn de instrumenten waarmee. We zetten ze in vanaf 2026.']),
    expected: ['Zin eindigt op `waarmee`; maak de zin af']
  },
  {
    title: 'Een losse bijzin na een zin in dezelfde alinea',
    text: example(['# Aanpak', '', 'Wijkteams melden zorgen eerder bij de huisarts. Omdat de wachttijden oplopen. Daarom starten we in 2026 een proef.']),
    expected: ['Zin `Omdat de wachttijden oplopen.` is alleen een bijzin; maak de hoofdzin af of voeg de zin samen met de vorige']
  },
  {
    title: 'Een alinea die alleen een bijzin is',
    text: example(['# Risico’s', '', 'De kosten van de pilot zijn geraamd op € 80.000.', '', 'Als de kosten hoger uitvallen dan begroot.']),
    expected: ['Zin `Als de kosten hoger uitvallen dan begroot.` is alleen een bijzin; maak de hoofdzin af of voeg de zin samen met de vorige']
  },
  {
    title: 'Een alinea zonder punt die op een voorzetsel ophoudt',
    text: example(['# Toegang', '', 'Inwoners met vragen over schulden kunnen voortaan terecht bij', '', '# Werk', '', 'Tekst.']),
    expected: ['Zin eindigt op `bij`; maak de zin af']
  },
  {
    title: 'Een alinea die op een komma ophoudt',
    text: example(['# Toegang', '', 'Inwoners met een vraag over zorg of inkomen melden zich bij het wijkloket,', '', '# Werk', '', 'Tekst.']),
    expected: ['Zin eindigt op een komma (`wijkloket,`); maak de zin af']
  },
  {
    title: 'Een losse en aan het eind',
    text: example(['# Aanbod', '', '- sport', '- cultuur en']),
    expected: ['Zin eindigt op `en`; maak de zin af']
  },
  {
    title: 'De laatste zin houdt op zonder punt',
    text: example(['# Toegang', '', 'Het loket is open op werkdagen. Wie na vijf uur belt, krijgt het antwoordapparaat van de wijkpost']),
    expected: ['Alinea eindigt zonder leesteken op `wijkpost`; maak de laatste zin af']
  },
  {
    title: 'Een losse doelzin zonder hoofdzin',
    text: example(['# Toegang', '', 'We openen in 2026 een tweede loket. Om de wachttijd voor inwoners te verkorten.']),
    expected: ['Zin `Om de wachttijd voor inwoners te verkorten.` is alleen een bijzin; maak de hoofdzin af of voeg de zin samen met de vorige']
  },
  {
    title: 'Een zin die half wordt herhaald',
    text: example(['# Armoede', '', 'We verlagen de drempel voor de bijzondere bijstand. We verlagen de drempel']),
    expected: ['Zin `We verlagen de drempel` herhaalt het begin van de vorige zin; maak de zin af of haal hem weg']
  },
  {
    title: 'Een opsommingsteken dat op een voorzetsel stopt',
    text: example(['# Aanbod', '', '- een maatje voor elke nieuwkomer', '- begeleiding van jongeren naar']),
    expected: ['Zin eindigt op `naar`; maak de zin af']
  },
  {
    title: 'Namelijk zonder wat erop volgt',
    text: example(['# Toegang', '', 'Het wijkteam richt zich op drie groepen, namelijk. Daarna volgt de evaluatie.']),
    expected: ['Zin eindigt op `namelijk`; maak de zin af']
  },
  {
    title: 'Een alinea die na een komma doorloopt',
    text: example(['# Toegang', '', 'Samen met de buurtteams verbeteren we de toegang,', '', 'zodat inwoners sneller hulp krijgen.']),
    expected: ["Zin eindigt op `toegang` en loopt door in de volgende alinea (`zodat inwoners sneller hulp k…`); voeg de alinea's samen"]
  },
  {
    title: 'Een punt in een opsomming die halverwege afbreekt',
    text: example(['# Aanpak', '', '1. We openen een tweede inloophuis.', '2. We verlengen de subsidie voor het repaircafé.', '3. We werken samen met de bibliotheek. Daarnaast willen we dat meer ouderen']),
    expected: ['Alinea eindigt zonder leesteken op `ouderen`; maak de laatste zin af']
  },
  {
    title: 'Een regel die halverwege stopt terwijl de volgende regel een nieuwe zin begint',
    text: example(['# Werk', '', 'Steeds meer nieuwkomers vinden werk. Het loket ziet wel een groep die na de inburgering', 'Wij willen dat iedereen binnen een jaar werk of een opleiding heeft.']),
    expected: ['Zin breekt af op `inburgering` en de volgende regel begint een nieuwe zin (`Wij willen dat iedereen binne…`); maak de zin af']
  },
  {
    title: 'Een alinea van één zin die midden in een bijzin stopt',
    text: example(['# Schulden', '', 'We helpen elk jaar 200 huishoudens.', '', 'Ouderen met achterstanden krijgen een huisbezoek, omdat achterstanden op hoge leeftijd', '', 'We evalueren de aanpak in 2028.']),
    expected: ['Alinea eindigt zonder leesteken op `leeftijd`; maak de laatste zin af']
  },
  {
    title: 'Een tabelcel die stopt op een lidwoord',
    text: example(['# Resultaten', '', '| Maatregel | Stand |', '|---|---|', '| Afspraken maken met de | Gestart |']),
    expected: ['Zin eindigt op `de`; maak de zin af']
  },
  {
    title: 'Een alinea die stopt op een voornaamwoordelijk bijwoord',
    text: example(['# Sport', '', 'Clubs die hun kleedkamers willen vernieuwen, kunnen hiervoor']),
    expected: ['Zin eindigt op `hiervoor`; maak de zin af']
  },
  {
    title: 'De inleiding van een themahoofdstuk stopt midden in een zin, en een zin stopt op `mits`',
    text: example([
      '# Visie',
      '',
      'Iedereen doet mee in Beekdal. Dat is onze stip op de horizon.',
      '',
      'We werken daarvoor samen met de scholen, de clubs en de wijkteams.',
      '',
      "# Thema's",
      '',
      'Voor de nieuwe sporthal maken we eerst heldere afspraken met de verenigingen zodat we',
      '',
      '## Wonen',
      '',
      'We bouwen in de komende jaren tweehonderd woningen voor starters. De regeling voor de buurthuizen loopt door mits.'
    ]),
    expected: ['Alinea eindigt zonder leesteken op `we`; maak de laatste zin af', 'Zin eindigt op `mits`; maak de zin af']
  },
  {
    title: 'Een zin in vet en een cel die afbreekt tussen afgesloten cellen',
    text: example([
      '# Aanpak',
      '',
      'We werken samen met de scholen. Dat doen we al jaren.',
      '',
      '| Actie | Toelichting |',
      '| --- | --- |',
      '| Buurtkamer | We openen een buurtkamer in Noord. |',
      '| Loket | Er komt een nieuw loket, waar inwoners met vragen over hun schulden |',
      '| Monitor | We volgen de resultaten elk kwartaal. |',
      '',
      '**Het college zal de raad in het najaar over de uitkomsten van de evaluatie**',
      '',
      'De kosten staan in hoofdstuk 4.'
    ]),
    expected: ['Zin eindigt op `schulden`; maak de zin af', 'Alinea eindigt zonder leesteken op `evaluatie`; maak de laatste zin af']
  },
  {
    title: 'Een alinea die stopt na werkwoord en onderwerp, en een losse bijzin met waardoor',
    text: example([
      '# Aanpak',
      '',
      'De buurtcoach werkt nauw samen met de huisarts en de wijkverpleging.',
      '',
      'Bij een melding van eenzaamheid bij een oudere inwoner zetten we',
      '',
      'De inloop in de bibliotheek draait op vrijwilligers. Waardoor de inloop sluit zodra er een vrijwilliger ziek is.'
    ]),
    expected: ['Alinea eindigt zonder leesteken op `we`; maak de laatste zin af', 'Zin `Waardoor de inloop sluit zodra er een vrijwillige…` is alleen een bijzin; maak de hoofdzin af of voeg de zin samen met de vorige']
  },
  {
    title: 'Een hulpwerkwoord na een betrekkelijke bijzin zonder werkwoord erna',
    text: example(['# Aanpak', '', 'Huurders die hun woning willen verduurzamen maar geen aannemer kunnen vinden, kunnen.']),
    expected: ['Na `kunnen` komt geen werkwoord; maak de zin af']
  },
  {
    title: 'Een hulpwerkwoord na een bijzin met alleen een bepaling erna',
    text: example(['# Aanpak', '', 'Wie na de termijn een aanvraag indient, moet bij herhaling.']),
    expected: ['Na `moet` komt geen werkwoord; maak de zin af']
  },
  {
    title: 'Een alinea zonder slotteken die na het hulpwerkwoord alleen een bijwoord heeft',
    text: example(['# Aanpak', '', 'We vergroenen de pleinen van alle scholen.', '', 'Scholen die hun plein vergroenen, kunnen daarnaast', '', 'De gemeente betaalt de helft.']),
    expected: ['Alinea eindigt zonder leesteken op `daarnaast`; maak de laatste zin af']
  },
  {
    title: 'Een tweede voorzetsel na `en` zonder zijn voorwerp, ook waar het eerste werkwoord een scheidbaar deel kan hebben',
    text: example([
      '# Aanpak', '', 'De buurt is blij met het nieuwe plein. Er is veel ruimte om te spelen.', '', 'Bewoners maken zich vooral zorgen over het parkeren in de avond en over', '', 'Daarom komt er een blauwe zone.', '',
      'De ouders maken zich zorgen over de drukte rond de school en over.', '', 'We nemen de wensen van de jongeren op in het plan en in.'
    ]),
    expected: ['Zin eindigt op `over`; maak de zin af', 'Zin eindigt op `over`; maak de zin af', 'Zin eindigt op `in`; maak de zin af']
  }
]
