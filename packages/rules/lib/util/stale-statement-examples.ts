/**
 * Docs examples of `stale-statement`: statements about moments before the document date, and
 * the past, running and later statements a naive check would flag. Kept apart from the rule so the
 * rule file stays about detection.
 */
import type { RuleExample } from '../rule.js'
import { textExample as example } from './text-examples.js'

/** Statements that are not stale. */
export const staleOk: RuleExample[] = [
  {
    title: 'Een jaarlijks stuk als bron, een stuk dat nog komt en een afspraak tussen komma’s',
    text: example(['# Planning', '', 'In de voorjaarsnota 2025 staat dat we de tarieven gaan verlagen. We zullen in de najaarsnota 2025 de stand melden.', '', 'Het college zal, zoals in de kadernota 2025 is afgesproken, jaarlijks rapporteren.'], { datum: '2025-10-01' })
  },
  { title: 'Een bijzin tussen komma’s met een eigen jaar', text: example(['# Kaders', '', 'De regeling, die in 2024 van kracht werd, blijft tot 2028 gelden.']) },
  { title: 'De verleden tijd bij een eerder jaar', text: example(['# Kaders', '', 'De visie is in februari 2024 door de raad vastgesteld. In 2023 zou de toegang al herzien zijn, maar dat werd 2024.']) },
  { title: 'Een periode die tot na het document loopt', text: example(['# Kaders', '', 'In de periode 2023-2027 zullen we de buurtteams uitbreiden.']) },
  { title: 'Een toekomst vanaf het document', text: example(['# Kaders', '', 'In 2026 gaan we de toegang herzien; komend jaar (2026) volgt de evaluatie.']) },
  { title: 'Een bijzin in de verleden tijd naast de toekomst', text: example(['# Kaders', '', 'De wet die in 2015 werd ingevoerd, zal nog lang nodig zijn.']) },
  { title: 'Iets dat sinds een eerdere datum loopt', text: example(['# Kaders', '', 'Vanaf 1 januari 2024 werken de buurtteams vanuit de scholen. Sinds najaar 2024 hebben we een loket.']) },
  {
    title: 'Een aandeel in de tegenwoordige tijd van de statistiek',
    text: example(['# Feiten', '', 'In 2023 komt 14 procent van de kinderen in aanraking met jeugdhulp.'])
  },
  {
    title: 'Een aankondiging na de documentdatum en een vaste routine',
    text: example(['# Planning', '', 'Het college rondt het onderzoek in het najaar van 2025 af. Vanaf januari 2024 start elk kwartaal een nieuwe groep.'])
  },
  { title: 'Een mening, geen gebeurtenis', text: example(['# Visie', '', 'Wij vinden het sinds 2023 belangrijk dat iedereen meedoet, en dat vinden we in 2024 nog steeds.']) },
  {
    title: 'Een stuk zonder datum',
    text: example(['# Planning', '', 'De verordening wordt eind 2024 vastgesteld.'], { datum: null, periode: '2024-2027', titel: 'Beleidsplan sociaal domein' })
  },
  {
    title: 'Een ouder stuk aangehaald',
    text: example(['# Aanleiding', '', 'In de sportnota van 2021 stond dat de raad in 2023 een besluit neemt over het zwembad.'])
  },
  { title: 'Een datum later in het jaar van het document', text: example(['# Planning', '', 'In juni 2025 presenteert het college de evaluatie. Op 1 februari 2025 trad de regeling in werking.']) }
]

/** Statements stale relative to the document date. */
export const staleNotOk: RuleExample[] = [
  {
    title: 'Een voorstel dat nog in een voorbije voorjaarsnota zal komen',
    text: example(['# Planning', '', 'Het college zal in de voorjaarsnota 2025 een voorstel voor het budget indienen.'], { datum: '2025-10-01' }),
    expected: ['Uitspraak `Het college zal in de voorjaarsnota 2025 een voorstel voor het budget…` is mogelijk verouderd: `voorjaarsnota 2025` ligt vóór de documentdatum 2025-10-01; werk de stand bij']
  },
  {
    title: 'Een voorstel dat nog in een voorbije kadernota zal komen',
    text: example(['# Planning', '', 'Wij zullen u in de kadernota 2025 een voorstel voor de tarieven doen.'], { datum: '2025-10-01' }),
    expected: ['Uitspraak `Wij zullen u in de kadernota 2025 een voorstel voor de tarieven doen.` is mogelijk verouderd: `kadernota 2025` ligt vóór de documentdatum 2025-10-01; werk de stand bij']
  },
  {
    title: 'Het voorwerp tussen `zal` en de voorjaarsnota',
    text: example(['# Planning', '', 'Het college zal de uitkomsten in de voorjaarsnota 2025 verwerken.'], { datum: '2025-10-01' }),
    expected: ['Uitspraak `Het college zal de uitkomsten in de voorjaarsnota 2025 verwerken.` is mogelijk verouderd: `voorjaarsnota 2025` ligt vóór de documentdatum 2025-10-01; werk de stand bij']
  },
  {
    title: 'De tegenwoordige tijd voor een eerdere datum, met een bijzin tussen komma’s',
    text: example(['# Kaders', '', 'Daarnaast wordt de nieuwe verordening voor standplaatsen, waarover de commissie in maart sprak, op 1 februari 2025 van kracht.']),
    expected: ['Uitspraak `Daarnaast wordt de nieuwe verordening voor standplaatsen, waarover de…` is mogelijk verouderd: `1 februari 2025` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  },
  {
    title: 'Nog niet vastgesteld bij een eerder jaar',
    text: example(['# Kaders', '', '- Woonvisie Beekdal (concept maart 2024, nog niet vastgesteld)']),
    expected: ['Uitspraak `concept maart 2024, nog niet vastgesteld` is mogelijk verouderd: 2024 ligt vóór 2025; werk de stand bij']
  },
  {
    title: 'Toekomende tijd over een eerder jaar',
    text: example(['# Toegang', '', 'In 2023 gaan we de toegang herzien. De raad zal in 2024 een besluit nemen.']),
    expected: [
      'Uitspraak `In 2023 gaan we de toegang herzien.` is mogelijk verouderd: 2023 ligt vóór 2025; werk de stand bij',
      'Uitspraak `De raad zal in 2024 een besluit nemen.` is mogelijk verouderd: 2024 ligt vóór 2025; werk de stand bij'
    ]
  },
  {
    title: 'Een relatief jaar dat niet meer klopt',
    text: example(['# Planning', '', 'Komend jaar (2023) evalueren we de pilot.']),
    expected: ['Uitspraak `Komend jaar (2023)` is mogelijk verouderd: 2023 ligt vóór 2025; werk de stand bij']
  },
  {
    title: 'Zonder datum: het jaar vóór de periode',
    text: example(['# Planning', '', 'De nieuwe verordening volgt binnenkort, naar verwachting in 2023.'], { datum: null }),
    expected: ['Uitspraak `De nieuwe verordening volgt binnenkort, naar verwachting in 2023.` is mogelijk verouderd: 2023 ligt vóór 2024; werk de stand bij']
  },
  {
    title: 'Een tegenwoordige tijd na een eerder tijdstip',
    text: example(['# Planning', '', 'Najaar 2024 kiest de raad uit de drie scenario’s. In februari 2025 wordt de aanbesteding gepubliceerd.']),
    expected: [
      'Uitspraak `Najaar 2024 kiest de raad uit de drie scenario’s.` is mogelijk verouderd: `Najaar 2024` ligt vóór de documentdatum 2025-03-01; werk de stand bij',
      'Uitspraak `In februari 2025 wordt de aanbesteding gepubliceerd.` is mogelijk verouderd: `februari 2025` ligt vóór de documentdatum 2025-03-01; werk de stand bij'
    ]
  },
  {
    title: 'Een seizoen dat voorbij is',
    text: example(['# Planning', '', 'De evaluatie van de buurtteams komt in het najaar van 2024.']),
    expected: ['Uitspraak `De evaluatie van de buurtteams komt in het najaar van 2024.` is mogelijk verouderd: `het najaar van 2024` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  },
  {
    title: 'Een vaststelling die al achter ons ligt',
    text: example(['# Kaders', '', 'Het uitvoeringsplan wordt eind 2024 door het college vastgesteld.']),
    expected: ['Uitspraak `Het uitvoeringsplan wordt eind 2024 door het college vastgesteld.` is mogelijk verouderd: `eind 2024` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  },
  {
    title: 'Iets dat plaatsvindt of ingaat vóór het document',
    text: example(['# Planning', '', 'De bewonersavond vindt in november 2024 plaats. De nieuwe tarieven gaan per 1 januari 2025 in.']),
    expected: [
      'Uitspraak `De bewonersavond vindt in november 2024 plaats.` is mogelijk verouderd: `november 2024` ligt vóór de documentdatum 2025-03-01; werk de stand bij',
      'Uitspraak `De nieuwe tarieven gaan per 1 januari 2025 in.` is mogelijk verouderd: `1 januari 2025` ligt vóór de documentdatum 2025-03-01; werk de stand bij'
    ]
  },
  {
    title: 'De vaststelling op de titelpagina als datum',
    text: example(['Vastgesteld door de gemeenteraad op 12 juni 2025.', '', '# Planning', '', 'In het voorjaar van 2025 leggen we het plan aan de raad voor.'], { datum: null }),
    expected: ['Uitspraak `In het voorjaar van 2025 leggen we het plan aan de raad voor.` is mogelijk verouderd: `het voorjaar van 2025` ligt vóór de documentdatum 2025-06-12; werk de stand bij']
  },
  {
    title: 'Een ingang vóór het document, met een looptijd erna',
    text: example(['# Planning', '', 'Het nieuwe contract voor de schoonmaak gaat in op 1 januari 2025 en loopt tot en met 2029.']),
    expected: ['Uitspraak `Het nieuwe contract voor de schoonmaak gaat in op 1 januari 2025 en l…` is mogelijk verouderd: `1 januari 2025` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  },
  {
    title: 'Een kwartaal dat al voorbij is',
    text: example(['# Planning', '', 'Het college legt de notitie in Q4 2024 aan de raad voor.']),
    expected: ['Uitspraak `Het college legt de notitie in Q4 2024 aan de raad voor.` is mogelijk verouderd: `Q4 2024` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  },
  {
    title: 'Een afkorting tussen haakjes tussen de toekomst en het jaar',
    text: example(['# Kaders', '', 'De provincie zal het mobiliteitsplan (PMP) in het voorjaar van 2024 vaststellen.']),
    expected: ['Uitspraak `De provincie zal het mobiliteitsplan (PMP) in het voorjaar van 2024 v…` is mogelijk verouderd: 2024 ligt vóór 2025; werk de stand bij']
  },
  {
    title: 'Een begin achteraan in een bijzin',
    text: example(['# Planning', '', 'De nieuwe afvalregeling, die per 1 januari 2025 ingaat, beloont wie afval scheidt.']),
    expected: ['Uitspraak `De nieuwe afvalregeling, die per 1 januari 2025 ingaat, beloont wie a…` is mogelijk verouderd: `1 januari 2025` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  },
  {
    title: 'Toekomende tijd bij een eerdere dag in het jaar van het document',
    text: example(['# Planning', '', 'Per 1 januari 2025 passen we de leges aan.']),
    expected: ['Uitspraak `Per 1 januari 2025 passen we de leges aan.` is mogelijk verouderd: `1 januari 2025` ligt vóór de documentdatum 2025-03-01; werk de stand bij']
  }
]
