/**
 * A problem with a template pack or with the `template` configuration: a pack that cannot be
 * found, a broken `pack.json`, an override file that does not exist, a colour that is not a
 * colour. The message is Dutch and meant for the user; `setting` says which configuration
 * value caused it, so it can be shown at that place in `kapstok.config.*`.
 */
export class PackError extends Error {
  /** Path of the configuration value that caused it, e.g. `['template', 'overrides', 'logo']`. */
  readonly setting: string[]

  /**
   * @param reason Dutch message: what is wrong with the value in backticks, then what to do.
   * @param setting Path of the configuration value that caused it (default: `['template', 'pack']`).
   */
  constructor(reason: string, setting: string[] = ['template', 'pack']) {
    super(reason)
    this.name = 'PackError'
    this.setting = setting
  }
}
