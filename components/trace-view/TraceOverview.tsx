"use client";

import { useEffect, useRef, useState } from "react";
import type { SpanTree } from "@/lib/trace/span-tree";
import { nodeType } from "@/lib/trace/span-tree";
import { typeColor } from "./span-colors";

const HEIGHT = 40;

interface TraceOverviewProps {
  tree: SpanTree;
  rows: Int32Array;
  zoom: { from: number; to: number } | null;
  onZoom: (zoom: { from: number; to: number } | null) => void;
}

/**
 * The whole trace in one strip, drawn on a canvas (no DOM node per span): every shown row as a
 * line. The zoomed window is marked; drag across the strip to zoom, double-click to see it all.
 */
export function TraceOverview({ tree, rows, zoom, onZoom }: TraceOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = width * ratio;
    element.height = HEIGHT * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, HEIGHT);
    const duration = tree.durationMs || 1;
    const lineHeight = Math.max(1, HEIGHT / Math.max(rows.length, 1));
    let lastColor = "";
    for (let index = 0; index < rows.length; index++) {
      const node = rows[index];
      const color = tree.error[node] ? "#dc2626" : typeColor(nodeType(tree, node)).hex;
      if (color !== lastColor) context.fillStyle = lastColor = color;
      const x = (tree.start[node] / duration) * width;
      const w = Math.max(1, ((tree.end[node] - tree.start[node]) / duration) * width);
      context.fillRect(x, (index / Math.max(rows.length, 1)) * HEIGHT, w, Math.min(lineHeight, 6));
    }
  }, [tree, rows, width]);

  const fractionAt = (clientX: number) => {
    const box = canvas.current!.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - box.left) / box.width));
  };
  const shade = drag ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) } : zoom;

  return (
    <div
      className="relative cursor-crosshair border-b border-slate-200 select-none dark:border-slate-800"
      style={{ height: HEIGHT }}
      data-testid="trace-overview"
      title="Drag to zoom into a time range; double-click to show the whole trace"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        const at = fractionAt(event.clientX);
        setDrag({ from: at, to: at });
      }}
      onPointerMove={(event) => drag && setDrag({ ...drag, to: fractionAt(event.clientX) })}
      onPointerUp={() => {
        if (drag && Math.abs(drag.to - drag.from) > 0.005) onZoom({ from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) });
        setDrag(null);
      }}
      onDoubleClick={() => onZoom(null)}
    >
      <canvas ref={canvas} className="h-full w-full" aria-label="Overview of the whole trace" role="img" />
      {shade && (
        <>
          <div className="pointer-events-none absolute top-0 left-0 h-full bg-slate-500/25" style={{ width: `${shade.from * 100}%` }} />
          <div className="pointer-events-none absolute top-0 right-0 h-full bg-slate-500/25" style={{ width: `${(1 - shade.to) * 100}%` }} />
          <div className="pointer-events-none absolute top-0 h-full border-x-2 border-teal-600" style={{ left: `${shade.from * 100}%`, width: `${(shade.to - shade.from) * 100}%` }} data-testid="overview-window" />
        </>
      )}
    </div>
  );
}
