import type { Plan } from '@kapstok/core'
import { ownText, proseTexts, writtenTexts } from './text.js'

// A decision point: its bijlage may be one of the raadsvoorstel's own, so what it misses is a warning.
export const DECISION = /^\/(?:raadsvoorstel\/beslispunten|besluit\/besluitpunten)\/\d+$/

// The written cells of an agenda row and the captions and labels of finance tables point to
// places in the plan as running text does (`zie bijlage 3` in a column `Bijzonderheden`); dates,
// names of people and organisations and ids do not.
const AGENDA_CELL = /^\/acties\/\d+\/(?!start$|eind$|planning$|trekker$|partners$|status$|id$|pijler$|subkop$|prioriteit$|middelen$)[a-z]+$/
const FINANCE_TEXT = /^\/financien\/.*\/(?:titel|label|bijschrift)$/

/**
 * Running text, the goals and actions of pijlers, the titles of chapters, the written cells of
 * the agenda and the captions of finance tables; the text of bijlagen is marked (`annex`),
 * inspraakreacties are left out (they speak of an earlier version).
 *
 * @param model The model.
 * @returns The texts to read references in.
 */
export function referenceTexts(model: Plan): Array<{ pointer: string; text: string; annex: boolean }> {
  const written = writtenTexts(model)
  // The goals and actions of a pijler are list items: running text too.
  const headings = written.filter(({ pointer }) => (pointer.includes('/secties/') && pointer.endsWith('/titel')) || /^\/pijlers\/\d+\/(?:doelen|inspanningen)\/\d+\/titel$/.test(pointer))
  // The decision points of a raadsvoorstel or besluit name places in the plan too (`zoals uitgewerkt in bijlage 3`).
  const decisions = written.filter(({ pointer }) => DECISION.test(pointer))
  const cells = written.filter(({ pointer }) => AGENDA_CELL.test(pointer) || FINANCE_TEXT.test(pointer))
  const texts = [...proseTexts(model), ...headings, ...decisions, ...cells].map(({ pointer, text }) => ({ pointer, text, annex: pointer.startsWith('/bijlagen/') }))
  // A bijlage that labels bijlagen of its own (a line `Bijlage 5 Verslag`) is another paper with its own numbering.
  const annexOf = (pointer: string): string => /^\/bijlagen\/\d+/.exec(pointer)?.[0] ?? ''
  const otherPapers = new Set(written.filter(({ pointer, text }) => pointer.startsWith('/bijlagen/') && /(?:^|\n)[\s#*_>|]*bijlage\s+\d/iu.test(text)).map(({ pointer }) => annexOf(pointer)))
  return texts.filter(({ pointer, annex }) => (annex ? !otherPapers.has(annexOf(pointer)) : ownText(pointer)))
}
