import { placeholderText } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 10 battery, written before reading the rule: bracketed text inside a sentence that is an
// instruction to the author (opens with aanvullen, invullen, nog bepalen, volgt, nader te
// bepalen, toevoegen …) or that stands where a figure must be (`€ [bedrag]`, `( ) jongeren`).
// Look-alikes: brackets with a figure, a source, a reference, an abbreviation, a remark that
// uses an instruction verb inside a statement, and instruction verbs outside brackets.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['an instruction where an amount must be', p('Het budget bedraagt € (aanvullen na overleg met financiën) per jaar.')],
  ['invullen with a colon', p('De subsidie wordt verstrekt door (invullen: naam fonds).')],
  ['nog bepalen in square brackets', p('Het aantal deelnemers groeit naar [nog bepalen] in 2029.')],
  ['nader te bepalen where a time must be', p('De evaluatie vindt plaats in (nader te bepalen) en wordt uitgevoerd door een extern bureau.')],
  ['volgt where a figure must be', p('De bijdrage is (volgt) euro per huishouden.')],
  ['a name still to add', p('De coördinator (naam nog toevoegen) is het aanspreekpunt voor scholen.')],
  ['a percentage to fill in', p('We willen in 2030 [percentage invullen] minder meldingen.')],
  ['a bare kind word after a currency sign', p('Het tarief wordt € [bedrag] per uur.')],
  ['an instruction after a reference', p('Het project kost (zie begroting, nog aanvullen) in totaal.')],
  ['nader in te vullen before a unit', p('De wachttijd daalt naar (nader in te vullen) weken.')],
  ['datum volgt', p('Op (datum volgt) bespreken we het plan met de raad.')],
  ['empty brackets before a noun', p('Het aantal jongeren in beeld is ( ) in 2026.')],
  ['nog te bepalen door someone after a currency sign', p('We reserveren € (nog te bepalen door het college) voor de pilot.')],
  ['a month to insert', p('De raad ontvangt de rapportage in [maand invoegen] 2027.')],
  ['aan te vullen door a team before procent', p('Het streefcijfer is (aan te vullen door team Jeugd) procent.')],
  ['an instruction in emphasis', p('De doelgroep omvat **(invullen)** huishoudens.')]
]

const clean: BatteryWording[] = [
  ['a figure with a remark', p('Het budget bedraagt € 250.000 (inclusief btw) per jaar.')],
  ['a reference to an annex', p('De subsidie wordt verstrekt door het Fonds Leefbaarheid (zie bijlage 2).')],
  ['a figure now', p('Het aantal deelnemers groeit naar 400 (nu 250) in 2029.')],
  ['a statement with an instruction verb inside', p('De evaluatie vindt plaats in 2029 (de precieze maand bepalen we later).')],
  ['a source for an amount', p('De bijdrage is € 50 (volgens de tarieventabel) per huishouden.')],
  ['a name in brackets', p('De coördinator (Jeugdpunt Noord) is het aanspreekpunt voor scholen.')],
  ['a route in brackets', p('Wie de stappen volgt (zie figuur 1), vindt snel het juiste loket.')],
  ['a moment in brackets after volgen', p('De resultaten volgen in de voortgangsrapportage (medio 2028).')],
  ['an indexation remark', p('Het tarief wordt € 45 per uur (het bedrag wordt jaarlijks geïndexeerd).')],
  ['a table reference', p('Het aantal meldingen (zie tabel 3) daalt.')],
  ['invullen outside the brackets', p('Inwoners kunnen het formulier invullen (ook digitaal) bij het loket.')],
  ['volgt inside a statement with a figure', p('De kosten (naar verwachting rond € 1 miljoen, de aanbesteding volgt in 2027) dekken we uit de reserve.')],
  ['a year remark', p('In 2027 (het eerste jaar) starten we met drie wijken.')],
  ['an annex after a separable verb', p('Deelnemers vullen een vragenlijst in (bijlage 4).')],
  ['volgt outside with a remark', p('De aanpak volgt (net als in 2025) de landelijke richtlijn.')],
  ['an abbreviation', p('Het Centrum voor Jeugd en Gezin (CJG) voert dit uit.')],
  ['a decision still to take, said as a statement', p('Over de precieze verdeling besluit de raad in 2027 (na de evaluatie).')]
]

describeBattery(placeholderText, defects, clean, 16)
