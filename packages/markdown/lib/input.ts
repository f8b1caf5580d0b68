import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises'
import { basename, extname, join, relative, isAbsolute } from 'node:path'
import type { PlanFile, ProcessInput, SourceLocation } from '@kapstok/core'

/** A source file that passed the checks, as text. */
export interface SourceText {
  /** Path as it will appear in messages. */
  path: string
  /** Its text (UTF-8, BOM removed). */
  text: string
  /** `markdown`, or `model` for YAML/JSON. */
  kind: 'markdown' | 'model'
}

/**
 * Largest source file kapstok reads (2 MiB, ten times the largest real plan file): a plan is
 * text, and a bigger file is a mistake or an attack, not a plan.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024

/** Largest plan kapstok reads, all sources together (8 MiB), so a folder of many files is bounded too. */
export const MAX_PLAN_BYTES = 8 * 1024 * 1024

const markdownExtensions = new Set(['.md', '.markdown'])
const modelExtensions = new Set(['.yaml', '.yml', '.json'])

/** Files in a plan folder that are not plan content. */
export function isIgnored(name: string): boolean {
  return /^readme\.md$/i.test(name) || name.startsWith('_') || name.startsWith('.') || /^kapstok\.config\./.test(name)
}

/**
 * Gather the source files of a plan: one file, or the Markdown/YAML/JSON files of a folder in
 * name order. Empty, binary and non-UTF-8 files are reported (at their first bad byte) and
 * left out; a missing path or a folder without sources is reported too.
 *
 * @param input Path, and optionally in-memory files.
 * @param plan Plan file for messages.
 * @returns Readable sources and whether the path was a single file.
 */
export async function gatherSources(input: ProcessInput, plan: PlanFile): Promise<{ sources: SourceText[]; single: boolean }> {
  const listing = await list(input, plan)
  if (listing === undefined) {
    plan.message(`Pad \`${basename(input.path)}\` bestaat niet; geef een planmap of een planbestand op`, { ruleId: 'plan-missing', source: '@kapstok/markdown' })
    return { sources: [], single: false }
  }
  const sources: SourceText[] = []
  for (const { path, bytes } of listing.files) {
    const ext = extname(path).toLowerCase()
    const kind = markdownExtensions.has(ext) ? 'markdown' : 'model'
    const text = decode(path, bytes, plan)
    if (text !== undefined) sources.push({ path, text, kind })
  }
  if (listing.files.length === 0) {
    plan.message(`Geen plan gevonden in map \`${basename(input.path)}\`: verwacht Markdown-bestanden (\`.md\`) of een model (\`.yaml\`, \`.json\`)`, {
      ruleId: 'plan-missing',
      source: '@kapstok/markdown'
    })
  }
  return { sources, single: !listing.folder }
}

async function list(input: ProcessInput, plan: PlanFile): Promise<{ folder: boolean; files: Array<{ path: string; bytes: Uint8Array }> } | undefined> {
  const accept = (name: string) => !isIgnored(basename(name)) && (markdownExtensions.has(extname(name).toLowerCase()) || modelExtensions.has(extname(name).toLowerCase()))
  if (input.files) {
    const own = input.files[input.path]
    if (own !== undefined) return { folder: false, files: [{ path: input.path, bytes: toBytes(own) }] }
    const prefix = input.path.replace(/\/?$/, '/')
    const names = Object.keys(input.files).filter((p) => (input.path === '.' || input.path === '' || p.startsWith(prefix)) && accept(p)).sort()
    return { folder: true, files: names.map((path) => ({ path, bytes: toBytes(input.files?.[path] ?? '') })) }
  }
  const info = await stat(input.path).catch(() => undefined)
  if (!info) return undefined
  if (!info.isDirectory()) {
    const bytes = await readSource(input.path, info.size, plan)
    return { folder: false, files: bytes ? [{ path: input.path, bytes }] : [] }
  }
  // Only files inside the plan folder are read: a link to `/etc/passwd` in an uploaded plan
  // must not end up in the documents. Links are followed only when their target is inside.
  const root = await realpath(input.path)
  const names = (await readdir(input.path)).filter(accept).sort()
  const files = []
  let total = 0
  for (const name of names) {
    const path = join(input.path, name)
    const entry = await lstat(path)
    if (entry.isSymbolicLink()) {
      const target = await realpath(path).catch(() => undefined)
      if (target === undefined) {
        plan.message(`Bestand \`${name}\` is een koppeling die nergens heen wijst (of naar zichzelf); verwijder de koppeling of zet het bestand zelf in de planmap`, { ruleId: 'file-outside', source: '@kapstok/markdown', location: fileStart(path) })
        continue
      }
      if (!isInside(root, target)) {
        plan.message(`Bestand \`${name}\` is een koppeling naar een bestand buiten de planmap; kapstok leest alleen bestanden in de planmap. Kopieer het bestand naar de planmap`, { ruleId: 'file-outside', source: '@kapstok/markdown', location: fileStart(path) })
        continue
      }
    }
    const target = entry.isSymbolicLink() ? await stat(path) : entry
    if (!target.isFile()) continue
    total += Math.min(target.size, MAX_SOURCE_BYTES)
    if (total > MAX_PLAN_BYTES) {
      plan.message(`Plan in \`${basename(input.path)}\` is te groot: met \`${name}\` samen meer dan ${MAX_PLAN_BYTES / 1024 / 1024} MiB; splits het plan, vanaf dit bestand wordt niets gelezen`, { ruleId: 'file-too-large', source: '@kapstok/markdown', location: fileStart(path) })
      break
    }
    const bytes = await readSource(path, target.size, plan)
    if (bytes) files.push({ path, bytes })
  }
  return { folder: true, files }
}

/** Whether `path` is `root` or inside it (both real paths). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The start of a file, where problems with the file as a whole are reported. */
function fileStart(path: string): SourceLocation {
  return { file: path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
}

/**
 * Read a source file, unless it is larger than `MAX_SOURCE_BYTES` (then report it and skip it).
 *
 * @param path The file.
 * @param size Its size from `stat`.
 * @param plan Plan file for messages.
 * @returns The bytes, or `undefined` when the file is too large.
 */
async function readSource(path: string, size: number, plan: PlanFile): Promise<Uint8Array | undefined> {
  if (size > MAX_SOURCE_BYTES) {
    const mib = (size / 1024 / 1024).toFixed(1).replace('.', ',')
    plan.message(`Bestand \`${basename(path)}\` is te groot (${mib} MiB; maximaal ${MAX_SOURCE_BYTES / 1024 / 1024} MiB per bronbestand); splits het plan over meer bestanden`, { ruleId: 'file-too-large', source: '@kapstok/markdown', location: fileStart(path) })
    return undefined
  }
  return readFile(path)
}

function toBytes(contents: string | Uint8Array): Uint8Array {
  return typeof contents === 'string' ? new TextEncoder().encode(contents) : contents
}

function decode(path: string, bytes: Uint8Array, plan: PlanFile): string | undefined {
  const at = (line: number, column: number, offset: number): SourceLocation => ({
    file: path,
    start: { line, column, offset },
    end: { line, column: column + 1, offset: offset + 1 }
  })
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    plan.message(`Bestand \`${basename(path)}\` is binair (geen tekst); een plan bestaat uit Markdown- of YAML-tekst`, { ruleId: 'file-binary', source: '@kapstok/markdown', location: at(1, 1, 0) })
    return undefined
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    const before = new TextDecoder().decode(bytes.subarray(0, bad))
    const lines = before.split('\n')
    const byte = bytes[bad]?.toString(16).toUpperCase().padStart(2, '0')
    plan.message(`Bestand \`${basename(path)}\` is geen geldige UTF-8 (byte \`0x${byte}\`); sla het op als UTF-8`, {
      ruleId: 'file-encoding',
      source: '@kapstok/markdown',
      location: at(lines.length, (lines.at(-1)?.length ?? 0) + 1, before.length)
    })
    return undefined
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
  if (text.trim() === '') {
    plan.message(`Bestand \`${basename(path)}\` is leeg`, { ruleId: 'file-empty', source: '@kapstok/markdown', location: at(1, 1, 0) })
    return undefined
  }
  return text
}

/**
 * Offset of the first byte that is not valid UTF-8, or -1.
 *
 * @param bytes The file.
 * @returns The offset.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] as number
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need === -1) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    // Overlong forms and encoded UTF-16 surrogates are not UTF-8 either (RFC 3629).
    const second = bytes[i + 1] as number
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i
    i += need + 1
  }
  return -1
}
