import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        <Link prefetch={false} className="text-teal-700 underline dark:text-teal-400" href="/">
          Back to the experiments
        </Link>
      </p>
    </div>
  );
}
