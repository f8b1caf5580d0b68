import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Plan } from '@kapstok/core'

/** The poppler and qpdf tools the PDF tests read PDFs back with. */
export const tools = ['pdftotext', 'pdfinfo', 'pdffonts', 'qpdf'] as const

/**
 * Which tools are missing. On CI (`CI=true`) a missing tool is an error, so a broken CI image
 * never passes silently; locally the tests that need them are skipped.
 */
export function missingTools(): string[] {
  const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length > 0 && process.env.CI === 'true') {
    throw new Error(`PDF tests need ${missing.join(', ')} on CI: install poppler-utils and qpdf (see .ci/run)`)
  }
  if (missing.length > 0) {
    console.warn(`Skipping PDF read-back tests: ${missing.join(', ')} not found (apt-get install -y poppler-utils qpdf)`)
  }
  return missing
}

/** A scratch folder for this test run. */
export const scratch = mkdtempSync(join(tmpdir(), 'kapstok-pdf-'))

/**
 * Write PDF bytes to the scratch folder.
 *
 * @returns The file path.
 */
export function save(name: string, bytes: Uint8Array): string {
  const file = join(scratch, name)
  writeFileSync(file, bytes)
  return file
}

/** Run a tool and return stdout (and stderr for tools that warn there). */
export function run(tool: string, args: string[]): { stdout: string; stderr: string; status: number } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status ?? -1 }
}

/** Text of one page (or all pages), layout mode. */
export function pageText(file: string, page?: number, mode: '-layout' | '-raw' = '-layout'): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return execFileSync('pdftotext', [mode, ...range, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
}

/** The caption the agenda timeline repeats on each of its pages (default label). */
export const timelineCaption = 'Tijdlijn van de uitvoeringsagenda'

/**
 * Text (squashed) of the pages from `first` on without the timeline: its bar labels repeat
 * short activities, and tests that count agenda rows count the tables. On a timeline page only
 * what follows its legend (which ends "… dezelfde gegevens als tekst.") is kept.
 *
 * @param file The PDF.
 * @param first First page (default: 1).
 * @returns Squashed text of the pages, timeline left out.
 */
export function textWithoutTimeline(file: string, first = 1): string {
  const pages: string[] = []
  const legendEnd = squash('dezelfde gegevens als tekst.')
  for (let page = first; page <= pageCount(file); page++) {
    const text = squash(pageText(file, page, '-raw'))
    if (!text.includes(squash(timelineCaption))) pages.push(text)
    else if (text.includes(legendEnd)) pages.push(text.slice(text.lastIndexOf(legendEnd) + legendEnd.length))
  }
  return pages.join('')
}

/** Number of pages, from `pdfinfo`. */
export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)?.[1])
}

/** Collapse whitespace and drop soft hyphens, for comparing wrapped text. */
export function squash(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/\s+/g, '')
}

/** The small model fixture of these tests. */
export function smallPlan(): Plan {
  return JSON.parse(readFileSync(new URL('../fixtures/pdf/small-plan.json', import.meta.url), 'utf8')) as Plan
}

/**
 * A plan with a synthetic agenda of `rows` rows over a few pijlers and subkoppen.
 *
 * @param rows Number of acties.
 * @returns The plan.
 */
export function bigPlan(rows: number): Plan {
  const plan = smallPlan()
  plan.acties = Array.from({ length: rows }, (_, i) => ({
    id: `x${i + 1}`,
    pijler: i % 2 === 0 ? 't1' : 't2',
    subkop: `Cluster ${Math.floor(i / 40) + 1}`,
    activiteit: `Activiteit nummer ${i + 1} voor de wijkteams: ${'werk samen met partners in de wijk '.repeat(1 + (i % 3))}klaar`,
    doel: `Doel ${i + 1}: minder zware zorg`,
    start: '2024',
    eind: i % 5 === 0 ? 'Doorlopend' : '12-2025',
    domein: i % 3 === 0 ? 'Jeugd' : 'Wmo'
  }))
  return plan
}
