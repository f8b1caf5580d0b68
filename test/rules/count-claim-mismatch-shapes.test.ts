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
