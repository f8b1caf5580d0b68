import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { get, request, type IncomingMessage } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module shared with `pnpm bench`
import { syntheticPlan } from '../../scripts/synthetic-plan.mjs'
import { root } from './run.js'

/** GET a path with an optional Host header; resolves with status and body. */
function fetchText(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject).end()
  })
}

/** Wait until `check` holds, polling. */
async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('kapstok watch --serve', () => {
  let dir: string
  let child: ChildProcessByStdio<null, Readable, Readable>
  let stdout = ''
  let stderr = ''
  let url = ''
  let events: IncomingMessage
  const reloads: string[] = []

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kapstok-watch-'))
    await writeFile(join(dir, 'plan.md'), syntheticPlan({ rows: 20, chapters: 3 }))
    child = spawn(process.execPath, [join(root, 'packages/cli/bin/kapstok.js'), 'watch', dir, '--out', join(dir, 'out'), '--serve', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    await until(() => stdout.includes('Kijkt naar'), 60_000)
    url = /Voorbeeld op (\S+)/.exec(stdout)?.[1] ?? ''
    events = await new Promise((resolve) => get(`${url}__kapstok/events`, resolve))
    events.setEncoding('utf8').on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/event: reload\ndata: (.*)\n/g)) reloads.push(match[1] as string)
    })
  }, 90_000)

  afterAll(() => {
    events?.destroy()
    if (child && child.exitCode === null) child.kill('SIGKILL')
  })

  it('should serve the built documents with the check results above them', async () => {
    const index = await fetchText(url)
    expect(index.body).toContain('href="/programmaplan.html"')
    const page = await fetchText(`${url}programmaplan.html`)
    expect(page.status).toBe(200)
    expect(page.body.indexOf('id="kapstok-preview"')).toBeLessThan(page.body.indexOf('Thema 1'))
    expect(page.body).toContain("new EventSource('/__kapstok/events')")
  })

  it('should rebuild once and send one reload event after an edit', async () => {
    await appendFile(join(dir, 'plan.md'), '\nEen nieuwe alinea over de wijkaanpak.\n')
    await until(() => reloads.length === 1)
    await new Promise((r) => setTimeout(r, 600)) // room for a second (wrong) rebuild to show up
    expect(reloads).toEqual(['{"build":2,"ok":true}'])
    expect(stderr.match(/^Bouw \d+/gm)).toEqual(['Bouw 1', 'Bouw 2'])
    expect((await fetchText(`${url}programmaplan.html`)).body).toContain('Een nieuwe alinea over de wijkaanpak.')
  }, 30_000)

  it('should keep the last good document on screen with the errors above it', async () => {
    await appendFile(join(dir, 'plan.md'), '\nZie [het verslag](#bestaat-niet) voor meer.\n')
    await until(() => reloads.length === 2)
    expect(reloads[1]).toBe('{"build":3,"ok":false}')
    const page = (await fetchText(`${url}programmaplan.html`)).body
    expect(page).toContain('Bouw 3 mislukt')
    expect(page).toContain('#bestaat-niet')
    expect(page).toContain('Een nieuwe alinea over de wijkaanpak.')
    expect(await readFile(join(dir, 'out/programmaplan.html'), 'utf8')).not.toContain('het verslag')
  }, 30_000)

  it('should refuse a request that names another host', async () => {
    const answer = await fetchText(url, 'kapstok.example.org')
    expect(answer.status).toBe(403)
  })

  it('should listen on 127.0.0.1 only, so another address of this machine gets no connection', async () => {
    expect(new URL(url).hostname).toBe('127.0.0.1')
    const other = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)
    if (!other) return // no other interface on this machine
    const port = new URL(url).port
    await expect(fetchText(`http://${other.address}:${port}/`)).rejects.toThrow(/ECONNREFUSED/)
  })

  it('should stop cleanly on Ctrl-C (SIGINT) with exit code 0', async () => {
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve)
      child.kill('SIGINT')
    })
    expect(code).toBe(0)
    expect(stderr).toContain('Gestopt.')
  }, 30_000)
})
