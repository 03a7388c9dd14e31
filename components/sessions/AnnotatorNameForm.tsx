"use client";

import { useState } from "react";
import { annotatorCookie } from "@/lib/feedback/annotator-cookie";

/** Asks once for the reviewer's name (kept in a cookie), so feedback is attributed to a person. */
export function AnnotatorNameForm({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-center gap-2 rounded border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950"
      onSubmit={(event) => {
        event.preventDefault();
        const cookie = annotatorCookie(name);
        if (!cookie) {
          setProblem("Enter your name or e-mail (not “default” or “anonymous”).");
          return;
        }
        document.cookie = cookie;
        onSaved();
      }}
    >
      <label className="flex items-center gap-2">
        <span>Who is giving this feedback?</span>
        <input value={name} onChange={(event) => setName(event.target.value)} placeholder="your name or e-mail" className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900" />
      </label>
      <button type="submit" className="rounded border border-sky-400 px-3 py-1 hover:bg-sky-100 dark:hover:bg-sky-900">
        Save and send
      </button>
      {problem && <span role="alert">{problem}</span>}
    </form>
  );
}
