import { Rectangle } from "recharts";

interface ClickableBarProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  /** What the bar opens, for screen readers and keyboard users. */
  label: string;
  onSelect: () => void;
}

/** A bar segment that is a link: clickable, focusable, and named by what it opens. */
export function ClickableBar({ x = 0, y = 0, width = 0, height = 0, fill, label, onSelect }: ClickableBarProps) {
  if (height <= 0 || width <= 0) return null;
  return (
    <g
      role="link"
      tabIndex={0}
      aria-label={label}
      className="cursor-pointer outline-none focus-visible:opacity-70"
      onClick={(event) => {
        // The chart's own click (the whole bucket) must not fire as well.
        event.stopPropagation();
        onSelect();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          onSelect();
        }
      }}
    >
      <Rectangle x={x} y={y} width={width} height={height} fill={fill} />
    </g>
  );
}
