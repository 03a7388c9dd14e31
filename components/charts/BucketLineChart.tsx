"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANIMATE, AXIS_PROPS, CHART_HEIGHT, CHART_MARGIN, CONNECT_NULLS, GRID_PROPS, Y_AXIS_WIDTH } from "./chart-defaults";
import { ChartTooltip } from "./ChartTooltip";
import type { Series } from "./series";

interface BucketLineChartProps<Row extends { startMs: number }> {
  rows: Row[];
  series: Series<Row>[];
  /** Figures shown in the tooltip only. */
  tooltipExtra?: Series<Row>[];
  xTick: (startMs: number) => string;
  yTick: (value: number) => string;
  yDomain?: [number, number];
  title: (row: Row) => string;
  onSelect: (row: Row) => void;
}

/** One line per series over the time buckets; gaps stay gaps; a click opens the bucket's traces. */
export function BucketLineChart<Row extends { startMs: number }>({ rows, series, tooltipExtra, xTick, yTick, yDomain, title, onSelect }: BucketLineChartProps<Row>) {
  const dots = rows.length <= 40;
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <LineChart
        data={rows}
        margin={CHART_MARGIN}
        className="cursor-pointer"
        onClick={(state) => {
          const row = rows[Number(state?.activeTooltipIndex)];
          if (row) onSelect(row);
        }}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="startMs" tickFormatter={xTick} {...AXIS_PROPS} minTickGap={16} />
        <YAxis tickFormatter={yTick} width={Y_AXIS_WIDTH} domain={yDomain} {...AXIS_PROPS} />
        <Tooltip content={({ active, payload }) => <ChartTooltip row={active ? (payload?.[0]?.payload as Row | undefined) : undefined} title={title} series={[...series, ...(tooltipExtra ?? [])]} hint="Click to open these traces" />} />
        {series.map((item) => (
          <Line
            key={item.key}
            type="linear"
            dataKey={(row: Row) => item.value(row)}
            name={item.label}
            stroke={item.color}
            strokeWidth={2}
            dot={dots ? { r: 2.5, fill: item.color, strokeWidth: 0 } : false}
            activeDot={{ r: 4 }}
            connectNulls={CONNECT_NULLS}
            isAnimationActive={ANIMATE}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
