import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the rule: a subordinate clause (`of`, `dat`, `als`,
// `omdat`, `zodat`, `wanneer`) opens and the paragraph or list item ends before its verb comes —
// Dutch puts that verb last, so a clause that stops on a noun phrase or a preposition has lost
// its end. Also a line that stops on a preposition after its object (`krijgen een gesprek binnen`).
// Look-alikes: the same clauses with their verb, a list of noun phrases after a lead line, list
// items that finish their `of`-clause, a clause that opens the sentence and has its verb, a
// particle at the end (`kwamen … binnen`), a line without a conjunction and without a period.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['`of`-clause without its verb at the paragraph end', p('We bekijken met de woningcorporaties of een tweede buurtkamer in de Molenwijk')],
  ['`of`-clause after `vragen we`, stops on a noun', p('Daarnaast vragen we de provincie of de subsidie voor zonnedaken op scholen')],
  ['a list item with an `of`-clause, the other item complete', p('We onderzoeken in 2028:', '', '- of een pendelbus naar het strand in de zomermaanden;', '- of de parkeertarieven bij het station omhoog kunnen.')],
  ['`dat`-clause after `zorgt ervoor`, stops on a time phrase', p('Het college zorgt ervoor dat elke nieuwe inwoner binnen drie maanden na inschrijving')],
  ['`dat`-clause after `spreken af`, stops on a street', p('We spreken met de scholen af dat de gymlessen in de nieuwe sporthal aan de Dijkweg')],
  ['`als`-clause at the start, stops on its object', p('Als de bouw van de brede school in Oosterhout vertraging')],
  ['`omdat`-clause at the start, stops on a place', p('Omdat de vraag naar kinderopvang in de nieuwe wijken')],
  ['a line that stops on a preposition after its object', p('De aanvrager ontvangt het besluit van de gemeente over de vergunning binnen')],
  ['`wanneer`-clause stops on an article', p('Wanneer een huurder twee maanden achterloopt met de huur en de')],
  ['the second sentence an `of`-clause without its verb', p('De buurtsportcoach werkt vier dagen per week. Samen met de clubs bekijken we of een extra training voor meiden van 12 tot 16 jaar')],
  ['a list item with a `zodat`-clause without its verb', p('Per school regelen we:', '', '- een vaste contactpersoon, zodat ouders met vragen over het leerlingenvervoer;', '- een vast telefoonnummer voor spoed.')],
  ['`of`-clause with a number and a square', p('We toetsen of nieuwe evenementen op het Marktplein met meer dan 2.000 bezoekers')],
  ['`dat`-clause in brackets-free apposition, stops on a time', p('De afspraak is dat de containers in de binnenstad voortaan vóór 7.00 uur')]
]

const clean: CleanWording[] = [
  ['the `of`-clause with its verb', p('We bekijken met de woningcorporaties of een tweede buurtkamer in de Molenwijk nodig is.')],
  ['a list of noun phrases after a lead line', p('We onderzoeken twee vragen:', '', '- de kosten van een pendelbus naar het strand;', '- de opbrengst van hogere parkeertarieven.')],
  ['list items that finish their `of`-clauses', p('We kijken:', '', '- of de bus vaker kan rijden;', '- of de halte dichter bij het dorp komt.')],
  ['an `of`-list item with its verb and no period', p('We gaan na:', '', '- of er in de zomer genoeg plek is voor kampeerders', '- of de toeristenbelasting omhoog moet')],
  ['the `dat`-clause with its verb', p('Het college zorgt ervoor dat elke nieuwe inwoner binnen drie maanden een taalcursus krijgt.')],
  ['a separable particle at the end', p('De eerste aanvragen kwamen in maart binnen.')],
  ['a line without a conjunction and without a period', p('Zo blijft het centrum bereikbaar voor iedereen')],
  ['an `of`-clause that opens the sentence', p('Of de regeling in 2029 doorloopt, hangt af van het Rijk.')],
  ['a `dat`-clause that opens the sentence', p('Dat de wachtlijst korter wordt, zien we aan de cijfers van de GGD.')],
  ['a `zodat` list item with its verb', p('We zorgen voor:', '', '- een vaste contactpersoon, zodat ouders weten waar ze terechtkunnen;', '- een vast telefoonnummer.')],
  ['an extraposed phrase after the verb', p('We kijken of de bus kan rijden op zondag en op feestdagen.')],
  ['`als` meaning `as`, no clause', p('De buurtkamer dient ook als stembureau en als spreekuur voor de wijkagent.')],
  ['a `;` item whose `omdat`-clause ends on a form of `zijn`', p('Twee dingen veranderen:', '', '1. we vegen de fietspaden vaker, omdat scholieren daar in de herfst het vaakst vallen en de bladeren het gladst zijn;', '2. we zetten meer veegwagens in.')]
]

describeBattery(unfinishedSentence, defects, clean, 12)
