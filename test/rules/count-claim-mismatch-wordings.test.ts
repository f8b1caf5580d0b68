import { describe, expect, it } from 'vitest'
import { severityOf } from '@kapstok/core'
import { countClaimMismatch } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of a stated number that the list it announces contradicts: lists after a colon
// or a sentence, numbered items, sub-headings, inline lists, later references and headings with
// a count; and look-alikes where the number is a part, a minimum, something else, or right.
// Against the rule before this test: caught 9/21 defects, quiet 23/32 clean; after: 21/21, 32/32.
const defects: DefectWording[] = [
  ['de volgende vier with three bullets', ['# Aanpak', '', 'Het college neemt de volgende vier maatregelen:', '', '- een vast aanspreekpunt per wijk', '- huisbezoeken bij nieuwe inwoners', '- een digitaal loket'], '`vier maatregelen`'],
  ['a sentence with a full stop before bullets', ['# Koers', '', 'We werken aan drie speerpunten.', '', '- betaalbaar wonen', '- een schone buitenruimte', '- veilige schoolroutes', '- meer groen in de kernen'], '`drie speerpunten`'],
  ['numbered items after a colon', ['# Prioriteiten', '', 'Voor de komende periode stelt de raad vijf prioriteiten:', '', '1. Armoede', '2. Eenzaamheid', '3. Taal', '4. Gezondheid'], '`vijf prioriteiten`'],
  ['numbered items with a bracket', ['# Stappen', '', 'De aanvraag kent zes stappen:', '', '1) aanmelden', '2) keukentafelgesprek', '3) advies', '4) besluit', '5) evaluatie'], '`zes stappen`'],
  [
    'sub-headings after an announcement',
    ['# Uitvoering', '', 'Dit hoofdstuk beschrijft de volgende vier actielijnen.', '', '## Preventie', '', 'Tekst.', '', '## Vroegsignalering', '', 'Tekst.', '', '## Nazorg', '', 'Tekst.'],
    '`vier actielijnen`'
  ],
  ['an inline list after a colon', ['# Doelgroepen', '', 'We ondersteunen drie doelgroepen: mantelzorgers, vrijwilligers, statushouders en laaggeletterden.'], '`drie doelgroepen`'],
  ['an inline list after namelijk', ['# Samenwerking', '', 'We werken samen met zes partners, namelijk de bibliotheek, de huisartsen, de woningcorporatie en het sportbedrijf.'], '`zes partners`'],
  ['an inline list in brackets', ['# Gebieden', '', 'De pilot draait in vier wijken (Molenkamp, Vossenbroek en Hoge Akker).'], '`vier wijken`'],
  [
    'a later reference with deze',
    ['# Aanpak', '', 'Het college kiest voor deze maatregelen:', '', '- buurtsportcoaches', '- gratis zwemles', '- een beweegroute', '- jeugdsportfonds', '', 'Deze vijf maatregelen worden in 2027 geëvalueerd.'],
    '`vijf maatregelen`'
  ],
  [
    'a later reference with genoemde',
    ['# Doelen', '', 'We streven de volgende doelen na:', '', '- minder schulden', '- meer werk', '', 'Voor de drie genoemde doelen stellen we indicatoren op.'],
    '`drie genoemde doelen`'
  ],
  ['a heading with a count over sub-headings', ['# Koers', '', '## Vier sporen', '', '### Meedoen', '', 'Tekst.', '', '### Gezond leven', '', 'Tekst.', '', '### Veilig thuis', '', 'Tekst.'], '`Vier sporen`'],
  ['a heading in digits over a list', ['# Kader', '', '## 3 pijlers', '', '- zorg dichtbij', '- eigen kracht'], '`3 pijlers`'],
  ['a count in digits', ['# Bereikbaarheid', '', 'Er komen 2 routes:', '', '- langs het kanaal', '- door het centrum', '- via de ringweg'], '`2 routes`'],
  [
    'twaalf with eleven numbered items',
    ['# Agenda', '', 'We voeren de volgende twaalf acties uit:', '', ...Array.from({ length: 11 }, (_, i) => `${i + 1}. Actie voor de wijk nummer ${i + 1}`)],
    '`twaalf acties`'
  ],
  ['a count that is neither the top items nor all items', ['# Aanpak', '', 'We zetten zeven instrumenten in:', '', '- subsidies', '  - voor verenigingen', '- leningen', '- voorlichting'], '`zeven instrumenten`'],
  ['bullets with a dot sign', ['# Werkwijze', '', 'Onze werkwijze rust op vier werkafspraken van de wijkteams:', '', '• dichtbij', '• integraal', '• snel'], '`vier werkafspraken`'],
  ['an inline list after a particle', ['# Wijken', '', 'In 2027 pakken we vijf wijken aan: Noord, Zuid, Oost en West.'], '`vijf wijken`'],
  ['a classifier noun before another noun', ['# Doelgroep', '', 'We onderscheiden drie groepen inwoners:', '', '- werkenden met schulden', '- ouderen met een AOW', '- gezinnen met kinderen', '- studenten'], '`drie groepen`'],
  ['a short sentence pointing back to the count', ['# Koers', '', 'Het college kiest drie sporen. Dat zijn:', '', '- preventie', '- participatie', '- nazorg', '- samenwerking'], '`drie sporen`'],
  [
    'a later reference with alle … de',
    ['# Aanpak', '', 'We bouwen deze voorzieningen:', '', '- een skatebaan', '- een trapveld', '- een speeltuin', '', 'Alle vier de voorzieningen zijn in 2028 klaar.'],
    '`vier de voorzieningen`'
  ],
  ['a colon ending a longer sentence with two words after the noun', ['# Inzet', '', 'Samen met de regio ontwikkelen we drie voorzieningen voor jongeren:', '', '- een inloophuis', '- een jongerenwerker'], '`drie voorzieningen`']
]

const clean: CleanWording[] = [
  ['onder meer', ['# Aanpak', '', 'We nemen onder meer vier maatregelen:', '', '- buurtbemiddeling', '- straatcoaches']],
  ['zoals in an inline list', ['# Samenwerking', '', 'We werken met vijf partners, zoals de GGD en de bibliotheek.']],
  ['bijvoorbeeld', ['# Aanpak', '', 'Er zijn drie routes, bijvoorbeeld via de huisarts of het wijkteam.']],
  ['o.a.', ['# Partners', '', 'Het netwerk bestaat uit o.a. zes organisaties:', '', '- de bibliotheek', '- de sportclub']],
  ['onder andere', ['# Inzet', '', 'We investeren onder andere in vier voorzieningen: een speeltuin en een pannakooi.']],
  ['waaronder', ['# Samenwerking', '', 'Zes partners doen mee, waaronder de huisartsen, de scholen en de kerken.']],
  ['tenminste', ['# Inzet', '', 'We openen tenminste vijf ontmoetingsplekken:', '', '- in de Eikenhof', '- in het dorpshuis']],
  ['minimaal', ['# Inzet', '', 'Het college organiseert minimaal drie bijeenkomsten:', '', '- in het voorjaar', '- in het najaar']],
  ['ruim', ['# Partners', '', 'Ruim twintig organisaties sloten zich aan:', '', '- de voedselbank', '- de kerken', '- de scouting']],
  ['a count of years before a list', ['# Planning', '', 'In de komende drie jaar doen we het volgende:', '', '- de aanpak uitbreiden', '- de resultaten meten']],
  ['a count of schools before a list of activities', ['# Onderwijs', '', 'Vier scholen doen mee met:', '', '- de gezonde schoolkantine', '- de beweegpauze']],
  ['a fronted count of places', ['# Wijken', '', 'In twaalf wijken werken we aan:', '', '- groen', '- spelen', '- ontmoeten']],
  ['a nested list counted by its top items', ['# Aanpak', '', 'We nemen drie maatregelen:', '', '- schuldhulp', '  - een vast loket', '  - thuisadministratie', '- vroegsignalering', '- voorlichting op scholen']],
  ['Jeugd en Gezin inside a name', ['# Partners', '', 'We werken samen met drie partners: het Centrum voor Jeugd en Gezin, de GGD en Veilig Thuis.']],
  ['namelijk with a name holding en', ['# Partners', '', 'Het netwerk telt twee organisaties, namelijk Welzijn en Zorg Oost en de huisartsenkring.']],
  ['a right count before sub-headings', ['# Koers', '', 'We onderscheiden de volgende drie speerpunten.', '', '## Wonen', '', 'Tekst.', '', '## Werk', '', 'Tekst.', '', '## Zorg', '', 'Tekst.']],
  ['a heading with a right count', ['# Koers', '', '## Drie sporen', '', '### Leren', '', 'Tekst.', '', '### Werken', '', 'Tekst.', '', '### Meedoen', '', 'Tekst.']],
  ['a right count in digits', ['# Bereikbaarheid', '', 'We onderzoeken 2 routes:', '', '1. langs het spoor', '2. over de dijk']],
  ['a right later reference', ['# Aanpak', '', 'We nemen deze maatregelen:', '', '- een wijkbudget', '- een buurtapp', '- een schouw', '', 'Deze drie maatregelen bekostigen we uit de reserve.']],
  ['a heading about time', ['# Planning', '', '## De komende vier jaar', '', '### 2026', '', 'Tekst.', '', '### 2027', '', 'Tekst.']],
  ['a count of people', ['# Vrijwilligers', '', 'Vijftien vrijwilligers helpen mee:', '', '- bij de taalcafés', '- bij de maaltijden']],
  ['a part of the list', ['# Aanpak', '', 'De eerste twee stappen zijn:', '', '- aanmelden', '- intake', '- plan van aanpak']],
  ['a table after the announcement', ['# Kernen', '', 'De vijf kernen staan in de tabel:', '', '| Kern | Inwoners |', '|---|---|', '| Noord | 1200 |']],
  ['bullets with explanations in between', ['# Aanpak', '', 'We kiezen vier accenten:', '', '- **Wonen**', '', 'Uitleg over wonen.', '', '- **Werk**', '', 'Uitleg over werk.']],
  ['a classifier noun with a right count', ['# Doelgroep', '', 'We onderscheiden twee soorten woningen:', '', '- sociale huur', '- middenhuur']],
  ['a right inline list after a particle', ['# Wijken', '', 'Dit jaar pakken we drie straten aan: de Dorpsstraat, de Kerkweg en het Marktplein.']],
  ['a count per item', ['# Uitvoering', '', 'Hieronder staan de drie belangrijkste acties per thema:', '', '- wonen: starterslening', '- werk: banenmarkt']],
  ['a range of counts', ['# Participatie', '', 'Per wijk houden we twee à drie bijeenkomsten:', '', '- een startavond', '- een wijkschouw', '- een terugkoppeling', '- een evaluatie']],
  ['a pointing sentence after a right count', ['# Koers', '', 'We kiezen twee routes. Die lichten we hieronder toe:', '', '- via de huisarts', '- via het wijkteam']],
  [
    'a later reference to items named just before',
    ['# Aanpak', '', 'We nemen deze maatregelen:', '', '- een wijkbus', '- een buurtkamer', '- een schouw', '- een buurtapp', '', 'De wijkbus en de buurtkamer zijn nieuw. Deze twee maatregelen betalen we uit het wijkbudget.']
  ],
  [
    'a count of the items under sub-headings',
    ['# Aandachtspunten', '', 'We werken aan vier aandachtspunten:', '', '## Sociaal', '', '- eenzaamheid', '- armoede', '', '## Fysiek', '', '- hittestress', '- verkeersveiligheid']
  ],
  ['a right inline list with lower-case joins', ['# Thema', '', 'Het loket helpt bij twee vragen: zorg en welzijn, en geldzaken.']]
]

describeWordings(countClaimMismatch, defects, clean)

describe('count-claim-mismatch severity', () => {
  const severities = async (body: string[]): Promise<string[]> => {
    const file = await checkMarkdown(countClaimMismatch, wordingsPlan(body))
    return file.messages.map((m) => severityOf(m))
  }

  it('should give an error when the announcement and its flat list are unambiguous', async () => {
    expect(await severities(defects[0]?.[1] ?? [])).toEqual(['error'])
    expect(await severities(defects[2]?.[1] ?? [])).toEqual(['error'])
  })

  it('should give a warning when the count stands in a phrase with a preposition', async () => {
    expect(await severities(['# Kernen', '', 'Concreet betekent dit voor de vier kernen:', '', '- een buurtkamer in elke kern', '- een wijkbus'])).toEqual(['warning'])
  })

  it('should give a warning for a sentence, sub-headings, a later reference, a heading, an inline or a nested list', async () => {
    for (const index of [1, 4, 5, 8, 10, 14]) expect(await severities(defects[index]?.[1] ?? [])).toEqual(['warning'])
  })
})
