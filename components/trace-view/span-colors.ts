// One colour per span type, for bars, badges and the overview strip.

interface TypeColor {
  /** For canvas drawing. */
  hex: string;
  bar: string;
  badge: string;
}

const COLORS: Record<string, TypeColor> = {
  AGENT: { hex: "#7c3aed", bar: "bg-violet-500", badge: "bg-violet-100 text-violet-800 dark:bg-violet-900 dark:text-violet-100" },
  CHAIN: { hex: "#64748b", bar: "bg-slate-400", badge: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200" },
  LLM: { hex: "#0d9488", bar: "bg-teal-500", badge: "bg-teal-100 text-teal-800 dark:bg-teal-900 dark:text-teal-100" },
  CHAT_MODEL: { hex: "#0891b2", bar: "bg-cyan-500", badge: "bg-cyan-100 text-cyan-800 dark:bg-cyan-900 dark:text-cyan-100" },
  RETRIEVER: { hex: "#d97706", bar: "bg-amber-500", badge: "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100" },
  TOOL: { hex: "#2563eb", bar: "bg-blue-500", badge: "bg-blue-100 text-blue-800 dark:bg-blue-900 dark:text-blue-100" },
  PARSER: { hex: "#db2777", bar: "bg-pink-500", badge: "bg-pink-100 text-pink-800 dark:bg-pink-900 dark:text-pink-100" },
  EMBEDDING: { hex: "#16a34a", bar: "bg-green-500", badge: "bg-green-100 text-green-800 dark:bg-green-900 dark:text-green-100" },
  RERANKER: { hex: "#ca8a04", bar: "bg-yellow-500", badge: "bg-yellow-100 text-yellow-800 dark:bg-yellow-900 dark:text-yellow-100" },
};

const OTHER: TypeColor = { hex: "#94a3b8", bar: "bg-slate-300 dark:bg-slate-600", badge: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300" };

export function typeColor(type: string): TypeColor {
  return COLORS[type] ?? OTHER;
}
