"use client";

import { useState } from "react";
import { MAX_RATIONALE } from "@/lib/feedback/schemas";
import { Modal } from "@/components/ui/Modal";
import { ThumbButtons } from "./ThumbButtons";

interface VoteCommentDialogProps {
  subject: string;
  initialValue: boolean | null;
  initialComment: string | null;
  onSave: (value: boolean, comment: string) => void;
  onClose: () => void;
}

/** A vote with a comment: pick the thumb, write why, save (Ctrl+Enter). */
export function VoteCommentDialog({ subject, initialValue, initialComment, onSave, onClose }: VoteCommentDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [comment, setComment] = useState(initialComment ?? "");
  const save = () => {
    if (value === null) return;
    onSave(value, comment.trim());
    onClose();
  };
  return (
    <Modal title={`Your feedback on the ${subject}`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        className="space-y-3"
      >
        <div className="flex items-center gap-3 text-sm">
          <ThumbButtons value={value} onToggle={(up) => setValue(up)} subject={subject} />
          <span className="text-slate-500">{value === null ? "Choose thumbs up or down" : value ? "Thumbs up" : "Thumbs down"}</span>
        </div>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">Comment</span>
          <textarea
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                save();
              }
            }}
            maxLength={MAX_RATIONALE}
            rows={4}
            placeholder="What was right or wrong?"
            className="w-full rounded border border-slate-300 p-2 dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
            Cancel
          </button>
          <button type="submit" disabled={value === null} className="rounded bg-teal-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
            Save feedback
          </button>
        </div>
      </form>
    </Modal>
  );
}
