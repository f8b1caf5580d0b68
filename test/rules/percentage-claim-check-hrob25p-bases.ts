// hrob25p: base claims of the percentage-claim class, each with a look-alike whose numbers hold. Fresh wordings from
// general Dutch municipal usage; the transformations (percentage-claim-check-hrob25p-forms.ts) rewrite them.

/** A stated share: a hedge and a percentage, or a fraction in words (`ruim een derde`). */
export interface Claim { hedge?: string; pct?: number; words?: string }

/** A share of a whole: `Van de {b} {noun} {verbPl} er {a} {obj}, {claim}.` (an amount whole: `Van {whole} van € b …`). */
export interface ShareBase {
  kind: 'share'
  name: string
  noun: string
  verbPl: string
  verbSg: string
  obj: string
  a: number
  b: number
  /** An amount in euros: the whole is named by `whole` (`het budget`). */
  whole?: string
  bad: Claim
  ok: Claim
}

/** A change between two figures: `{subject} {verb} van {a} naar {b}, een {change} van {claim}.` */
export interface ChangeBase {
  kind: 'change'
  name: string
  subject: string
  /** The noun counted, for a table column and a split sentence (`meldingen`). */
  noun: string
  a: number
  b: number
  euro?: boolean
  bad: Claim
  ok: Claim
}

export type Base = ShareBase | ChangeBase

const share = (name: string, noun: string, verbPl: string, verbSg: string, obj: string, a: number, b: number, bad: Claim, ok: Claim): ShareBase =>
  ({ kind: 'share', name, noun, verbPl, verbSg, obj, a, b, bad, ok })
const amount = (name: string, whole: string, verbSg: string, obj: string, a: number, b: number, bad: Claim, ok: Claim): ShareBase =>
  ({ kind: 'share', name, noun: '', verbPl: verbSg, verbSg, obj, a, b, whole, bad, ok })
const change = (name: string, subject: string, noun: string, a: number, b: number, bad: Claim, ok: Claim, euro = false): ChangeBase =>
  ({ kind: 'change', name, subject, noun, a, b, euro, bad, ok })

export const bases: Base[] = [
  share('job seekers', 'deelnemers', 'vonden', 'vond', 'een betaalde baan', 96, 610, { hedge: 'ruim', pct: 18 }, { hedge: 'bijna', pct: 16 }),
  share('permit refusals', 'aanvragen', 'werden', 'werd', 'afgewezen', 135, 540, { pct: 30 }, { pct: 25 }),
  share('inspected bridges', 'bruggen', 'hadden', 'had', 'betonschade', 41, 128, { hedge: 'circa', pct: 40 }, { hedge: 'circa', pct: 32 }),
  share('renovated homes', 'huurwoningen', 'kregen', 'kreeg', 'een beter energielabel', 1240, 3260, { pct: 45 }, { pct: 38 }),
  share('school pupils', 'leerlingen', 'zwommen', 'zwom', 'voor hun diploma', 212, 263, { hedge: 'ongeveer', pct: 90 }, { hedge: 'ongeveer', pct: 81 }),
  share('reports solved', 'meldingen', 'waren', 'was', 'binnen vijf werkdagen afgehandeld', 3915, 4650, { hedge: 'bijna', pct: 92 }, { hedge: 'ruim', pct: 84 }),
  share('volunteers', 'vrijwilligers', 'waren', 'was', 'jonger dan dertig', 57, 380, { pct: 12 }, { pct: 15 }),
  share('lamp posts', 'lantaarnpalen', 'hadden', 'had', 'al ledverlichting', 2310, 5280, { hedge: "zo'n", pct: 52 }, { hedge: "zo'n", pct: 44 }),
  share('third in words', 'ondernemers', 'gaven', 'gaf', 'de dienstverlening een voldoende', 79, 296, { hedge: 'ruim', words: 'een derde' }, { hedge: 'ruim', words: 'een kwart' }),
  share('half in words', 'bezoekers', 'kwamen', 'kwam', 'uit een andere gemeente', 1520, 3980, { hedge: 'bijna', words: 'de helft' }, { hedge: 'ruim', words: 'een derde' }),
  share('one in five', 'huishoudens', 'hadden', 'had', 'een betalingsachterstand', 486, 1780, { words: 'een op de vijf' }, { words: 'een op de vier' }),
  share('three quarters', 'ouderen', 'woonden', 'woonde', 'nog zelfstandig', 1408, 2140, { words: 'driekwart' }, { words: 'twee derde' }),
  share('small numbers', 'speeltuinen', 'kregen', 'kreeg', 'nieuw valzand', 7, 19, { hedge: 'ruim', pct: 45 }, { hedge: 'bijna', pct: 37 }),
  share('bus stops', 'bushaltes', 'waren', 'was', 'toegankelijk voor rolstoelen', 164, 205, { pct: 70 }, { pct: 80 }),
  amount('maintenance budget', 'het onderhoudsbudget', 'ging', 'naar groen', 310000, 900000, { hedge: 'ruim', pct: 40 }, { hedge: 'ruim', pct: 34 }),
  amount('youth care', 'het budget sociaal domein', 'ging', 'naar jeugdzorg', 2600000, 11800000, { hedge: 'circa', pct: 31 }, { hedge: 'circa', pct: 22 }),
  amount('subsidy fund', 'het subsidiebudget', 'ging', 'naar sportverenigingen', 84000, 240000, { pct: 30 }, { pct: 35 }),
  amount('housing fund', 'het woonfonds', 'bleef', 'ongebruikt', 455000, 1820000, { words: 'een derde' }, { words: 'een kwart' }),
  change('reports', 'het aantal meldingen', 'meldingen', 1240, 1480, { hedge: 'bijna', pct: 24 }, { hedge: 'ruim', pct: 19 }),
  change('social benefits', 'het aantal bijstandsuitkeringen', 'uitkeringen', 860, 774, { pct: 14 }, { pct: 10 }),
  change('library visits', 'het aantal bibliotheekbezoeken', 'bezoeken', 42300, 51600, { hedge: 'ruim', pct: 28 }, { hedge: 'ruim', pct: 21 }),
  change('waste', 'de hoeveelheid restafval', 'kilo restafval', 214, 168, { hedge: 'circa', pct: 28 }, { hedge: 'circa', pct: 21 }),
  change('subsidy amount', 'de subsidie voor het buurthuis', 'subsidie', 240000, 265000, { hedge: 'ruim', pct: 14 }, { hedge: 'ruim', pct: 10 }, true),
  change('energy costs', 'de energiekosten van het stadhuis', 'energiekosten', 186000, 151000, { hedge: 'bijna', pct: 25 }, { hedge: 'bijna', pct: 19 }, true),
  change('cyclists', 'het aantal fietsers op de brug', 'fietsers', 3150, 3780, { pct: 15 }, { pct: 20 }),
  change('waiting list', 'de wachtlijst voor sociale huur', 'woningzoekenden', 2410, 1930, { hedge: 'ongeveer', pct: 30 }, { hedge: 'ongeveer', pct: 20 })
]

/** The actual percentage of a base: the share of the whole or the change between the figures. */
export const actualOf = (base: Base): number => (base.kind === 'share' ? (base.a / base.b) * 100 : (Math.abs(base.b - base.a) / base.a) * 100)
