// Base claims for the robustness battery of sums, differences and changes (hrob25c1): each a
// template with its operands and result as slots, so that transformations that keep the meaning
// can be applied to the wrong form (one digit off) and its look-alike (the numbers hold) alike.
//
// Template syntax: `head` is `subject|verb|rest` (so a sentence can be inverted), `tail` the part
// after the separator `p`. `{A}`, `{B}` are operands, `{C}` the result; `{A:n}` carries the
// base's noun by default. With `claimFirst` the result stands in the head and the operands in the tail.

export type Kind = 'sum' | 'change' | 'diff' | 'rest'

export interface Base {
  id: string
  kind: Kind
  euro: boolean
  noun?: string
  a: number
  b: number
  /** The result as written in the wrong form (one digit off). */
  wrong: number
  /** The result that holds. */
  right: number
  head: string
  tail: string
  /** The separator between head and tail in the plain form. */
  p: string
  claimFirst?: boolean
  /** The parts as list items under a lead-in, for sums and rests. */
  lead?: string
  items?: string[]
  /** Sentences (or lines) before the claim, e.g. a table it names. */
  context?: string[]
  /** The claim after its numbers instead of before (or the other way round), and a passive form. */
  flip?: string
  passive?: string
  /** Only these groups of transformations apply (a base whose operands are table rows). */
  only?: string[]
  /** Direction word of a change (stijging, afname …) for the split form. */
  word?: string
}

const wijken = ['| Wijk | Deelnemers 2024 | Deelnemers 2025 |', '|---|---:|---:|', '| Noord | 214 | 236 |', '| Oost | 178 | 171 |', '| Zuid | 305 | 342 |', '']
const fasen = ['| Fase | Kosten |', '|---|---:|', '| Fase 1 | € 1.240.000 |', '| Fase 2 | € 860.000 |', '| Fase 3 | € 415.000 |', '']

export const bases: Base[] = [
  // Sums.
  { id: 's1 buurthuizen', kind: 'sum', euro: true, a: 46_500, b: 31_200, wrong: 87_700, right: 77_700, head: 'De gemeente|trekt|{A} uit voor de buurthuizen en {B} voor de speeltuinen', p: ', ', tail: 'in totaal {C}', lead: 'De gemeente trekt geld uit voor:', items: ['de buurthuizen: {A}', 'de speeltuinen: {B}'], flip: 'In totaal trekt de gemeente {C} uit: {A} voor de buurthuizen en {B} voor de speeltuinen', passive: 'Er wordt {A} uitgetrokken voor de buurthuizen en {B} voor de speeltuinen, in totaal {C}' },
  { id: 's2 rijk provincie', kind: 'sum', euro: true, a: 620_000, b: 385_000, wrong: 1_105_000, right: 1_005_000, head: 'Het Rijk|draagt|{A} bij en de provincie {B}', p: '; ', tail: 'samen is dat {C}', flip: 'Samen dragen Rijk en provincie {C} bij: het Rijk {A} en de provincie {B}', passive: 'Door het Rijk wordt {A} bijgedragen en door de provincie {B}, samen {C}' },
  { id: 's3 deelnemers wijken', kind: 'sum', euro: false, noun: 'deelnemers', a: 214, b: 178, wrong: 412, right: 392, head: 'De cursus|trok|{A:n} in Noord en {B:n} in Zuid', p: ', ', tail: 'samen {C:n}', lead: 'De cursus trok:', items: ['{A:n} in Noord', '{B:n} in Zuid'], flip: 'De cursus trok samen {C:n}: {A:n} in Noord en {B:n} in Zuid' },
  { id: 's4 meldingen', kind: 'sum', euro: false, noun: 'meldingen', a: 1_346, b: 872, wrong: 2_318, right: 2_218, head: 'Het meldpunt|ontving|{A:n} over afval en {B:n} over verlichting', p: ', ', tail: 'opgeteld {C:n}', flip: 'Het meldpunt ontving opgeteld {C:n}, {A:n} over afval en {B:n} over verlichting' },
  { id: 's5 fase 1 en 2', kind: 'sum', euro: true, a: 1_240_000, b: 860_000, wrong: 2_200_000, right: 2_100_000, head: 'Fase 1|kost|{A} en fase 2 {B}', p: ', ', tail: 'gezamenlijk {C}', lead: 'De kosten per fase:', items: ['fase 1: {A}', 'fase 2: {B}'], flip: 'De twee fasen kosten gezamenlijk {C}: fase 1 {A} en fase 2 {B}' },
  { id: 's6 woningen', kind: 'sum', euro: false, noun: 'woningen', a: 340, b: 415, wrong: 785, right: 755, head: 'We|bouwen|{A:n} in Veldhoorn-Oost en {B:n} in het centrum', p: ', ', tail: 'in totaal {C:n}', flip: 'We bouwen in totaal {C:n}: {A:n} in Veldhoorn-Oost en {B:n} in het centrum', passive: 'Er worden {A:n} gebouwd in Veldhoorn-Oost en {B:n} in het centrum, in totaal {C:n}' },
  { id: 's7 subsidie drie', kind: 'sum', euro: true, a: 18_400, b: 27_900, wrong: 56_300, right: 46_300, head: 'De muziekschool|krijgt|{A} en het theater {B}', p: ', ', tail: 'bij elkaar {C}', flip: 'Bij elkaar gaat er {C} naar cultuur: {A} naar de muziekschool en {B} naar het theater' },
  { id: 's8 bomen', kind: 'sum', euro: false, noun: 'bomen', a: 1_250, b: 780, wrong: 2_130, right: 2_030, head: 'De gemeente|plant|{A:n} langs wegen en {B:n} in parken', p: ', ', tail: 'samen {C:n}', lead: 'We planten:', items: ['{A:n} langs wegen', '{B:n} in parken'] },
  // Changes.
  { id: 'c1 subsidie', kind: 'change', euro: true, word: 'stijging', a: 240_000, b: 265_000, wrong: 35_000, right: 25_000, head: 'De subsidie|gaat|van {A} naar {B}', p: ', ', tail: 'een stijging van {C}', flip: 'De subsidie stijgt met {C}, van {A} naar {B}', passive: 'De subsidie wordt verhoogd van {A} naar {B}, een stijging van {C}' },
  { id: 'c2 leerlingen', kind: 'change', euro: false, noun: 'leerlingen', word: 'daling', a: 1_180, b: 1_045, wrong: 145, right: 135, head: 'Het aantal leerlingen|daalde|van {A} naar {B}', p: ', ', tail: 'een daling van {C:n}', flip: 'Het aantal leerlingen daalde met {C:n}, van {A} naar {B}' },
  { id: 'c3 wachttijd', kind: 'change', euro: false, noun: 'weken', word: 'afname', a: 14, b: 9, wrong: 4, right: 5, head: 'De wachttijd|liep|terug van {A:n} naar {B:n}', p: ', ', tail: 'een afname van {C:n}' },
  { id: 'c4 bezoekers', kind: 'change', euro: false, noun: 'bezoekers', word: 'toename', a: 38_400, b: 42_150, wrong: 4_750, right: 3_750, head: 'Het zwembad|trok|{A:n} en een jaar later {B:n}', p: ', ', tail: 'een toename van {C}', flip: 'Het zwembad groeide met {C:n}: van {A:n} naar {B:n}' },
  { id: 'c5 lasten', kind: 'change', euro: true, word: 'afname', a: 512_000, b: 468_000, wrong: 54_000, right: 44_000, head: 'De lasten|dalen|van {A} naar {B}', p: ', ', tail: 'een afname van {C}', passive: 'De lasten worden verlaagd van {A} naar {B}, een afname van {C}' },
  { id: 'c6 mantelzorgers', kind: 'change', euro: false, noun: 'mantelzorgers', word: 'groei', a: 2_760, b: 3_180, wrong: 520, right: 420, head: 'Het aantal geregistreerde mantelzorgers|groeide|van {A} naar {B}', p: ', ', tail: 'een groei van {C}' },
  { id: 'c7 tarief', kind: 'change', euro: true, word: 'verhoging', a: 312, b: 327, wrong: 25, right: 15, head: 'Het tarief|stijgt|van {A} naar {B}', p: ', ', tail: 'een verhoging van {C}' },
  { id: 'c8 uitkeringen', kind: 'change', euro: false, noun: 'uitkeringen', word: 'daling', a: 964, b: 871, wrong: 83, right: 93, head: 'Het aantal bijstandsuitkeringen|nam|af van {A} naar {B}', p: ', ', tail: 'een daling van {C}' },
  // Differences.
  { id: 'd1 meer dan', kind: 'diff', euro: false, noun: 'aanvragen', a: 1_420, b: 1_160, wrong: 360, right: 260, head: 'Noord|telde|{A:n} en Zuid {B:n}', p: ', ', tail: '{C} meer in Noord', flip: 'Noord telde {C} aanvragen meer dan Zuid: {A:n} tegen {B:n}' },
  { id: 'd2 verschil', kind: 'diff', euro: true, a: 95_000, b: 80_000, wrong: 25_000, right: 15_000, head: 'Het budget|is|{A} en de uitgaven {B}', p: '; ', tail: 'het verschil is {C}' },
  { id: 'd3 minder dan', kind: 'diff', euro: false, noun: 'deelnemers', a: 645, b: 580, wrong: 75, right: 65, head: 'De zomerschool|had|{B:n}, tegen {A:n} in het jaar ervoor', p: ', ', tail: '{C} minder' },
  { id: 'd4 tekort', kind: 'diff', euro: true, a: 392_000, b: 147_300, wrong: 254_700, right: 244_700, head: 'De bibliotheek|had|{A} aan lasten en {B} aan baten', p: ', ', tail: 'een tekort van {C}' },
  { id: 'd5 begroot besteed', kind: 'diff', euro: true, a: 84_000, b: 79_500, wrong: 5_500, right: 4_500, head: 'Het budget|was|{A} en er is {B} uitgegeven', p: ', ', tail: 'dat is {C} minder dan begroot' },
  // Rests.
  { id: 'r1 investering', kind: 'rest', euro: true, a: 3_400_000, b: 500_000, wrong: 2_800_000, right: 2_900_000, head: 'De investering|is|{A}', p: '; ', tail: 'na de subsidie van {B} blijft {C} over' },
  { id: 'r2 budget waarvan', kind: 'rest', euro: true, a: 125_000, b: 60_000, wrong: 75_000, right: 65_000, head: 'Het budget|bedraagt|{A}, waarvan {B} al is besteed', p: ', ', tail: 'er resteert {C}' },
  { id: 'r3 plekken', kind: 'rest', euro: false, noun: 'plekken', a: 480, b: 365, wrong: 125, right: 115, head: 'Van de {A:n}|zijn|er {B} bezet', p: ', ', tail: 'er zijn nog {C} vrij' },
  { id: 'r4 bijdrage', kind: 'rest', euro: true, a: 850_000, b: 320_000, wrong: 630_000, right: 530_000, head: 'De renovatie|kost|{A}', p: '. ', tail: 'de provincie draagt {B} bij, zodat voor de gemeente {C} overblijft' },
  { id: 'r5 uren', kind: 'rest', euro: false, noun: 'uur', a: 1_600, b: 1_240, wrong: 460, right: 360, head: 'Van de {A:n}|is|{B} ingepland', p: '; ', tail: 'er blijft {C} over' },
  // Table rows named in the sentence instead of their numbers.
  { id: 't1 wijken samen', kind: 'sum', euro: false, noun: 'deelnemers', only: ['-', 'b', 'c', 'f', 'g', 'h'], context: wijken, a: 236, b: 171, wrong: 417, right: 407, head: 'De wijken Noord en Oost|hadden|in 2025', p: ' ', tail: 'samen {C:n}' },
  { id: 't2 rij verandering', kind: 'change', euro: false, noun: 'deelnemers', only: ['-', 'b', 'c', 'f', 'g', 'h'], context: wijken, a: 305, b: 342, wrong: 47, right: 37, head: 'Het aantal deelnemers in Zuid|steeg|tussen 2024 en 2025', p: ' ', tail: 'met {C}' },
  { id: 't3 fasen samen', kind: 'sum', euro: true, only: ['-', 'b', 'c', 'f', 'g', 'h'], context: fasen, a: 1_240_000, b: 860_000, wrong: 2_200_000, right: 2_100_000, head: 'Fase 1 en 2|kosten|', p: ' ', tail: 'samen {C}' },
  { id: 'r6 per saldo', kind: 'rest', euro: true, a: 410_000, b: 165_000, wrong: 265_000, right: 245_000, head: 'De opbrengst|is|{A} en de kosten {B}', p: ', ', tail: 'per saldo {C}' }
]
