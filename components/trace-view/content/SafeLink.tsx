import type { ReactNode } from "react";
import { safeHttpUrl } from "@/lib/content/safe-url";

/** A link from span contents: http(s) only, opened in a new tab without opener or referrer. */
export function SafeLink({ href, children }: { href: string | null; children: ReactNode }) {
  const url = safeHttpUrl(href);
  if (!url) return <span className="underline decoration-dotted">{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer nofollow" referrerPolicy="no-referrer" className="text-teal-700 underline hover:text-teal-900 dark:text-teal-400">
      {children}
    </a>
  );
}
