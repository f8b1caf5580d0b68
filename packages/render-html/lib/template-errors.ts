import { readdirSync } from 'node:fs'
import path from 'node:path'
import Handlebars from 'handlebars'
import type { PlanFile, SourceLocation } from '@kapstok/core'
import type { Pack } from '@kapstok/packs'
import type { HtmlPack } from './pack.js'

/** A Handlebars syntax error in one template file, at its place. */
export interface TemplateSyntaxError {
  /** Dutch message (without the place). */
  reason: string
  /** The template file, line and column. */
  location: SourceLocation
}

const reported = new WeakMap<PlanFile, Set<string>>()

/**
 * Report the Handlebars syntax errors of a pack's layouts and partials on the plan file, each
 * at its template file, line and column, once per plan file. A broken template is the pack
 * author's mistake, not kapstok's: it must never surface as an "interne fout".
 *
 * @param file The plan file.
 * @param pack The loaded pack (for the files of a plan's own partials).
 * @param html The pack's HTML parts.
 * @returns Whether there were errors (then nothing can be rendered with the pack).
 */
export function reportTemplateErrors(file: PlanFile, pack: Pack, html: HtmlPack): boolean {
  const errors = templateSyntaxErrors(pack, html)
  let seen = reported.get(file)
  if (!seen) reported.set(file, (seen = new Set()))
  for (const error of errors) {
    const key = `${error.location.file}:${error.location.start.line}:${error.reason}`
    if (seen.has(key)) continue
    seen.add(key)
    file.message(error.reason, { ruleId: 'render-template', source: '@kapstok/render-html', location: error.location })
  }
  return errors.length > 0
}

/**
 * The syntax errors of a pack's templates.
 *
 * @param pack The loaded pack (its folder and the plan's replacement partials).
 * @param html The pack's HTML parts (template sources).
 * @returns One error per broken template (Handlebars stops at the first in a file).
 */
export function templateSyntaxErrors(pack: Pack, html: HtmlPack): TemplateSyntaxError[] {
  const templates = [
    ...Object.entries(html.layouts).map(([name, source]) => ({ source, file: findTemplate(pack.dirs, 'layouts', name) })),
    ...Object.entries(html.partials).map(([name, source]) => ({ source, file: pack.partials[name] ?? findTemplate(pack.dirs, 'partials', name) }))
  ]
  const errors: TemplateSyntaxError[] = []
  for (const { source, file } of templates) {
    try {
      Handlebars.parse(source)
    } catch (error) {
      const { line, column, reason } = explain(error instanceof Error ? error : new Error(String(error)), source)
      const name = path.basename(file)
      errors.push({
        reason: `Ongeldige Handlebars in sjabloon \`${name}\`: ${reason}`,
        location: { file, start: { line, column }, end: { line, column } }
      })
    }
  }
  return errors
}

/** Line, column and a Dutch reason for a Handlebars parse error. */
function explain(error: Error & { lineNumber?: number; column?: number }, source: string): { line: number; column: number; reason: string } {
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(error.message)
  if (mismatch) {
    // Handlebars places the error at the opening block; the mistake is the closing tag after it.
    const opened = offsetOf(source, error.lineNumber ?? 1, (error.column ?? 0) + 1)
    const close = new RegExp(`\\{\\{~?\\s*/\\s*${mismatch[2]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(source.slice(opened))
    const at = close ? pointAt(source, opened + close.index) : { line: error.lineNumber ?? 1, column: (error.column ?? 0) + 1 }
    return { ...at, reason: `\`{{/${mismatch[2]}}}\` sluit \`{{#${mismatch[1]}}}\` niet af; sluit de blokken in de omgekeerde volgorde` }
  }
  const [, lineText, caret = ''] = /^Parse error on line (\d+):\n.*\n(-*)\^/.exec(error.message) ?? []
  const line = Number(lineText ?? 1) || 1
  // Handlebars shows "..." before a cut-off excerpt.
  const before = (error.message.split('\n')[1]?.slice(0, caret.length) ?? '').replace(/^\.\.\./, '')
  const got = /got '([^']+)'/.exec(error.message)?.[1]
  const reasons: Record<string, string> = {
    EOF: 'het bestand eindigt terwijl een blok (`{{#…}}`) of `{{` nog open is; sluit het met `{{/…}}` of `}}`',
    INVALID: 'ongeldige tekens in `{{ … }}`; controleer de accolades (twee openen, twee sluiten)',
    INVERSE: '`{{else}}` staat buiten een blok; zet het binnen `{{#if}}` of `{{#each}}`',
    OPEN_INVERSE: '`{{else}}` staat buiten een blok; zet het binnen `{{#if}}` of `{{#each}}`',
    CLOSE: '`{{ }}` zonder naam; vul de naam van de waarde, helper of partial in'
  }
  const reason = (got && reasons[got]) ?? 'Handlebars kan het sjabloon hier niet lezen; controleer de `{{ … }}` op deze plek'
  return { line, column: columnOf(source, line, before), reason }
}

/**
 * The column of the error: Handlebars shows the last (at most 20) characters before it, with
 * newlines removed; they end on the error's line.
 */
function columnOf(source: string, line: number, before: string): number {
  const text = source.split('\n')[line - 1] ?? ''
  for (let k = text.length; k > 0; k--) {
    const head = text.slice(0, k)
    if (head.endsWith(before) || before.endsWith(head)) return k + 1
  }
  return 1
}

/** Offset of a 1-based line and column. */
function offsetOf(source: string, line: number, column: number): number {
  const lines = source.split('\n').slice(0, line - 1)
  return lines.reduce((sum, text) => sum + text.length + 1, 0) + column - 1
}

/** 1-based line and column of an offset. */
function pointAt(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

/** The file of a template `name` under `dir` (templates may sit in subfolders). */
function findTemplate(dirs: string[], part: string, name: string): string {
  for (const dir of dirs.map((d) => path.join(d, part))) {
    try {
      const found = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((entry) => path.basename(entry) === `${name}.hbs`)
      if (found) return path.join(dir, found)
    } catch {
      // No such folder: try the pack it extends.
    }
  }
  return path.join(dirs[0] ?? '.', part, `${name}.hbs`)
}
