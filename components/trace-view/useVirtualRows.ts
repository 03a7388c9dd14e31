"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";

export interface VirtualRange {
  first: number;
  last: number;
}

/**
 * A fixed-height row virtualizer: only the rows in view (plus `overscan` either side) are mounted.
 * Scroll events are folded into one check per animation frame, and React renders only when the
 * first row in view or the number of rows in view changes, synchronously, in that same frame.
 */
export function useVirtualRows(scrollRef: RefObject<HTMLElement | null>, rowCount: number, rowHeight: number, overscan = 12) {
  const [view, setView] = useState({ first: 0, count: 30 });
  const frame = useRef<number | null>(null);

  const read = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return null;
    return { first: Math.floor(element.scrollTop / rowHeight), count: Math.ceil(element.clientHeight / rowHeight) + 1 };
  }, [scrollRef, rowHeight]);

  const update = useCallback(
    (sync: boolean) => {
      const next = read();
      if (!next) return;
      const apply = () => setView((old) => (old.first === next.first && old.count === next.count ? old : next));
      if (sync) flushSync(apply);
      else apply();
    },
    [read],
  );

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    update(false);
    const onScroll = () => {
      frame.current ??= requestAnimationFrame(() => {
        frame.current = null;
        update(true);
      });
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    const observer = new ResizeObserver(() => update(false));
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", onScroll);
      observer.disconnect();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [scrollRef, update]);

  // Rows can shrink (collapse all) below the current scroll position.
  useEffect(() => update(false), [rowCount, update]);

  const first = Math.max(0, view.first - overscan);
  const last = Math.min(rowCount - 1, view.first + view.count + overscan);

  const scrollToRow = useCallback(
    (index: number, align: "auto" | "center" = "auto") => {
      const element = scrollRef.current;
      if (!element || index < 0) return;
      const top = index * rowHeight;
      const height = element.clientHeight;
      if (align === "center") element.scrollTop = Math.max(0, top - height / 2 + rowHeight / 2);
      else if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height;
      update(false);
    },
    [scrollRef, rowHeight, update],
  );

  return { range: { first, last } as VirtualRange, totalHeight: rowCount * rowHeight, scrollToRow };
}
