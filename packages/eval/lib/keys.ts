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
import type { Defect } from './score.js'

/** One entry of a key as written (YAML: any field may be missing or of the wrong type). */
export interface KeyEntry {
  /** File relative to the plan folder. */
  file: string
  /** Line (1-based). */
  line?: number
  /** Lines, instead of `line`, for a defect on more than one line. */
  lines?: number[]
  /** Defect class id (defects only). */
  class?: string
  /** Text that must occur on (one of) the line(s). */
  text?: string
  /** What is wrong (defects) or why the line is clean. */
  what?: string
}

/** A parsed answer key. */
export interface Key {
  /** Defects, each with `lines`. */
  defects: Defect[]
  /** Clean look-alikes. */
  clean: { file: string; line: number; what: string }[]
}

/** A parsed answer key with its raw entries (for checking). */
export interface ReadKey extends Key {
  /** The entries as written. */
  raw: { defects: KeyEntry[]; clean: KeyEntry[] }
}

/**
 * Read the class list (class id → Dutch description).
 *
 * @param path Path of classes.yaml.
 * @returns The classes.
 */
export function readClasses(path: string): Record<string, string> {
  return parse(readFileSync(path, 'utf8'))
}

/**
 * Read an answer key. Entries keep their fields; `line` becomes `lines`.
 *
 * @param path Path of the key.
 * @returns The key and its raw entries (for checking).
 */
export function readKey(path: string): ReadKey {
  const raw: { defects?: KeyEntry[]; clean?: KeyEntry[] } = parse(readFileSync(path, 'utf8')) ?? {}
  const defects = (raw.defects ?? []).map((d) => ({ file: d.file, lines: d.lines ?? [d.line as number], class: d.class as string, what: d.what ?? '' }))
  const clean = (raw.clean ?? []).map((c) => ({ file: c.file, line: c.line as number, what: c.what ?? '' }))
  return { defects, clean, raw: { defects: raw.defects ?? [], clean: raw.clean ?? [] } }
}

/**
 * Problems of a key: unknown class, missing file, line out of range, `text` not on its line,
 * a line marked both defect and clean.
 *
 * @param key The key.
 * @param planDir Folder the key's files are relative to.
 * @param classes Known classes.
 * @returns Problems, empty when the key is sound.
 */
export function checkKey(key: ReadKey, planDir: string, classes: Record<string, string>): string[] {
  const problems: string[] = []
  const lineSets = { defect: new Set<string>(), clean: new Set<string>() }
  const entries = [
    ...key.raw.defects.map((entry) => ({ kind: 'defect' as const, entry, lines: entry.lines ?? [entry.line as number] })),
    ...key.raw.clean.map((entry) => ({ kind: 'clean' as const, entry, lines: [entry.line as number] }))
  ]
  for (const { kind, entry, lines } of entries) {
    const where = `${entry.file}:${lines.join(',')}`
    if (kind === 'defect' && !Object.hasOwn(classes, String(entry.class))) problems.push(`${where}: unknown class ${entry.class}`)
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
    const anchor = entry.text
    if (anchor !== undefined && !lines.some((line) => (text[line - 1] ?? '').includes(anchor))) {
      problems.push(`${where}: text ${JSON.stringify(anchor)} is not on that line`)
    }
  }
  for (const place of lineSets.clean) if (lineSets.defect.has(place)) problems.push(`${place}: both defect and clean`)
  return problems
}
