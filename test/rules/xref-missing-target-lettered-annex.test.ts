import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A bijlage may be lettered (or in Roman numerals) in a chapter heading of its own, after the
// chapters (`# Bijlage A. Begrippen`), not only under a `# Bijlagen` chapter: a reference to it
// has its target, and a reference to a letter no heading has is still missing. (A Roman numeral
// past the last is not read as missing: one sign, `bijlage V`, reads as a letter.)
const plan = (reference: string, ...annexes: string[]): string[] => ['# 1. Inleiding', '', reference, '', '# 2. Aanpak', '', 'Tekst.', '', ...annexes.flatMap((a) => [a, '', 'Tekst.', ''])]

const defects: DefectWording[] = [
  ['a letter past the lettered chapters', plan('De kaarten staan in bijlage C.', '# Bijlage A. Begrippen', '# Bijlage B. Kaarten'), 'bijlage C'],
  ['a letter past the one lettered chapter', plan('Zie bijlage B voor de kaart.', '# Bijlage A: Begrippen'), 'bijlage B'],
  ['a letter under a numbered series', plan('Zie bijlage B.', '# Bijlage 1. Begrippen', '# Bijlage 2. Cijfers'), 'bijlage B']
]

const clean: CleanWording[] = [
  ['a lettered chapter with a full stop', plan('De begrippen staan in bijlage A.', '# Bijlage A. Begrippen')],
  ['a lettered chapter with a colon', plan('Zie bijlage B voor de kaarten.', '# Bijlage A: Begrippen', '# Bijlage B: Kaarten')],
  ['a Roman numeral chapter', plan('De cijfers staan in bijlage II.', '# Bijlage I Begrippen', '# Bijlage II Cijfers')],
  ['a lettered bijlage under a Bijlagen chapter', plan('Zie bijlage A.', '# Bijlagen', '## Bijlage A: Begrippen')],
  // Re-read mend (mend3): the heading's word and letter in any case.
  ['a lettered chapter in capitals', plan('Het kaartmateriaal vindt u in bijlage B.', '# BIJLAGE A. Begrippen', '# BIJLAGE B. Kaarten')],
  ['a lettered heading with a small letter', plan('De begrotingstabellen staan in bijlage c.', '# Bijlagen', '## Bijlage a: Begrippen', '## Bijlage b: Kaarten', '## Bijlage c: Begroting')]
]

describeWordings(xrefMissingTarget, defects, clean)
