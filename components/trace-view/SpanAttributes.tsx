import { SPAN_CONTENT_ATTRIBUTES } from "@/lib/trace/span-attributes";
import { FoldedText } from "./content/FoldedText";
import { JsonViewer } from "./content/JsonViewer";

/** Every attribute of the span; inputs and outputs point to the tab that renders them. */
export function SpanAttributes({ attributes }: { attributes: Record<string, unknown> }) {
  const entries = Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="text-sm text-slate-500">No attributes.</p>;
  return (
    <table className="w-full text-xs" data-testid="span-attributes">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key} className="border-b border-slate-100 align-top dark:border-slate-800">
            <th scope="row" className="py-1 pr-3 text-left font-mono font-normal break-all text-slate-600 dark:text-slate-400">{key}</th>
            <td className="py-1 font-mono">
              {SPAN_CONTENT_ATTRIBUTES.has(key) ? (
                <span className="text-slate-500 italic">shown under Inputs &amp; outputs</span>
              ) : value !== null && typeof value === "object" ? (
                <JsonViewer value={value} label={key} searchable={false} defaultDepth={1} />
              ) : (
                <FoldedText text={String(value)} limit={500} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
