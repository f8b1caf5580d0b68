import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes, each in prose, list items and other places, with look-alikes that finish:
// 1. a paragraph written one sentence per line: a line after a closed sentence that stops
//    mid-clause while the next line starts a new sentence (only wrapped lines were read);
// 2. a last bijzin opened by a subordinator the rule did not know (`waarna`, `totdat`, `zolang`,
//    `naarmate`) whose verb never comes;
// 3. a clause that stops on the preposition a noun governs (`afspraken over`, `overleg met`,
//    `onderzoek naar`): the verb before it may take the word as a particle, the noun wants its object;
// 4. two sentences glued inside one line: a sentence stops on an article, conjunction or preposition
//    and the next one starts right after it (`… met de Wij willen …`).
const defects: DefectWording[] = [
  // 1. one sentence per line
  ['a line on an article between closed lines', ['# Sport', '', 'De sporthal aan de Esdoornlaan is verouderd.', 'Drie verenigingen delen de zaal met twee scholen; de roosters zitten vol.', 'Daarom onderzoeken we een tweede zaal naast het', 'Het college besluit daarover in het najaar.'], '`het`'],
  ['a line on a bijzin without its verb', ['# Minima', '', 'Het aantal huishoudens met een laag inkomen daalt licht.', 'We verhogen toch de inkomensgrens van de regeling, omdat de vaste lasten', 'De raad krijgt in juni een voorstel.'], '`lasten`'],
  ['a continuation line of a list item after a closed sentence', ['# Acties', '', '- De wijkteams houden een spreekuur in elke kern.', '  Daarnaast sluiten de teams in 2027 aan bij de', '  Wij evalueren het spreekuur na een jaar.', '- De bibliotheek opent een digitaal informatiepunt.'], '`de`'],
  ['a line on a preposition without its object', ['# Mobiliteit', '', 'De bus rijdt vanaf maart twee keer per uur.', 'Reizigers kunnen voortaan ook met de pinpas betalen in', 'Dit sluit aan bij de wens van de reizigersraad.'], '`in`'],
  // 2. subordinators the rule did not know
  ['a paragraph that stops after waarna and its subject', ['# Planning', '', 'De raad stelt het kader in december vast. Daarna volgt de uitwerking per wijk.', '', 'De inspraak loopt tot half februari, waarna het college', '', '## Financiën'], '`college`'],
  ['an item that stops after totdat', ['# Afspraken', '', '- De huurverhoging blijft beperkt tot de inflatie.', '- Ontruimingen worden voorkomen met vroegsignalering.', '- De tijdelijke regeling blijft gelden totdat het nieuwe beleid'], '`beleid`'],
  ['a paragraph that stops after zolang', ['# Dorpshuizen', '', 'De dorpshuizen krijgen een vaste bijdrage per jaar.', '', 'Het dorpshuis in Oudendijk blijft open, zolang de vrijwilligers van de stichting', '', 'De bijdrage wordt jaarlijks geïndexeerd.'], '`stichting`'],
  // 3. a preposition a noun governs
  ['a paragraph that stops on the object of gesprekken', ['# Onderwijs', '', '1. We breiden de schakelklas uit met één groep.', '2. De leerplichtambtenaar bezoekt elk gezin binnen een week.', '3. Elke school krijgt een vaste contactpersoon.', '', 'Na de zomer starten we met de sportclubs gesprekken over', '', '## Jeugdhulp'], '`over`'],
  ['a closed sentence on the object of overleg', ['# Wonen', '', 'De corporaties bouwen tot 2030 zeshonderd woningen. Over de verdeling voeren we dit jaar overleg met.'], '`met`'],
  ['an item that stops on the object of onderzoek', ['# Klimaat', '', '- We planten tweehonderd bomen per jaar.', '- We vergroenen drie schoolpleinen.', '- Samen met het waterschap doen we onderzoek naar'], '`naar`'],
  // 4. glued inside a line
  ['an article before a new sentence in one line', ['# Taal', '', 'De bibliotheek organiseert taalcafés en leesclubs voor de We starten in september in twee wijken.'], '`de`'],
  ['a conjunction before a new sentence in an item', ['# Acties', '', '- We openen een inloopspreekuur in het wijkcentrum en Daarnaast komt er een belbus.', '- De belbus rijdt op dinsdag.'], '`en`'],
  ['a preposition before a new sentence in a cell', ['# Agenda', '', '| Activiteit | Toelichting |', '|---|---|', '| Schoolpleinen | We vergroenen de pleinen samen met Het college betaalt de helft. |'], '`met`']
]

const clean: CleanWording[] = [
  // 1. sentences per line that close, and lines that end complete without a stop
  ['one sentence per line, all closed', ['# Sport', '', 'De sporthal is verouderd.', 'Drie verenigingen delen de zaal.', 'Daarom onderzoeken we een tweede zaal.', 'Het college besluit in het najaar.']],
  ['a line that ends on a separable particle', ['# Afval', '', 'De inzameling van textiel gaat per 2027 naar de kringloop.', 'De kringloopwinkel voert de inzameling voortaan zelf uit', 'Het contract loopt vier jaar.']],
  ['a title line above sentences', ['# Wijken', '', 'Wijkaanpak Noord en Zuid', 'De aanpak start in maart in beide wijken.', 'Bewoners praten mee in een klankbordgroep.']],
  ['a line that ends on a name', ['# Cultuur', '', 'Het theater krijgt een nieuwe directeur.', 'De programmering komt in handen van stichting De Boog', 'Zij start in september.']],
  // 2. the bijzin with its verb
  ['waarna with its verb', ['# Planning', '', 'De raad stelt het kader in december vast.', '', 'De inspraak loopt tot half februari, waarna het college de reacties verwerkt', '', '## Financiën']],
  ['totdat with its verb in an item', ['# Afspraken', '', '- De huurverhoging blijft beperkt tot de inflatie.', '- Ontruimingen worden voorkomen.', '- De tijdelijke regeling blijft gelden totdat het nieuwe beleid ingaat']],
  ['zolang in a closed sentence', ['# Dorpshuizen', '', 'Het dorpshuis blijft open zolang de vrijwilligers het willen. De bijdrage wordt jaarlijks geïndexeerd.']],
  // 3. a preposition that closes its clause
  ['gesprekken with the object after the preposition', ['# Onderwijs', '', '1. We breiden de schakelklas uit.', '2. Elke school krijgt een contactpersoon.', '3. De leerplicht bezoekt elk gezin.', '', 'Na de zomer starten we met de sportclubs gesprekken over de huurprijzen.']],
  ['a particle after an object noun', ['# Wonen', '', 'De corporaties bouwen zeshonderd woningen. De plannen leggen we in het najaar aan de raad voor.']],
  ['a pronominal object before the preposition', ['# Klimaat', '', '- We planten tweehonderd bomen.', '- We vergroenen drie schoolpleinen.', '- Over dat onderzoek maken we afspraken met het waterschap, daar doen we onderzoek naar.']],
  ['a sentence that ends on the particle of bijmaken', ['# Opvang', '', 'De opvang is vol. Daarom maken we in 2027 twintig extra plekken bij. De provincie betaalt mee.']],
  ['a preposition before a name', ['# Onderwijs', '', 'De schakelklas verhuist naar De Regenboog en de plusklas naar Het Kompas in de Oostwijk.']],
  ['a quoted title that opens with a starter word', ['# Cultuur', '', 'De tentoonstelling van ‘Als de dijk breekt’ trekt veel bezoekers.']],
  ['two closed sentences in one line', ['# Taal', '', 'De bibliotheek organiseert taalcafés voor ouders. We starten in september in twee wijken.']],
  ['a stranded preposition after waar', ['# Zorg', '', 'De mantelzorgers weten niet altijd waar zij recht op hebben. Dat is waar we overleg over voeren.']]
]

describeWordings(unfinishedSentence, defects, clean)
