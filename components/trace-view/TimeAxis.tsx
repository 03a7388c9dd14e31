"use client";

import { useRef, useState } from "react";
import { formatDuration } from "@/lib/format/duration";
import { axisTicks, zoomInto, type TimeWindow } from "@/lib/trace/waterfall";

/** Ticks over the bars; dragging across it zooms into the dragged time range. */
export function TimeAxis({ window, onZoom }: { window: TimeWindow; onZoom: (window: TimeWindow) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const fractionAt = (clientX: number) => {
    const box = ref.current!.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - box.left) / box.width));
  };
  return (
    <div
      ref={ref}
      className="relative h-full cursor-col-resize select-none"
      data-testid="time-axis"
      title="Drag to zoom into a time range"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        const at = fractionAt(event.clientX);
        setDrag({ from: at, to: at });
      }}
      onPointerMove={(event) => drag && setDrag({ ...drag, to: fractionAt(event.clientX) })}
      onPointerUp={() => {
        if (drag && Math.abs(drag.to - drag.from) > 0.005) onZoom(zoomInto(window, drag.from, drag.to));
        setDrag(null);
      }}
    >
      {axisTicks(window, 6).map((tick) => (
        <span key={tick.ms} className="absolute top-0 h-full border-l border-slate-300 pl-1 leading-8 whitespace-nowrap dark:border-slate-700" style={{ left: `${tick.fraction * 100}%` }}>
          {tick.fraction < 0.95 ? formatDuration(tick.ms) : ""}
        </span>
      ))}
      {drag && (
        <span className="absolute top-0 h-full bg-teal-500/20" style={{ left: `${Math.min(drag.from, drag.to) * 100}%`, width: `${Math.abs(drag.to - drag.from) * 100}%` }} />
      )}
    </div>
  );
}
