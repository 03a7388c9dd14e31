"""Span contents of the benchmark traces, as MLflow span dicts (pure Python, no MLflow import).

A span dict has the shape of ``mlflow.entities.Span.to_dict()``: base64 OTel ids, attribute values
JSON-encoded once (as the SDK stores them), status codes ``STATUS_CODE_OK``/``STATUS_CODE_ERROR``.
``trace_spans`` returns the spans of one planned experiment trace, ``big_trace_spans`` a range of
spans of a big trace. Ids derive from the data set, the base time and the index, so a reseed (new
base time) never collides with traces left from an earlier attempt.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random

from seed_plan import (
    NEEDLE,
    SPEC_VERSION,
    WINDOW_MS,
    PlannedTrace,
    big_marker,
    big_span_type,
    marker,
)

MODELS = ("gpt-4o-mini", "gpt-4o", "claude-3-5-haiku")
SYSTEM_PROMPT = "You are the Acme support assistant. Answer briefly and cite the knowledge base."
SUBJECTS = ("order", "invoice", "refund", "delivery", "password reset", "subscription",
            "warranty claim", "gift card", "shipping address", "loyalty points")
ASKS = ("What is the status of my {s}?", "Can you help me with a {s} problem?",
        "Why was my {s} rejected?", "How long does a {s} usually take?",
        "Please explain the {s} policy.", "I need to change my {s}.")
TOOLS = ("lookup_order", "get_customer", "search_tickets", "create_ticket", "check_inventory")
LOG_LEVEL = json.dumps(20)


def _b64(value: int, size: int) -> str:
    return base64.b64encode(value.to_bytes(size, "big")).decode()


def trace_ids(dataset: str, base_ms: int, index: int) -> tuple[str, int, int]:
    """(MLflow trace id, OTel trace id, first span id) of a trace."""
    digest = hashlib.blake2b(f"{SPEC_VERSION}:{dataset}:{base_ms}:{index}".encode(), digest_size=24).digest()
    otel_trace_id = int.from_bytes(digest[:16], "big") or 1
    span_base = int.from_bytes(digest[16:], "big") & 0x7FFF_FFFF_FFF0_0000 or 1 << 40
    return f"tr-{otel_trace_id:032x}", otel_trace_id, span_base


def make_span(ids, j, parent, name, span_type, start_ns, end_ns, inputs=None, outputs=None,
              attributes=None, error=None) -> dict:
    trace_id, otel_trace_id, span_base = ids
    attrs = {"mlflow.traceRequestId": json.dumps(trace_id), "mlflow.spanType": json.dumps(span_type)}
    if inputs is not None:
        attrs["mlflow.spanInputs"] = json.dumps(inputs)
    if outputs is not None:
        attrs["mlflow.spanOutputs"] = json.dumps(outputs)
    for key, value in (attributes or {}).items():
        attrs[key] = json.dumps(value)
    attrs["mlflow.spanLogLevel"] = LOG_LEVEL
    events = []
    if error:
        events.append({"name": "exception", "time_unix_nano": end_ns, "attributes": {
            "exception.type": error[0], "exception.message": error[1],
            "exception.stacktrace": f"Traceback (most recent call last):\n  ...\n{error[0]}: {error[1]}",
            "exception.escaped": "False"}})
    return {
        "trace_id": _b64(otel_trace_id, 16),
        "span_id": _b64(span_base + j, 8),
        "parent_span_id": None if parent is None else _b64(span_base + parent, 8),
        "name": name,
        "kind": "SPAN_KIND_INTERNAL",
        "start_time_unix_nano": start_ns,
        "end_time_unix_nano": end_ns,
        "events": events,
        "status": {"code": "STATUS_CODE_ERROR" if error else "STATUS_CODE_OK",
                   "message": error[1] if error else ""},
        "attributes": attrs,
        "links": [],
    }


def chat_completion(text: str, model: str) -> dict:
    return {"id": "chatcmpl-bench", "object": "chat.completion", "model": model,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}]}


def trace_spans(dataset: str, base_ms: int, t: PlannedTrace) -> tuple[tuple[str, int, int], list[dict]]:
    """Spans of experiment trace ``t``: a root (AGENT or CHAT_MODEL) whose request is a chat with
    the trace's marker, 1-2 LLM calls with token usage, retriever/tool/chain/parser steps."""
    rng = random.Random(f"{SPEC_VERSION}:{dataset}:{t.index}")
    ids = trace_ids(dataset, base_ms, t.index)
    start_ns = (base_ms - WINDOW_MS + t.offset_ms) * 1_000_000
    end_ns = start_ns + t.duration_ms * 1_000_000
    subject = rng.choice(SUBJECTS)
    question = rng.choice(ASKS).format(s=subject)
    if t.needle:
        question += f" My reference word is {NEEDLE}."
    answer = (f"Your {subject} is being handled: I checked our records and the next step is on its "
              f"way. Reference {rng.randrange(10**8):08d}.")
    model = rng.choice(MODELS)
    messages = [{"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": f"{question} [{marker(t.index)}]"}]

    children = t.spans - 1  # >= 2, so there is always a step besides the LLM calls
    llm_calls = 1 if children < 4 else 2
    kinds = ["LLM"] * llm_calls + [rng.choice(("RETRIEVER", "TOOL", "CHAIN", "PARSER"))
                                   for _ in range(children - llm_calls)]
    rng.shuffle(kinds)
    if t.error and "TOOL" not in kinds:
        kinds[next(k for k, kind in enumerate(kinds) if kind != "LLM")] = "TOOL"
    slot = (end_ns - start_ns) // (children + 1)
    spans = []
    failure = None
    for k, kind in enumerate(kinds, start=1):
        s, e = start_ns + (k - 1) * slot + slot // 10, start_ns + k * slot
        if kind == "LLM":
            tokens = {"input_tokens": rng.randint(60, 2000), "output_tokens": rng.randint(20, 800)}
            tokens["total_tokens"] = tokens["input_tokens"] + tokens["output_tokens"]
            span = make_span(ids, k, 0, "ChatCompletion", "LLM", s, e,
                             {"model": model, "messages": messages}, chat_completion(answer, model),
                             {"mlflow.chat.tokenUsage": tokens, "mlflow.llm.model": model,
                              "mlflow.llm.provider": "openai", "mlflow.message.format": "openai"})
        elif kind == "RETRIEVER":
            docs = [{"page_content": f"Knowledge base article about {subject} handling, section {d}.",
                     "metadata": {"doc_uri": f"kb://help/{subject.replace(' ', '-')}/{d}"}}
                    for d in range(3)]
            span = make_span(ids, k, 0, "retrieve_docs", "RETRIEVER", s, e, {"query": question}, docs)
        elif kind == "TOOL":
            tool = rng.choice(TOOLS)
            error = None
            if t.error and failure is None:
                error = failure = ("TimeoutError", f"{tool} timed out after 30 s")
            span = make_span(ids, k, 0, tool, "TOOL", s, e, {"customer_id": f"c-{rng.randrange(10**6)}"},
                             None if error else {"status": "ok", "items": rng.randint(0, 9)}, error=error)
        elif kind == "CHAIN":
            span = make_span(ids, k, 0, "format_prompt", "CHAIN", s, e, {"question": question},
                             {"prompt": f"{SYSTEM_PROMPT}\n\nUser: {question}"})
        else:  # a parser nested under the step before it
            parent = k - 1 if k > 1 and kinds[k - 2] != "PARSER" else 0
            if parent:
                s, e = (s + spans[-1]["start_time_unix_nano"]) // 2, spans[-1]["end_time_unix_nano"]
            span = make_span(ids, k, parent, "parse_answer", "PARSER", s, e, {"text": answer[:60]},
                             {"answer": answer[:60]})
        spans.append(span)
    root_name = "support_agent" if t.root_type == "AGENT" else "chat_model"
    root = make_span(ids, 0, None, root_name, t.root_type, start_ns, end_ns, {"messages": messages},
                     None if t.error else chat_completion(answer, model), error=failure)
    return ids, [root, *spans]


# --- big traces ---------------------------------------------------------------------------------

_FILLER = ("the agent reviewed the intermediate results and recorded the observations for the next "
           "planning step before handing control back to the orchestrator. ")


def _text(j: int, size: int) -> str:
    head = f"S{j}: "
    return head + (_FILLER * (size // len(_FILLER) + 1))[: size - len(head)]


def big_trace_spans(dataset: str, base_ms: int, size: int, profile: str,
                    times: list[tuple[int, int]], lo: int, hi: int) -> tuple[tuple[str, int, int], list[dict]]:
    """Spans lo..hi-1 of a big trace. lean: ~300 B inputs and outputs (~1 KB/span); llm: ~2.5 KB
    of chat messages in and out (~5 KB/span), token usage on LLM spans."""
    ids = trace_ids(dataset, base_ms, 0)
    spans = []
    for j in range(lo, hi):
        kind = big_span_type(j)
        parent = None if j == 0 else (j - 1) // 4
        s, e = times[j]
        attributes = None
        if j == 0:
            question = f"{big_marker(dataset)}: run the {size}-span benchmark plan."
            inputs = {"messages": [{"role": "user", "content": question}]}
            outputs = chat_completion(f"Finished the {size}-span plan.", "gpt-4o-mini")
        elif profile == "lean":
            inputs, outputs = {"query": _text(j, 300)}, {"result": _text(j, 300)}
        else:
            inputs = {"messages": [{"role": "system", "content": SYSTEM_PROMPT},
                                   {"role": "user", "content": _text(j, 2400)}]}
            outputs = chat_completion(_text(j, 2400), "gpt-4o-mini")
            if kind == "LLM":
                attributes = {"mlflow.chat.tokenUsage": {"input_tokens": 600, "output_tokens": 600, "total_tokens": 1200},
                              "mlflow.llm.model": "gpt-4o-mini", "mlflow.message.format": "openai"}
        spans.append(make_span(ids, j, parent, f"S{j}", kind, s, e, inputs, outputs, attributes))
    return ids, spans

