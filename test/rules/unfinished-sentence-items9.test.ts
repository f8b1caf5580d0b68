import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: list items that stop on a word no sentence ends on, though closed by a full stop or a
// semicolon (`- Een budget voor de.`), and an item of two words that stops on its preposition
// (`- een budget voor`). Look-alikes: items that end on a noun, a stranded preposition, a row of
// question words, and the same items finished.

const lead = ['# Aanpak', '', 'We doen drie dingen:', '']

const defects: DefectWording[] = [
  ['an item closed by a full stop after an article', [...lead, '- Een loket voor alle vragen.', '- Een budget voor de.', '- Een vast aanspreekpunt per gezin.'], '`de`'],
  ['an item closed by a semicolon after a conjunction', [...lead, '- een loket voor alle vragen;', '- samenwerking met de wijkteams en;', '- een vast aanspreekpunt per gezin.'], '`en`'],
  ['a last item of two words on its preposition', [...lead, '- een loket voor alle vragen;', '- een vast aanspreekpunt per gezin;', '- een budget voor'], '`voor`'],
  ['an item closed after a relative adverb', [...lead, '- Een loket waar inwoners terechtkunnen.', '- Een fonds waarmee.', '- Een vast aanspreekpunt.'], '`waarmee`']
]

const clean: CleanWording[] = [
  ['the items finished', [...lead, '- Een loket voor alle vragen.', '- Een budget voor de buurt.', '- Een vast aanspreekpunt per gezin.']],
  ['a row of question words', [...lead, '- Wie doet wat, met wie en wanneer.', '- Wat het kost.', '- Hoe we het meten.']],
  ['a stranded preposition', [...lead, '- Een plan waar we naar toe werken.', '- Een fonds daar zorgen we voor.', '- Een loket.']],
  ['items of two words on a noun', [...lead, '- een loket;', '- een budget;', '- een aanspreekpunt.']]
]

describeWordings(unfinishedSentence, defects, clean)
