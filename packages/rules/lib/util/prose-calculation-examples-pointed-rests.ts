import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a counted whole, its part after `daarvan`,
// `waarvan` or `hiervan`, and the rest after `de overige` or `de andere` (pointed-rests); also a
// whole split into several parts before such a rest, after `Van de` or `Van hen` (split-count-rests).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Pointed parts and rests the rule stays quiet on. */
export const pointedRestsOk: RuleExample[] = [
  { title: 'Een geheel, een deel na `daarvan` en de overige, dat klopt', text: plan(['Er kwamen 52 meldingen van wateroverlast binnen; daarvan zijn er 35 opgelost en de overige 17 doorgestuurd.']) },
  { title: 'Een deel na `waarvan` en de andere, dat klopt', text: plan(['Het dorp telt 28 monumenten, waarvan 19 rijksmonumenten; de andere 9 zijn gemeentelijke monumenten.']) },
  { title: 'Aantallen in woorden, dat klopt', text: plan(['Er meldden zich tien scholen aan; daarvan doen er zes mee in 2027 en de overige vier in 2028.']) },
  { title: 'De rest van een groter geheel ervoor', text: plan(['Van de 150 bushaltes zijn er 60 aangepast, waarvan 25 met een hoge perronrand; de overige 90 volgen later.']) },
  { title: 'Een geheel in twee delen en de overige, dat klopt', text: plan(['Van de 26 cursisten sloten er 17 de training af en haakten er 4 halverwege af; de resterende 5 volgen de training nog.']) },
  { title: 'Een deel na `Van hen` met het geheel in de zin ervoor, dat klopt', text: plan(['Op de oproep reageerden 90 ondernemers. Van hen kozen er 52 voor een avondmarkt en 23 voor een zondagmarkt; de overige 15 hadden geen voorkeur.']) },
  { title: 'Het geheel dat de zin ervoor opent, dat klopt', text: plan(['310 van de 800 leerlingen gaven antwoord op de enquête. Van hen fietsen er 180 naar school en komen er 95 met de bus; de andere 35 worden gebracht.']) },
  { title: '`Van hen` na twee groepen samen', text: plan(['Op de inloopavond kwamen 60 inwoners en 12 ondernemers. Van hen spraken er 20 in en stelden er 15 een vraag; de overige 37 luisterden alleen.']) },
  { title: '`Van hen` na twee aantallen', text: plan(['We kregen 40 meldingen en 25 klachten. Van hen gingen er 18 over afval; de overige 22 over geluid.']) }
]

/** Pointed parts and rests the rule reports. */
export const pointedRestsNotOk: RuleExample[] = [
  {
    title: 'Een geheel, een deel na `daarvan` en de overige die niet de rest zijn',
    text: plan(['Er kwamen 52 meldingen van wateroverlast binnen; daarvan zijn er 35 opgelost en de overige 19 doorgestuurd.']),
    expected: [fout('52 − 35', '19', '17')]
  },
  {
    title: 'Een deel na `waarvan` en de andere die niet de rest zijn',
    text: plan(['Het dorp telt 28 monumenten, waarvan 19 rijksmonumenten; de andere 11 zijn gemeentelijke monumenten.']),
    expected: [fout('28 − 19', '11', '9')]
  },
  {
    title: 'Aantallen in woorden en de rest die niet klopt',
    text: plan(['Er meldden zich tien scholen aan; daarvan doen er zes mee in 2027 en de overige drie in 2028.']),
    expected: [fout('tien − zes', 'drie', '4')]
  },
  {
    title: 'De rest aan het begin van de volgende zin',
    text: plan(['De brandweerpost heeft 18 vrijwilligers, waarvan 11 met een groot rijbewijs. De andere 8 rijden alleen mee.']),
    expected: [fout('18 − 11', '8', '7')]
  },
  {
    title: 'Een geheel in twee delen en de overige die niet de rest zijn',
    text: plan(['Van de 26 cursisten sloten er 17 de training af en haakten er 4 halverwege af; de overige 3 zijn nog bezig.']),
    expected: [fout('26 − 17 − 4', '3', '5')]
  },
  {
    title: 'Delen na `Van hen` en de overige die niet de rest van de zin ervoor zijn',
    text: plan(['Op de oproep reageerden 90 ondernemers. Van hen kozen er 52 voor een avondmarkt en 23 voor een zondagmarkt; de overige 13 hadden geen voorkeur.']),
    expected: [fout('90 − 52 − 23', '13', '15')]
  },
  {
    title: 'Delen na `Van hen` en het geheel dat de zin ervoor opent',
    text: plan(['310 van de 800 leerlingen gaven antwoord op de enquête. Van hen fietsen er 180 naar school en komen er 95 met de bus; de andere 45 worden gebracht.']),
    expected: [fout('310 − 180 − 95', '45', '35')]
  }
]
