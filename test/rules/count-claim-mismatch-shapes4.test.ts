import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Wave-4 causes of missed count claims, each written fresh in other words and places:
 * - a noun with a phrase and a relative clause before the colon (`drie groepen van huurders
 *   waarvoor we …:`), and an adverbial phrase (`naar voren`, `aan bod`) read as a second noun;
 * - `tot` after `komen` / `leiden` / `beperken` read as a bound (`komen we tot vier punten:`).
 * Figures are in the commit messages.
 */
const bullets = (...items: string[]): string[] => ['', ...items.map((item) => `- ${item}`)]
const numbered = (...items: string[]): string[] => ['', ...items.map((item, i) => `${i + 1}. ${item}`)]

const defects: DefectWording[] = [
  // A phrase and a relative clause between the noun and the colon.
  ['a phrase and a relative clause', ['# Doelgroepen', '', 'We onderscheiden drie groepen van huurders waarvoor we extra inzetten:', ...bullets('starters;', 'senioren;', 'statushouders;', 'studenten.')], '`drie groepen`'],
  ['a phrase with voor and a relative clause', ['# Risico’s', '', 'Deze notitie noemt vier risico’s voor de uitvoering waar de raad op moet letten:', ...numbered('vertraging bij de aanbesteding', 'hogere bouwkosten', 'te weinig personeel')], '`vier risico’s`'],
  ['a phrase with in and a relative clause', ['# Scholen', '', 'Dit najaar bezoeken we zes scholen in de kernen die nog geen gezonde kantine hebben:', ...bullets('De Regenboog', 'Het Kompas', 'De Wilg')], '`zes scholen`'],
  // An adverbial phrase after the noun.
  ['naar voren', ['# Wat we hoorden', '', 'Uit de gesprekken met bewoners komen zes wensen naar voren:', ...bullets('meer groen', 'betere verlichting', 'een ontmoetingsplek', 'minder zwerfafval', 'veilige oversteken')], '`zes wensen`'],
  ['naar boven', ['# Peiling', '', 'Bij de jongerenpeiling kwamen drie zorgen duidelijk naar boven:', ...bullets('eenzaamheid', 'prestatiedruk', 'geldzorgen', 'wachttijden')], '`drie zorgen`'],
  ['aan de orde', ['# Overleg', '', 'In het dorpsoverleg komen vier onderwerpen aan de orde:', ...numbered('parkeren', 'de speeltuin', 'de bushalte')], '`vier onderwerpen`'],
  // `tot` after komen / leiden / beperken is no bound.
  ['komen tot', ['# Knelpunten', '', 'Op basis van de schouw en de meldingen komen we tot vier aandachtspunten:', ...bullets('losliggende tegels', 'donkere paden', 'te hard rijden')], '`vier aandachtspunten`'],
  ['leidt tot', ['# Evaluatie', '', 'De evaluatie leidt tot drie aanbevelingen die we overnemen:', ...numbered('eerder signaleren', 'één contactpersoon', 'vaste spreekuren', 'betere nazorg')], '`drie aanbevelingen`'],
  ['beperken tot', ['# Focus', '', 'Met het beschikbare budget beperken we ons tot twee sporen:', ...bullets('preventie', 'vroegsignalering', 'nazorg')], '`twee sporen`']
]

const clean: CleanWording[] = [
  ['a phrase and a relative clause that fit', ['# Doelgroepen', '', 'We onderscheiden drie groepen van huurders waarvoor we extra inzetten:', ...bullets('starters;', 'senioren;', 'statushouders.')]],
  ['naar voren that fits', ['# Wat we hoorden', '', 'Uit de gesprekken komen twee wensen naar voren:', ...bullets('meer groen', 'betere verlichting')]],
  ['komen tot that fits', ['# Knelpunten', '', 'Na de schouw komen we tot drie aandachtspunten:', ...bullets('tegels', 'paden', 'snelheid')]],
  ['tot as a bound', ['# Subsidie', '', 'Dit jaar steunen we tot vier buurtprojecten:', ...bullets('de moestuin', 'het repaircafé')]],
  ['oplopen tot as a bound', ['# Wachttijden', '', 'De wachtlijst loopt op tot vijf aanvragen:', ...bullets('een traplift', 'een scootmobiel')]],
  ['a count in a fronted phrase with a relative clause', ['# Aanpak', '', 'In twee kernen van de gemeente waar veel ouderen wonen, starten we met:', ...bullets('een buurtkamer', 'een boodschappendienst', 'een belcirkel')]],
  ['a relative clause over another list', ['# Aanpak', '', 'Voor vier wijken van de stad waar de leegstand hoog is, nemen we de volgende maatregelen:', ...bullets('een winkelfonds', 'tijdelijke verhuur')]],
  ['naar with a noun of another list', ['# Verkeer', '', 'Langs drie straten naar scholen leggen we aan:', ...bullets('fietsstroken', 'oversteken', 'verlichting', 'borden')]]
]

describeWordings(countClaimMismatch, defects, clean)
