import { placeholderText } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 11: any few lower-case words in square brackets in running text ask for a value, not only
// the words of a fixed list (`[maand]`, `[kwartaal]`, `[aantal scholen]`). Look-alikes: a link,
// a footnote, `[sic]`, an insertion in a quotation, a reference-style link.

const defects: DefectWording[] = [
  ['a month to fill in', ['De verordening treedt in werking op 1 [maand] 2027.'], '`[maand]`'],
  ['a quarter to fill in', ['De evaluatie volgt in [kwartaal] 2028, na de eerste meting.'], '`[kwartaal]`'],
  ['a count with its noun to fill in', ['Dit jaar doen [aantal scholen] scholen mee aan de pilot.'], '`[aantal scholen]`']
]

const clean: CleanWording[] = [
  ['a link in square brackets', ['Meer staat op [de website van de gemeente](https://www.example.org).']],
  ['a footnote and sic', ['Het rapport noemt dit een succes [1] en spreekt van “een goede samenwerkingen [sic]”.']],
  ['an insertion in a quotation', ['De wethouder zei: “[de subsidie] blijft tot 2030 bestaan.”']],
  ['a reference-style link', ['Zie het [jaarverslag][verslag] voor de cijfers.', '', '[verslag]: https://www.example.org/verslag']]
]

describeWordings(placeholderText, defects, clean)
