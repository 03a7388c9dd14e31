"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ANIMATE, AXIS_PROPS, BAR_CATEGORY_GAP, CHART_HEIGHT, CHART_MARGIN, GRID_PROPS, TOOLTIP_CURSOR, Y_AXIS_WIDTH } from "./chart-defaults";
import { ChartTooltip } from "./ChartTooltip";
import { ClickableBar } from "./ClickableBar";
import type { Series } from "./series";

interface BucketBarChartProps<Row extends { startMs: number }> {
  rows: Row[];
  series: Series<Row>[];
  /** Figures shown in the tooltip only. */
  tooltipExtra?: Series<Row>[];
  xTick: (startMs: number) => string;
  yTick: (value: number) => string;
  /** Values with fractions (money); counts keep whole-number ticks. */
  fractional?: boolean;
  title: (row: Row) => string;
  /** Accessible name of one bar segment: what it holds and what it opens. */
  barLabel: (row: Row, series: Series<Row>) => string;
  /** A segment was chosen (its series), or the bucket as a whole (null). */
  onSelect: (row: Row, seriesKey: string | null) => void;
}

/** Stacked bars per time bucket; every segment opens the traces behind it. */
export function BucketBarChart<Row extends { startMs: number }>({ rows, series, tooltipExtra, xTick, yTick, fractional = false, title, barLabel, onSelect }: BucketBarChartProps<Row>) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart
        data={rows}
        margin={CHART_MARGIN}
        barCategoryGap={BAR_CATEGORY_GAP}
        onClick={(state) => {
          const row = rows[Number(state?.activeTooltipIndex)];
          if (row) onSelect(row, null);
        }}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="startMs" tickFormatter={xTick} {...AXIS_PROPS} minTickGap={16} />
        <YAxis tickFormatter={yTick} width={Y_AXIS_WIDTH} {...AXIS_PROPS} allowDecimals={fractional} />
        <Tooltip cursor={TOOLTIP_CURSOR} content={({ active, payload }) => <ChartTooltip row={active ? (payload?.[0]?.payload as Row | undefined) : undefined} title={title} series={[...series, ...(tooltipExtra ?? [])]} hint="Click to open these traces" />} />
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={(row: Row) => item.value(row) ?? 0}
            name={item.label}
            stackId="bucket"
            fill={item.color}
            isAnimationActive={ANIMATE}
            shape={(props: unknown) => {
              const bar = props as { x?: number; y?: number; width?: number; height?: number; payload: Row };
              return (
                <ClickableBar
                  {...bar}
                  fill={item.color}
                  label={barLabel(bar.payload, item)}
                  onSelect={() => onSelect(bar.payload, item.key)}
                />
              );
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
