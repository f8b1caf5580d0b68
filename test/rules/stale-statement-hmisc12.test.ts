import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc12 battery, written before reading the rule: an event told as still to come, at a named
// moment of a year that already lies behind the document date, where the moment is a school
// holiday, a feast day or a turn of the year rather than a month or season (`na de kerstvakantie
// van 2026`, `rond Pasen 2026`, `bij de jaarwisseling 2026`). Look-alikes: the same moments in a
// later year, a past tense, a yearly habit, a moment in the document's own year still ahead.
const front = { titel: 'Uitvoeringsprogramma Dorp en Buurt 2027-2030', periode: '2027-2030', datum: '2027-03-10' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['opens after the autumn holiday', p('De verbouwde bibliotheek in de Meent gaat na de herfstvakantie van 2026 weer open.'), '2026'],
  ['opens in the christmas holiday', p('Het nieuwe buurthuis opent in de kerstvakantie van 2026 zijn deuren.'), '2026'],
  ['starts after the summer holiday', p('Na de zomervakantie van 2026 start de proef met schoolstraten.'), '2026'],
  ['will be ready before the spring holiday', p('De speeltuin aan de Vlietkade is voor de voorjaarsvakantie van 2026 klaar.'), 'voorjaarsvakantie'],
  ['zal around the May holiday', p('De gemeente zal in de meivakantie van 2026 de gymzaal schilderen.'), '2026'],
  ['around Easter', p('Rond Pasen 2026 verhuist het wijkteam naar het gezondheidscentrum.'), '2026'],
  ['at the turn of the year', p('Bij de jaarwisseling van 2025 op 2026 gaat het nieuwe afvalsysteem in.'), '2026'],
  ['in a list item', ['# Planning', '', 'Wat er nog komt:', '', '- de fietsenstalling bij het station gaat in de kerstvakantie van 2026 open;', '- daarna volgt het plein.'], '2026'],
  ['before Christmas', p('We ronden de aanleg van het glasvezelnet voor kerst 2026 af.'), '2026'],
  ['after carnival', p('Na carnaval 2026 begint de aannemer met de herinrichting van de Markt.'), '2026'],
  ['in brackets', p('De nieuwe kleedkamers (klaar na de herfstvakantie van 2026) bekostigen we uit dit programma.'), '2026'],
  ['naar verwachting with King\'s Day', p('De kiosk op het dorpsplein is naar verwachting voor Koningsdag 2026 gerestaureerd.'), '2026']
]

const clean: CleanWording[] = [
  ['a later year', p('De verbouwde bibliotheek gaat na de herfstvakantie van 2027 weer open.')],
  ['the past tense', p('Het nieuwe buurthuis opende in de kerstvakantie van 2026 zijn deuren.')],
  ['a perfect tense', p('Na de zomervakantie van 2026 is de proef met schoolstraten gestart.')],
  ['a yearly habit', p('In elke herfstvakantie organiseren we een sportweek voor de jeugd.')],
  ['the document year still ahead', p('De speeltuin is voor de zomervakantie van 2027 klaar.')],
  ['Easter later', p('Rond Pasen 2028 verhuist het wijkteam naar het gezondheidscentrum.')],
  ['a past count', p('In de kerstvakantie van 2026 bezochten 300 kinderen de ijsbaan.')],
  ['sinds', p('Sinds de herfstvakantie van 2026 is de bibliotheek weer open.')],
  ['a finished act', p('Voor kerst 2026 rondden we de aanleg van het glasvezelnet af.')],
  ['a holiday without year', p('De gymzaal gaat in de meivakantie dicht voor onderhoud.')],
  ['was planned, now later', p('De opening was gepland in de herfstvakantie van 2026, maar schuift naar het voorjaar van 2027.')]
]

describeBattery(staleStatement, defects, clean, 10, front)
