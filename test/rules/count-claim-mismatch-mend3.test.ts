import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mend3). `waarde` is a noun, not the relative `waar…`: `per wijk` after it still makes the count distributive.
const items = ['', '- Noord: speeltuin, bankjes en bomen', '- Zuid: speeltuin, bankjes en bomen', '- Oost: pleintje', '- West: pleintje', '']

const defects: DefectWording[] = [['a count of projects with their value, but no per', ['# Wijken', '', 'We starten drie projecten met een gezamenlijke waarde van een ton:', ...items], 'drie projecten']]

const clean: CleanWording[] = [['a count of projects with a value per district', ['# Wijken', '', 'We starten drie projecten met een waarde per wijk:', ...items]]]

describeWordings(countClaimMismatch, defects, clean)
