import { abbreviationUndefined } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc7 battery, written before reading the rule's code: an abbreviation joined to another by a
// hyphen (`RBZ-JGZ`, `KDV-BSO`), where one part is explained (in the text or a glossary) or known,
// but the other part nowhere, nor the whole. Look-alikes: both parts explained, the whole explained
// in brackets, an explained abbreviation before a Dutch noun (`CJG-locatie`), everyday
// compounds (`CO2-uitstoot`, `ICT-systeem`, `Covid-19`), and a part explained in a glossary.
const p = (...lines: string[]): string[] => ['# Samenwerking', '', ...lines]
const glossary = (...rows: string[]): string[] => ['', '## Begrippen', '', '| Afkorting | Betekenis |', '|---|---|', ...rows.map((r) => `| ${r} |`)]

const defects: BatteryWording[] = [
  ['the second part explained in the text', p('De jeugdgezondheidszorg (JGZ) zet in elke wijk een RBZ-JGZ-team in.'), 'RBZ'],
  ['the first part explained in the text', p('Het Centrum voor Jeugd en Gezin (CJG) opent een CJG-VKO-spreekuur op de scholen.'), 'VKO'],
  ['the second part in a glossary', [...p('Ouders kunnen terecht bij de KMT-GGD in het gemeentehuis.'), ...glossary('GGD | Gemeentelijke gezondheidsdienst')], 'KMT'],
  ['neither part explained', p('Alle KDV-BSO-locaties krijgen in 2028 een rookvrij schoolplein.'), 'KDV'],
  ['a compound in a list item', p('Wie doet mee:', '', '- de wijkverpleging;', '- de LTP-WV uit de regio;', '- de huisartsen.'), 'LTP'],
  ['a compound in a table cell', ['# Partners', '', '| Partner | Rol |', '|---|---|', '| SVZ-CJG | aanspreekpunt voor ouders |', '| Bibliotheek | taalcafé |', '', 'Het Centrum voor Jeugd en Gezin (CJG) coördineert.'], 'SVZ'],
  ['a compound with a lower-case explained part', p('Via de Wet maatschappelijke ondersteuning (Wmo) vragen inwoners een HBT-Wmo-indicatie aan.'), 'HBT'],
  ['a compound in brackets after a noun', p('De praktijkverpleegkundige (VPK-ouderen) bezoekt elke 75-plusser.'), 'VPK'],
  ['a compound in the second sentence', p('De GGD (gemeentelijke gezondheidsdienst) doet het onderzoek. De GGD-RMT rapporteert in 2029.'), 'RMT'],
  ['a compound with three parts', p('Het sociaal wijkteam (SWT) werkt met een SWT-ZBV-BGT-protocol.'), 'ZBV'],
  ['a compound at the start of a sentence', p('SPK-GGD-medewerkers bezoeken de scholen; de GGD (gemeentelijke gezondheidsdienst) betaalt hun inzet.'), 'SPK'],
  ['a compound before a noun', p('Ook het jongerenwerk (JW) krijgt een vaste NVT-JW-coördinator.'), 'NVT'],
  // The explained part written in small letters elsewhere (`de vve`, a glossary row `hbo`).
  ['the second part written in small letters in the text', p('Alle peuters in de vve krijgen een plek; de TKL-VVE begeleidt hun ouders.'), 'TKL'],
  ['the second part in small letters in a glossary', [...p('Studenten volgen een KBL-HBO-route bij de hogeschool.'), ...glossary('hbo | Hoger beroepsonderwijs', 'CJG | Centrum voor Jeugd en Gezin')], 'KBL']
]

const clean: CleanWording[] = [
  ['both parts explained', p('De gemeentelijke gezondheidsdienst (GGD) en de jeugdgezondheidszorg (JGZ) vormen samen het GGD-JGZ-team.')],
  ['the whole explained in brackets', p('Het veiligheidshuis werkt met een zorg- en veiligheidsteam (ZVT-W).')],
  ['the whole explained after it', p('Het VTH-team (vergunningen, toezicht en handhaving) groeit met twee fte.')],
  ['an explained abbreviation before a noun', p('Het Centrum voor Jeugd en Gezin (CJG) opent een tweede CJG-locatie.')],
  ['an everyday compound', p('De CO2-uitstoot van het gemeentehuis daalt door het nieuwe ICT-systeem.')],
  ['a disease name with a number', p('Na de Covid-19-periode zijn meer jongeren eenzaam.')],
  ['a glossary that explains both parts', [...p('De OKT-GGD bezoekt elke basisschool.'), ...glossary('OKT | Ouder- en kindteam', 'GGD | Gemeentelijke gezondheidsdienst')]],
  ['an explained abbreviation with a plural noun', p('De buitengewoon opsporingsambtenaren (boa’s) krijgen nieuwe BOA-uniformen.')],
  ['a national alert', p('Bij hitte sturen we geen NL-Alert, maar een bericht via de GGD-app van de gemeentelijke gezondheidsdienst (GGD).')],
  ['a hyphenated phrase of common words in capitals', p('De campagne SAMEN-STERK start in het voorjaar; samen en sterk staan daarin centraal.')],
  ['a compound explained as a whole in the glossary', [...p('De BGT-WV helpt ouderen thuis.'), ...glossary('BGT-WV | Buurtgerichte thuiszorg van de wijkverpleging')]]
]

describeBattery(abbreviationUndefined, defects, clean, 14)
