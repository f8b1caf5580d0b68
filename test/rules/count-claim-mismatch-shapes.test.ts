import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Shapes of count claims that development plans showed and no earlier wording had, each
 * written fresh: the last item of an inline list with a long tail of its own; a count that is
 * the subject, with a short object before the colon and a list of names; a count with a
 * relative clause before the colon and a bulleted list; and items in sentence case that hold
 * `en` themselves. Against the rule before these shapes: caught 2/9 defects, quiet 7/9 clean;
 * after: 9/9, 9/9.
 */
const bullets = (...items: string[]): string[] => ['', ...items.map((item) => `- ${item}`)]

const defects: DefectWording[] = [
  // The last item carries a long modifier after a preposition.
  ['a long last item after en', ['# Buitenruimte', '', 'Op het plein komen twee speelvoorzieningen: een klimrek, een zandbak en een waterpomp met een goot naar de vijver.'], '`twee speelvoorzieningen`'],
  ['a long last item with uit', ['# Cursussen', '', 'In het dorpshuis starten vier cursussen: koken, naaien en fietsherstel voor nieuwkomers uit de hele gemeente.'], '`vier cursussen`'],
  // A count as the subject, a short object, then a list of names.
  ['a subject with a verb and an object', ['# Partners', '', 'Sinds januari ondersteunen vier fondsen het project: Fonds Noord, de Rabobank en Stichting Oranjehof.'], '`vier fondsen`'],
  ['an inverted subject and an object', ['# Partners', '', 'Na de zomer ondertekenen twee woningcorporaties de overeenkomst: Woonstede, Thuisbaas en Eigen Haard.'], '`twee woningcorporaties`'],
  // A relative clause between the noun and the colon, and a bulleted list.
  ['a relative clause with a preposition', ['# Loketten', '', 'Inwoners kunnen terecht bij drie loketten die op werkdagen open zijn:', ...bullets('het gemeentehuis', 'de bibliotheek', 'het wijkcentrum', 'het servicepunt')], '`drie loketten`'],
  ['a relative clause with a time', ['# Initiatieven', '', 'We ondersteunen twee initiatieven die al jaren goed draaien:', ...bullets('de repaircafé', 'de buurtmoestuin', 'de klussendienst')], '`twee initiatieven`'],
  ['a relative clause with an adverb', ['# Regelingen', '', 'Er zijn vijf regelingen die ook volgend jaar blijven bestaan:', ...bullets('de meedoenregeling', 'de tegemoetkoming zorgkosten', 'de collectieve verzekering')], '`vijf regelingen`'],
  // Sentence-case items with en inside: even the widest reading is short.
  ['sentence-case items, too few', ['# Koers', '', 'Het plan kent vijf pijlers: Gezond en wel thuis, Actieve buurten en Sterke verenigingen.'], '`vijf pijlers`'],
  ['sentence-case items, too many', ['# Koers', '', 'We kiezen twee lijnen: Veilig en schoon, Groen in de wijk en Sterk verbonden.'], '`twee lijnen`']
]

const clean: CleanWording[] = [
  ['a long last item, counted right', ['# Buitenruimte', '', 'Op het plein komen drie speelvoorzieningen: een klimrek, een zandbak en een waterpomp met een goot naar de vijver.']],
  ['a long last item with a particle', ['# Routes', '', 'Langs de rivier leggen we twee routes aan: een fietsroute en een wandelroute met rustpunten bij de oude molen.']],
  ['a subject and an object, counted right', ['# Partners', '', 'Vier fondsen ondersteunen het project: Fonds Noord, de Rabobank, Stichting Oranjehof en het Cultuurfonds.']],
  ['a list of the object, not of the subject', ['# Aanpak', '', 'Twee partners ondersteunen de aanpak: preventie, vroegsignalering en nazorg.']],
  ['a relative clause, counted right', ['# Loketten', '', 'Inwoners kunnen terecht bij vier loketten die op werkdagen open zijn:', ...bullets('het gemeentehuis', 'de bibliotheek', 'het wijkcentrum', 'het servicepunt')]],
  ['a relative clause announcing something else', ['# Wijken', '', 'Er zijn drie wijken die de volgende voorzieningen krijgen:', ...bullets('een speeltuin', 'een buurtkamer')]],
  ['a relative clause with a list of its own noun', ['# Aanbieders', '', 'We werken met vier aanbieders die samen deze taken oppakken:', ...bullets('vervoer', 'maaltijden')]],
  ['sentence-case items with en inside', ['# Koers', '', 'Het plan kent drie pijlers: Gezond en wel thuis, Actieve buurten en Sterke verenigingen.']],
  ['sentence-case items, read as more', ['# Koers', '', 'We kiezen drie lijnen: Veilig en schoon, Groen in de wijk en Sterk verbonden.']]
]

describeWordings(countClaimMismatch, defects, clean)

/*
 * Wave 3 shapes, by cause. (F) A relative clause with `waar`, `waarin`, `waarvoor` between the
 * noun and the colon. (G) A heading and a list after the announced list: the list stays whole
 * (a heading ends it, it is not continued after explanation). (H) A passive with a participle
 * before the colon (`zijn vier scholen bezocht:`) and names after it.
 */
const waveDefects: DefectWording[] = [
  ['F: waar before the colon', ['# Scholen', '', 'Voorrang krijgen vier gebouwen waar de ventilatie in de zomer tekortschiet:', ...bullets('De Wilg', 'Het Baken', 'De Regenboog')], '`vier gebouwen`'],
  ['F: waarin before the colon', ['# Zorg', '', 'We bezoeken eerst drie buurten waarin veel ouderen alleen wonen:', ...bullets('Oosterpark', 'De Hoven')], '`drie buurten`'],
  ['F: waarvoor before the colon', ['# Sport', '', 'Er komen vijf velden waarvoor de club zelf het onderhoud regelt:', ...bullets('een kunstgrasveld', 'een natuurgrasveld', 'een trainingsveld', 'een beachveld', 'een korfbalveld', 'een pannaveld')], '`vijf velden`'],
  ['G: a sub-heading with its own list after', ['# Aanpak', '', 'We werken met drie partners:', ...bullets('de bibliotheek', 'het wijkteam', 'de GGD', 'de woningcorporatie'), '', '## Resultaat', '', '- minder wachttijd'], '`drie partners`'],
  ['G: a heading count over a list, and a list under the next heading', ['# Plan', '', '## Vier speerpunten', '', ...bullets('ontmoeten', 'bewegen', 'leren'), '', '### Toelichting', '', '- zie hieronder'], '`Vier speerpunten`'],
  ['G: de volgende before a list, a deeper heading after', ['# Acties', '', 'Dit jaar doen we de volgende twee dingen.', ...bullets('een taalcafé', 'een leesclub', 'een computerles'), '', '### Planning', '', '- voorjaar'], '`twee dingen`'],
  ['H: a passive with names after', ['# Scholen', '', 'In 2025 zijn vier scholen bezocht: De Linde, Het Anker en De Vlinder.'], '`vier scholen`'],
  ['H: a passive with more names', ['# Spelen', '', 'Afgelopen zomer zijn twee speeltuinen vernieuwd: Park Oost, De Brink en Molenveld.'], '`twee speeltuinen`'],
  ['H: werden with an adverb', ['# Loketten', '', 'Vorig jaar werden drie loketten samen gevoegd: Stadhuis, Wijkpost Zuid, Servicepunt Noord en Bibliotheek West.'], '`drie loketten`']
]

const waveClean: CleanWording[] = [
  ['F: waar, counted right', ['# Scholen', '', 'Voorrang krijgen drie gebouwen waar de ventilatie in de zomer tekortschiet:', ...bullets('De Wilg', 'Het Baken', 'De Regenboog')]],
  ['F: waar and another list', ['# Wijken', '', 'Er zijn drie wijken waar we de volgende voorzieningen bouwen:', ...bullets('een speeltuin', 'een buurtkamer')]],
  ['F: a fronted phrase with waarin', ['# Kernen', '', 'In vier kernen waarin de bus niet meer rijdt, starten we met:', ...bullets('een buurtbus', 'deeltaxi')]],
  ['G: bullets after explanation stay unclear', ['# Aanpak', '', 'We nemen drie maatregelen:', ...bullets('buurtkamers'), '', 'Die openen in het voorjaar.', '', '- een wijkbus'], ],
  ['G: a heading and a list after a right count', ['# Aanpak', '', 'We werken met vier partners:', ...bullets('de bibliotheek', 'het wijkteam', 'de GGD', 'de woningcorporatie'), '', '## Resultaat', '', '- minder wachttijd']],
  ['G: a numbered list continued after explanation', ['# Stappen', '', 'We zetten drie stappen:', '', '1. verkennen', '', 'Dat doen we met bewoners.', '', '2. ontwerpen', '3. bouwen']],
  ['H: a passive, counted right', ['# Scholen', '', 'In 2025 zijn drie scholen bezocht: De Linde, Het Anker en De Vlinder.']],
  ['H: a passive with a preposition', ['# Scholen', '', 'In 2025 zijn vier scholen onderzocht op: ventilatie, daglicht en geluid.']],
  ['H: a passive with amounts', ['# Subsidies', '', 'Vorig jaar zijn twee subsidies verhoogd: voor sport met 10% en voor cultuur met 5%.']]
]

describeWordings(countClaimMismatch, waveDefects, waveClean)

/*
 * (K) A count that announces a table: its data rows are the items (a total row is none; a table
 * that groups rows under an empty first cell is not counted).
 */
const tableOf = (header: string, ...rows: string[]): string[] => ['', header, `|${'---|'.repeat(header.split('|').length - 2)}`, ...rows]
const tableDefects: DefectWording[] = [
  ['K: de volgende before a table', ['# Projecten', '', 'We starten de volgende vier projecten:', ...tableOf('| Project | Start | Budget |', '| Speeltuin Noord | 2026 | € 40.000 |', '| Buurtmoestuin | 2027 | € 12.000 |', '| Jongerenhonk | 2027 | € 25.000 |')], '`vier projecten`'],
  ['K: hieronder and a table', ['# Partners', '', 'In de tabel hieronder staan onze vijf partners.', ...tableOf('| Partner | Rol |', '| Bibliotheek | taalles |', '| Wijkteam | begeleiding |', '| Woonstichting | huisvesting |', '| Sportbedrijf | bewegen |', '| Huisartsen | signaleren |', '| Welzijnsstichting | ontmoeting |')], '`vijf partners`'],
  ['K: a total row is no item', ['# Regelingen', '', 'We verdelen het budget over de volgende vier regelingen:', ...tableOf('| Regeling | Bedrag |', '| Meedoenregeling | € 300.000 |', '| Kindpakket | € 150.000 |', '| Individuele toeslag | € 90.000 |', '| Totaal | € 540.000 |')], '`vier regelingen`']
]
const tableClean: CleanWording[] = [
  ['K: de volgende before a table, right', ['# Projecten', '', 'We starten de volgende drie projecten:', ...tableOf('| Project | Start | Budget |', '| Speeltuin Noord | 2026 | € 40.000 |', '| Buurtmoestuin | 2027 | € 12.000 |', '| Jongerenhonk | 2027 | € 25.000 |')]],
  ['K: a total row, right', ['# Regelingen', '', 'We verdelen het budget over de volgende drie regelingen:', ...tableOf('| Regeling | Bedrag |', '| Meedoenregeling | € 300.000 |', '| Kindpakket | € 150.000 |', '| Individuele toeslag | € 90.000 |', '| Totaal | € 540.000 |')]],
  ['K: rows grouped under an empty first cell', ['# Wijken', '', 'We werken in de volgende twee wijken:', ...tableOf('| Wijk | Actie |', '| Noord | buurtkamer |', '| | wijkbus |', '| Zuid | speeltuin |')]],
  ['K: a table that is not announced', ['# Fasen', '', 'Het plan kent vier fasen.', ...tableOf('| Fase | Jaar |', '| Verkennen | 2026 |', '| Ontwerpen | 2027 |', '| Bouwen | 2028 |')]]
]

describeWordings(countClaimMismatch, tableDefects, tableClean)
