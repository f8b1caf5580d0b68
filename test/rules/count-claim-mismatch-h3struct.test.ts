import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3struct battery, written before reading the rule: a count before a list whose counted noun
// carries a relative clause or a phrase after it (`vijf wijken die het hardst groeien:`), and a
// count that points back at the list above (`elk van deze drie`, `alle vier deze`). Look-alikes:
// the same sentences with the right count, a count inside the relative clause that is not the
// list's (`twee scholen die elk drie klassen hebben:` with two items), a subset (`drie van de
// vijf`), and a back-reference to a list of the same length.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const four = ['', '- huurders in de oude wijken;', '- starters op de woningmarkt;', '- gezinnen met jonge kinderen;', '- alleenstaande ouderen.']
const three = ['', '- de jeugdraad;', '- de sportclubs;', '- de wijkteams.']

const defects: BatteryWording[] = [
  ['a relative clause with die', p('We richten ons op drie groepen bewoners die nu vaak buiten de boot vallen:', ...four), 'drie'],
  ['a relative clause with waarvoor', p('Er zijn vijf doelgroepen waarvoor we iets extra doen:', ...four), 'vijf'],
  ['a relative clause with dat', p('We noemen 2 partijen uit het netwerk dat we vorig jaar opzetten:', ...four), '2'],
  ['a phrase with a preposition', p('We werken met drie soorten huishoudens in de sociale huur:', ...four), 'drie'],
  ['a relative clause with waar', p('Het gaat om zes plekken waar de overlast het grootst is:', ...three), 'zes'],
  ['a relative clause with a participle', p('De aanpak kent twee onderdelen die al eerder zijn getest:', ...three), 'twee'],
  ['elk van deze after a list', p('We onderscheiden de volgende groepen:', ...four, '', 'Voor elk van deze drie groepen maken we een eigen folder.'), 'drie'],
  ['alle vijf after a list', p('De gemeente werkt samen met:', ...three, '', 'Alle vijf deze partners tekenen het convenant.'), 'vijf'],
  ['ieder van deze after a list', p('We onderscheiden:', ...four, '', 'Ieder van deze vijf groepen krijgt een vast aanspreekpunt.'), 'vijf'],
  ['deze twee after a list', p('De volgende partijen doen mee:', ...three, '', 'Met deze twee partijen maken we afspraken over de inzet.'), 'twee']
]

const clean: CleanWording[] = [
  ['the right count with die', p('We richten ons op vier groepen bewoners die nu vaak buiten de boot vallen:', ...four)],
  ['the right count with waar', p('Het gaat om drie plekken waar de overlast het grootst is:', ...three)],
  ['a count inside the relative clause', p('We steunen partners die elk twee vrijwilligers leveren:', ...three)],
  ['a subset', p('Drie van de vijf wijken krijgen extra geld:', ...three)],
  ['elk van deze with the right count', p('We onderscheiden de volgende groepen:', ...four, '', 'Voor elk van deze vier groepen maken we een eigen folder.')],
  ['deze drie after a list of three', p('De volgende partijen doen mee:', ...three, '', 'Met deze drie partijen maken we afspraken over de inzet.')],
  ['a count of something else after the list', p('De volgende partijen doen mee:', ...three, '', 'Elk van deze partijen levert twee mensen voor de stuurgroep.')],
  ['a relative clause with another count in it', p('We kiezen de groepen die in de peiling van twee jaar geleden het laagst scoorden:', ...four)],
  ['a count of years after the noun', p('We werken vier jaar lang met deze groepen:', ...three)],
  ['a count that is a total elsewhere', p('Van de twaalf wijken die we kennen, krijgen deze extra aandacht:', ...three)]
]

describeBattery(countClaimMismatch, defects, clean, 9)
