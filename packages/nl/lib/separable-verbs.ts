/**
 * Dutch separable verbs: in a main clause the particle goes to the end ("Wij nemen dit mee",
 * "Het college stelt een wijziging voor", "Dat valt op"), so a sentence may end on a word that is
 * also a preposition. These lists hold common verbs of general Dutch per particle; they tell a
 * particle at the end of a sentence from a preposition left without its object.
 */

// Infinitives that form a separable verb with the particle (`nemen` + `op` = `opnemen`).
const verbs: Record<string, readonly string[]> = {
  // A noun that separates like a particle: an event `vindt op 3 mei plaats` or `vindt plaats op 3 mei`.
  plaats: ['vinden'],
  op: ['maken', 'zeggen', 'vatten', 'nemen', 'schieten', 'drijven', 'leggen', 'treden', 'tekenen', 'lichten', 'stellen', 'komen', 'vallen', 'lossen', 'bouwen', 'pakken', 'starten', 'zetten', 'richten', 'leveren', 'halen', 'geven', 'roepen', 'volgen', 'lopen', 'schalen', 'zoeken', 'vangen', 'heffen', 'houden', 'merken', 'schrijven', 'brengen', 'stappen', 'doen', 'groeien', 'ruimen', 'splitsen', 'tellen', 'slaan', 'springen', 'staan', 'bergen', 'knappen', 'frissen', 'waarderen', 'vragen', 'schuiven', 'werpen', 'leiden', 'letten', 'passen', 'raken', 'eisen'],
  aan: ['bevelen', 'merken', 'duiden', 'stellen', 'rekenen', 'kondigen', 'vullen', 'tekenen', 'dragen', 'leveren', 'wenden', 'brengen', 'boren', 'passen', 'sluiten', 'nemen', 'bieden', 'geven', 'pakken', 'vragen', 'spreken', 'moedigen', 'komen', 'gaan', 'leggen', 'trekken', 'houden', 'wijzen', 'sturen', 'tonen', 'zetten', 'melden', 'schaffen', 'besteden', 'horen', 'kijken', 'haken', 'treffen', 'leren', 'slaan', 'raden', 'dringen', 'scherpen', 'vliegen', 'staan', 'zwengelen'],
  door: ['lopen', 'lichten', 'voeren', 'berekenen', 'spelen', 'schieten', 'gaan', 'zetten', 'werken', 'groeien', 'breken', 'stromen', 'ontwikkelen', 'rekenen', 'geven', 'vertalen', 'pakken', 'denken', 'verwijzen', 'komen', 'trekken', 'schuiven', 'starten', 'spreken', 'nemen', 'lezen', 'zagen', 'dringen', 'drukken', 'halen', 'zoeken', 'sturen', 'akkeren'],
  uit: ['vinden', 'maken', 'bannen', 'drukken', 'rekenen', 'zenden', 'lenen', 'reiken', 'halen', 'knijpen', 'houden', 'kiezen', 'werken', 'vallen', 'pluizen', 'zoeken', 'voeren', 'breiden', 'gaan', 'komen', 'nodigen', 'dragen', 'stralen', 'rollen', 'stellen', 'leggen', 'zetten', 'wijzen', 'geven', 'betalen', 'keren', 'vragen', 'dagen', 'testen', 'proberen', 'lopen', 'sluiten', 'groeien', 'bouwen', 'spreken', 'oefenen', 'delen', 'rusten', 'blijven', 'bereiden', 'diepen', 'lichten', 'stromen', 'wisselen', 'schrijven', 'zien', 'kijken', 'nemen', 'stappen', 'brengen', 'besteden'],
  in: ['stellen', 'schrijven', 'voegen', 'zenden', 'kijken', 'richten', 'huren', 'kopen', 'schakelen', 'bouwen', 'zetten', 'voeren', 'vullen', 'zien', 'spelen', 'grijpen', 'stappen', 'dienen', 'bedden', 'vlechten', 'gaan', 'komen', 'stemmen', 'leveren', 'schatten', 'roepen', 'plannen', 'springen', 'brengen', 'delen', 'halen', 'passen', 'werken', 'zoomen', 'lossen', 'trekken', 'boeten', 'perken', 'lopen', 'leiden', 'nemen', 'vallen', 'wonen', 'kleuren', 'houden'],
  voor: ['werpen', 'houden', 'bereiden', 'nemen', 'stellen', 'komen', 'leggen', 'doen', 'schrijven', 'lezen', 'dragen', 'gaan', 'zien', 'schieten', 'lichten', 'spiegelen', 'zetten', 'lopen', 'schotelen', 'financieren', 'werken', 'trekken', 'staan', 'zeggen', 'spellen', 'koken'],
  om: ['zetten', 'gaan', 'vormen', 'bouwen', 'buigen', 'slaan', 'draaien', 'komen', 'rekenen', 'schakelen', 'zien', 'turnen', 'gooien', 'leggen', 'scholen', 'vallen', 'kijken', 'keren', 'ruilen', 'wisselen', 'hakken', 'duwen', 'praten', 'spitten', 'ploegen', 'toveren', 'zwaaien', 'kleden', 'boeken', 'nummeren', 'smelten', 'vouwen', 'waaien', 'rijden'],
  over: ['nemen', 'gaan', 'dragen', 'stappen', 'komen', 'brengen', 'houden', 'leggen', 'doen', 'maken', 'schakelen', 'hevelen', 'blijven', 'winnen', 'laten', 'schrijven', 'zetten', 'plaatsen', 'steken', 'slaan', 'schieten'],
  bij: ['dragen', 'sturen', 'stellen', 'houden', 'werken', 'komen', 'springen', 'scholen', 'zetten', 'spijkeren', 'wonen', 'staan', 'voegen', 'leggen', 'brengen', 'praten', 'trekken', 'blijven', 'schaven', 'maken', 'bouwen', 'kopen', 'schrijven', 'vullen', 'betalen'],
  na: ['gaan', 'leven', 'komen', 'streven', 'denken', 'lopen', 'bellen', 'kijken', 'doen', 'volgen', 'bootsen', 'praten', 'zenden', 'sturen', 'laten'],
  tegen: ['gaan', 'houden', 'komen', 'werken', 'vallen', 'spreken', 'zitten', 'staan'],
  toe: ['passen', 'voegen', 'kennen', 'laten', 'lichten', 'wijzen', 'zeggen', 'nemen', 'staan', 'treden', 'spitsen', 'rusten', 'werken', 'gaan', 'komen', 'zien', 'delen', 'stemmen', 'juichen', 'vertrouwen', 'leggen', 'zenden', 'voeren', 'schrijven', 'geven', 'spreken'],
  mee: ['nemen', 'doen', 'werken', 'geven', 'denken', 'praten', 'tellen', 'wegen', 'delen', 'gaan', 'komen', 'brengen', 'helpen', 'beslissen', 'kijken', 'lopen', 'spelen', 'vallen', 'leven', 'sturen', 'krijgen', 'groeien', 'bewegen', 'lezen', 'schrijven', 'liften', 'financieren', 'betalen', 'zoeken'],
  af: ['ronden', 'stemmen', 'nemen', 'wegen', 'bakenen', 'spreken', 'sluiten', 'bouwen', 'lopen', 'handelen', 'geven', 'vallen', 'leggen', 'zien', 'schaffen', 'wijken', 'rekenen', 'stappen', 'dekken', 'raden', 'leiden', 'hangen', 'zeggen', 'maken']
}

// Past forms that do not follow from the infinitive (`nam`, `kwam`, `ging`).
const irregular: Record<string, readonly string[]> = {
  nemen: ['nam', 'namen'],
  komen: ['kwam', 'kwamen'],
  gaan: ['gaat', 'ga', 'ging', 'gingen'],
  doen: ['doet', 'doe', 'deed', 'deden'],
  staan: ['staat', 'sta', 'stond', 'stonden'],
  slaan: ['slaat', 'sla', 'sloeg', 'sloegen'],
  zien: ['ziet', 'zie', 'zag', 'zagen'],
  geven: ['gaf', 'gaven'],
  brengen: ['bracht', 'brachten'],
  zoeken: ['zocht', 'zochten'],
  vragen: ['vroeg', 'vroegen'],
  roepen: ['riep', 'riepen'],
  lopen: ['liep', 'liepen'],
  vallen: ['viel', 'vielen'],
  houden: ['hield', 'hielden'],
  schrijven: ['schreef', 'schreven'],
  dragen: ['droeg', 'droegen'],
  blijven: ['bleef', 'bleven'],
  treden: ['trad', 'traden'],
  trekken: ['trok', 'trokken'],
  wijzen: ['wees', 'wezen'],
  leggen: ['legde', 'legden'],
  zeggen: ['zei', 'zeiden'],
  laten: ['liet', 'lieten'],
  spreken: ['sprak', 'spraken'],
  sluiten: ['sloot', 'sloten'],
  bieden: ['bood', 'boden'],
  lezen: ['las', 'lazen'],
  zitten: ['zat', 'zaten'],
  werpen: ['wierp', 'wierpen'],
  springen: ['sprong', 'sprongen'],
  winnen: ['won', 'wonnen'],
  kijken: ['keek', 'keken'],
  denken: ['dacht', 'dachten'],
  wegen: ['woog', 'wogen'],
  schieten: ['schoot', 'schoten'],
  steken: ['stak', 'staken'],
  dringen: ['drong', 'drongen'],
  schuiven: ['schoof', 'schoven'],
  grijpen: ['greep', 'grepen'],
  vinden: ['vond', 'vonden'],
  kiezen: ['koos', 'kozen'],
  drijven: ['dreef', 'dreven'],
  wijken: ['week', 'weken']
}

const vowels = 'aeiou'

/**
 * The present-tense stems of an infinitive: `nemen` → `nem`, `neem`; `stellen` → `stell`, `stel`;
 * `geven` → `gev`, `geef`; `voeren` → `voer`.
 */
function stems(infinitive: string): string[] {
  const base = infinitive.replace(/e?n$/, '')
  const out = new Set([base])
  // A doubled last consonant is single in the stem (`stell` → `stel`, `zett` → `zet`).
  if (/([^aeiou])\1$/.test(base)) out.add(base.slice(0, -1))
  // An open syllable has a long vowel, written double in the stem (`nem` → `neem`, `lop` → `loop`).
  const m = /^(.*[^aeiou]|)([aeiou])([^aeiou])$/.exec(base)
  if (m && !vowels.includes(m[1]?.slice(-1) ?? '')) out.add(`${m[1] ?? ''}${m[2] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`)
  // `v` and `z` become `f` and `s` at the end of the stem (`geev` → `geef`, `lees`).
  for (const stem of [...out]) {
    if (stem.endsWith('v')) out.add(`${stem.slice(0, -1)}f`)
    if (stem.endsWith('z')) out.add(`${stem.slice(0, -1)}s`)
  }
  return [...out]
}

// Every finite or participle form by particle, built once.
const forms = new Map<string, Set<string>>()
for (const [particle, infinitives] of Object.entries(verbs)) {
  const set = new Set<string>()
  for (const infinitive of infinitives) {
    set.add(infinitive)
    for (const form of irregular[infinitive] ?? []) set.add(form)
    for (const stem of stems(infinitive)) for (const ending of ['', 't', 'd', 'de', 'den', 'te', 'ten', 'dt']) set.add(stem + ending)
  }
  forms.set(particle, set)
}

/**
 * Whether a word can be a particle of a separable verb (`op`, `aan`, `uit`, `voor`, …).
 *
 * @param word A word, any case.
 * @returns Whether the lists know it as a particle.
 */
export function isVerbParticle(word: string): boolean {
  return forms.has(word.toLowerCase())
}

/**
 * Whether a clause ending on `particle` has a verb that forms a separable verb with it: "Wij
 * nemen dit mee", "De raad stelt een wijziging voor", "Het aantal valt op".
 *
 * @param words The words of the clause before the particle.
 * @param particle The last word of the clause.
 * @returns Whether one of the words is a form of a verb that takes the particle.
 */
export function hasSeparableVerb(words: readonly string[], particle: string): boolean {
  const known = forms.get(particle.toLowerCase())
  return known !== undefined && words.some((word) => known.has(word.toLowerCase()))
}
