import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { badDir, loadCases, type BadCase } from './cases.js'
import { generators, secret } from './generate.js'
import { runIsolated, stopIsolated } from './isolated.js'

/**
 * Every bad input must be handled within 5 s of CPU time and 500 MB of heap. A run is stopped
 * as a hang after 30 s of wall-clock time (generous: the machine may be shared).
 */
const cpuLimitMs = 5000
const limits = { timeMs: 30_000, heapMb: 500 }

const cases = loadCases()
const handled: string[] = []

describe('the corpus of bad inputs', () => {
  it('should hold at least 100 bad inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
  })

  for (const badCase of cases) {
    it(`should handle ${badCase.name}: ${badCase.about}`, async () => {
      await checkCase(badCase)
      handled.push(badCase.name)
    })
  }

  afterAll(async () => {
    await stopIsolated()
    // CI reads this line.
    console.log(`${handled.length} of ${cases.length} bad inputs handled`)
  })
})

async function checkCase(badCase: BadCase): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kapstok-corpus-'))
  try {
    let target: string
    if (badCase.generate) {
      const generate = generators[badCase.generate]
      if (!generate) throw new Error(`No generator \`${badCase.generate}\``)
      target = await generate(dir)
    } else {
      target = join(dir, badCase.input as string)
      await cp(join(badDir, badCase.input as string), target, { recursive: true })
    }
    const path = target.slice(dir.length + 1)
    const building = badCase.args[0] === 'build'
    const args = [...badCase.args, path, ...(building ? ['--out', 'out'] : ['--format', 'json'])]
    const result = await runIsolated(args, dir, limits)
    const output = result.stdout + result.stderr
    if (process.env.KAPSTOK_CORPUS_LOG) await appendFile(process.env.KAPSTOK_CORPUS_LOG, `${JSON.stringify({ name: badCase.name, status: result.stopped ?? result.code, ms: Math.round(result.ms), cpuMs: Math.round(result.cpuMs ?? 0), output })}\n`)

    expect(result.stopped, `${badCase.name} was stopped after ${Math.round(result.ms)} ms`).toBeUndefined()
    expect(result.cpuMs, `${badCase.name} took ${Math.round(result.cpuMs ?? 0)} ms of CPU time`).toBeLessThan(badCase.cpuMs ?? cpuLimitMs)
    expect(output).not.toMatch(/interne fout|internal-error/i)
    expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(output, 'no absolute server path').not.toContain(dir)
    expect(result.code, output.slice(0, 2000)).toBe(badCase.exit)

    const found = building || badCase.exit === 2 ? textDiagnostics(output) : jsonDiagnostics(result.stdout)
    for (const want of badCase.expect) {
      const match = found.some(
        (d) => d.ruleId === want.ruleId && (want.file === undefined || d.file.split('/').pop() === want.file) && (want.line === undefined || d.line === want.line)
      )
      expect(match, `expected ${want.ruleId}${want.file ? `@${want.file}` : ''}${want.line ? `:${want.line}` : ''} in\n${found.slice(0, 20).map((d) => `${d.ruleId}@${d.file}:${d.line}`).join('\n')}`).toBe(true)
    }
    // Values and ids are quoted in backticks (a rule may be called `abbreviation-undefined`).
    for (const d of found) expect(d.message.replace(/`[^`]*`/g, ''), 'messages are Dutch sentences, not exceptions').not.toMatch(/\b(Error|TypeError|undefined|Cannot read)\b/)

    const forbidden = [...badCase.forbid, secret, 'root:x:0:0']
    const written = [output, ...(await filesBelow(join(dir, 'out')))]
    for (const text of forbidden) for (const content of written) expect(content, `must not contain ${text}`).not.toContain(text)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

interface Found {
  ruleId: string
  file: string
  line: number | null
  message: string
}

function jsonDiagnostics(stdout: string): Found[] {
  const list = JSON.parse(stdout || '[]') as Array<{ ruleId: string; file: string; line: number | null; message: string }>
  return list.map(({ ruleId, file, line, message }) => ({ ruleId, file, line, message }))
}

// Stylish (build) and configuration problems (`file:line:col  fout  reason`) on stderr.
function textDiagnostics(output: string): Found[] {
  const found: Found[] = []
  let file = ''
  for (const line of output.split('\n')) {
    const config = /^(\S*kapstok\.config\.\w+):(\d+):\d+\s+fout\s+(.*)$/.exec(line)
    if (config) {
      found.push({ ruleId: 'config', file: config[1] as string, line: Number(config[2]), message: config[3] as string })
      continue
    }
    const entry = /^\s+(\d+):\d+\s+\S+\s+(.*?)\s+([a-z0-9-]+)$/.exec(line)
    if (entry) found.push({ ruleId: entry[3] as string, file, line: Number(entry[1]), message: entry[2] as string })
    else if (/^\S/.test(line)) file = line.trim()
  }
  return found
}

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])
  return Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'latin1')))
}
