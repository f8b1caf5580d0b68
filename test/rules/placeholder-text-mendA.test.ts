import { placeholderText } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mend A: a relative link path with a year folder (`../../2023/…`) is no date template,
// as a URL is none; a template in the link text or the sentence still is.
const p = (line: string): string[] => ['# Evaluatie', '', line]

const defects: DefectWording[] = [
  ['a date template beside a relative link', p('De raad bespreekt [de tussenstand](../2023/tussenstand.pdf) op ..-..-2027.'), '..-..-2027']
]

const clean: CleanWording[] = [
  ['a relative link path with a year folder', p('Zie [de tussenstand van vorig jaar](../../2023/tussenstand.pdf) voor de cijfers.')],
  ['a relative link path with a year and month', p('Het [raadsbesluit](../2025/06/besluit-sportnota.pdf) staat online.')]
]

describeWordings(placeholderText, defects, clean)
