import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shapes found by error analysis on development plans (fresh wordings, other nouns and numbers):
// a numbered item whose last sentence breaks off while the other items end with a full stop, and
// a paragraph without a full stop that stops on a pronominal adverb (daarbij, hiervoor, ermee).
const items = (last: string): string[] => [
  '# Aanpak',
  '',
  '1. We openen in 2027 een tweede inloophuis in de wijk Oosterpark.',
  '2. We verlengen de subsidie voor de voedselbank met drie jaar.',
  `3. ${last}`,
  '',
  'De kosten staan in hoofdstuk 4.'
]

const defects: DefectWording[] = [
  ['a numbered item whose second sentence breaks off', items('We zoeken samenwerking met de kerken. Verder willen we dat meer vrijwilligers'), '`vrijwilligers`'],
  ['a bulleted item whose second sentence breaks off', ['# Acties', '', '- We stellen een wijkagenda op met de bewoners.', '- We bieden een training aan voor mantelzorgers. Ook zorgen we ervoor dat de huisartsen', '- We evalueren de aanpak in 2028.'], '`huisartsen`'],
  ['a paragraph that stops on daarbij', ['# Sport', '', 'Sportclubs die een nieuwe ledenadministratie willen invoeren, kunnen daarbij', '', 'De gemeente houdt de regeling eenvoudig.'], '`daarbij`'],
  ['a paragraph that stops on hiervoor', ['# Wonen', '', 'Huiseigenaren die hun woning willen isoleren, krijgen hiervoor', '', 'Zo dalen de energielasten.'], '`hiervoor`'],
  ['a last paragraph that stops on ermee', ['# Werk', '', 'Werkgevers die een leerbaan aanbieden aan een jongere uit de bijstand, helpen we ermee'], '`ermee`']
]

const clean: CleanWording[] = [
  ['items that all end without a stop', ['# Aanpak', '', '1. Een tweede inloophuis in Oosterpark', '2. Meer vrijwilligers. Samen met de kerken en de moskeeën', '3. Een langere subsidie voor de voedselbank']],
  ['an item that ends with a stop', items('We zoeken samenwerking met de kerken. Verder willen we dat meer vrijwilligers zich melden.')],
  ['a short item phrase after a sentence', ['# Acties', '', '- We stellen een wijkagenda op.', '- Mantelzorgers. Voor hen een training', '- We evalueren de aanpak.']],
  ['a paragraph ending on daarbij with a stop', ['# Sport', '', 'Sportclubs die een nieuwe ledenadministratie willen invoeren, helpen we daarbij.']],
  ['a lead-in that ends on hieronder before a table', ['# Geld', '', 'De bedragen per jaar staan in de tabel hieronder', '', '| Jaar | Bedrag |', '|---|---|', '| 2027 | € 40.000 |']]
]

describeWordings(unfinishedSentence, defects, clean)
