import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shapes found by error analysis on development plans (fresh wordings, other nouns and numbers):
// gaan + infinitive after "vanaf" a moment already past; a separable verb (opengaan, ingaan) whose
// particle ends the clause or comes before the moment; "is voorzien/gepland in" a past moment; an
// event before the document next to the end of the stretch it starts ("loopt tot en met 2031").
// The document is adopted on 14 mei 2026.
const adopted = ['Vastgesteld door de gemeenteraad op 14 mei 2026.', '']
const said = (heading: string, sentence: string): string[] => [...adopted, `# ${heading}`, '', sentence]

const defects: DefectWording[] = [
  ['gaan + infinitive after vanaf a past day', said('Loket', 'Vanaf 1 maart 2026 gaat het jongerenloket ook op zaterdag open zijn voor vragen.'), '1 maart 2026'],
  ['gaan + infinitive after vanaf a past month', said('Buurten', 'Vanaf januari 2026 gaan de buurtcoaches twee avonden per week huisbezoeken afleggen.'), 'januari 2026'],
  ['a building that goes open in a past season', said('Cultuur', 'De verbouwde bibliotheek aan de Kerkstraat gaat in het najaar van 2025 open, zodat de leesclubs weer een vaste plek hebben.'), 'najaar van 2025'],
  ['a centre that goes open in a past quarter', said('Jeugd', 'Het nieuwe jongerencentrum gaat in het eerste kwartaal van 2026 open.'), 'eerste kwartaal van 2026'],
  ['a contract that takes effect on a past day and runs on', said('Vervoer', 'De nieuwe overeenkomst voor het doelgroepenvervoer gaat in op 1 januari 2026 en loopt tot en met 2030.'), '1 januari 2026'],
  ['a regulation that takes effect and runs to a later year', said('Regels', 'De aangepaste subsidieregeling gaat in per 1 april 2026 en geldt tot eind 2029.'), '1 april 2026'],
  ['a decision that is foreseen in a past month', said('Inkoop', 'De aanbesteding van de schoonmaak loopt nog. De gunning is voorzien in februari 2026.'), 'februari 2026'],
  ['a delivery that is planned for a past quarter', said('Wonen', 'De oplevering van de twaalf tijdelijke woningen is gepland voor het vierde kwartaal van 2025.'), 'is gepland voor']
]

const clean: CleanWording[] = [
  ['a routine since a past day in the present tense', said('Loket', 'Vanaf 1 maart 2026 is het jongerenloket ook op zaterdag open.')],
  ['money that goes to the neighbourhoods', said('Buurten', 'Vanaf 2025 gaat het budget voor leefbaarheid naar de wijken.')],
  ['gaan + infinitive after vanaf a later day', said('Loket', 'Vanaf 1 september 2026 gaat het jongerenloket ook op zaterdag open zijn.')],
  ['a building that went open', said('Cultuur', 'De verbouwde bibliotheek ging in het najaar van 2025 open.')],
  ['a building that goes open later', said('Cultuur', 'De verbouwde bibliotheek gaat in het najaar van 2026 open.')],
  ['a contract that took effect', said('Vervoer', 'De overeenkomst voor het doelgroepenvervoer is op 1 januari 2026 ingegaan en loopt tot en met 2030.')],
  ['a stretch from a past year to a later one', said('Vervoer', 'Van 2025 tot en met 2029 zullen we het vervoer per jaar evalueren.')],
  ['a school equipped with panels', said('Duurzaamheid', 'In 2025 is de school voorzien van zonnepanelen.')],
  ['a regulation that provides for a contribution', said('Armoede', 'De regeling voorziet sinds 2024 in een bijdrage voor sportkleding.')],
  ['gaan as a main verb with met', said('Afval', 'Opvallend is dat de lagere opbrengsten in 2024 gepaard gaan met hogere kosten voor de inzameling van grof afval.')],
  ['gaan with a noun phrase after an adjective', said('Zorg', 'In 2025 gaan de hogere uitgaven samen met langere wachttijden voor de kleinere aanbieders.')],
  ['a delivery planned later', said('Wonen', 'De oplevering van de twaalf tijdelijke woningen is gepland voor het vierde kwartaal van 2026.')]
]

describeWordings(staleStatement, defects, clean)
