import { formatCount } from "@/lib/format/trace-figures";
import type { TokenUsage } from "@/lib/types/trace";

/** Total tokens, with input and output beside it. */
export function TokenCounts({ tokens }: { tokens: TokenUsage | null }) {
  if (!tokens) return <span className="text-slate-400">—</span>;
  return (
    <span className="whitespace-nowrap tabular-nums" title={`input ${formatCount(tokens.input)} · output ${formatCount(tokens.output)} · total ${formatCount(tokens.total)}`}>
      {formatCount(tokens.total)}
      <span className="ml-1 text-xs text-slate-500">
        {formatCount(tokens.input)}→{formatCount(tokens.output)}
      </span>
    </span>
  );
}
