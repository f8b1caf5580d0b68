// How test/rules/linear.test.ts judges a rule's growth from N to 2N, shared with the child that
// times the rules (linear-timing.mjs), which stops timing a rule once it has passed.

/** The largest growth allowed from N to 2N: linear is 2×, quadratic 4×; generous for a busy machine. */
export const maxRatio = 3

/**
 * Below this on 2N a run is too short to time reliably on a busy machine (2 cores shared by
 * many processes), and too cheap to matter at any size we test.
 */
export const floorMs = 10

/**
 * Growth from N to 2N; times below the floor count as the floor (too short to tell apart).
 * @param {{ single: number, double: number }} timing Fastest CPU milliseconds on N and on 2N.
 * @returns {number} The ratio.
 */
export function ratioOf({ single, double }) {
  return Math.max(double, floorMs) / Math.max(single, floorMs)
}
