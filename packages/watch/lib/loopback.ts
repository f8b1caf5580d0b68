/**
 * Whether a socket address is the machine itself (127.0.0.0/8, ::1, or IPv4 loopback mapped
 * into IPv6).
 *
 * @param address `socket.remoteAddress`.
 * @returns `true` for loopback.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return v4.startsWith('127.') || address === '::1'
}

/**
 * Whether a `Host` header names this machine (`127.0.0.1`, `localhost`, `[::1]`, with any
 * port). A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends
 * its own name here and is refused.
 *
 * @param host The `Host` header.
 * @returns `true` for a loopback name.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '')
  return name === 'localhost' || name === '[::1]' || isLoopbackAddress(name)
}
