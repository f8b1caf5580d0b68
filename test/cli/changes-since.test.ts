// `kapstok build --changes-since`: the documents of a plan with their changes against an
// earlier version marked in place (struck and inserted words per paragraph and per cell).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { findValidators, pdfaProblems } from '../tools/validators.js'
import { copyExample, hoogeveenAgenda, kapstok, lindewaardePlan } from './run.js'

const example = 'hoogeveen-sociaal-domein'
const validators = findValidators()
const sentence = ['Aan het eind doen we aanvullende aanbevelingen (7).', 'Aan het eind doen we enkele concrete aanbevelingen (7).']
const goal = ['Preventie: Voorkomen van psychische problematiek en zorggebruik | 2022 | 12-2023 |', 'Preventie: Voorkomen van eenzaamheid en zorggebruik | 2022 | 12-2023 |']

// The example with one sentence and one agenda cell changed, beside the original. Only the files
// with the changes and what the agenda links to: the marks are per paragraph and cell, and the
// whole example (a check of ~19 s CPU, a PDF of 170 pages) made this the slowest CLI test.
async function planted(): Promise<{ old: string; now: string }> {
  const now = await copyExample(example, [...hoogeveenAgenda, '02-inleiding.md'])
  const old = join(dirname(now), 'oud')
  await cp(now, old, { recursive: true })
  const edit = (file: string, [from, to]: string[]) => {
    const text = readFileSync(join(now, file), 'utf8')
    expect(text).toContain(from)
    writeFileSync(join(now, file), text.replace(from as string, to as string))
  }
  edit('02-inleiding.md', sentence)
  edit('13-uitvoeringsagenda.md', goal)
  return { old, now }
}

// The ActualText of every structure element (pikepdf), one a line.
const actualTexts = `
import sys, pikepdf
out = []
def walk(node):
    if isinstance(node, pikepdf.Dictionary):
        if '/ActualText' in node: out.append(str(node.ActualText))
        if '/K' in node: walk(node.K)
    elif isinstance(node, pikepdf.Array):
        for item in node: walk(item)
walk(pikepdf.open(sys.argv[1]).Root.StructTreeRoot)
print('\\n'.join(out))
`

const marks = (html: string) => [...html.matchAll(/<(del|ins)>([^<]*)<\/\1>/g)].map((m) => `${m[1]}:${m[2]}`)

describe('kapstok build --changes-since', () => {
  let dir: { old: string; now: string }
  let result: Awaited<ReturnType<typeof kapstok>>

  beforeAll(async () => {
    dir = await planted()
    result = await kapstok(['build', dir.now, '--out', 'uit', '--doc', 'programmaplan', '--format', 'html,md,pdf,docx', '--force', '--changes-since', dir.old], dirname(dir.now))
  }, 120_000)

  it('should mark exactly the planted changes in the HTML', () => {
    expect(result.code).toBe(0)
    const html = readFileSync(join(dirname(dir.now), 'uit', 'programmaplan.html'), 'utf8')
    expect(marks(html).sort()).toEqual(['del:aanvullende', 'del:psychische problematiek', 'ins:eenzaamheid', 'ins:enkele concrete'])
    expect(html).toContain('Met wijzigingen ten opzichte van de versie van 18 januari 2022')
  })

  it('should strike and insert in the Markdown', () => {
    const md = readFileSync(join(dirname(dir.now), 'uit', 'programmaplan.md'), 'utf8')
    expect(md).toContain('Aan het eind doen we ~~aanvullende~~**enkele concrete** aanbevelingen (7).')
    expect(md).toContain('Voorkomen van ~~psychische problematiek~~**eenzaamheid** en zorggebruik')
  })

  it('should put the line under the title of the PDF and the DOCX', () => {
    const pdf = execFileSync('pdftotext', [join(dirname(dir.now), 'uit', 'programmaplan.pdf'), '-']).toString()
    expect(pdf.replace(/\s+/g, ' ')).toContain('Met wijzigingen ten opzichte van de versie van 18 januari 2022')
    expect(existsSync(join(dirname(dir.now), 'uit', 'programmaplan.docx'))).toBe(true)
  })

  it.skipIf(!validators.python)('should tag the struck and inserted words of the PDF as spans that say what they are, and stay PDF/A', () => {
    const python = validators.python as string
    const pdf = join(dirname(dir.now), 'uit', 'programmaplan.pdf')
    const spans = execFileSync(python, ['-c', actualTexts, pdf]).toString().trim().split('\n')
    // A mark that wraps is one span per line.
    const words = (kind: string) => spans.filter((s) => s.startsWith(`[${kind}: `)).map((s) => s.slice(kind.length + 3, -1)).join(' ')
    expect(words('geschrapt')).toBe('aanvullende psychische problematiek')
    expect(words('ingevoegd')).toBe('enkele concrete eenzaamheid')
    expect(spans.every((s) => /^\[(geschrapt|ingevoegd): /.test(s))).toBe(true)
    expect(pdfaProblems(python, [pdf])[pdf]).toEqual([])
  })

  // A plan folder of two files in a repository of its own: what is tested is reading the earlier
  // version from git, for which Hoogeveen (a check of ~4 s CPU per build) adds nothing.
  it('should compare with a git revision', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'kapstok-git-'))
    const plan = join(repo, 'plan-wonen')
    mkdirSync(plan)
    writeFileSync(join(plan, '01-plan.md'), lindewaardePlan('# Inleiding\n\nWe beschrijven hier wat we de komende jaren doen.\n'))
    writeFileSync(join(plan, '02-slot.md'), `# Slot\n\n${sentence[1]}\n`)
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' })
    git('init', '-q')
    git('add', 'plan-wonen')
    git('commit', '-q', '-m', 'nieuwe versie')
    writeFileSync(join(plan, '02-slot.md'), readFileSync(join(plan, '02-slot.md'), 'utf8').replace('enkele concrete', 'drie'))
    const { code } = await kapstok(['build', 'plan-wonen', '--out', 'git-uit', '--doc', 'programmaplan', '--format', 'html', '--force', '--changes-since', 'HEAD'], repo)
    expect(code).toBe(0)
    const html = readFileSync(join(repo, 'git-uit', 'programmaplan.html'), 'utf8')
    expect(marks(html)).toEqual(['del:enkele concrete', 'ins:drie'])
    expect(html).toContain('(HEAD:plan-wonen)')
  }, 60_000)

  it('should refuse an unknown version with exit code 2 and write nothing', async () => {
    const { code, stderr } = await kapstok(['build', dir.now, '--out', 'niets', '--force', '--changes-since', 'v9.9'], dirname(dir.now))
    expect(code).toBe(2)
    expect(stderr).toContain('Onbekende versie `v9.9` voor `--changes-since`: er is geen map of bestand met die naam en het is geen git-revisie')
    expect(existsSync(join(dirname(dir.now), 'niets'))).toBe(false)
  })

  it('should refuse a folder that is no plan with exit code 1 and write nothing', async () => {
    const empty = join(dirname(dir.now), 'leeg')
    mkdirSync(empty)
    const { code, stderr } = await kapstok(['build', dir.now, '--out', 'niets', '--force', '--changes-since', 'leeg'], dirname(dir.now))
    expect(code).toBe(1)
    expect(stderr).toContain('Niets geschreven: de eerdere versie `leeg` (--changes-since) is niet te lezen als plan.')
    expect(existsSync(join(dirname(dir.now), 'niets'))).toBe(false)
  })
})
