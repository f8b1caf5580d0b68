import type { PlanFile, SourceLocation } from '@kapstok/core'
import { lintRule, sourceText, textLocation } from '../rule.js'
import { textExample as example } from '../util/text-examples.js'
import { abbreviationOf, definedByTerm, expandedAfter, expandedBefore, readsAsWord, spelledNearby, tokenize, type Token } from '../util/abbreviations.js'
import { placeholderWords } from '../util/placeholders.js'
import { writtenTexts } from '../util/text.js'
import { tableDefinitions } from '../util/abbreviation-tables.js'
import { everydayLetters, fieldLaws, keepsOwnList, namedAfterNoun, nationalLetters, readable } from '../util/abbreviation-known.js'

// Letters every reader knows (always quiet) and national bodies and terms (quiet unless the plan
// keeps its own list of abbreviations); a plan adds its own with the `ignore` option.
const defaultIgnore = [...everydayLetters, ...nationalLetters]
// Common Dutch words a writer puts in capitals for emphasis ("We bezuinigen NIET"), even when the
// plan never writes them in small letters.
const emphasis = new Set([
  'NIET', 'GEEN', 'WEL', 'ALLE', 'ALLES', 'ALTIJD', 'NOOIT', 'MOET', 'MOETEN', 'ALLEEN', 'OOK', 'ELKE', 'IEDER', 'IEDEREEN', 'ZELF', 'SAMEN',
  'NU', 'WAT', 'HOE', 'WIE', 'WAAR', 'MEER', 'MINDER', 'VOOR', 'NA', 'EN', 'OF', 'DE', 'HET', 'EEN', 'IS', 'ZIJN', 'WIJ', 'WE', 'MET',
  'ZONDER', 'NIEUW', 'GOED', 'MAAR', 'DUS', 'JA', 'NEE', 'ECHT', 'HIER', 'DAAR', 'DIT', 'DAT', 'MEE', 'SNEL', 'EERST', 'VOORAL'
])

const reason = (word: string): string =>
  `Afkorting \`${word}\` wordt nergens verklaard; zet haar in de begrippenlijst of schrijf haar uit bij het eerste gebruik`

/** Rule: abbreviations are in the begrippenlijst or written out somewhere. */
export const abbreviationUndefined = lintRule(
  {
    id: 'abbreviation-undefined',
    severity: 'warning',
    group: 'tekst',
    description: 'Afkortingen staan in de begrippenlijst of worden ergens uitgeschreven.',
    docs: {
      what: 'Zoekt afkortingen in hoofdletters (`BTB`, `RWB`, `KPI’s`) in alle tekst en cellen. Een afkorting is verklaard als ze in de begrippenlijst staat (als term, als begin van een term of als `Term (AFK)`), of ergens in het plan wordt uitgeschreven: `Buurtteam Beekdal (BTB)`, `RVS (Raad voor Volksgezondheid …)`, `RWB: het Regionaal Werkbedrijf`, `… (hierna: OKB)`; de uitgeschreven vorm moet de letters van de afkorting op volgorde bevatten. Niet als afkorting tellen: Romeinse cijfers tot XC (`MVI` en `CDA` zijn letters), woorden met cijfers (`CO2`), eenheden na een getal (`10 MW`), namen (`ABC Advies`), postcodes (`1234 AB`), koppen en cellen die helemaal in hoofdletters staan, woorden van vijf of meer hoofdletters in een kop, gewone woorden in hoofdletters (`WAAROM`: het plan schrijft `waarom` ook gewoon) en plaatshouders (`TBD`, `PM`: die meldt `placeholder-text`). Ook verklaard: een afkorting waarvan de letters de beginletters zijn van woorden in dezelfde of de volgende zin (woorden met een hoofdletter in elke volgorde; ook gewone woorden op volgorde, maar alleen na een dubbele punt, een gedachtestreepje of `staat voor`, `betekent`, `houdt in` (`LEER-model: luisteren, …`): na een naam alleen (`de PLV-regeling geldt voor kleine aanpassingen van dakkapellen`) staan zulke woorden in bijna elke zin bij toeval). Woorden van zeven of meer hoofdletters die als woord te lezen zijn (`ZONNEWIJZER`, een project- of campagnenaam) en landelijke instanties, bedrijven en begrippen die iedereen kent (`NS`, `KNMI`, `RDW`, `MKB`, `WOZ`, …) tellen niet. Houdt het plan een eigen afkortingenlijst bij (twee of meer afkortingen in de begrippenlijst of in een tabel), of legt de begrippenlijst zelf een landelijke uitvoeringsinstantie uit (`| UWV | Uitvoeringsinstituut Werknemersverzekeringen |`; niet een partner van de gemeente als de GGD of een begrip als de AOW), dan hoort ook een landelijke instantie of begrip (`UWV`, `SVB`, `WOZ`) daarin te staan of in de tekst te worden uitgeschreven; alleen woorden als `EU`, `ICT` en `btw` blijven dan stil. Afkortingen in gemengde letters (`Wmo`, `Wlz`, `RvA`, `GGz`) tellen ook; een hoofdletter met kleine letters (`Wkb`, `Wnb`) is meestal een wet of besluit en geeft een waarschuwing als elke afkorting; alleen een wet die elke lezer van een gemeentelijk plan kent (`Wmo`) is een opmerking (info). Ook verklaard: een tabelrij met de afkorting en haar betekenis (`| NHG | Nationale Hypotheek Garantie |`), waar die ook staat (ook in een bijlage), en een uitleg na een samenstelling (`WOZ-waarde (waarde onroerende zaken)`). Een naam in hoofdletters na wat het is (`Energiecoöperatie WINDKRACHT`) telt niet; letters vóór de naam van de gemeente zelf (`RSD Veldhoorn`) wel. Een afkorting met koppelteken (`POH-GGZ`) geeft één melding. Woorden die voor nadruk in hoofdletters staan (`NIET`, `ALLE`) tellen niet. Per afkorting één melding, bij het eerste gebruik. Letters vóór een plaats die het plan als plaats noemt (`in Zuidoost-Achterland`, `de regio Noorderkempen`) openen de naam van een lokale of regionale instantie, net als vóór de naam van de gemeente: ook die tellen. Een niveau of klasse na het woord ervoor (`toegankelijkheidsniveau AAA`, `energielabel B`) is een waarde, en een naam van vier letters die als woord te lezen is na wat het is (`Stichting MARE`) een naam, net als een naam in hoofdletters die als woord te lezen is na een zelfstandig naamwoord met een hoofdletter (`Jongerenwerk KLAVER`). Het andere deel van een afkorting met koppelteken maakt de afkorting geen woordgroep in hoofdletters, ook als dat deel elders klein staat (`KBL-HBO` naast `hbo`); een rij in de begrippenlijst voor de hele samenstelling (`| BGT-WV | … |`) verklaart elk deel als de betekenis de letters bevat. Een woord dat midden in een zin met een punt is afgekort (`jan. 2031`, `bijv. de`) is geen gewoon woord dat dezelfde letters in hoofdletters tot woord maakt (`JAN-regeling` blijft een afkorting). Letters na een getal zijn een eenheid of code (`12 MW`, `1234 AB`), maar niet als ze een samenstelling op een zelfstandig naamwoord openen (`8 KWV-kasten`): die letters noemen een ding en moeten verklaard zijn.als de betekenis de letters bevat.',
      why: 'Een raadslid of inwoner die een afkorting niet kent, kan de tekst waarin ze steeds terugkomt niet volgen.',
      options: { ignore: `Afkortingen die in dit plan geen uitleg nodig hebben, bovenop de landelijk bekende (${defaultIgnore.map((w) => `\`${w}\``).join(', ')}).` },
      ok: [
        {
          title: 'Uitgeschreven vóór en na de afkorting',
          text: example(['# Werk', '', 'Het Regionaal Werkbedrijf (RWB) begeleidt naar werk. De RVS (Raad voor Volksgezondheid & Samenleving) adviseert; het RWB voert uit.'])
        },
        {
          title: 'In de begrippenlijst',
          text: example(['# Zorg', '', 'De RSD is in 2024 opgegaan in het werkbedrijf.', '', '# Begrippenlijst', '', '| Begrip | Definitie |', '|---|---|', '| RSD | Regionale Sociale Dienst |'])
        },
        {
          title: 'Uitleg later in het plan, met hierna',
          text: example(['# Inleiding', '', 'Het OKB doet mee.', '', '# Partners', '', 'Het Overleg Kinderopvang Beekdal (hierna: OKB) is een netwerk.'])
        },
        {
          title: 'Een kop in hoofdletters en een gewoon woord in hoofdletters',
          text: example(['# WAAROM DEZE AANPAK', '', 'Waarom? Omdat het WERKT: het werkt echt.', '', '# Samen VERDER', '', 'Tekst.'])
        },
        { title: 'Romeinse cijfers, eenheden, namen en codes', text: example(['# Energie', '', 'In deel II staat het park van 12 MW; ABC Advies telde de CO2-uitstoot bij postcode 1234 AB.']) },
        { title: 'Een meervoud van een verklaarde afkorting', text: example(['# Jeugd', '', 'De wijkcoördinatoren (WC’s) werken samen; elke WC heeft een eigen wijk.']) },
        { title: 'Een plaatshouder', text: example(['# Planning', '', 'De startdatum is TBD.']) },
        { title: 'Een campagnenaam in hoofdletters', text: example(['# Energie', '', 'Met de campagne ZONNEWIJZER helpen we huurders aan panelen.']) },
        {
          title: 'Een methode die haar letters uitlegt',
          text: example(['# Werkwijze', '', 'Wij werken met het LEER-model: luisteren, erkennen, evalueren en regelen. Bij de NS en het KNMI doen ze het net zo.'])
        },
        {
          title: 'Een wet in gemengde letters, uitgeschreven',
          text: example(['# Zorg', '', 'De Wet langdurige zorg (Wlz) is voor blijvende zorg. Met een Wlz-indicatie valt u buiten dit plan; de Wmo 2015 (Wet maatschappelijke ondersteuning 2015) regelt de rest.'])
        },
        { title: 'Nadruk in hoofdletters', text: example(['# Kaders', '', 'We bezuinigen NIET op de toegang en ALLE kernen doen mee.']) },
        { title: 'Een afkorting na een gedachtestreepje uitgelegd', text: example(['# Jeugd', '', 'Ouders kunnen terecht bij het CJG – het Centrum voor Jeugd en Gezin – in elke kern.']) },
        {
          title: 'Letters uitgelegd met hoofdletters in een andere volgorde',
          text: example(['# Werkwijze', '', 'De kern van de WOT-aanpak is dat we Tijd nemen, Ondersteunen waar nodig en Wijkgericht werken.'])
        }
      ],
      notOk: [
        {
          title: 'Twee afkortingen zonder uitleg',
          text: example(['# Werk', '', 'De BTB begeleidt naar werk. De BTB werkt samen met de RZB.']),
          expected: [reason('BTB'), reason('RZB')]
        },
        {
          title: 'Haakjes met een andere uitleg',
          text: example(['# Zorg', '', 'Het MKO (zie bijlage 2) regelt de inkoop.']),
          expected: [reason('MKO')]
        },
        {
          title: 'Een afkorting in een tabelcel',
          text: example(['# Planning', '', '| Activiteit | Doel |', '|---|---|', '| Overleg met het PWO | Afspraken |']),
          expected: [reason('PWO')]
        },
        {
          title: 'Een model waarvan de letters niet worden uitgelegd',
          text: example(['# Werkwijze', '', 'De buurtteams werken volgens het KBT-model. Dat model is in 2023 ingevoerd.']),
          expected: [reason('KBT')]
        },
        {
          title: 'Een afkorting met een koppelteken',
          text: example(['# Zorg', '', 'De POH-GGZ van de huisarts verwijst door naar het wijkteam.']),
          expected: [reason('POH')]
        },
        {
          title: 'Een wet in gemengde letters zonder uitleg',
          text: example(['# Zorg', '', 'Bij verward gedrag passen we de Wvggz toe.']),
          expected: [reason('Wvggz')]
        },
        {
          title: 'Een afkorting in een opsomming',
          text: example(['# Aanbod', '', '- inzet van de JOS in elke wijk', '- een buurtkamer per kern']),
          expected: [reason('JOS')]
        },
        {
          title: 'Een lange afkorting die geen woord is',
          text: example(['# Zorg', '', 'Het SWBNR overlegt elk kwartaal met de aanbieders.']),
          expected: [reason('SWBNR')]
        },
        {
          title: 'Een afkorting in een kop met kleine letters',
          text: example(['# Samenwerking met de JGZ', '', 'We werken samen.']),
          expected: [reason('JGZ')]
        }
      ]
    }
  },
  (model, context) => {
    const tables = tableDefinitions(context.file)
    const terms = (model.begrippen ?? []).map((b) => b.term)
    const defined = new Set([...terms.flatMap((t) => definedByTerm(t)), ...tables])
    const gemeente = (model.document.gemeente ?? '').trim()
    // Places the plan writes as places (`in Zuidoost-Achterland`, `de regio Noorderkempen`): like the
    // municipality's own name, letters before one open the name of a local or regional body.
    const places = new Set(writtenTexts(model).flatMap(({ text }) => placesIn(text)).map((p) => p.toLowerCase()))
    // In document order, so the message lands on the first use.
    const texts = writtenTexts(model)
      .filter(({ pointer }) => !/^\/begrippen\/\d+\/term$/.test(pointer))
      .map((t) => ({ ...t, at: context.file.locate(t.pointer), tokens: tokenize(t.text) }))
      .sort((a, b) => (a.at?.file ?? '').localeCompare(b.at?.file ?? '') || (a.at?.start.offset ?? 0) - (b.at?.start.offset ?? 0))
    // One pass: words written in small letters, and every place that explains an abbreviation.
    const plain = new Set<string>()
    // Abbreviations a text opens by spelling out (`- CJG: Centrum voor Jeugd en Gezin`, `**BRP** – …`):
    // entries of a list of abbreviations written as a list or paragraphs rather than a table.
    const entries = new Set<string>()
    for (const { text, tokens } of texts) {
      for (const token of tokens) {
        const word = abbreviationOf(token.text)
        if (token.text !== token.text.toUpperCase() && word === undefined && !shortenedWithPeriod(text, token)) plain.add(token.text.toLowerCase())
        if (word === undefined || defined.has(word)) continue
        const end = token.index + token.text.length
        if (expandedAfter(text, end, word) && /(?:^|\n)[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?[*_`]*$/.test(text.slice(0, token.index))) entries.add(word)
        if (expandedAfter(text, end, word) || expandedBefore(text, token.index, word) || spelledNearby(text, end, word)) defined.add(word)
      }
    }
    // A plan with its own list of abbreviations promises them all there, well-known ones too.
    const known = keepsOwnList(terms, new Set([...tables, ...entries]), context.file.sources.map((source) => String(source.value ?? ''))) ? everydayLetters : defaultIgnore
    const ignore = new Set([...known, ...placeholderWords, ...((context.options.ignore as string[] | undefined) ?? [])].map((w) => w.toUpperCase()))
    const seen = new Set<string>()
    for (const { pointer, text, tokens, at } of texts) {
      // A title or cell in capitals has no abbreviations to tell apart.
      if (!/\p{Ll}/u.test(text)) continue
      // In a heading a long word in capitals is emphasis (`Samen VERDER`), not an abbreviation. The
      // title of an item the reader made of a list item (`- De jaarlijkse ENSIA-toets …`) is a sentence.
      const heading = /\/(?:titel|korteTitel)$/.test(pointer) && !onListLine(context.file, at)
      // The token last reported: `POH-GGZ` is one abbreviation, reported once at its first part.
      let reported = -1
      tokens.forEach((token, i) => {
        const word = abbreviationOf(token.text)
        if (word === undefined || seen.has(word) || ignore.has(word) || emphasis.has(word) || (heading && word.length >= 5)) return
        if (isPlainWord(word, plain) || readsAsWord(word) || shouting(text, tokens, i, plain) || nameOrCode(text, token, gemeente, places)) return
        seen.add(word)
        const previous = tokens[i - 1]
        const joined = previous !== undefined && reported === i - 1 && text.slice(previous.index + previous.text.length, token.index) === '-'
        if (defined.has(word) || joined) return
        reported = i
        // As written: `Wmo`, not its key `WMO`.
        const written = token.text.slice(0, word.length)
        const location = textLocation(context.file, pointer, text, token.index, token.text.length)
        // A capital and small letters (`Wkb`, `Wnb`) is mostly the short name of a law or decree: letters
        // to explain like `RvA` or `GGz`. Only a law every reader of the field knows is a remark.
        const known = /^\p{Lu}\p{Ll}+$/u.test(written) && fieldLaws.has(word)
        context.report(reason(written), { pointer, ...(location ? { location } : {}), actual: written, ...(known ? { info: true } : {}) })
      })
    }
  }
)

// Whether a text stands on a line of a bulleted or numbered list in its source.
function onListLine(file: PlanFile, at: SourceLocation | undefined): boolean {
  const source = at ? sourceText(file, at.file) : undefined
  const offset = at?.start.offset
  if (source === undefined || offset === undefined) return false
  return LIST_LINE.test(source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset + 1))
}
const LIST_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/u

// A word shortened with a period inside a sentence (`okt. 2027`, `ca. 40`, `bijv. de`): the period
// goes on with a number or a small letter, so it ends no sentence. Written so, the letters are no
// plain word that makes the same letters in capitals a word too (`OKT-medewerkers`).
function shortenedWithPeriod(text: string, token: Token): boolean {
  return /^\.[ \t]+[\p{Ll}\d]/u.test(text.slice(token.index + token.text.length, token.index + token.text.length + 4))
}

// A common word in capitals (`GEEN`, `WAAROM`) that the plan also writes in small letters.
function isPlainWord(word: string, plain: Set<string>): boolean {
  return plain.has(word.toLowerCase())
}

// A word next to a common word in capitals: a phrase in capitals (`MONITOR EN STUUR`). A part
// joined by a hyphen is no neighbour in a phrase but the other half of a compound abbreviation
// (`KBL-HBO`, where `hbo` is written small elsewhere): that half says nothing about this one.
function shouting(text: string, tokens: Token[], i: number, plain: Set<string>): boolean {
  const caps = (t: Token | undefined): boolean => t !== undefined && t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text) && plain.has(t.text.toLowerCase())
  const apart = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && text.slice(a.index + a.text.length, b.index) !== '-'
  return (caps(tokens[i - 1]) && apart(tokens[i - 1], tokens[i])) || (caps(tokens[i + 1]) && apart(tokens[i], tokens[i + 1]))
}

// Words for a body or an undertaking, also at the end of a compound (`Energiecoöperatie`).
const bodyBefore = /(?:co[öo]peratie|stichting|vereniging|bedrijf|project|programma|campagne|platform|netwerk|fonds|collectief)\s+$/iu

// Part of a name (`ABC Advies`, not after an article), a unit after a number (`12 MW`) or a postcode (`1234 AB`). Before
// the municipality's own name (`RSD Veldhoorn`) or a place the plan names (`VRD Zuidoost-Achterland`) the letters open
// the name of a local or regional body: still letters.
function nameOrCode(text: string, token: Token, gemeente: string, places: Set<string>): boolean {
  const end = token.index + token.text.length
  const local =
    (gemeente !== '' && text.slice(end + 1, end + 1 + gemeente.length).toLowerCase() === gemeente.toLowerCase() && !/^\p{L}/u.test(text.slice(end + 1 + gemeente.length))) ||
    places.has(/^ ([\p{L}-]+)/u.exec(text.slice(end, end + 60))?.[1]?.toLowerCase() ?? '')
  // After an article the letters are a noun with its subject after them (`het RBO Jeugd`, `de
  // BDU Verkeer`), not the start of a company name (`KWB Advies`): still letters.
  const articled = /(?:^|\s)(?:de|het|een|dit|deze|ons|onze)\s+$/iu.test(text.slice(Math.max(0, token.index - 8), token.index))
  if (/^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !local && !articled) return true
  // The name in capitals of what the word before says it is (`Energiecoöperatie WINDKRACHT`): a word, not letters.
  const before = text.slice(Math.max(0, token.index - 30), token.index)
  if ((bodyBefore.test(before) && readable(token.text)) || namedAfterNoun(before, token.text)) return true
  // A grade or level after the word for it (`toegankelijkheidsniveau AAA`, `energielabel B`, `klasse C`): a value, not letters to explain.
  if (/(?:niveau|label|klasse|categorie|type|schaal)\s+$/iu.test(text.slice(Math.max(0, token.index - 20), token.index))) return true
  // After a number the letters are a unit or a code (`12 MW`, `1234 AB`), unless they open a compound
  // on a noun (`12 DLK-zuilen`): a unit names no thing, the letters do.
  const letters = abbreviationOf(token.text) ?? token.text
  const compound = /^-\p{Ll}{3,}/u.test(text.slice(token.index + letters.length, token.index + letters.length + 5))
  return /\d ?$/.test(text.slice(Math.max(0, token.index - 2), token.index)) && !compound
}

// A capitalised name after `in`, `regio`, `provincie` or `gemeente(n)`: a place.
function placesIn(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}])(?:in|regio|provincie|gemeenten?)[ \t]+(?:(?:de|het)[ \t]+)?(\p{Lu}\p{Ll}[\p{L}-]*\p{L})/gu)].map((m) => m[1] ?? '')
}
