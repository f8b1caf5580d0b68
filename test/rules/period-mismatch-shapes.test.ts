import { describe, expect, it } from 'vitest'
import { periodMismatch } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/**
 * The period of the plan by its SHAPE and PLACE rather than by a fixed phrase: a sentence broken
 * over two source lines, a range bound to the plan's own name (the kind noun of its title), the
 * nearest owner of a range rather than any noun somewhere in the sentence, the plan as the
 * subject with any verb, and a title naming another document. The harness plan is
 * "Uitvoeringsprogramma Samen Verder 2026-2029" with `periode: 2026-2029`.
 */
const defects: DefectWording[] = [
  // A hard-wrapped paragraph: the source breaks the sentence between the plan and its years.
  ['planperiode, jaren op de volgende regel', ['# Inleiding', '', 'De gemeente zet in de hele planperiode', '2026-2030 in op preventie en vroeg signaleren.'], '2026-2030'],
  ['looptijd afgebroken in een lange alinea', ['# Aanpak', '', 'We werken samen met scholen en huisartsen. Dit uitvoeringsprogramma loopt van', '2026 tot en met 2030 en wordt elk jaar bijgesteld.'], '2026 tot en met 2030'],
  ['afgebroken zin in een opsommingspunt', ['# Kenmerken', '', '- Het uitvoeringsprogramma bestrijkt de jaren', '  2025-2029 en telt vier sporen.'], '2025-2029'],
  // The plan's own kind noun (from its title) with years attached, wherever the sentence goes on.
  ['eigen naam met jaren in een zin over de raadsperiode', ['# Wettelijk kader', '', 'Voor de volledige raadsperiode legt het college de doelen vast in het uitvoeringsprogramma 2025-2028.'], '2025-2028'],
  ['looptijd van het eigen programma tussen haakjes, in een zin over de begroting', ['# Financiën', '', 'Het geld staat in de begroting: € 1,2 miljoen voor de looptijd van het uitvoeringsprogramma (2026-2030).'], '2026-2030'],
  ['eigen naam met jaren in een tabelcel', ['# Overzicht', '', '| Onderdeel | Toelichting |', '|---|---|', '| Kader | Uitvoeringsprogramma 2026-2030, vastgesteld door de raad |'], '2026-2030'],
  ['met de gemeente tussen het plan en zijn jaren', ['# Inleiding', '', 'Met dit stuk presenteren wij het uitvoeringsprogramma van de gemeente Veldhoorn voor de periode 2026 tot en met 2030.'], '2026 tot en met 2030'],
  // The nearest owner of the range decides, not any noun elsewhere in the sentence.
  ['dit programma maakt van de visie maatregelen voor een periode', ['# Inleiding', '', 'Dit uitvoeringsprogramma maakt van de omgevingsvisie een lijst met maatregelen voor de periode 2026-2030.'], '2026-2030'],
  ['deze nota, met een akkoord als voorwerp', ['# Aanleiding', '', 'Deze nota vertaalt het coalitieakkoord naar maatregelen voor de jaren 2025 tot en met 2029.'], '2025 tot en met 2029'],
  ['dit plan, met een regeling in de zin', ['- Dit plan zet de regeling om in concrete stappen voor de periode 2026-2031.'], '2026-2031'],
  // The plan as subject with any verb.
  ['het programma strekt zich uit over jaren', ['# Inleiding', '', 'Het programma strekt zich uit over de jaren 2026 tot en met 2030.'], '2026 tot en met 2030'],
  ['het uitvoeringsprogramma is ingericht op jaren', ['# Inleiding', '', 'Het uitvoeringsprogramma is ingericht op de jaren 2027-2030 en kent vier sporen.'], '2027-2030'],
  ['het programma is gemaakt voor een duur', ['# Inleiding', '', 'Het programma is uitgewerkt voor drie jaar.'], 'drie jaar'],
  // Other notations of the same period: a label row of a table, a list of years, a date end, a start.
  ['periode als rij van een kenmerkentabel', ['# Kenmerken', '', '| Kenmerk | Waarde |', '|---|---|', '| Periode | 2026 t/m 2030 |'], '2026 t/m 2030'],
  ['planperiode als kopregel van een tabel', ['# Kenmerken', '', '| Planperiode | 2025 – 2029 |', '|---|---|', '| Trekker | team Jeugd |'], '2025 – 2029'],
  ['een opsomming van jaren', ['# Inleiding', '', 'Dit programma geldt voor de jaren 2026, 2027, 2028, 2029 en 2030.'], '2026, 2027, 2028, 2029 en 2030'],
  ['jaren opgesomd in een lijstpunt', ['- Het uitvoeringsprogramma bestrijkt de kalenderjaren 2027, 2028 en 2029.'], '2027, 2028 en 2029'],
  ['tot 1 januari als einde', ['# Inleiding', '', 'Dit programma betreft de periode 1 januari 2026 tot 1 januari 2031.'], '1 januari 2026 tot 1 januari 2031'],
  ['geldt vanaf een ander beginjaar', ['# Inleiding', '', 'Het uitvoeringsprogramma geldt vanaf 2027.'], 'geldt vanaf 2027'],
  // After real forms: a programme card with the label in two words, a nota's reach in years.
  ['programmaperiode in twee woorden op een eigen regel', ['# Programmakaart', '', 'Programma periode', '2026 - 2030', '', 'Versie 1.0'], '2026 - 2030'],
  ['plan periode in twee woorden in een zin', ['# Inleiding', '', 'Voor de plan periode 2025-2029 kiezen we vier speerpunten.'], '2025-2029'],
  ['reikwijdte in jaren', ['# Inleiding', '', 'Deze nota heeft een reikwijdte van vijf jaar.'], 'vijf jaar'],
  // Headings and captions: the plan's own noun with years that share neither end of the period.
  ['kop met het eigen soortwoord', ['## Het uitvoeringsprogramma 2025-2028 in het kort', '', 'Vier sporen, één doel.'], '2025-2028'],
  ['bijschrift met het eigen soortwoord', ['# Acties', '', 'Tabel 2. Acties van het uitvoeringsprogramma 2027-2030', '', '| Actie | Trekker |', '|---|---|', '| Buurtkamers | team Wijk |'], '2027-2030'],
  ['kop in een lijst van het plan zelf', ['# Opbouw', '', 'Tabel 1. Uitvoeringsprogramma (2025 t/m 2028) per spoor', '', '| Spoor | Acties |', '|---|---|', '| Wonen | 6 |'], '2025 t/m 2028'],
  ['treedt in werking in een ander jaar', ['# Slot', '', 'Dit programma treedt in werking per 1 januari 2025.'], 'treedt in werking per 1 januari 2025']
]

const clean: CleanWording[] = [
  // Wrapped lines that stay separate statements.
  ['lijstpunten op twee regels', ['# Inleiding', '', '- De planperiode is 2026-2029', '- De woonvisie loopt tot 2032'],],
  ['kop gevolgd door een tekstregel', ['# Planperiode', '', 'De planperiode is 2026 tot en met 2029.', 'De visie kijkt verder vooruit, tot 2040.']],
  ['afgebroken zin over de vorige nota', ['# Aanleiding', '', 'Het vorige uitvoeringsprogramma liep van', '2021 tot en met 2025 en is geëvalueerd.']],
  // The own kind noun, but another document of that kind.
  ['vorig programma van dezelfde soort', ['# Aanleiding', '', 'Het vorige uitvoeringsprogramma 2022-2025 is in 2025 geëvalueerd.']],
  ['volgend programma zonder overlap', ['# Vooruitblik', '', 'In 2029 bereiden we het uitvoeringsprogramma 2030-2033 voor.']],
  ['landelijk programma van dezelfde soort', ['# Kader', '', 'Het landelijke uitvoeringsprogramma 2024-2030 stelt eisen aan gemeenten.']],
  ['genoemd programma met een eigen naam', ['# Kader', '', 'Het programma Kansrijke Start loopt van 2025 tot en met 2030 en wordt door het Rijk betaald.']],
  ['programma met een afkorting ervoor', ['# Onderwijs', '', 'Ook het JOGG-programma geldt tot en met 2028.']],
  // The nearest owner is another thing.
  ['visie met jaren als voorwerp', ['# Inleiding', '', 'Dit uitvoeringsprogramma werkt de Omgevingsvisie 2022-2040 uit in acties.']],
  ['prognose in een bijzin', ['# Opgave', '', 'Dit uitvoeringsprogramma laat zien hoe het aantal ouderen groeit in de periode 2026-2040.']],
  ['subsidie met een periode als voorwerp', ['# Financiën', '', 'Dit programma gebruikt de rijkssubsidie voor de periode 2024-2027.']],
  ['de gemeentelijke begroting met meerjarenraming', ['# Financiën', '', 'De begroting 2026 en de meerjarenraming 2027-2029 bevatten de middelen voor dit programma.']],
  // The plan as subject, other things' years.
  ['het programma vervangt een oude nota', ['# Inleiding', '', 'Het programma vervangt de nota Samen Wonen 2019-2022.']],
  ['het programma met dezelfde looptijd', ['# Inleiding', '', 'Het programma strekt zich uit over de jaren 2026 tot en met 2029.']],
  ['het programma duurde vroeger anders', ['# Aanleiding', '', 'Het programma was eerst bedoeld voor de jaren 2024-2027, maar is uitgesteld.']],
  // School years, label rows of another thing, lists and ends that fit.
  ['een schooljaar met twee jaartallen', ['# Onderwijs', '', 'Dit programma start in schooljaar 2026-2027 met vier scholen.']],
  ['schooljaren als reeks', ['# Onderwijs', '', 'Het programma bestrijkt de schooljaren 2026-2027 tot en met 2028-2029.']],
  ['een seizoen in een tabelcel', ['# Sport', '', '| Actie | Wanneer |', '|---|---|', '| Dit programma opent de sporthal | seizoen 2027–28 |']],
  ['periode van de subsidie als tabelrij', ['# Middelen', '', '| Subsidie | Periode |', '|---|---|', '| Periode subsidie | 2024-2027 |']],
  ['een tabel met een periodekolom', ['# Planning', '', '| Periode | Actie |', '|---|---|', '| 2026-2027 | Werving van vrijwilligers |']],
  ['jaren opgesomd die kloppen', ['# Inleiding', '', 'Dit programma geldt voor de jaren 2026, 2027, 2028 en 2029.']],
  ['jaren die geen reeks zijn', ['# Inleiding', '', 'Dit programma organiseert in de jaren 2026, 2028 en 2031 een grote conferentie.']],
  ['tot 1 januari die klopt', ['# Inleiding', '', 'Dit programma loopt van 1 januari 2026 tot 1 januari 2030.']],
  ['reikwijdte van het beleid in de ruimte', ['# Inleiding', '', 'De reikwijdte van deze nota is het hele grondgebied van de gemeente.']],
  ['programma periode die klopt', ['# Programmakaart', '', 'Programma periode', '2026 - 2029']],
  ['kop over het volgende programma', ['## Het uitvoeringsprogramma 2030-2033 in voorbereiding', '', 'In 2029 starten we de voorbereiding.']],
  ['kop met een terugblik', ['## Terugblik op het uitvoeringsprogramma 2022-2025', '', 'Het vorige programma is afgerond.']],
  ['bijschrift van een landelijk programma', ['# Kader', '', 'Tabel 3. Middelen uit het landelijke programma 2023-2027', '', '| Post | Bedrag |', '|---|---|', '| Rijk | € 10.000 |']],
  ['geldt vanaf het juiste jaar', ['# Inleiding', '', 'Het uitvoeringsprogramma geldt vanaf 2026.']]
]

describeWordings(periodMismatch, defects, clean)

/** A plan with its own title and period, to read the kind noun of the title. */
function titled(titel: string, periode: string, body: string[], fields: string[] = []): string {
  return ['---', 'gemeente: Ommerdijk', `titel: ${titel}`, 'soort: beleidskader', `periode: ${periode}`, 'status: concept', ...fields, '---', '', ...body, ''].join('\n')
}

const ownKind: Array<[string, string, string, string[], string | undefined]> = [
  ['een akkoord dat zichzelf akkoord noemt', 'Regionaal zorgakkoord Ommerdijk 2027-2030', '2027-2030', ['# Inleiding', '', 'Het akkoord beslaat de jaren 2027 tot en met 2031; daarna volgt een evaluatie.'], '2027 tot en met 2031'],
  ['een erfgoednota met de naam van de gemeente ertussen', 'Erfgoednota Ommerdijk 2027-2030', '2027-2030', ['# Besluit', '', 'De raad stelt de erfgoednota van de gemeente Ommerdijk 2027-2031 vast.'], '2027-2031'],
  ['een veiligheidsplan bij zijn eigen soortnaam', 'Integraal veiligheidsplan Ommerdijk 2027-2030', '2027-2030', ['# Kader', '', 'Het veiligheidsplan 2026-2029 bevat vijf prioriteiten voor wijken en buitengebied.'], '2026-2029'],
  ['de eigen soortnaam, het vorige plan', 'Integraal veiligheidsplan Ommerdijk 2027-2030', '2027-2030', ['# Kader', '', 'Het veiligheidsplan 2023-2026 is eind 2026 afgelopen.'], undefined],
  ['een akkoord dat een ander akkoord noemt', 'Regionaal zorgakkoord Ommerdijk 2027-2030', '2027-2030', ['# Inleiding', '', 'Het Integraal Zorgakkoord loopt tot en met 2028.'], undefined],
  ['de meerjarenraming van een begroting met een ander eindjaar', 'Programmabegroting 2027-2030', '2027-2030', ['# Financiën', '', 'De meerjarenraming 2027-2029 gaat uit van 40 extra leerlingen per jaar.'], '2027-2029'],
  ['de meerjarenraming na het begrotingsjaar', 'Programmabegroting 2027-2030', '2027-2030', ['# Financiën', '', 'De meerjarenraming 2028-2030 sluit met een klein overschot.'], undefined],
  ['een ondertitel die een ander document met jaren noemt', 'Woonprogramma Ommerdijk 2025-2028', '2025-2028', ['# Inleiding', '', 'Wonen is een basisbehoefte.'], undefined]
]

describe('period-mismatch own kind noun of the title', () => {
  it.each(ownKind)('should handle %s', async (_name, titel, periode, body, words) => {
    const fields = _name.includes('ondertitel') ? ['ondertitel: Uitwerking van de Woonvisie Ommerdijk 2022-2032'] : []
    const file = await checkMarkdown(periodMismatch, titled(titel, periode, body, fields))
    const reasons = file.messages.filter((m) => m.ruleId === 'period-mismatch').map((m) => m.reason)
    if (words === undefined) expect(reasons).toEqual([])
    else {
      expect(reasons).toHaveLength(1)
      expect(reasons[0]).toContain(words)
    }
  })
})

// A duration that is an attribute of the plan ("dit vierjarige kader", "het kader is vierjarig") is a
// claim about the document and must match the five calendar years of `2026-2030`; a looser adverbial
// ("de komende vier jaar", "vier jaar lang") may mean a raadsperiode of four years within them.
const durations: Array<[string, string[], string | undefined]> = [
  ['een vierjarig kader bij vijf kalenderjaren', ['# Inleiding', '', 'Met dit vierjarige beleidskader kiest de gemeente voor meer inheemse bomen.'], 'vierjarige'],
  ['een kader dat vierjarig is', ['# Inleiding', '', 'Wij bouwen aan een groene gemeente. Het beleidskader is vierjarig.'], 'vierjarig'],
  ['een 4-jarig kader in een opsomming', ['# Kenmerken', '', '- Dit 4-jarige kader geldt voor parken en plantsoenen.'], '4-jarige'],
  ['de komende vier jaar in de inleiding', ['# Inleiding', '', 'De komende vier jaar werken we aan meer bomen in de wijken.'], undefined],
  ['vier jaar lang', ['# Inleiding', '', 'Dit beleidskader geeft vier jaar lang richting aan het groenbeheer.'], undefined],
  ['een vijfjarig kader', ['# Inleiding', '', 'Met dit vijfjarige beleidskader kiest de gemeente voor meer inheemse bomen.'], undefined],
  ['een vierjarige subsidie', ['# Middelen', '', 'De provinciale subsidie is vierjarig.'], undefined]
]

describe('period-mismatch durations of a five-year period', () => {
  it.each(durations)('should handle %s', async (_name, body, words) => {
    const file = await checkMarkdown(periodMismatch, titled('Beleidskader Bomen en groen 2026-2030', '2026-2030', body))
    const reasons = file.messages.filter((m) => m.ruleId === 'period-mismatch').map((m) => m.reason)
    if (words === undefined) expect(reasons).toEqual([])
    else {
      expect(reasons).toHaveLength(1)
      expect(reasons[0]).toContain(`\`${words}\``)
    }
  })
})
