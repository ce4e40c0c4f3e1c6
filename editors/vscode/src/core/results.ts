// Turns the server's command results into what the user reads. Pure.

export type MigrationStatus = "applied" | "rejected" | "failed" | "cancelled";

/** Result of `l2j.migrateToGo` (CONTRACT.md, "Language server"). */
export interface MigrationResult {
  status: MigrationStatus;
  goUri?: string;
  backend?: string;
  pairId?: number | string | null;
  message?: string;
}

const STATUSES: readonly string[] = ["applied", "rejected", "failed", "cancelled"];

export function asMigrationResult(value: unknown): MigrationResult | undefined {
  if (typeof value !== "object" || value === null) {
    return undefined;
  }
  const status = (value as { status?: unknown }).status;
  return typeof status === "string" && STATUSES.includes(status)
    ? (value as MigrationResult)
    : undefined;
}

export interface Notice {
  severity: "info" | "error";
  text: string;
}

function fileName(uri: string | undefined): string {
  if (uri === undefined || uri === "") {
    return "the Go file";
  }
  const last = uri.split("/").pop() ?? uri;
  return decodeURIComponent(last);
}

/** What the user reads once a migration ends; `goPath` names the Go file (workspace-relative). */
export function migrationNotice(result: MigrationResult, goPath?: string): Notice {
  const via = result.backend ? ` (${result.backend})` : "";
  const why = result.message ? `: ${result.message}` : "";
  switch (result.status) {
    case "applied":
      return { severity: "info", text: `L2J: migrated to ${goPath ?? fileName(result.goUri)}${via}` };
    case "rejected":
      return { severity: "info", text: `L2J: migration discarded${why}` };
    case "cancelled":
      return { severity: "info", text: "L2J: migration cancelled" };
    case "failed":
      return { severity: "error", text: `L2J: migration failed${via}${why}` };
  }
}

function scalar(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

/** `l2j.datasetStats` as lines `key: value`, nested objects indented; any JSON shape works. */
export function formatStats(value: unknown, indent = ""): string[] {
  if (typeof value !== "object" || value === null) {
    return [`${indent}${scalar(value)}`];
  }
  const lines: string[] = [];
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (typeof item === "object" && item !== null && Object.keys(item).length > 0) {
      lines.push(`${indent}${key}:`, ...formatStats(item, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${scalar(item)}`);
    }
  }
  return lines;
}

/**
 * `l2j.datasetStats` on one line: scalars as `key: value`, nested counts as `key: name n, ...`
 * without the zeros, e.g. `total: 2; by_status: accepted 1, rejected 1; trainable: 1`.
 */
export function statsSummary(value: unknown): string {
  if (typeof value !== "object" || value === null) {
    return scalar(value);
  }
  const parts = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
    if (typeof item !== "object" || item === null) {
      return `${key}: ${scalar(item)}`;
    }
    const counts = Object.entries(item as Record<string, unknown>)
      .filter(([, n]) => n !== 0)
      .map(([name, n]) => `${name} ${scalar(n)}`);
    return `${key}: ${counts.length > 0 ? counts.join(", ") : "none"}`;
  });
  return parts.join("; ");
}

/** `l2j.reloadModel` answers `{status, checkpoint}`; the server loads it on next use. */
export function reloadNotice(value: unknown): string {
  const checkpoint = (value as { checkpoint?: unknown } | null)?.checkpoint;
  return typeof checkpoint === "string"
    ? `L2J: the HRM reloads ${checkpoint} on its next use`
    : "L2J: the HRM reloads on its next use";
}

/** Title of the cancellable notification for one `l2j.migrateToGo` argument. */
export function migrationTitle(arg: unknown): string {
  const { scope, name } = (arg ?? {}) as { scope?: unknown; name?: unknown };
  if (scope === "file" || typeof scope !== "string") {
    return "L2J: migrating the file to Go";
  }
  return typeof name === "string" && name !== ""
    ? `L2J: migrating ${scope} '${name}' to Go`
    : `L2J: migrating the ${scope} to Go`;
}
