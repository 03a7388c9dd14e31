import { describe, expect, it } from "vitest";
import { chatViewOf } from "./chat";
import { documentsOf } from "./documents";
import { looksLikeMarkdown, parseInline, parseMarkdown } from "./markdown";
import { safeDataImage, safeHttpUrl } from "./safe-url";

describe("chatViewOf", () => {
  it("reads OpenAI requests with tools, tool calls and tool results", () => {
    const view = chatViewOf({
      model: "gpt-4o",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: [{ type: "text", text: "Weather?" }, { type: "image_url", image_url: { url: "https://x.test/a.png" } }] },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Rome"}' } }] },
        { role: "tool", tool_call_id: "call_1", content: '{"forecast":"sunny"}' },
      ],
      tools: [{ type: "function", function: { name: "get_weather", description: "Forecast" } }],
    });
    expect(view?.tools).toEqual([{ name: "get_weather", description: "Forecast" }]);
    expect(view?.messages.map((message) => message.role)).toEqual(["system", "user", "assistant", "tool"]);
    expect(view?.messages[1].parts).toEqual([
      { kind: "text", text: "Weather?" },
      { kind: "image", dataUrl: null, url: "https://x.test/a.png" },
    ]);
    expect(view?.messages[2].parts).toEqual([{ kind: "tool_call", id: "call_1", name: "get_weather", arguments: { city: "Rome" } }]);
    expect(view?.messages[3].parts).toEqual([{ kind: "tool_result", toolCallId: "call_1", content: { forecast: "sunny" }, isError: false }]);
  });

  it("reads OpenAI chat completions", () => {
    const view = chatViewOf({ choices: [{ index: 0, message: { role: "assistant", content: "Hi **there**" } }] });
    expect(view?.messages).toEqual([{ role: "assistant", name: null, parts: [{ kind: "text", text: "Hi **there**" }] }]);
  });

  it("reads Anthropic requests and responses with tool_use, tool_result and base64 images", () => {
    const request = chatViewOf({
      system: "You are terse.",
      messages: [
        { role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } }] },
        { role: "assistant", content: [{ type: "tool_use", id: "tu_1", name: "lookup", input: { q: "x" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "tu_1", content: [{ type: "text", text: "found" }], is_error: true }] },
      ],
    });
    expect(request?.messages[0]).toEqual({ role: "system", name: null, parts: [{ kind: "text", text: "You are terse." }] });
    expect(request?.messages[1].parts[0]).toEqual({ kind: "image", dataUrl: "data:image/png;base64,iVBORw0KGgo=", url: null });
    expect(request?.messages[2].parts[0]).toEqual({ kind: "tool_call", id: "tu_1", name: "lookup", arguments: { q: "x" } });
    expect(request?.messages[3].parts[0]).toEqual({ kind: "tool_result", toolCallId: "tu_1", content: [{ kind: "text", text: "found" }], isError: true });
    const response = chatViewOf({ type: "message", role: "assistant", content: [{ type: "text", text: "Done." }] });
    expect(response?.messages[0].parts).toEqual([{ kind: "text", text: "Done." }]);
  });

  it("returns null for values that are not chats", () => {
    expect(chatViewOf({ query: "x" })).toBeNull();
    expect(chatViewOf([])).toBeNull();
    expect(chatViewOf("text")).toBeNull();
    expect(chatViewOf({ messages: [{ content: "no role" }] })).toBeNull();
  });
});

describe("documentsOf", () => {
  it("reads MLflow document dicts with source and score from the metadata", () => {
    expect(documentsOf([{ page_content: "Returns within 30 days.", metadata: { doc_uri: "kb://returns", chunk_id: "0-0", score: 0.87 }, id: "doc-000" }])).toEqual([
      { id: "doc-000", content: "Returns within 30 days.", source: "kb://returns", score: 0.87, metadata: { doc_uri: "kb://returns", chunk_id: "0-0", score: 0.87 } },
    ]);
    expect(documentsOf({ documents: [{ content: "x", score: 0.5, url: "https://a.test" }] })?.[0]).toMatchObject({ content: "x", score: 0.5, source: "https://a.test" });
  });

  it("returns null unless every item is a document", () => {
    expect(documentsOf([{ page_content: "a" }, { other: 1 }])).toBeNull();
    expect(documentsOf({ query: "x" })).toBeNull();
  });
});

describe("markdown", () => {
  it("parses blocks", () => {
    expect(parseMarkdown("# Title\n\nSome *text*\nmore\n\n- a\n- b\n\n1. one\n\n> quoted\n\n```js\nlet x = '<b>';\n```\n---")).toEqual([
      { t: "h", level: 1, c: [{ t: "text", v: "Title" }] },
      { t: "p", c: [{ t: "text", v: "Some " }, { t: "em", c: [{ t: "text", v: "text" }] }, { t: "text", v: "\nmore" }] },
      { t: "list", ordered: false, items: [[{ t: "text", v: "a" }], [{ t: "text", v: "b" }]] },
      { t: "list", ordered: true, items: [[{ t: "text", v: "one" }]] },
      { t: "quote", c: [{ t: "text", v: "quoted" }] },
      { t: "code", lang: "js", v: "let x = '<b>';" },
      { t: "hr" },
    ]);
  });

  it("keeps raw HTML as text and only http(s) links", () => {
    expect(parseInline('<img src=x onerror="alert(1)"> **bold**')).toEqual([
      { t: "text", v: '<img src=x onerror="alert(1)"> ' },
      { t: "strong", c: [{ t: "text", v: "bold" }] },
    ]);
    expect(parseInline("[ok](https://a.test/x) [bad](javascript:alert(1))")).toEqual([
      { t: "link", href: "https://a.test/x", c: [{ t: "text", v: "ok" }] },
      { t: "text", v: " " },
      { t: "link", href: null, c: [{ t: "text", v: "bad" }] },
      { t: "text", v: ")" },
    ]);
    expect(parseInline("see https://a.test/p.")).toEqual([
      { t: "text", v: "see " },
      { t: "link", href: "https://a.test/p", c: [{ t: "text", v: "https://a.test/p" }] },
      { t: "text", v: "." },
    ]);
  });

  it("does not read underscores inside words as emphasis", () => {
    expect(parseInline('a <img onerror="window.__pwned = 1"> b window.__pwned = 2')).toEqual([{ t: "text", v: 'a <img onerror="window.__pwned = 1"> b window.__pwned = 2' }]);
    expect(parseInline("snake__case__name and __strong__ and ** not**")).toEqual([
      { t: "text", v: "snake__case__name and " },
      { t: "strong", c: [{ t: "text", v: "strong" }] },
      { t: "text", v: " and ** not**" },
    ]);
  });

  it("leaves snake_case alone and tells markdown from plain text", () => {
    expect(parseInline("get_order_status and `code`")).toEqual([{ t: "text", v: "get_order_status and " }, { t: "code", v: "code" }]);
    expect(looksLikeMarkdown("Plain sentence.")).toBe(false);
    expect(looksLikeMarkdown("- item\n- item")).toBe(true);
  });
});

describe("safe URLs", () => {
  it("allows only http(s) links and raster base64 images", () => {
    expect(safeHttpUrl("https://a.test/x?y=1")).toBe("https://a.test/x?y=1");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl(" JavaScript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<script>")).toBeNull();
    expect(safeDataImage("data:image/png;base64,iVBORw0KGgo=")).toBe("data:image/png;base64,iVBORw0KGgo=");
    expect(safeDataImage("data:image/svg+xml;base64,PHN2Zz4=")).toBeNull();
    expect(safeDataImage('data:image/png;base64,"><script>')).toBeNull();
  });
});

describe("findInJson", () => {
  it("finds keys and values and opens the containers on the way", async () => {
    const { findInJson, pathKey } = await import("./json-search");
    const found = findInJson({ a: { weather: "Sunny" }, list: [1, "rain or sun"] }, "sun");
    expect(found.paths).toEqual([["a", "weather"], ["list", 1]]);
    expect([...found.open].sort()).toEqual([pathKey([]), pathKey(["a"]), pathKey(["list"])].sort());
    expect(findInJson({ weather: 1 }, "WEATH").paths).toEqual([["weather"]]);
    expect(findInJson({ a: 1 }, "").paths).toEqual([]);
  });
});
