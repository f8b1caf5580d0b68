import { readFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { isLoopbackAddress, isLoopbackHost } from './loopback.js'
import { indexPage, previewPanel, type PreviewState } from './panel.js'

/** Options of `startPreviewServer`. */
export interface PreviewServerOptions {
  /** Folder with the rendered documents. */
  root: string
  /** Port (default: 4173; `0` picks a free one). */
  port?: number
}

/** A running preview server. */
export interface PreviewServer {
  /** Its address, e.g. `http://127.0.0.1:4173/`. */
  url: string
  /** Show a new build: store its state and tell every open page to reload. */
  update(state: PreviewState): void
  /** Stop: close the event streams and the server. */
  close(): Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8'
}

/**
 * Serve the rendered documents on 127.0.0.1 only, with the check results above each HTML page
 * and a server-sent event stream (`/__kapstok/events`) that makes the page reload after each
 * build. Requests from another address, or naming another host (DNS rebinding), get 403.
 *
 * @param options Folder and port.
 * @returns The running server.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  let state: PreviewState = { build: 0, ok: true, messages: [], documents: [] }
  const streams = new Set<ServerResponse>()
  const server = createServer(async (request, response) => {
    if (!isLoopbackAddress(request.socket.remoteAddress) || !isLoopbackHost(request.headers.host)) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Alleen toegankelijk vanaf deze computer (127.0.0.1).\n')
      return
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    if (path === '/__kapstok/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      response.write(': kapstok\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    if (path === '/') {
      response.writeHead(200, { 'content-type': types['.html'] as string, 'cache-control': 'no-store' }).end(indexPage(state))
      return
    }
    const file = normalize(join(options.root, path))
    if (!file.startsWith(normalize(options.root) + sep)) {
      response.writeHead(404).end()
      return
    }
    const body = await readFile(file).catch(() => undefined)
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Niet gevonden: ${path}\n`)
      return
    }
    const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream'
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
    response.end(extname(file).toLowerCase() === '.html' ? withPanel(body.toString('utf8'), state) : body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4173, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    update(next) {
      state = next
      for (const stream of streams) stream.write(`event: reload\ndata: ${JSON.stringify({ build: next.build, ok: next.ok })}\n\n`)
    },
    async close() {
      for (const stream of streams) stream.end()
      streams.clear()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

// The panel goes right after `<body …>`, so the messages are above the document.
function withPanel(html: string, state: PreviewState): string {
  const body = /<body[^>]*>/i.exec(html)
  if (!body) return previewPanel(state) + html
  const at = body.index + body[0].length
  return html.slice(0, at) + previewPanel(state) + html.slice(at)
}
