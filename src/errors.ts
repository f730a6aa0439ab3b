/** Exit codes, written down once. */
export const ExitCode = {
  ok: 0,
  /** The run worked and found problems (used by checks). */
  problems: 1,
  /** Bad input or usage: nothing was written. */
  badInput: 2,
  /** An unexpected exception: a bug in sverka, to be reported. */
  internal: 3,
  /** Stopped by Ctrl-C (128 + SIGINT, as shells report it); what was finished is kept. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An expected failure a user can act on: a missing file, an empty document,
 * an unknown language. The message is one line naming the file and the problem;
 * the CLI prints it and exits with `exitCode`. Anything else is a bug.
 */
export class SverkaError extends Error {
  override readonly name = "SverkaError";
  readonly exitCode: ExitCode;
  readonly path?: string;

  constructor(message: string, options: { path?: string; exitCode?: ExitCode; cause?: unknown } = {}) {
    super(options.path ? `${options.path}: ${message}` : message, { cause: options.cause });
    this.exitCode = options.exitCode ?? ExitCode.badInput;
    this.path = options.path;
  }
}
