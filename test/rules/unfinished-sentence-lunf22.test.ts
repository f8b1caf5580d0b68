import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 22 catalogue (lunf22), written before reading the rule: the ways a sentence is left unfinished
// in a policy text, as authors leave them (a cut while rewriting, a half-deleted clause, a cell filled
// in later). Where: the end of a paragraph without a mark, the middle of a paragraph before the next
// sentence, a bullet, a table cell. What is missing: the noun after an article, possessive or
// preposition; the second half after `en`, `of`, `maar`, `zoals`, `namelijk`; the clause after
// `dat`, `die`, `om`, `te`; the infinitive after a modal auxiliary (`zal`, `zullen`, `gaan`); the
// closing bracket; the amount after a currency sign. Look-alikes: a pronominal adverb that ends its
// sentence (`Daar werken we aan.`), a modal used as a main verb (`Het college wil een sluitende
// begroting.`), noun phrases in bullets and cells, captions, headings, abbreviations that end with a
// point (`enz.`), a colon before a list, questions, `Zie bijlage 2.`.
const p = (...lines: string[]): string[] => ['# Aanpak', '', 'We werken samen met de scholen en de bibliotheek. Dat doen we al jaren.', '', ...lines, '', 'De kosten staan in hoofdstuk 4.']

const defects: BatteryWording[] = [
  ['a paragraph that stops on a preposition', p('Daarnaast zoeken we nadrukkelijk de samenwerking met')],
  ['a paragraph that stops on an article', p('In 2028 openen we een tweede taalpunt in de')],
  ['a paragraph that stops on en', p('We bieden cursussen aan voor ouders, grootouders en')],
  ['a paragraph that stops on zoals', p('Het gaat om laagdrempelige voorzieningen zoals')],
  ['a paragraph that stops on a comma', p('Het college wil de regeling met twee jaar verlengen,')],
  ['an om-clause without its te-verb', p('We zetten vier extra coaches in om de wachtlijst')],
  ['a paragraph that stops on dat', p('Uit de monitor van vorig jaar blijkt dat')],
  ['a paragraph that stops on a possessive', p('Dit geldt vooral voor de inwoners van onze')],
  ['a currency sign without its amount', p('Het budget voor de campagne bedraagt €')],
  ['a preposition before the full stop in mid-paragraph', p('Het aantal deelnemers steeg in 2025 naar. Dat is een mooie stap vooruit.')],
  ['an article before the full stop in mid-paragraph', p('De gemeente stelt hiervoor een. In 2027 volgt een evaluatie van de aanpak.')],
  ['a bullet that stops on a preposition', ['# Aanpak', '', 'We werken aan:', '', '- meer taalcoaches in de wijken;', '- een betere samenwerking tussen', '- een vast aanspreekpunt per school.']],
  ['a table cell that stops on an article', ['# Aanpak', '', '| Actie | Toelichting |', '| --- | --- |', '| Werving | We werven nieuwe vrijwilligers via de |', '| Scholing | Twee cursussen per jaar. |']],
  ['a modal without its infinitive', p('Het college zal de raad in het voorjaar van 2028 over de eerste resultaten.')],
  ['a relative clause that stops on die', p('Er wonen in de gemeente ongeveer 3.400 volwassenen die')],
  ['a bracket that is never closed', p('De kosten per traject (zie de tabel in')],
  ['a te without its verb', p('We proberen de kosten per deelnemer verder te')],
  ['niet alleen without its maar-part', p('Het gaat hier niet alleen om taal, maar')],
  ['a paragraph that stops on ten opzichte van', p('Dat is ruim twaalf procent meer ten opzichte van')],
  ['a paragraph that stops on of', p('Bewoners kunnen zich melden bij het taalhuis of')],
  ['zullen with an object and no verb', p('De provincie zal in 2027 een eenmalige bijdrage van € 200.000.')],
  ['a closed purpose clause without te', p('Wij zetten het extra budget in om meer inwoners met een taalvraag.')],
  ['a currency sign before per', p('Het uurtarief voor een taalcoach bedraagt € per uur.')]
]

const clean: CleanWording[] = [
  ['a colon before a list', ['# Aanpak', '', 'We doen dit op drie manieren:', '', '- taallessen;', '- digitale cursussen;', '- hulp bij formulieren.']],
  ['a pronominal adverb at the end', p('Daar werken we de komende jaren hard aan.')],
  ['a split pronominal adverb at the end', p('Met die signalen houden we bij de planning rekening.')],
  ['a modal as a main verb', p('Het college wil een sluitende begroting.')],
  ['noun phrases in bullets', ['# Aanpak', '', 'Wat we bieden:', '', '- meer taalcoaches', '- een tweede taalhuis', '- vaste spreekuren in de bibliotheek']],
  ['noun phrases in cells', ['# Aanpak', '', '| Actie | Toelichting |', '| --- | --- |', '| Werving | Via de bibliotheek en de scholen |', '| Scholing | Twee cursussen per jaar |']],
  ['an imperative reference', p('Zie bijlage 2.')],
  ['a question', p('Wil de raad dat de regeling na 2028 doorloopt?')],
  ['an abbreviation that ends with a point', p('We bieden taal, rekenen, digitale vaardigheden enz.')],
  ['a caption without a full stop', ['# Aanpak', '', 'Tabel 2: deelnemers per wijk', '', '| Wijk | Deelnemers |', '| --- | --- |', '| Noord | 120 |', '| Zuid | 95 |']],
  ['a modal with its infinitive far away', p('Het college zal de raad in het voorjaar van 2028 over de eerste resultaten van de taaltrajecten informeren.')],
  ['a sentence that ends on a pronoun', p('Deze aanpak past bij ons.')],
  ['a list of three nouns', p('We zetten in op preventie, vroegsignalering en nazorg.')],
  ['a source line', p('Bron: gemeentelijke monitor 2025')],
  ['a closed bracket', p('De kosten per traject (zie tabel 3) zijn gedaald.')],
  ['a sentence with om … te and its verb', p('We zetten extra coaches in om de wachtlijst te verkorten.')],
  ['a bijzin that ends the sentence after its main clause', p('We gaan door met de aanpak, omdat die werkt.')],
  ['zal with an adjective predicate', p('De druk op de vrijwilligers zal groot blijven.')],
  ['zullen with an infinitive after its object', p('De gemeente zal in 2028 opnieuw de tevredenheid van de deelnemers meten.')],
  ['zullen with a passive infinitive', p('De regeling zal in 2028 worden geëvalueerd.')],
  ['zullen with the object before it', p('Dat zal het college in de loop van 2028 beoordelen.')],
  ['zullen with stijgen tot', p('Het aantal deelnemers zal naar verwachting stijgen tot 400 in 2029.')],
  ['om as a preposition after a verb', p('Het gaat in deze nota vooral om de wachtlijst.')],
  ['om de twee weken', p('De coaches komen in de wijk om de twee weken bij elkaar.')],
  ['om with te and its verb after beschikbaar', p('We stellen € 50.000 beschikbaar om de wachtlijst te verkorten.')],
  ['vragen om', p('We vragen de provincie om een bijdrage.')],
  ['a currency unit', p('Alle bedragen in deze nota zijn in €.')],
  ['an amount after the sign', p('Het tarief is € 12,50 per uur en de cursus kost € 1,2 miljoen.')],
  ['a placeholder after the sign', p('De eigen bijdrage bedraagt € ... per cursus.')],
  ['om after an inserted phrase between commas', p('De nieuwe wet vraagt, net als de decentralisaties eerder, om een andere rol van de gemeente.')],
  ['zal with a copula infinitive at the end', p('Vaak zal een combinatie van taal en werk het meest passend zijn.')],
  ['zullen with a stranded preposition before the infinitive', p('Als het nodig blijkt, zullen we daar een aparte regeling voor opstellen.')],
  ['zal with a percentage before the infinitive', p('Het aandeel jongeren zal met 4% afnemen naar 18% in 2035.')],
  ['zal with a year before the infinitive', p('De raad zal in het voorjaar van 2029 besluiten over een vervolg.')]
]

describeBattery(unfinishedSentence, defects, clean, 23)
