/**
 * Docs examples of `period-mismatch`: texts whose period is this plan's `periode` or another
 * thing's, and texts that give this plan other years. Kept apart from the rule so the rule file
 * stays about detection.
 */
import type { RuleExample } from '../rule.js'
import { fictionalPlan, fictionalProgramme } from './fictional-plan.js'

/** Texts that agree with `periode`, and periods of other things a naive check would flag. */
export const periodOk: RuleExample[] = [
  {
    title: 'Het plan als onderwerp met een prognose in een tijdsbepaling',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma beschrijft hoe het aantal ouderen in de periode 2025-2029 groeit en wat dat vraagt van de wijkteams.'])
  },
  {
    title: 'Een kop boven een tabel met eerdere jaren, en de visie die het programma uitvoert',
    text: fictionalProgramme(['# Ontwikkeling', '', '## Meldingen 2021-2024', '', '| Soort | 2021 | 2022 | 2023 | 2024 |', '|---|---|---|---|---|', '| Overlast | 40 | 44 | 51 | 48 |', '', 'De visie loopt tot 2040.'])
  },
  {
    title: 'Wat het plan daarvoor doet, en een fase binnen de looptijd',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma beschrijft wat we daarvoor in de jaren 2025 tot en met 2028 doen. In de eerste fase, 2025 tot en met 2026, vernieuwen we met dit programma twee scholen.'])
  },
  { title: 'Dezelfde looptijd in tekst en gegevens', text: fictionalProgramme(['# Inleiding', '', 'Dit programma loopt van 2025 tot en met 2028.']) },
  { title: 'Een evaluatie in het jaar na het eind', text: fictionalProgramme(['# Evaluatie', '', 'Aan het eind van de looptijd, in 2029, volgt de eindevaluatie als basis voor een nieuw programma.']) },
  {
    title: 'De periode van het vorige programma',
    text: fictionalProgramme(['# Inleiding', '', 'Het vorige programma voor de periode 2021-2024 leverde veel op. Dit programma bouwt voort op dat programma 2021-2024.'])
  },
  {
    title: 'Een begroting met andere jaren',
    text: fictionalProgramme(['# Financiën', '', 'Dit programma past binnen de meerjarenbegroting 2026-2029 en de Wmo 2015.'])
  },
  { title: 'Tot het jaar na het laatste jaar', text: fictionalProgramme(['# Inleiding', '', 'Deze aanpak loopt van 2025 tot 2029.']) },
  {
    title: 'Eerdere jaren en een eerdere aanpak in dezelfde zin',
    text: fictionalProgramme([
      '# Inleiding',
      '',
      'Waar de vorige nota van 2021 tot en met 2024 liep, beslaat deze nota de jaren 2025 tot en met 2028. Dit plan is geschreven met cijfers over 2019-2023.'
    ])
  },
  {
    title: 'Een subsidie en een contract met een eigen looptijd',
    text: fictionalProgramme(['# Inleiding', '', 'De rijkssubsidie heeft een looptijd van 2025 tot en met 2026. Het vervoerscontract loopt drie jaar.'])
  },
  {
    title: 'Een duur die klopt, en een doeljaar',
    text: fictionalProgramme(['# Inleiding', '', 'Dit is een vierjarig programma. In de komende vier jaar werkt dit programma toe naar 2030, het jaar waarin we alle wijken willen bereiken.'])
  },
  {
    title: 'De planperiode goed genoemd, met tm',
    text: fictionalProgramme(['# Leeswijzer', '', 'Planperiode: 2025 tm 2028. Het programma bestrijkt daarmee de hele raadsperiode.'])
  },
  { title: 'Alleen het eindjaar, goed genoemd', text: fictionalProgramme(['# Inleiding', '', 'Dit uitvoeringsprogramma loopt tot en met 2028; daarna volgt een evaluatie.']) },
  {
    title: 'Een rijksbijdrage, een regiodeal en de verleden tijd',
    text: fictionalProgramme([
      '# Inleiding',
      '',
      'De rijksbijdrage voor dit programma loopt van 2025 tot en met 2026. Dit programma sluit aan op de Regio Deal Noordrand 2024-2027. Oorspronkelijk werd dit programma opgezet voor 2024-2027.'
    ])
  },
  {
    title: 'De meerjarenraming na het begrotingsjaar',
    text: fictionalProgramme(['# Financiën', '', 'Tabel 2. Meerjarenraming 2026-2028 (x € 1.000)', '', '| Post | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Lasten | 120 | 130 | 140 |'])
  },
  {
    title: 'De raadsperiode tot het verkiezingsjaar',
    text: fictionalPlan(['soort: programmaplan', 'periode: 2026-2029', 'status: concept', 'datum: 2026-05-11'], ['# Inleiding', '', 'Dit programma beslaat de raadsperiode 2026-2030.'])
  },
  {
    title: 'Maanden, jaren met apostrof en een fase binnen de periode',
    text: fictionalProgramme(['# Inleiding', '', "Het programma heeft een looptijd van 48 maanden. Dit actieplan ('25-'28) begint met de basis: in de periode 2025-2026 werken we eerst aan de wijkteams."])
  },
  {
    title: 'Twee jaren die de plantekst niet als looptijd geeft: werk in die jaren, meetjaren met een gat ertussen, het vorige programma',
    text: fictionalProgramme(['# Inleiding', '', 'In de jaren 2025 en 2026 vervangen we de twee oudste gemalen.', '', 'Dit programma noemt de jaren 2025 en 2027 als meetmomenten.', '', 'Het vorige programma besloeg de jaren 2023 en 2024.'])
  },
  {
    title: 'Een bijzin over de looptijd die de looptijd noemt, een ander stuk en het vorige programma',
    text: fictionalProgramme(['# Inleiding', '', "Het programma, dat loopt van 2025 tot en met 2028, kent drie thema's. De regiovisie, die loopt van 2025 tot en met 2035, is het kader.", '', 'Het programma volgt op het vorige programma, dat liep van 2021 tot en met 2024.'])
  },
  {
    title: 'Een bijzin of tweede werkwoord over een ander stuk, en de looptijd zelf na een voorzetsel of een tweede werkwoord',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma werkt de regiovisie uit, die loopt van 2025 tot en met 2035. Dit programma sluit aan op de woondeal, die in 2023 werd gesloten en loopt van 2023 tot en met 2030.', '', 'Na afloop van de rijksbijdrage, die loopt van 2024 tot en met 2026, zoeken we andere dekking.', '', 'Dit programma zet de sportvisie om in maatregelen en loopt van 2025 tot en met 2028. Na afloop van dit programma, dat loopt van 2025 tot en met 2028, evalueren we de aanpak.'])
  }
]

/** Texts that give this plan other years than `periode`, with the expected messages. */
export const periodNotOk: RuleExample[] = [
  {
    title: 'Het plan als onderwerp met een periode in een tijdsbepaling, over het onderhoud dat het plant',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma legt vast hoe de afdeling Beheer het onderhoud van de speeltoestellen in de periode 2025-2029 plant.']),
    expected: ['Periode `2025-2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een jaar te ver, met een nevenzin over een ander stuk erachter',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma geeft het kader voor de jaren 2025 tot en met 2029 en vormt de basis voor een nieuwe subsidieregeling.']),
    expected: ['Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een bijschrift dat andere jaren noemt dan de kolommen van de tabel',
    text: fictionalProgramme(['# Overzicht', '', '*Tabel 2. Inzet per jaar 2024-2027*', '', '| Inzet | 2025 | 2026 | 2027 | 2028 |', '|---|---|---|---|---|', '| Wijkcoaches | 3 | 3 | 4 | 4 |']),
    expected: ['Periode `2024-2027` wijkt af van de looptijd `2025-2028` in de frontmatter (de jaarkolommen van de tabel volgen wel de looptijd); pas de tekst of `periode` aan']
  },
  {
    title: 'Een label boven de jaren en het eind van de planperiode',
    text: fictionalProgramme(['# Kenmerken', '', '**Looptijd**', '2025 – 2029', '', 'Aan het eind van de planperiode, in 2029, heeft elke wijk een eigen buurtteam.']),
    expected: [
      'Periode `2025 – 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan',
      'Periode `2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan'
    ]
  },
  {
    title: 'Een eindjaar dat afwijkt',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma voor de periode 2025–2027 zet in op meedoen.']),
    expected: ['Periode `2025–2027` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'De periode vóór het plan in de zin',
    text: fictionalProgramme(['# Inleiding', '', 'In de periode 2024-2028 werkt dit plan aan drie thema’s.']),
    expected: ['Periode `2024-2028` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een titel met andere jaren',
    text: fictionalProgramme(['# Inleiding', '', 'Iedereen doet mee.'], ['titel: Programma Meedoen 2025-2029']),
    expected: ['Periode `2025-2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een eindjaar met "loopt tot en met"',
    text: fictionalProgramme(['# Inleiding', '', 'Deze kadernota loopt tot en met 2029.']),
    expected: ['Periode `tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: '"Tot" in plaats van "tot en met"',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma geldt van 2025 tot 2028.']),
    expected: ['Periode `2025 tot 2028` wijkt af van de looptijd `2025-2028` in de frontmatter (`tot` telt het laatste jaar niet mee); pas de tekst of `periode` aan']
  },
  {
    title: 'Het programma bestrijkt andere jaren',
    text: fictionalProgramme(['# Leeswijzer', '', 'Het programma bestrijkt de jaren 2026 t/m 2029 en wordt jaarlijks bijgesteld.']),
    expected: ['Periode `2026 t/m 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een planperiode na een dubbele punt',
    text: fictionalProgramme(['# Leeswijzer', '', 'De looptijd is vier jaar: 2025 tot en met 2029.']),
    expected: ['Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een duur die niet bij de periode past',
    text: fictionalProgramme(['# Inleiding', '', 'Dit tweejarige programma zet in op meedoen.']),
    expected: ['Looptijd `tweejarige` wijkt af van de looptijd `2025-2028` (4 jaar) in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Het aantal komende jaren van dit plan',
    text: fictionalProgramme(['# Inleiding', '', 'In de komende vijf jaar werkt deze agenda aan een inclusieve gemeente.']),
    expected: ['Looptijd `vijf jaar` wijkt af van de looptijd `2025-2028` (4 jaar) in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Jaren tussen haakjes na "de komende drie jaar"',
    text: fictionalProgramme(['# Inleiding', '', 'In de komende vier jaar (2026–2029) werkt deze agenda aan meedoen.']),
    expected: ['Periode `2026–2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een kop met de naam van het plan en andere jaren',
    text: fictionalProgramme(['# Programma Meedoen 2025-2029', '', 'Iedereen doet mee.']),
    expected: ['Periode `2025-2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Het bijschrift van de begrotingstabel',
    text: fictionalProgramme(['# Financiën', '', 'Tabel 2. Begroting 2025–2029 (x € 1.000)', '', '| Post | 2025 | 2026 |', '|---|---|---|', '| Lasten | 120 | 130 |']),
    expected: ['Periode `2025–2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een looptijd in maanden',
    text: fictionalProgramme(['# Inleiding', '', 'Het programma heeft een looptijd van 60 maanden.']),
    expected: ['Looptijd `60 maanden` wijkt af van de looptijd `2025-2028` (4 jaar) in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Alleen het beginjaar, met een duur',
    text: fictionalProgramme(['# Inleiding', '', 'Vanaf 2026 werken we met dit programma vier jaar lang aan gezonde wijken.']),
    expected: ['Periode `Vanaf 2026` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Het plan bij de afkorting van zijn titel, met alleen een eindjaar',
    text: fictionalProgramme(['# Inleiding', '', 'Dit IHP kijkt vooruit tot en met 2029.'], ['titel: Integraal huisvestingsplan 2025-2028']),
    expected: ['Periode `tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'De jaren in de zin na het plan',
    text: fictionalProgramme(['# Inleiding', '', 'Voor u ligt het uitvoeringsprogramma Cultuur. Het loopt van 2025 tot en met 2029.']),
    expected: ['Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Twee opeenvolgende jaren als looptijd, met een puntkomma erna',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma omvat de jaren 2025 en 2026; de raad evalueert het in 2027.']),
    expected: ['Periode `2025 en 2026` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Twee kalenderjaren als looptijd',
    text: fictionalProgramme(['# Inleiding', '', 'Het programma geldt voor de kalenderjaren 2026 en 2027.']),
    expected: ['Periode `2026 en 2027` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Twee jaren met `loopt over`',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma loopt over de jaren 2025 en 2026 en wordt daarna geëvalueerd.']),
    expected: ['Periode `2025 en 2026` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
  },
  {
    title: 'Een bijzin over het plan die zegt hoe lang het loopt of geldt',
    text: fictionalProgramme(['# Inleiding', '', "Dit programma, dat loopt van 2025 tot en met 2027, kent drie thema's.", '', 'Dit plan, dat geldt van 2025 tot en met 2030, bouwt voort op de visie.', '', 'Deze aanpak, die geldt van 2025 tot en met 2027, vraagt veel van de wijken.']),
    expected: [
      'Periode `2025 tot en met 2027` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan',
      'Periode `2025 tot en met 2030` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan',
      'Periode `2025 tot en met 2027` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan'
    ]
  },
  {
    title: 'Een bijzin over de looptijd na een voorzetsel dat het plan bepaalt',
    text: fictionalProgramme(['# Inleiding', '', 'Na afloop van dit programma, dat loopt van 2025 tot en met 2027, bespreken we de uitkomsten met de wijkteams.', '', 'Bij de tussenmeting van dit programma, dat loopt van 2025 tot en met 2029, kijken we naar de wachttijden.']),
    expected: [
      'Periode `2025 tot en met 2027` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan',
      'Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan'
    ]
  },
  {
    title: 'De looptijd als tweede werkwoord van het plan, na een ander stuk als lijdend voorwerp',
    text: fictionalProgramme(['# Inleiding', '', 'Dit programma zet de sportvisie om in maatregelen en loopt van 2025 tot en met 2029.', '', 'Dit programma brengt de wijkvisie naar de straat en geldt van 2024 tot en met 2028.']),
    expected: [
      'Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan',
      'Periode `2024 tot en met 2028` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan'
    ]
  }
]
