import { abbreviationUndefined } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Wave 4 causes, fresh wordings:
 * 1. Letters after an article with a capitalised word behind them (`het RBO Jeugd`, `de BDU
 *    Verkeer`) are a noun with its subject, not part of a company name: still letters to explain.
 * 2. A description in brackets after the letters with a number and compound between
 *    (`NTA 8800-methode (de norm …)`) explains them.
 */
const defects: DefectWording[] = [
  // 1
  ['an overleg with its subject after het', ['# Samenwerking', '', 'De afspraken over de jeugdzorg maken we in het RBO Jeugd van de regio.'], '`RBO`'],
  ['an uitkering with its subject after de', ['# Financiën', '', 'Voor fietspaden ontvangen we een bijdrage uit de BDU Verkeer en vervoer.'], '`BDU`'],
  ['in a list item after het', ['# Overleg', '', '- het college brengt de plannen in het AO Mobiliteit in;', '- de raad wordt jaarlijks geïnformeerd.'], '`AO`'],
  ['in a table cell after een', ['# Middelen', '', '| Bron | Bedrag |', '|---|---|', '| een RSU Cultuur van het Rijk | € 40.000 |'], '`RSU`'],
  // 2
  ['a norm with its number and no description', ['# Vastgoed', '', 'De gebouwen meten we volgens de NTA 8800-methode.'], '`NTA`'],
  ['a regulation with a number and a comma', ['# Vastgoed', '', 'De installaties keuren we volgens de BRL 6000-regeling, elk jaar opnieuw.'], '`BRL`'],
  ['a number with a reference in brackets', ['# Vastgoed', '', 'De inspectie volgt de KVI 75 (zie bijlage 2).'], '`KVI`']
]

const clean: CleanWording[] = [
  // 1
  ['a company name without an article', ['# Onderzoek', '', 'Het onderzoek is uitgevoerd door KWB Advies uit Utrecht.']],
  ['a foundation named in letters', ['# Partners', '', 'We werken samen met Stichting ABW Wonen en de woningcorporaties.']],
  ['letters after an article explained earlier', ['# Samenwerking', '', 'Het Regionaal Bestuurlijk Overleg (RBO) bereidt de besluiten voor.', '', 'De afspraken maken we in het RBO Jeugd.']],
  ['a championship after an article', ['# Sport', '', 'Twee teams doen mee aan het NK Beachvolleybal en het EK Roeien.']],
  ['a known national body after an article', ['# Gezondheid', '', 'De monitor komt van de GGD Noord en de VNG Academie.']],
  // 2
  ['a norm with its number and a description', ['# Vastgoed', '', 'We meten de staat van de gebouwen volgens de NTA 8800-methode (de norm voor de energieprestatie van gebouwen).']],
  ['a norm with a number and a description in brackets', ['# Vastgoed', '', 'De inspectie volgt de ISSO 75 (instructie voor het schouwen van installaties).']],
  ['a compound explained in brackets', ['# Wonen', '', 'De WOZ-waarde (waarde onroerende zaken) stijgt.']]
]

describeWordings(abbreviationUndefined, defects, clean)
