import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 14 battery (htext8), written before reading the rule again: the count stands far before
// the colon, with a participle or prepositional phrase between (`zes locaties met terugkerende
// overlast nader onderzocht:`), the items carry articles (`de`, `het`) and one item has a
// prepositional phrase of its own (`de tunnel onder het spoor bij de Stationsweg`), a year before
// the count, a line break inside the list. Look-alikes: the same with the right number of items,
// an item with `en` inside a name, `waaronder`, a second count of another noun, an item with a
// place after `bij` that is not a separate item.
// Start code: 2 of 8 caught. The gates: a phrase after the counted noun before the colon (`zes
// wijken met veel klachten:`) stopped every reading but the plain colon, and a passive only knew
// weak participles and one phrase before them (`met … over …`, `nader bekeken` were missed).
// Still open: a phrase after the participle (`toegankelijk gemaakt voor rolstoelen:`) and a
// relative clause with its own verb between count and list.

const defects: BatteryWording[] = [
  ['five places after a participle clause', ['In 2026 zijn zes wijken met veel klachten over geluid nader bekeken: de Vaart, de Hofstede, het Stadspark, de strook langs het kanaal bij de Havenweg en de Molenhoek.']],
  ['four items with articles, count before a verb phrase', ['Vorig jaar hebben we vijf speelplekken in de oude wijken grondig opgeknapt: het Julianapark, de Lindenhof, het plein achter de kerk en de Kastanjelaan.']],
  ['seven claimed, six named with a year distractor', ['Sinds 2024 zijn zeven gebouwen van de gemeente volledig verduurzaamd: het stadhuis, de bibliotheek, het zwembad, de sporthal aan de Dreef, de brandweerkazerne en het gemeentehuis van Oosterend.']],
  ['a line break inside the list', ['Dit jaar zijn vier kruispunten met veel ongevallen opnieuw ingericht: de Dorpsstraat,', 'het kruispunt bij de school en de rotonde aan de Ringweg.']],
  ['a passive with a long subject', ['In 2025 zijn acht bushaltes in het buitengebied toegankelijk gemaakt voor rolstoelen: de halte bij de kerk, de halte aan de Dijk, de halte bij het gemeentehuis, de halte in Oosthoek, de halte aan de Beemd, de halte bij de molen en de halte in Westeinde.']],
  ['three claimed, four named, items with a place', ['Er zijn drie scholen met een verouderd gebouw op de lijst gezet: De Klimop, De Vlinder aan de Beukenlaan, Het Anker en De Wilg.']],
  ['emphasis around the count', ['We hebben **zes** dorpshuizen met een tekort op de begroting gesproken: het dorpshuis van Aldeboarn, de Schakel, de Ontmoeting, het Trefpunt en de Koepel.']],
  ['a relative clause after the noun', ['Vijf verenigingen die in 2025 een subsidie kregen, hebben een verslag ingeleverd: de voetbalclub, de muziekvereniging, de toneelclub en de ijsclub.']]
]

const clean: CleanWording[] = [
  ['five places after a participle clause, five named', ['In 2026 zijn vijf wijken met veel klachten over geluid nader bekeken: de Vaart, de Hofstede, het Stadspark, de strook langs het kanaal bij de Havenweg en de Molenhoek.']],
  ['four items with articles and a place phrase', ['Vorig jaar hebben we vier speelplekken in de oude wijken grondig opgeknapt: het Julianapark, de Lindenhof, het plein achter de kerk bij de Markt en de Kastanjelaan.']],
  ['a name with en inside', ['Dit jaar zijn drie winkels met een nieuwe gevel geopend: Bakkerij Smit en Zonen, de slijterij en de boekhandel.']],
  ['waaronder', ['In 2025 zijn zes locaties met wateroverlast onderzocht, waaronder de Brink, de Molenweg en het Stadspark.']],
  ['a count of another noun before the list', ['Met twee aannemers hebben we de volgende straten aangepakt: de Dorpsstraat, de Kerkweg en de Molenstraat.']],
  ['a count of times, not of the places', ['In 2025 is de werkgroep vier keer bijeengekomen: in het gemeentehuis, in de bibliotheek en in het dorpshuis.']],
  ['a year and an amount as distractors', ['In 2026 zijn met € 40.000 drie bruggen over de vaart hersteld: de Hoge Brug, de brug bij de sluis en de Kerkbrug.']],
  ['the count of items right with a line break', ['Dit jaar zijn drie kruispunten met veel ongevallen opnieuw ingericht: de Dorpsstraat,', 'het kruispunt bij de school en de rotonde aan de Ringweg.']],
  ['items each with a place after bij', ['Er zijn twee haltes verplaatst: de halte bij de kerk en de halte bij de school.']],
  ['a count of members in one item', ['Drie partijen tekenden het convenant: de gemeente, de woningcorporatie en het samenwerkingsverband van vijf zorgaanbieders.']],
  ['a count with onder meer', ['Zes verenigingen hebben een verslag ingeleverd, onder meer de voetbalclub, de muziekvereniging en de ijsclub.']],
  ['a list of examples after zoals', ['Acht scholen met een verouderd gebouw, zoals De Klimop en Het Anker, krijgen voorrang.']]
]

describeBattery(countClaimMismatch, defects, clean, 6)
