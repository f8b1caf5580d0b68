/**
 * Docs examples of `conversion-artifact`: for each kind of residue three texts that have it
 * and three look-alikes that are correct Dutch or Markdown. Kept apart from the rule so the
 * rule file stays about detection.
 */
import type { RuleExample } from '../rule.js'
import { textExample as example } from './text-examples.js'

const table = (rows: string[]): string[] => ['| Maatregel | Toelichting | Bedrag |', '|---|---|---|', ...rows]
// An uitvoeringsagenda and a finance table, which the reader turns into model rows.
const agenda = (rows: string[]): string[] => ['# Uitvoeringsagenda', '', '| Thema | Activiteit | Start | Eind | Trekker |', '|---|---|---|---|---|', ...rows]
const finance = (rows: string[]): string[] => ['# Financiën', '', '| Onderdeel | 2025 | 2026 |', '|---|---|---|', ...rows]
const joinRow = 'voeg de rij samen met de rij erboven (`kapstok check --fix`)'

/** Texts without residue, including the forms a naive check would flag. */
export const conversionOk: RuleExample[] = [
  { title: 'Gedachtestreepjes en een weggelaten deel van een woord', text: example(['# Werkwijze', '', 'De aanpak is blijvend; bij een vraag starten we direct - zo snel mogelijk - met in- en uitstroom.']) },
  { title: 'Een reeks samenstellingen met streepjes', text: example(['# Partners', '', 'We werken met zorg- welzijns- en onderwijsinstellingen, en met sport- of cultuurverenigingen.']) },
  { title: 'Een opmerking tussen streepjes zonder spatie', text: example(['# Werkwijze', '', 'In de crisis hebben we - gedwongen- geleerd om op afstand te werken.']) },
  { title: 'Een akkoord en een huis met een weggelaten deel', text: example(['# Partners', '', 'Het sport- en beweegakkoord en het zorg- en veiligheidshuis blijven, net als de huur- tot koopregeling.']) },
  { title: 'Een link met een doel en een getal met een komma', text: example(['# Bronnen', '', 'Zie de [monitor](https://www.beekdal.nl/monitor): 12,5 procent van de jongeren sport niet.']) },
  { title: 'Een afbeelding zonder bijschrift', text: example(['# Context', '', 'De grafiek laat de groei zien.', '', '![](grafiek-inwoners.png)']) },
  { title: 'Kleiner-dan en groter-dan in de tekst', text: example(['# Doelen', '', 'Bij een wachttijd < 4 weken en een score > 7 zijn we tevreden; de schaal loopt van 1 <-> 10.']) },
  { title: 'Dollarteken en een bedrag in euro', text: example(['# Financiën', '', 'Het fonds rekent in $ en €; de bijdrage is € 1.250 per jaar, 25% van het geheel.']) },
  { title: 'Een berekening in gewone tekens', text: example(['# Financiën', '', 'De besparing is 40 × € 12,50 = € 500 per week, ofwel 1/4 van het budget.']) },
  { title: 'Bijlage, plan en onderdeel met een letter', text: example(['# Uitvoering', '', 'Zie bijlage b en onderdeel c; als dat niet lukt, volgt plan b.']) },
  {
    title: 'Een eerste kolom die rijen groepeert',
    text: example(['# Maatregelen', '', ...table(['| Wonen | Renovatie van het buurthuis in het centrum | € 10.000 |', '| | Nieuwe speeltuin bij de school | € 20.000 |', '| | onderhoud | € 5.000 |'])])
  },
  {
    title: 'Een rij met alleen een bedrag onder een bedrag',
    text: example(['# Maatregelen', '', ...table(['| Totaal | Eenmalig voor de hele looptijd van het plan | € 30.000 |', '| | | € 12.500 |'])])
  },
  {
    title: 'Een tabel met gewone streepjes voor lege waarden',
    text: example(['# Maatregelen', '', '| Post | 2025 | 2026 |', '|---|---|---|', '| Huur | - | 1.200 |', '| Sloop | -/- 40 | - |'])
  },
  {
    title: 'Een tweede actie onder hetzelfde thema in de agenda',
    text: example(agenda(['| Wonen | Starterswoningen bouwen aan de rand van | 2025 | 2027 | Team wonen |', '| | Huurteam opzetten voor de kernen | 2026 | 2026 | Team wonen |', '| | doorstroming van ouderen bevorderen | 2026 | 2028 | Team wonen |']), { gemeente: 'Rietmonde' })
  },
  {
    title: 'Een rij zonder naam met volle bedragen in de begroting',
    text: example(finance(['| Schuldhulp | € 140.000 | € 150.000 |', '| | € 12.500 | € 12.500 |', '| Armoedepact | € 80.000 | € 80.000 |']), { gemeente: 'Rietmonde' })
  },
  {
    title: 'Een subtotaal zonder naam in de begroting',
    text: example(finance(['| Schuldhulp | € 140.000 | € 150.000 |', '| Armoedepact | € 80.000 | € 80.000 |', '| | € 220.000 | € 230.000 |']), { gemeente: 'Rietmonde' })
  }
]

/** Texts with residue, one or more kinds each, with the messages the rule gives. */
export const conversionNotOk: RuleExample[] = [
  {
    title: 'Vijf soorten restanten in één alinea',
    text: example(['# Werkwijze', '', 'De samen- werking;<br> met inwoners,bijvoorbeeld via [buurtapps](#) en de [wijkteams](#). PAGINA 12 VAN 30']),
    expected: [
      'Opmaakrestant `samen- werking` (afbreekstreep); voeg het woord samen',
      'Opmaakrestant `<br>` (HTML-code); haal de code weg of schrijf de opmaak in Markdown',
      'Opmaakrestant `inwoners,bijvoorbeeld` (ontbrekende spatie); zet de spatie terug',
      'Opmaakrestant `[buurtapps](#)` (lege link, 2× in deze alinea); laat de tekst staan zonder link, of geef het doel',
      'Opmaakrestant `PAGINA 12 VAN 30` (paginanummer); haal het weg'
    ]
  },
  {
    title: 'Een aanhalingsteken tegen het vorige woord',
    text: example(['# Visie', '', 'Dit is onze visie“Samen sterk” voor de komende jaren.']),
    expected: ['Opmaakrestant `visie“Samen` (ontbrekende spatie); zet de spatie terug']
  },
  {
    title: 'HTML-code in een tabelcel',
    text: example(['# Financiën', '', '| Maatregel | Toelichting |', '|---|---|', '| Buurtteams | <span>Uitbreiding</span> |']),
    expected: ['Opmaakrestant `<span>` (HTML-code, 2× in deze alinea); haal de code weg of schrijf de opmaak in Markdown']
  },
  {
    title: 'Cursief en onderstreept als HTML',
    text: example(['# Financiën', '', '<i>Wonen</i> en <u>Zorg</u> staan apart; <p>zie de tabel.</p>']),
    expected: ['Opmaakrestant `<i>` (HTML-code, 6× in deze alinea); haal de code weg of schrijf de opmaak in Markdown']
  },
  {
    title: 'Een formule in LaTeX',
    text: example(['# Financiën', '', 'Per week is dat $40 \\times € 12,50 = € 500$ voor de hele groep.']),
    expected: ['Opmaakrestant `$40 \\times € 12,50 = € 500$` (LaTeX-code); schrijf de formule in gewone tekens (`×`, `/`, `%`)']
  },
  {
    title: 'Een breuk en een procentteken in LaTeX',
    text: example(['# Doelen', '', 'Een kwart (\\frac{1}{4}) van de jongeren, ofwel 25\\%, doet mee.']),
    expected: ['Opmaakrestant `\\frac` (LaTeX-code, 2× in deze alinea); schrijf de formule in gewone tekens (`×`, `/`, `%`)']
  },
  {
    title: 'LaTeX in een tabelcel',
    text: example(['# Maatregelen', '', ...table(['| Buurtteams | Drie teams: $3 \\cdot 40$ uur | € 90.000 |'])]),
    expected: ['Opmaakrestant `$3 \\cdot 40$` (LaTeX-code); schrijf de formule in gewone tekens (`×`, `/`, `%`)']
  },
  {
    title: 'Een link zonder tekst',
    text: example(['# Bronnen', '', 'De cijfers komen uit de monitor [](https://www.beekdal.nl/monitor) van vorig jaar.']),
    expected: ['Opmaakrestant `[](https://www.beekdal.nl/monitor)` (link zonder tekst); geef de link een tekst of haal hem weg']
  },
  {
    title: 'Een lege link in een tabel',
    text: example(['# Maatregelen', '', ...table(['| Buurtteams | Zie het [raadsbesluit](#) | € 90.000 |'])]),
    expected: ['Opmaakrestant `[raadsbesluit](#)` (lege link); laat de tekst staan zonder link, of geef het doel']
  },
  {
    title: 'Woorden afgebroken aan het eind van een regel',
    text: example(['# Financiën', '', 'Het tekort is structu- reel; de wethouder is verant- woordelijk.']),
    expected: ['Opmaakrestant `structu- reel` (afbreekstreep, 2× in deze alinea); voeg het woord samen']
  },
  {
    title: 'Een losse letter van een afgebroken woord',
    text: example(['# Financiën', '', 'De besparin g loopt op; de herindicatie s zijn klaar.']),
    expected: ['Opmaakrestant `besparin g` (afgebroken woord, 2× in deze alinea); voeg het woord samen']
  },
  {
    title: 'Een rij van alleen streepjes',
    text: example(['# Maatregelen', '', ...table(['| Buurtteams | Drie teams | € 90.000 |', '| -- | -- | --- |', '| Jongerenwerk | Twee werkers | € 60.000 |'])]),
    expected: ['Opmaakrestant `| -- | -- | --- |` (streepjesrij); haal de rij weg (`kapstok check --fix`)']
  },
  {
    title: 'Een tekst die doorloopt in de volgende rij',
    text: example(['# Maatregelen', '', ...table(['| Buurtteams | De teams werken vanuit de | € 90.000 |', '| | wijkcentra in elke kern. | |'])]),
    expected: ['Opmaakrestant `wijkcentra in elke kern.` (vervolgrij); voeg de rij samen met de rij erboven (`kapstok check --fix`)']
  },
  {
    title: 'Een bedrag dat over twee rijen is verdeeld',
    text: example(['# Maatregelen', '', ...table(['| Buurtteams | Drie teams in de kernen | € 250.00 |', '| | | 0 |', '| Totaal | | € 1.2 |', '| | | 50.000 |'])]),
    expected: ['Opmaakrestant `0` (vervolgrij, 2× in deze alinea); voeg de rij samen met de rij erboven (`kapstok check --fix`)']
  },
  {
    title: 'Vervolgrijen en streepjesrijen door elkaar',
    text: example(['# Maatregelen', '', ...table(['| Jongerenwerk | We zetten in op preventie en | € 60.000 |', '| -- | -- | -- |', '| | vroegsignalering, samen met de scholen. | |'])]),
    expected: [
      'Opmaakrestant `| -- | -- | -- |` (streepjesrij); haal de rij weg (`kapstok check --fix`)',
      'Opmaakrestant `vroegsignalering, samen met de scholen.` (vervolgrij); voeg de rij samen met de rij erboven (`kapstok check --fix`)'
    ]
  },
  {
    title: 'Een activiteit die doorloopt in de volgende agendarij',
    text: example(agenda(['| Wonen | Starterswoningen bouwen aan de rand van | 2025 | 2027 | Team wonen |', '| | de kernen Oosthoek en Veldzicht | | | |']), { gemeente: 'Rietmonde' }),
    expected: [`Opmaakrestant \`de kernen Oosthoek en Veldzicht\` (vervolgrij); ${joinRow}`]
  },
  {
    title: 'Een agendarij die in twee cellen doorloopt',
    text: example(agenda(['| Zorg | Mantelzorgers ondersteunen met respijtzorg en | 2025 | 2026 | Team zorg en |', '| | een vast aanspreekpunt | | | welzijn |', '| | Dagbesteding uitbreiden | 2026 | 2027 | Team zorg |']), { gemeente: 'Rietmonde' }),
    expected: [`Opmaakrestant \`een vast aanspreekpunt | | | welzijn\` (vervolgrij); ${joinRow}`]
  },
  {
    title: 'Bedragen in de begroting over twee rijen verdeeld',
    text: example(finance(['| Schuldhulp | € 140.00 | € 150.00 |', '| | 0 | 0 |', '| Armoedepact | € 80.0 | € 80.000 |', '| | 00 | |']), { gemeente: 'Rietmonde' }),
    expected: [`Opmaakrestant \`0 | 0\` (vervolgrij); ${joinRow}`, `Opmaakrestant \`00\` (vervolgrij); ${joinRow}`]
  }
]
