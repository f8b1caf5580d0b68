import { staleStatement } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 causes, fresh wordings (other nouns, moments and places: prose, a list item, a wrapped
// paragraph). The document is adopted on 14 oktober 2025.
// 1. An aside in brackets (an abbreviation) split the future verb from its moment.
// 2. A hard-wrapped sentence was read line by line.
// 3. `naar verwachting` forecasts like `zal`.
// 4. A passive present (`wordt … verbouwd`) with a moment announces, whatever the participle.
// 5. A year that names a document (`Woonvisie 2030`, `de jeugdmonitor 2025`) is no moment.
// 6. A moment, a present verb and `we`: "In juni 2025 bezoeken we …" announces.
const adopted = ['Vastgesteld door de gemeenteraad op 14 oktober 2025.', '']
const said = (heading: string, ...lines: string[]): string[] => [...adopted, `# ${heading}`, '', ...lines]

const defects: DefectWording[] = [
  // 1
  ['future with an abbreviation between brackets', said('Armoede', 'Het college zal de Nota Minimabeleid (NMB) in het voorjaar van 2025 aan de raad voorleggen.'), 'voorjaar van 2025'],
  ['gaan with an expansion between brackets', said('Onderwijs', 'De gemeente gaat het huisvestingsplan (IHP) in juni 2025 actualiseren.'), 'juni 2025'],
  ['a list item with brackets', said('Energie', '- De regio zal de energiestrategie (RES) medio 2025 vaststellen;', '- de gemeente stelt een warmteplan op.'), 'medio 2025'],
  // 2
  ['zal on one line, the moment on the next', said('Regels', 'De gemeenteraad zal de nieuwe', 'verordening in mei 2025 vaststellen.'), 'mei 2025'],
  ['gaan wrapped over three lines', said('Wijken', 'Wij gaan het aantal wijkteams in het', 'voorjaar van 2025 uitbreiden met twee', 'coaches.'), 'voorjaar van 2025'],
  ['the moment wrapped away from uiterlijk', said('Sport', 'Het college zal uiterlijk', 'eind augustus 2025 een voorstel doen voor de ijsbaan.'), 'augustus 2025'],
  // 3
  ['naar verwachting with a verb of no list', said('Inkomen', 'Het Rijk maakt de nieuwe normbedragen naar verwachting in april 2025 bekend.'), 'april 2025'],
  ['naar verwachting with a state', said('Onderwijs', 'Naar verwachting is de brede school in de zomer van 2025 klaar voor gebruik.'), 'zomer van 2025'],
  ['naar verwachting in a list item', said('Zorg', '- de uitkomsten van de regionale inkoop liggen naar verwachting begin 2025 op tafel;', '- daarna kiezen we de aanbieders.'), 'begin 2025'],
  // 4
  ['a passive present with opengesteld', said('Spelen', 'De nieuwe speeltuin aan de Beukenlaan wordt in april 2025 opengesteld.'), 'april 2025'],
  ['a passive present with verbouwd', said('Accommodaties', 'Het wijkcentrum De Schakel wordt in het tweede kwartaal van 2025 verbouwd, samen met de bibliotheek.'), 'tweede kwartaal van 2025'],
  ['a passive list item with samengevoegd', said('Scholen', '- de twee basisscholen in het dorp worden in de zomer van 2025 samengevoegd;', '- de opvang verhuist mee.'), 'zomer van 2025'],
  // 5
  ['a monitor named by its year', said('Gezondheid', 'De cijfers van de Gezondheidsmonitor 2025 verwachten we in juli 2025.'), 'juli 2025'],
  ['a vision named after a later year', said('Wonen', 'Het college legt de Woonvisie 2030 in het voorjaar van 2025 aan de raad voor.'), 'voorjaar van 2025'],
  ['a budget named by the next year', said('Financiën', 'De begroting 2026 zal het college in september 2025 aanbieden.'), 'september 2025'],
  // 6
  ['a visit announced with we', said('Verenigingen', 'In juni 2025 bezoeken we alle sportverenigingen om de nieuwe subsidieregels toe te lichten.'), 'juni 2025'],
  ['a letter announced with wij', said('Mantelzorg', 'Begin 2025 schrijven wij alle bekende mantelzorgers aan.'), 'Begin 2025'],
  ['meetings held with we', said('Economie', 'In het voorjaar van 2025 houden we vier ronde tafels met winkeliers over de binnenstad.'), 'voorjaar van 2025']
]

const clean: CleanWording[] = [
  // 1
  ['brackets after the document', said('Armoede', 'Het college zal de Nota Minimabeleid (NMB) in het voorjaar van 2026 aan de raad voorleggen.')],
  ['a perfect tense with brackets', said('Verkeer', 'De provincie heeft het mobiliteitsprogramma (RMP) in het voorjaar van 2025 vastgesteld.')],
  ['a bracket with its own past year', said('Regels', 'De raad zal de verordening (vastgesteld in maart 2023) in 2026 herzien.')],
  // 2
  ['a wrapped perfect tense', said('Regels', 'De gemeenteraad heeft de nieuwe', 'verordening in mei 2025 vastgesteld.')],
  ['a wrapped future after the document', said('Wijken', 'Wij gaan het aantal wijkteams in het', 'najaar van 2026 uitbreiden.')],
  ['wrapped lines of a list', said('Wijken', '- In mei 2025 zijn de wijkteams gestart', '- we zullen ze uitbreiden')],
  // 3
  ['naar verwachting to a later year', said('Wonen', 'Het aantal huishoudens groeit naar verwachting tot 2030 met 600.')],
  ['naar verwachting in the past tense', said('Inkomen', 'In 2024 viel de uitkering lager uit dan naar verwachting.')],
  ['naar verwachting about a later moment', said('Zorg', 'Naar verwachting stijgt het aantal ouderen in 2027 verder.')],
  // 4
  ['a passive perfect', said('Accommodaties', 'Het wijkcentrum is in het voorjaar van 2025 verbouwd.')],
  ['a passive after the document', said('Accommodaties', 'Het wijkcentrum wordt in het voorjaar van 2026 verbouwd.')],
  ['a passive share of a year', said('Energie', 'In 2024 wordt 35 procent van de woningen verwarmd met aardgas.')],
  // 5
  ['a named monitor expected later', said('Gezondheid', 'De cijfers van de Gezondheidsmonitor 2025 verwachten we in december 2025.')],
  ['a named vision adopted earlier', said('Wonen', 'De Woonvisie 2030 is in het voorjaar van 2025 door de raad vastgesteld.')],
  ['a year in a plan name with a later moment', said('Financiën', 'De begroting 2025 zal het college in 2026 evalueren.')],
  // 6
  ['a past tense with we', said('Verenigingen', 'In juni 2025 bezochten we alle sportverenigingen.')],
  ['an observation with we', said('Jeugd', 'In 2024 zien we een daling van het aantal jeugdhulptrajecten.')],
  ['a perfect with we', said('Mantelzorg', 'Begin 2025 hebben wij alle bekende mantelzorgers aangeschreven.')],
  ['meetings held after the document', said('Economie', 'In het voorjaar van 2026 houden we vier ronde tafels met winkeliers.')],
  ['a strong past with we', said('Mantelzorg', 'In het voorjaar van 2025 spraken we met veertig mantelzorgers in het buurthuis.')],
  ['a strong past with a decision', said('Sport', 'In februari 2025 nam het college het besluit over de subsidie voor de ijsbaan.')],
  ['a reference day for a distribution', said('Financiën', 'De rijksbijdrage verdelen we over de kernen naar het aantal inwoners op 1 januari 2025.')],
  ['a definition with we and a past year', said('Begrippen', 'Met decentralisatie bedoelen we de overdracht van taken naar gemeenten in 2015.')]
]

describeWordings(staleStatement, defects, clean)

describe('stale-statement on a wrapped sentence', () => {
  it('should point at the line of the outdated moment', async () => {
    const file = await checkMarkdown(staleStatement, wordingsPlan(said('Regels', 'De nieuwe verordening voor de', 'kinderopvang treedt naar verwachting in maart 2025', 'in werking.')))
    expect(file.messages.map((m) => [m.line, m.reason.slice(0, 40)])).toEqual([[14, 'Uitspraak `De nieuwe verordening voor de']])
  })
})
