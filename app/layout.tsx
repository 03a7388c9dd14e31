import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/AppHeader";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: "Trace dashboard",
  description: "Explore and review the traces of LLM and agent applications stored on an MLflow tracking server.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <Providers>
          <AppHeader />
          <main className="mx-auto max-w-[1600px] px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
