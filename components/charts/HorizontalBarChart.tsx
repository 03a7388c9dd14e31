"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANIMATE, AXIS_PROPS, CHART_MARGIN, GRID_PROPS, TOOLTIP_CURSOR } from "./chart-defaults";
import { ChartTooltip } from "./ChartTooltip";
import { ClickableBar } from "./ClickableBar";
import type { Series } from "./series";

interface HorizontalBarChartProps<Row> {
  rows: Row[];
  category: (row: Row) => string;
  series: Series<Row>[];
  /** Figures shown in the tooltip only. */
  tooltipExtra?: Series<Row>[];
  xTick: (value: number) => string;
  barLabel: (row: Row, series: Series<Row>) => string;
  onSelect: (row: Row) => void;
}

const ROW_HEIGHT = 36;

/** Stacked horizontal bars, one per category (e.g. a model), each opening the traces behind it. */
export function HorizontalBarChart<Row>({ rows, category, series, tooltipExtra, xTick, barLabel, onSelect }: HorizontalBarChartProps<Row>) {
  const data = rows.map((row) => ({ row, name: category(row) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * ROW_HEIGHT + 40)}>
      <BarChart data={data} layout="vertical" margin={CHART_MARGIN}>
        <CartesianGrid {...GRID_PROPS} vertical horizontal={false} />
        <XAxis type="number" tickFormatter={xTick} {...AXIS_PROPS} />
        <YAxis type="category" dataKey="name" width={140} {...AXIS_PROPS} />
        <Tooltip cursor={TOOLTIP_CURSOR} content={({ active, payload }) => <ChartTooltip row={active ? (payload?.[0]?.payload as { row: Row } | undefined)?.row : undefined} title={category} series={[...series, ...(tooltipExtra ?? [])]} hint="Click to open these traces" />} />
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={(entry: { row: Row }) => item.value(entry.row) ?? 0}
            name={item.label}
            stackId="category"
            fill={item.color}
            isAnimationActive={ANIMATE}
            shape={(props: unknown) => {
              const bar = props as { x?: number; y?: number; width?: number; height?: number; payload: { row: Row } };
              return <ClickableBar {...bar} fill={item.color} label={barLabel(bar.payload.row, item)} onSelect={() => onSelect(bar.payload.row)} />;
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
