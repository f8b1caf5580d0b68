/**
 * Answer keys of the evaluation: reading and checking them. A key is YAML:
 *
 *   defects:
 *     - { file: 02-financien.md, line: 14, class: finance-sum, text: "| Totaal |", what: "…" }
 *   clean:
 *     - { file: 02-financien.md, line: 20, text: "PM", what: "…" }
 *
 * `lines: [a, b]` may replace `line` when a defect sits on more than one line; `text`, when
 * given, must occur on (one of) the line(s), so a key that drifted from its plan is caught.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * @typedef {object} Key A parsed answer key.
 * @property {import('./score.mjs').Defect[]} defects Defects, each with `lines`.
 * @property {{ file: string, line: number, what: string }[]} clean Clean look-alikes.
 */

/**
 * Read the class list (class id → Dutch description).
 *
 * @param {string} path Path of classes.yaml.
 * @returns {Record<string, string>} The classes.
 */
export function readClasses(path) {
  return parse(readFileSync(path, 'utf8'))
}

/**
 * Read an answer key. Entries keep their fields; `line` becomes `lines`.
 *
 * @param {string} path Path of the key.
 * @returns {Key & { raw: { defects: any[], clean: any[] } }} The key and its raw entries (for checking).
 */
export function readKey(path) {
  const raw = parse(readFileSync(path, 'utf8')) ?? {}
  const defects = (raw.defects ?? []).map((d) => ({ file: d.file, lines: d.lines ?? [d.line], class: d.class, what: d.what ?? '' }))
  const clean = (raw.clean ?? []).map((c) => ({ file: c.file, line: c.line, what: c.what ?? '' }))
  return { defects, clean, raw: { defects: raw.defects ?? [], clean: raw.clean ?? [] } }
}

/**
 * Problems of a key: unknown class, missing file, line out of range, `text` not on its line,
 * a line marked both defect and clean.
 *
 * @param {ReturnType<typeof readKey>} key The key.
 * @param {string} planDir Folder the key's files are relative to.
 * @param {Record<string, string>} classes Known classes.
 * @returns {string[]} Problems, empty when the key is sound.
 */
export function checkKey(key, planDir, classes) {
  const problems = []
  const lineSets = { defect: new Set(), clean: new Set() }
  const entries = [
    ...key.raw.defects.map((entry) => ({ kind: 'defect', entry, lines: entry.lines ?? [entry.line] })),
    ...key.raw.clean.map((entry) => ({ kind: 'clean', entry, lines: [entry.line] }))
  ]
  for (const { kind, entry, lines } of entries) {
    const where = `${entry.file}:${lines.join(',')}`
    if (kind === 'defect' && !Object.hasOwn(classes, entry.class)) problems.push(`${where}: unknown class ${entry.class}`)
    const path = join(planDir, String(entry.file))
    if (!existsSync(path)) {
      problems.push(`${where}: no such file`)
      continue
    }
    const text = readFileSync(path, 'utf8').split('\n')
    for (const line of lines) {
      if (!Number.isInteger(line) || line < 1 || line > text.length) problems.push(`${where}: line ${line} out of range`)
      lineSets[kind].add(`${entry.file}:${line}`)
    }
    if (entry.text !== undefined && !lines.some((line) => (text[line - 1] ?? '').includes(entry.text))) {
      problems.push(`${where}: text ${JSON.stringify(entry.text)} is not on that line`)
    }
  }
  for (const place of lineSets.clean) if (lineSets.defect.has(place)) problems.push(`${place}: both defect and clean`)
  return problems
}
