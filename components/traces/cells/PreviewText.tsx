/** One line of a request or response preview; the full preview on hover. Rendered as plain text. */
export function PreviewText({ text }: { text: string | null }) {
  if (!text) return <span className="text-slate-400">—</span>;
  const line = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return (
    <span title={text} className="block max-w-[13rem] truncate">
      {line.replace(/\s+/g, " ")}
    </span>
  );
}
