import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 11: gates that hid whole groups of shares. A round ten with `circa`/`zo'n` is rounded to
// the nearest ten, not ± ten; a fraction in words with `ongeveer` is the nearest simple fraction;
// a share with its whole written after it (`15 procent van de 840 leden`) takes the clause's one
// count as its part; a share that closes its sentence after two counts takes the nearer as part
// and the larger as whole. Look-alikes: the same shares right, a change between two levels, a
// count with a share of its own, an age range, a fraction that reaches the next one.

const defects: DefectWording[] = [
  ['a round ten with zo’n, ten off', ['Er meldden zich 420 gezinnen en 336 daarvan rondden het traject af, zo’n 60 procent.'], '60 procent'],
  ['a fraction in words that is the neighbour one', ['Het wijkteam sprak 1.500 inwoners, en 300 van hen noemden geldzorgen: ongeveer een op de vier.'], 'een op de vier'],
  ['a whole written after the share', ['Vorig jaar kregen 96 leden een korting, 15 procent van de 840 leden van de bibliotheek.'], '15 procent'],
  ['two counts before a share that closes the sentence', ['De school telde 320 leerlingen, en 64 leerlingen haalden het zwemdiploma niet: 25 procent.'], '25 procent'],
  ['the whole in a subordinate clause', ['Bij de proef, waarin 75 huurders een slimme meter kregen, bespaarden er 45 energie: 52 procent.'], '52 procent']
]

const clean: CleanWording[] = [
  ['a round ten with zo’n, rounded right', ['Er meldden zich 420 gezinnen en 290 daarvan rondden het traject af, zo’n 70 procent.']],
  ['a fraction in words that is nearest', ['Het wijkteam sprak 1.500 inwoners, en 330 van hen noemden geldzorgen: ongeveer een op de vijf.']],
  ['a whole written after the share, right', ['Vorig jaar kregen 126 leden een korting, 15 procent van de 840 leden van de bibliotheek.']],
  ['two counts before a closing share, right', ['De school telde 320 leerlingen, en 80 leerlingen haalden het zwemdiploma niet: 25 procent.']],
  ['two levels and a change', ['In 2026 kwamen 2.640 bezoekers, tegen 2.200 in 2024: een stijging van 20 procent.']],
  ['a count with a share of its own before another whole', ['Van de 150 vrouwen deed 30% mee, tegen 45% van de 210 mannen.']],
  ['an age range before the share', ['Van de 18- tot 30-jarigen sport 60%, van de 30- tot 65-jarigen 48% en van de 65-plussers 35%.']],
  ['a fraction in words that reaches the next one', ['Van de 600 ton groenafval wordt zo’n 420 ton gecomposteerd, ruim twee derde.']]
]

describeWordings(percentageClaimCheck, defects, clean)
