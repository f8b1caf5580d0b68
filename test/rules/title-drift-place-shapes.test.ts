import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Shapes of title drift by PLACE and word order, written fresh (wave 3): a name set off by
 * commas or dashes after a numbered part (`route 2, Veilig naar school,`); a part named by the
 * plan's own label word (`de lijn …`, `de koers …`) with a changed name; an unquoted name that
 * swaps the first words of a title but keeps its last word (`het spoor Energie besparen` for
 * `Woningen isoleren en besparen`); a table column whose cells name the
 * plan's parts, where one cell carries a changed name. Look-alikes: the title or its short
 * form in the same places, a clause after a comma, a column of other words.
 * Also: the goals and actions listed under a pijler are running text.
 * Against the rule before (both blocks): caught 1/15 defects, quiet 15/15 clean; after: 15/15, 15/15.
 */

const routes = [
  '# Routes',
  '',
  '## Route 1: Samen de buurt in {#r1}',
  '',
  'Tekst.',
  '',
  '## Route 2: Veilig op weg naar school {#r2}',
  '',
  'Tekst.',
  '',
  '## Route 3: Schone lucht in de kern {#r3}',
  '',
  'Tekst.',
  ''
]
// Parts labelled by a word the plan chooses itself.
const koersen = ['# Koersen', '', '## Koers 1: Sterke verenigingen {#k1}', '', 'Tekst.', '', '## Koers 2: Sporten in de openbare ruimte {#k2}', '', 'Tekst.', '']
const sporen = ['# Sporen', '', '## Spoor 1: Warmte uit de bodem {#s1}', '', 'Tekst.', '', '## Spoor 2: Woningen isoleren en besparen {#s2}', '', 'Tekst.', '']
const prose = (line: string, parts = routes): string[] => [...parts, '# Aanpak', '', line, '']
const costs = (cell: string, parts = koersen, title = 'Sterke verenigingen', other = 'Sporten in de openbare ruimte'): string[] => [
  ...parts,
  '# Financiën',
  '',
  '| Project | Onderdeel | 2026 |',
  '|---|---|---|',
  `| Clubhuis renoveren | ${title} | 120 |`,
  `| Trapveld aanleggen | ${other} | 80 |`,
  `| Beweegtuin | ${cell} | 45 |`,
  `| Kantine verduurzamen | ${title} | 30 |`,
  ''
]

const defects: DefectWording[] = [
  ['een naam tussen komma’s na een nummer', prose('Wat in route 2, Veilig naar school, lukt, nemen we mee naar de andere kernen.'), 'Veilig naar school'],
  ['een naam na een komma aan het eind van de zin', prose('De wijkagent werkt mee aan route 3, Schone lucht in het dorp.'), 'Schone lucht in het dorp'],
  ['een naam tussen gedachtestreepjes na een nummer', prose('Voor koers 1 – Sterke sportclubs – is een eigen budget.', koersen), 'Sterke sportclubs'],
  ['een eigen labelwoord met één ander woord', prose('In de koers Sporten in de openbare buitenruimte leggen we drie trapvelden aan.', koersen), 'Sporten in de openbare buitenruimte'],
  ['een eigen labelwoord met een ander slot', prose('We verbinden de clubs met de koers Sterke sportverenigingen, zodat de kantines open blijven.', koersen), 'Sterke sportverenigingen'],
  ['een route met een ander eind', prose('Binnen de route Samen de wijk in zetten we buurtsportcoaches in.'), 'Samen de wijk in'],
  ['een naam met andere eerste woorden en hetzelfde laatste woord', prose('Voor het spoor Energie besparen zetten we energiecoaches in.', sporen), 'Energie besparen'],
  ['een naam met een ander eerste woord voor een werkwoord', prose('Het spoor Energie uit de bodem vraagt een boring per wijk.', sporen), 'Energie uit de bodem'],
  ['een naam met een ander begin in een lijstpunt', prose('- via het spoor Huizen isoleren en besparen krijgen huurders advies', sporen), 'Huizen isoleren en besparen'],
  ['een tabelcel met een gewijzigde naam', costs('Sporten in de buitenruimte'), 'Sporten in de buitenruimte'],
  ['een tabelcel met een ander woord', costs('Sterke sportclubs'), 'Sterke sportclubs'],
  ['een tabelcel met een gewijzigde naam van een spoor', costs('Woningen isoleren en geld besparen', sporen, 'Warmte uit de bodem', 'Woningen isoleren en besparen'), 'Woningen isoleren en geld besparen']
]

const clean: CleanWording[] = [
  ['een titel tussen komma’s na een nummer', prose('Wat in route 2, Veilig op weg naar school, lukt, nemen we mee.')],
  ['een korte vorm tussen komma’s', prose('De wijkagent werkt mee aan route 3, Schone lucht.')],
  ['een nieuwe zin na een komma', prose('Dit staat in route 1, Veldhoorn volgt daarin de provincie.')],
  ['een opsomming na een komma', prose('We beginnen met route 1, daarna volgen route 2 en route 3.')],
  ['een eigen labelwoord met de titel', prose('In de koers Sporten in de openbare ruimte leggen we drie trapvelden aan.', koersen)],
  ['een eigen labelwoord met een korte vorm en een werkwoord', prose('De koers Sterke verenigingen vraagt vrijwilligers.', koersen)],
  ['een spoor met de titel en een vervolg', prose('Voor het spoor Woningen isoleren en besparen zetten we coaches in.', sporen)],
  ['een spoor met het laatste deel van de titel', prose('Het spoor Isoleren en besparen is onderdeel van spoor 2.', sporen)],
  ['een tabelcel met de titels', costs('Sterke verenigingen')],
  ['een tabelcel met een korte vorm van een titel', costs('Sporten in de openbare ruimte')],
  ['een tabelcel met iets anders', costs('Alle koersen')],
  ['een kolom met andere woorden', [...koersen, '# Planning', '', '| Actie | Partner |', '|---|---|', '| Clubhuis | Sportraad |', '| Trapveld | Wijkraad |', '| Beweegtuin | Sterke buurt |', '']]
]

describeWordings(titleDrift, defects, clean)

// Thema's as pijlers with their actions in a list: a name in an action is running text too.
const pijlers = (action: string): string[] => [
  "# Thema's {.pijlers}",
  '',
  '## Thema 1: Cultuur in elke kern {#t1}',
  '',
  '### Wat gaan we doen',
  '',
  '- We openen een podium in het dorpshuis.',
  '',
  '## Thema 2: Erfgoed dichtbij {#t2}',
  '',
  '### Wat gaan we doen',
  '',
  `- ${action}`,
  ''
]
describeWordings(
  titleDrift,
  [
    ['een actie die een thema met één ander woord noemt', pijlers('We koppelen de erfgoedroute aan het thema Cultuur in elke wijk, zodat bewoners meedoen.'), 'Cultuur in elke wijk'],
    ['een actie die een thema met een ander begin noemt', pijlers('Het thema Muziek in elke kern krijgt een eigen subsidieregeling.'), 'Muziek in elke kern'],
    ['een actie die een thema met een nummer en een andere naam noemt', pijlers('We sluiten aan bij thema 1 (Cultuur in de buurt).'), 'Cultuur in de buurt']
  ],
  [
    ['een actie die het thema goed noemt', pijlers('We koppelen de erfgoedroute aan het thema Cultuur in elke kern.')],
    ['een actie die het thema kort noemt', pijlers('Het thema Cultuur krijgt een eigen subsidieregeling.')],
    ['een actie met het nummer en de titel', pijlers('We sluiten aan bij thema 1 (Cultuur in elke kern).')]
  ]
)

// A name that keeps the first and last words of a title but drops or swaps those between, in a
// caption, a sentence and a list item. Before: caught 1/3, quiet 3/3; after: 3/3, 3/3.
describeWordings(
  titleDrift,
  [
    ['een bijschrift met een ingekorte naam in het midden', [...routes, '# Financiën', '', 'Tabel 1: Kosten van de route Veilig naar school', '', '| Post | 2026 |', '|---|---|', '| Personeel | 40 |', ''], 'Veilig naar school'],
    ['een zin met een weggelaten woord in het midden', prose('Voor de route Schone lucht in kern maken we een plan.'), 'Schone lucht in kern'],
    ['een lijstpunt met een ander woord in het midden', prose('- de route Samen de straat in krijgt twee buurtwerkers'), 'Samen de straat in']
  ],
  [
    ['een bijschrift met de titel', [...routes, '# Financiën', '', 'Tabel 1: Kosten van de route Veilig op weg naar school', '', '| Post | 2026 |', '|---|---|', '| Personeel | 40 |', '']],
    ['een zin met de eerste woorden van de titel', prose('Voor de route Schone lucht maken we een plan voor de kern.')],
    ['een zin met de titel en een vervolg', prose('De route Samen de buurt in vraagt buurtwerkers in de straat.')]
  ]
)
