"use client";

import { useState } from "react";
import { formatBytes } from "@/lib/format/duration";
import { safeDataImage, safeHttpUrl } from "@/lib/content/safe-url";

/**
 * An image from span contents, only as a bounded preview. Base64 images show at once; an image
 * URL loads only when asked, so opening a trace does not make requests to hosts named inside it.
 */
export function ImagePreview({ dataUrl, url }: { dataUrl: string | null; url: string | null }) {
  const [load, setLoad] = useState(false);
  const safeData = safeDataImage(dataUrl);
  const safeUrl = safeHttpUrl(url);
  if (!safeData && !safeUrl) return <span className="text-xs text-slate-500 italic">[image in a format that is not shown]</span>;
  if (!safeData && !load) {
    return (
      <button type="button" onClick={() => setLoad(true)} className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800">
        Load image from {new URL(safeUrl!).host}
      </button>
    );
  }
  return (
    <figure className="inline-block">
      {/* eslint-disable-next-line @next/next/no-img-element -- untrusted image: plain bounded <img>, no optimisation proxy */}
      <img
        src={safeData ?? safeUrl!}
        alt="Image from the span contents"
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className="max-h-48 max-w-xs rounded border border-slate-200 object-contain dark:border-slate-700"
      />
      <figcaption className="text-xs text-slate-500">{safeData ? `base64 image, ${formatBytes(Math.round((safeData.length * 3) / 4))}` : safeUrl}</figcaption>
    </figure>
  );
}
