/** Option values that need more than a number: sizes with units. */
import { InvalidArgumentError, Option } from "commander";

/** The formats of `check`'s reports (here, not in check.ts, so defining the command loads no report writer). */
export const CHECK_FORMATS = ["text", "json", "html", "sarif", "junit", "github", "xlsx"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Binary units, as file sizes are shown: k = KiB = 1024 bytes, M = MiB, G = GiB, T = TiB. */
const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * A size in bytes: `1048576`, `512k`, `10M`, `1.5G` (also `10MiB`, `10MB`,
 * `512 KiB`; units are binary, case does not matter). Hand-written: the
 * `bytes` package reads "10M" as 10 bytes, and a limit must not be misread.
 */
export function byteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(value);
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[(m[2] ?? "").toLowerCase()]!) : Number.NaN;
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes))
    throw new InvalidArgumentError("expected a size such as 1048576 (bytes), 512k, 10M or 1.5G (k, M, G are KiB, MiB, GiB)");
  return bytes;
}

/** `--drop-flagged <severity>` of the commands that write memories; `merge` has no default (it reviews only when asked). */
export function dropFlaggedOption(withDefault = true): Option {
  const option = new Option(
    "--drop-flagged <severity>",
    withDefault
      ? "leave units flagged at this severity or worse out of TMX and TSV (none: keep them); JSON and HTML keep every link"
      : "review the memories' units and leave those flagged at this severity or worse out (none: no review, every unit written; units sverka flagged when it aligned them keep their x-sverka-flag props)",
  ).choices(["error", "warning", "info", "none"]);
  return option.default(withDefault ? "error" : "none");
}

/** `--prop type=value`, repeatable: a <prop> on every TMX unit written. */
export function propOption(merge = false): Option {
  return new Option(
    "--prop <type=value>",
    merge
      ? 'add <prop type="TYPE">VALUE</prop> to every unit of the later memories that has no prop of that type, not to the first memory\'s but those sverka wrote (x-project=JOB-5531); repeatable'
      : 'add <prop type="TYPE">VALUE</prop> to every TMX unit written (x-client=ACME, x-domain=legal); repeatable',
  ).argParser(collectProp);
}

/** `--plain-tsv`: TSV cells never quoted. */
export function plainTsvOption(): Option {
  return new Option(
    "--plain-tsv",
    "write TSV cells as they are, never quoted (for cut, awk and corpus tools; by default a cell with a double quote is quoted as RFC 4180 says)",
  );
}

/** `--creation-id <id>`: who made the memory, as TMX's creationid. */
export function creationIdOption(): Option {
  return new Option("--creation-id <id>", "the TMX creationid (who made the units) of the file and of every unit written").argParser(
    (value: string) => {
      if (!/\S/.test(value) || /[\p{Cc}]/u.test(value)) throw new InvalidArgumentError("expected a name or id, on one line");
      return value;
    },
  );
}

/**
 * `--creation-date <date>`: when the units were made, as TMX's creationdate: the day a past job was translated, not
 * the day it was aligned (a CAT tool prefers the newer of two matches). A date (2024-05-01, midnight UTC) or a date
 * and time (2024-05-01T14:30:00Z, or TMX's 20240501T143000Z).
 */
export function creationDateOption(): Option {
  return new Option(
    "--creation-date <date>",
    "the TMX creationdate of the file and of every unit written: YYYY-MM-DD or an ISO date and time (default: now, or SOURCE_DATE_EPOCH when it is set)",
  ).argParser(parseCreationDate);
}

/** A date as `--creation-date` takes it. */
export function parseCreationDate(value: string): Date {
  const v = value.trim();
  const tmx = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  const iso = tmx ? `${tmx[1]}-${tmx[2]}-${tmx[3]}T${tmx[4]}:${tmx[5]}:${tmx[6]}Z` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v;
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(iso) || Number.isNaN(date.getTime()))
    throw new InvalidArgumentError("expected a date, YYYY-MM-DD, or a date and time, 2024-05-01T14:30:00Z");
  return date;
}

function collectProp(value: string, previous: Array<[string, string]> = []): Array<[string, string]> {
  const eq = value.indexOf("=");
  const type = eq < 0 ? "" : value.slice(0, eq);
  const text = eq < 0 ? "" : value.slice(eq + 1);
  if (!/^[^\s=<>&"]+$/.test(type) || !/\S/.test(text) || /[\p{Cc}]/u.test(text))
    throw new InvalidArgumentError("expected TYPE=VALUE, such as x-client=ACME (a type without spaces, a value on one line)");
  return [...previous, [type, text]];
}
