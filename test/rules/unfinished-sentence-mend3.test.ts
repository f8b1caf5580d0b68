import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mend3). `als` as a role with a phrase under `tussen` is no open condition; and after a
// subject of one word (`als inwoners`) the object's article comes right after it.
const p = (...lines: string[]): string[] => ['# Aanpak', '', 'We werken in de kernen samen met vaste partners.', '', ...lines, '', 'Zo blijft de lijn kort.']

const defects: DefectWording[] = [
  ['a condition cut after a bare plural subject', p('De ophaaldienst komt volgende maand langs bij iedereen als inwoners het formulier'), 'formulier']
]

const clean: CleanWording[] = [
  ['a role between two places', p('De dorpscoach fungeert in elk dorp als de schakel tussen het gemeentehuis en de bewoners')]
]

describeWordings(unfinishedSentence, defects, clean)
