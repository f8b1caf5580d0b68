import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A plan that says it follows, replaces or continues an earlier edition names that edition by the
// same title with its own, earlier years. Those years are the predecessor's, not a slip in this
// plan's period; the plan's own years in the same kind of sentence still count.
const front = { titel: 'Actieplan Eenzaamheid 2027-2030', soort: 'uitvoeringsprogramma', periode: '2027-2030', datum: '2026-11-01' }
const p = (line: string): string[] => ['# Inleiding', '', line]

const defects: DefectWording[] = [
  ['its own name with a year too many, beside a follow-up verb', p('Het Actieplan Eenzaamheid 2027-2031 volgt op de evaluatie door de GGD.'), '2027-2031'],
  ['its own span after a follow-up verb', p('Dit actieplan volgt op de evaluatie en loopt van 2027 tot en met 2031.'), '2027 tot en met 2031'],
  ['its own span, a year early', p('Dit actieplan loopt van 2026 tot en met 2030 en vervangt de losse afspraken.'), '2026 tot en met 2030']
]

const clean: CleanWording[] = [
  ['follows the previous edition', p('Dit actieplan volgt op het Actieplan Eenzaamheid 2022-2026.')],
  ['replaces the previous edition', p('Dit actieplan vervangt het Actieplan Eenzaamheid 2021-2026.')],
  ['continues the previous edition', p('Dit actieplan is de voortzetting van het Actieplan Eenzaamheid 2023-2026.')],
  ['the successor of the previous edition', p('Als opvolger van het Actieplan Eenzaamheid 2022-2026 kiest dit plan voor de buurt.')],
  ['its own period after a follow-up verb', p('Dit actieplan volgt op de evaluatie en loopt van 2027 tot en met 2030.')]
]

describeWordings(periodMismatch, defects, clean, front)
