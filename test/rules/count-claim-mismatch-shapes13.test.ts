import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 13 battery (hpct6), written before reading the rule: a list that runs on after a line
// break, a count of meetings whose parts each carry their own count (the total is their sum),
// a count with `inclusief`, emphasis on the count, the count after its list, a relative clause
// between count and list, bullets. Look-alikes: a count of events with a list of places or
// participants, sums that hold, partial lists (`waaronder`), a distractor count of another noun.
// Start code: 8 of 13 caught, three look-alikes (evenings in villages, a second count after `voor`,
// counted parts with `en` inside) warned.

const defects: BatteryWording[] = [
  ['a plain list one short', ['We bezochten vijf scholen: De Linde, Het Kompas, De Wegwijzer en De Regenboog.']],
  ['a list running on after a line break', ['De drie kernen Aaldorp, Beekveld,', 'Crommert en Duinhoek krijgen een ontmoetingsplek.']],
  ['meetings whose counted parts do not add up', ['We voerden negen gesprekken: drie met ondernemers, twee met scholen en twee met bewoners.']],
  ['a list one long', ['Het plan heeft vier doelen: schoon water, minder hittestress, meer groen, een gezonde bodem en rijke natuur.']],
  ['emphasis on the count', ['Er komen **drie** nieuwe fietsroutes: de Dijkroute, de Polderroute, de Bosroute en de Kanaalroute.']],
  ['the count after its list', ['De woningcorporatie, het waterschap, de provincie en de GGD: deze drie partners tekenden het convenant.']],
  ['bullets one short', ['We richten ons op vijf groepen:', '', '- ouderen;', '- jongeren;', '- mantelzorgers;', '- statushouders.']],
  ['a list of measures one short', ['Deze zeven maatregelen staan centraal: ledverlichting, dimmen, isolatie, zonnepanelen, warmtepompen en groene daken.']],
  ['a relative clause between count and list', ['De vier wijken die het hardst getroffen werden, Kerkbuurt, Molenwijk en Haven, krijgen voorrang.']],
  ['namelijk, one short', ['De subsidie gaat naar zes sporten, namelijk voetbal, hockey, tennis, korfbal en zwemmen.']],
  ['the second count in the sentence', ['We bouwen twee brede scholen en drie gymzalen: in Oost en in West.']],
  ['sessions whose counted parts run over', ['In totaal hielden we vijf sessies: drie met bewoners, twee met ondernemers en één met de scholen.']],
  ['a list with a line break and an article', ['We werken samen met vier partners: de GGD, de politie,', 'de woningcorporatie, het welzijnswerk en de huisartsen.']]
]

const clean: CleanWording[] = [
  ['meetings whose counted parts add up', ['We voerden negen gesprekken: vier met ondernemers, drie met scholen en twee met bewoners.']],
  ['a plain list, right', ['Vijf scholen deden mee: De Linde, Het Kompas, De Wegwijzer, De Regenboog en De Vlinder.']],
  ['a list running on after a line break, right', ['De vier kernen Aaldorp, Beekveld,', 'Crommert en Duinhoek krijgen een ontmoetingsplek.']],
  ['a distractor count of another noun', ['Met drie partners, de GGD, de politie en Welzijn Oost, maakten we afspraken over 14 wijken.']],
  ['waaronder, a partial list', ['Zes van de tien wijken, waaronder Oost, West en Noord, krijgen een buurtcoach.']],
  ['evenings for residents of a list of districts', ['We houden twee inloopavonden, in maart en in september, voor bewoners van Oost, West en Zuid.']],
  ['aldermen visiting a list of schools', ['De drie wethouders bezochten de scholen De Linde, Het Kompas, De Wegwijzer en De Regenboog.']],
  ['a list of districts, right', ['In vijf wijken plaatsen we bankjes: Oost, West, Noord, Zuid en het Centrum.']],
  ['bullets, right', ['We richten ons op drie groepen:', '', '- ouderen;', '- jongeren;', '- mantelzorgers.']],
  ['two tracks for a list of groups', ['We zetten in op twee sporen, preventie en snelle hulp, voor jongeren, ouders en scholen.']],
  ['work sessions with a list of participants', ['Tijdens drie werksessies met ondernemers, bewoners, scholen en de politie verzamelden we ideeën.']],
  ['evenings held in a list of villages', ['We hielden vier avonden in de dorpen Aaldorp, Beekveld en Crommert.']],
  ['meeting points for a count of villages', ['Er zijn vier meldpunten voor 6 kernen: in Aaldorp, Beekveld, Crommert en Duinhoek.']],
  ['sessions whose parts hold en inside them', ['We spraken in acht sessies: drie met ondernemers en winkeliers, drie met bewoners en twee met scholen.']]
]

describeBattery(countClaimMismatch, defects, clean, 11)
