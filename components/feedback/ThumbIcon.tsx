/** A thumb outline; pointing down is the same shape turned over. */
export function ThumbIcon({ down = false, filled = false, size = 16 }: { down?: boolean; filled?: boolean; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden className={down ? "inline rotate-180" : "inline"} fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
      <path d="M7 10v11H3V10h4Zm0 0 4-8a2.5 2.5 0 0 1 2.5 2.5V9h5.6a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 16.8 21H7" />
    </svg>
  );
}

/** A speech bubble, for comments. */
export function CommentIcon({ filled = false }: { filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden className="inline" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
      <path d="M4 5h16v11H9l-5 4V5Z" />
    </svg>
  );
}
