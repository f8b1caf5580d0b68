import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** Folder of the bad inputs: each `<name>.expect.yaml` beside its input `<name>.<ext>` or `<name>/`. */
export const badDir = fileURLToPath(new URL('./bad/', import.meta.url))

/** One diagnostic a bad input must give: rule id (`config` for a configuration problem), file and line when known. */
export interface Expected {
  /** Rule id, or `config` for a located problem in `kapstok.config.*` (exit 2). */
  ruleId: string
  /** File name (last path segment) the message is in (optional). */
  file?: string
  /** Line (optional: some inputs have no line, e.g. an empty folder). */
  line?: number
}

/** A bad input and what kapstok must do with it. */
export interface BadCase {
  /** Case name (file name without extension). */
  name: string
  /** What the input tries, in Dutch. */
  about: string
  /** Input path inside `bad/` (file or folder), or `undefined` for a generated case. */
  input?: string
  /** Name of the generator in `generate.ts`, for inputs too big or too odd to commit (links, sparse files). */
  generate?: string
  /** CLI arguments before the path (default: `['check']`). */
  args: string[]
  /** Exit code (default: 1). */
  exit: number
  /** Diagnostics it must give. */
  expect: Expected[]
  /** Text that must not appear in any output file or message (optional). */
  forbid: string[]
  /**
   * CPU time the case may take, in ms (optional; default: the corpus-wide 5 s). Only for a case
   * whose size is the point (a plan of 1.000 files): its budget grows with the input, not with a hang.
   */
  cpuMs?: number
}

/**
 * Parse `yaml-syntax@plan.md:12` (rule id, optional file, optional line).
 *
 * @param text The expectation as written in an expect file.
 * @returns The parsed expectation.
 */
export function parseExpected(text: string): Expected {
  const match = /^([a-z0-9-]+)(?:@([^:]+))?(?::(\d+))?$/.exec(text)
  if (!match) throw new Error(`Bad expectation \`${text}\`: use \`rule-id@file:line\``)
  return { ruleId: match[1] as string, ...(match[2] ? { file: match[2] } : {}), ...(match[3] ? { line: Number(match[3]) } : {}) }
}

/** Every case in `bad/`, by name. */
export function loadCases(): BadCase[] {
  const entries = readdirSync(badDir)
  return entries
    .filter((name) => name.endsWith('.expect.yaml'))
    .sort()
    .map((expectFile) => {
      const name = expectFile.slice(0, -'.expect.yaml'.length)
      const spec = parse(readFileSync(join(badDir, expectFile), 'utf8')) as Record<string, unknown>
      const input = entries.find((e) => e !== expectFile && (e === name || e.startsWith(`${name}.`)) && !e.endsWith('.expect.yaml'))
      if (!input && typeof spec.generate !== 'string') throw new Error(`Case \`${name}\` has no input and no \`generate\``)
      if (input && !statSync(join(badDir, input)).isFile() && !statSync(join(badDir, input)).isDirectory()) throw new Error(`Case \`${name}\`: odd input`)
      return {
        name,
        about: String(spec.about ?? ''),
        ...(input ? { input } : {}),
        ...(typeof spec.generate === 'string' ? { generate: spec.generate } : {}),
        args: (spec.args as string[] | undefined) ?? ['check'],
        exit: (spec.exit as number | undefined) ?? 1,
        expect: ((spec.expect as string[] | undefined) ?? []).map(parseExpected),
        forbid: (spec.forbid as string[] | undefined) ?? [],
        ...(typeof spec.cpuMs === 'number' ? { cpuMs: spec.cpuMs } : {})
      }
    })
}
