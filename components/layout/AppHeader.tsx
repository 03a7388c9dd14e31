import Link from "next/link";
import { AnnotatorBadge } from "@/components/feedback/AnnotatorBadge";
import { ServerStatus } from "./ServerStatus";

export function AppHeader() {
  return (
    <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-[1600px] items-center justify-between gap-4 px-4 py-3">
        <Link prefetch={false} href="/" className="font-semibold tracking-tight">
          Trace dashboard
        </Link>
        <div className="flex items-center gap-4">
          <AnnotatorBadge />
          <ServerStatus />
        </div>
      </div>
    </header>
  );
}
