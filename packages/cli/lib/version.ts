/** Version printed by `--version` (and part of the `--cache` fingerprint). */
export const VERSION = '0.1.0'
