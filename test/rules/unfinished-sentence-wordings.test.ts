import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of sentences that stop half-way, as different municipalities write them, and
// finished look-alikes that must stay quiet. Each defect gives one message naming the words.
const defects: DefectWording[] = [
  ['ends on zoals', ['# Preventie', '', 'We investeren in 2027 circa € 450.000 in preventie, zoals.'], '`zoals`'],
  ['a comma and namelijk', ['# Toegang', '', 'Het sociaal team richt zich op drie groepen, namelijk.', '', 'Daarna volgt de evaluatie.'], '`namelijk`'],
  ['namelijk at the end of a paragraph', ['# Toegang', '', 'Voor de wijkteams geldt één uitgangspunt namelijk', '', '# Werk', '', 'We helpen mensen aan werk.'], '`namelijk`'],
  ['a dangling door middel van', ['# Jeugd', '', 'We bereiken bijna 1.200 jongeren per jaar door middel van. Het jongerenwerk is daarbij de spil.'], '`van`'],
  ['door middel van without a stop', ['# Jeugd', '', 'De jongerenwerkers leggen contact met jongeren op straat door middel van', '', '# Sport', '', 'Sport verbindt.'], '`van`'],
  ['a colon before the next heading', ['# Schulden', '', 'In 2027 zetten we de volgende instrumenten in:', '', '# Wonen', '', 'We bouwen 300 woningen.'], 'dubbele punt'],
  ['a list item that stops on a preposition', ['# Aanbod', '', '- een maatje voor elke statushouder', '- extra begeleiding van jongeren naar'], '`naar`'],
  ['a list item that stops on an article', ['# Aanbod', '', '1. schuldhulp binnen drie weken', '2. een vast aanspreekpunt voor de'], '`de`'],
  ['a purpose clause without main clause', ['# Wonen', '', 'We bouwen tot 2030 ruim 650 sociale huurwoningen. Om de wachttijd voor starters terug te dringen.'], 'bijzin'],
  ['a paragraph that stops after omdat', ['# Werk', '', 'Het college trekt 2,5 ton extra uit voor de re-integratie omdat', '', '# Wonen', '', 'Tekst.'], '`omdat`'],
  ['a sentence repeated half', ['# Armoede', '', 'Het aantal huishoudens met schulden daalt naar 300. Het aantal huishoudens met'], '`met`'],
  ['half a sentence repeated without the rest', ['# Armoede', '', 'We verlagen de drempel voor de bijzondere bijstand. We verlagen de drempel'], 'herhaalt'],
  ['half a sentence repeated with a full stop', ['# Zorg', '', 'De wachttijd voor de jeugdhulp daalt in 2027 naar zes weken. De wachttijd voor de jeugdhulp.'], 'herhaalt'],
  ['a possessive at the end', ['# Samenwerking', '', 'We werken in de uitvoering nauw samen met onze. Zo blijven de lijnen kort.'], '`onze`'],
  ['a sentence that stops on vanwege', ['# Financiën', '', 'Het budget voor de Wmo stijgt met bijna een kwart vanwege. Dat vraagt keuzes.'], '`vanwege`'],
  ['an enumeration that stops on waaronder', ['# Partners', '', 'We werken samen met zes partners, waaronder.'], '`waaronder`'],
  ['a paragraph that stops after en', ['# Zorg', '', 'De wachttijd voor huishoudelijke hulp gaat terug van twaalf naar zes weken en'], '`en`']
]

const clean: CleanWording[] = [
  ['a separable verb with in', ['# Aanpak', '', 'De extra middelen voor preventie zetten we vanaf 2026 gericht in.']],
  ['a separable verb with uit', ['# Aanpak', '', 'De proef met de buurtcoach voeren we in drie wijken uit.']],
  ['a separable verb with op and voor', ['# Aanpak', '', 'We pakken de achterstand samen met de corporaties op. Het college legt de evaluatie in 2028 aan de raad voor.']],
  ['a heading without a stop', ['# Samenwerking met', '', 'We werken samen.']],
  ['list items that are noun phrases', ['# Aanbod', '', '- een sluitende aanpak voor dak- en thuislozen', '- vroegsignalering van schulden', '- Buurtteams']],
  ['a table cell with a phrase', ['# Planning', '', '| Onderdeel | Uitvoering |', '|---|---|', '| Schuldhulp | samen met de kredietbank |']],
  ['a caption and a source', ['# Cijfers', '', 'Het aantal meldingen steeg met 12 procent.', '', '*Figuur 3: meldingen per wijk*', '', 'Bron: Monitor Sociaal Domein, 2025']],
  ['zoals in the middle', ['# Werk', '', 'We doen dit zoals afgesproken in het coalitieakkoord.']],
  ['namelijk inside the sentence', ['# Werk', '', 'Dat is belangrijk, want het gaat namelijk om ruim 400 inwoners.']],
  ['a colon before a list', ['# Schulden', '', 'We zetten de volgende instrumenten in:', '', '- budgetcoaching', '- een schuldenrust']],
  ['a purpose clause with its main clause', ['# Wonen', '', 'Om de wachttijd terug te dringen, bouwen we 650 woningen.']],
  ['a purpose clause that answers a question', ['# Wonen', '', 'Waarom doen we dit? Om de wachttijd voor starters terug te dringen.']],
  ['two sentences that start alike', ['# Armoede', '', 'Het aantal huishoudens met schulden daalt naar 300. Het aantal huishoudens met een betalingsachterstand daalt naar 150.']],
  ['a preposition after daar', ['# Visie', '', 'Inwoners willen zelf regie houden. Daar sluiten we bij aan.']],
  ['a stranded preposition with er', ['# Visie', '', 'Niet iedereen kan meedoen. Wij zorgen ervoor dat iedereen er een plek bij krijgt. Daar gaan we voor.']],
  ['a short answer without verb', ['# Vragen', '', 'Wanneer start de pilot?', '', 'In het voorjaar van 2026.']]
]

describeWordings(unfinishedSentence, defects, clean)
