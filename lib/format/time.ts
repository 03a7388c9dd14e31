// Time display, decided once: relative for scanning, absolute (viewer's time zone) on hover.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "3 minutes ago", "yesterday"; "just now" under ten seconds. */
export function formatRelativeTime(ms: number | null, nowMs: number): string {
  if (ms === null) return "—";
  const delta = ms - nowMs;
  if (Math.abs(delta) < 10_000) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) return relative.format(Math.round(delta / size), unit);
  }
  return "just now";
}

// Building a DateTimeFormat costs about a millisecond: once per time zone, not once per row.
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

function absoluteFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let format = absoluteFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    absoluteFormats.set(key, format);
  }
  return format;
}

/** "2026-11-21 16:25:37" in the given (default: the viewer's) time zone, with its abbreviation. */
export function formatAbsoluteTime(ms: number | null, timeZone?: string): string {
  if (ms === null) return "—";
  const parts = absoluteFormat(timeZone).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}:${part("second")} ${part("timeZoneName")}`.trim();
}
