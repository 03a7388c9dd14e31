import "server-only";
import { cookies, headers } from "next/headers";
import { ANNOTATOR_COOKIE, resolveAnnotator, type Annotator } from "@/lib/feedback/annotator";
import { HttpError } from "./handle";

/** The trusted header naming the annotator (set by an SSO proxy), when the deployment has one. */
export function trustedAnnotatorHeader(): string | null {
  return process.env.ANNOTATOR_HEADER?.trim() || null;
}

/** The annotator of this request; ANNOTATOR_HEADER names a trusted header set by an SSO proxy. */
export async function currentAnnotator(): Promise<Annotator | null> {
  const trustedHeaderName = trustedAnnotatorHeader() ?? undefined;
  return resolveAnnotator({ trustedHeaderName, headers: await headers(), cookieValue: (await cookies()).get(ANNOTATOR_COOKIE)?.value });
}

export async function requireAnnotator(): Promise<Annotator> {
  const annotator = await currentAnnotator();
  if (annotator) return annotator;
  const header = trustedAnnotatorHeader();
  throw new HttpError(
    401,
    "ANNOTATOR_REQUIRED",
    header
      ? `No annotator identity: the trusted header ${header} is missing from the request (is the sign-in proxy in front of the dashboard?).`
      : "Tell the dashboard who you are before annotating: enter your name once (it is kept in a cookie).",
  );
}
