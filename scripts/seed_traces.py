"""Deterministic demo/test data generator for the MLflow trace dashboard.

Logs realistic, backdated agent traces into an MLflow tracking server through the real MLflow
Python SDK (``mlflow.start_span_no_context`` with explicit start/end times, ``mlflow.log_feedback``,
``mlflow.log_expectation``, ``mlflow.override_feedback``), reads them back over the REST API, and
writes a manifest describing exactly what the server now holds, for tests to compare against.

What it creates in the experiment (default name "demo-agent"):

* ``--traces`` agent traces (default 120) whose request times are spread over the 14 days before
  ``--base-time-ms``. Root spans are AGENT spans named ``support_agent``, ``research_agent`` or
  ``travel_agent`` (= the trace name); their children are RETRIEVER, TOOL, CHAT_MODEL, LLM, CHAIN,
  PARSER and nested AGENT spans with OpenAI-style chat inputs/outputs, tool calls, retrieved
  documents, ``mlflow.llm.model`` and ``mlflow.chat.tokenUsage`` attributes. Root inputs are
  ``{"messages": [...]}`` (the conversation so far), root outputs a chat completion.
* Multi-turn sessions: trace metadata ``mlflow.trace.session`` / ``mlflow.trace.user`` (metadata,
  not tags), turns a few minutes apart (some after an idle gap of more than 10 minutes), plus
  traces without a session and traces without a user.
* On every trace: ``client_request_id`` ``req-<seed>-<index>``, tags ``environment`` and
  ``app_version``, and a unique marker ``[ROW-<6 digits>]`` at the end of the last user message
  (the only place it appears, so ``trace.text LIKE '%ROW-000017%'`` finds exactly one trace).
* About 5% ERROR traces: a TOOL or RETRIEVER span raises; the exception (type, message, stack
  trace) is recorded on that span and on the root, and the trace state is ERROR.
* Assessments: human thumbs ``user_feedback`` (bool, HUMAN, ``<user>@example.com``), LLM-judge
  ``correctness`` ("yes"/"no" + rationale) and ``relevance`` (0-1), a few ``expected_response``
  expectations (HUMAN), and one judge ``correctness`` overridden by a human.
* One large trace with ``--large-spans`` spans (default 2000; 0 skips it): 20 sub-agents with
  nested reasoning steps.
* One trace left IN_PROGRESS on purpose (root span never ended; two finished child spans are
  visible through ``GET /api/3.0/mlflow/traces/get?allow_partial=true``).

Everything is driven by ``random.Random`` streams seeded from ``--seed``: the same seed and sizes
give the same names, texts, counts, values and relative times; only trace ids and (unless
``--base-time-ms`` is given) absolute times change.

CLI::

    .venv/bin/python scripts/seed_traces.py --tracking-uri http://127.0.0.1:5000 \\
        [--experiment demo-agent] [--traces 120] [--seed 7] [--base-time-ms MS] \\
        [--large-spans 2000] --manifest PATH [--verify] [--timeout 60]

Without ``--verify`` it seeds (or, when the experiment's tag ``demo.seeded`` says it is already
completely seeded with the same seed and sizes, logs nothing, prints "already seeded" and rewrites
the manifest from the server), waits until the server reports every trace, writes the manifest,
then verifies it against the server. ``--verify`` only verifies an existing manifest. The exit
status is non-zero on any mismatch. An experiment that exists with other contents is refused.

Manifest (JSON, sorted keys, indent 2)::

    {
      "seed", "experiment_name", "experiment_id", "base_time_ms", "feedback_name": "user_feedback",
      "generator": {"traces": N, "large_spans": N, "mlflow_version": "..."},
      "counts": {
        "traces",                                   # all traces incl. large and in-progress
        "by_status": {"OK", "ERROR", "IN_PROGRESS"},
        "by_user": {user: traces}, "by_session": {session: traces},
        "by_tag": {"environment": {...}, "app_version": {...}}, "by_name": {trace name: traces},
        "by_day_utc": {"YYYY-MM-DD": traces},       # by UTC day of the request time
        "feedback": {"user_feedback": {"true", "false"}, "correctness": {"yes", "no"}},
        "assessments_by_name": {name: count},       # valid (not overridden) assessments
        "traces_with_session", "traces_with_user",
        "spans_total", "tokens": {"input", "output", "total"}  # from mlflow.trace.tokenUsage
      },
      "sessions": [{"id", "user", "turns", "trace_ids_in_order", "first_user_message",
                    "has_idle_gap"}],
      "users": [{"id", "sessions", "traces"}],
      "traces": [{"trace_id", "index", "marker", "name", "status", "user", "session", "turn",
                  "client_request_id", "tags", "request_time_ms", "duration_ms", "span_count",
                  "span_types", "models", "input_tokens", "output_tokens", "total_tokens",
                  "user_message", "assistant_message", "feedback", "expectations", "has_error"}],
      "special": {"large_trace_id", "large_trace_spans", "in_progress_trace_id",
                  "error_trace_ids", "writable_trace_ids", "overridden_feedback"}
    }

Times are in ms since the epoch (``request_time_ms`` = root span start). ``feedback`` lists the
valid feedback of a trace as {"name", "value", "source_type", "source_id"} (``expectations``
likewise); an overridden judge result is replaced by its human override, and
``special.overridden_feedback`` names both. For the IN_PROGRESS trace, ``span_count``,
``span_types`` and the token figures count the finished spans only (what the server holds),
``duration_ms`` is null (the server reports either nothing or the time up to the last finished
span) and ``assistant_message`` is null, as for ERROR traces. ``writable_trace_ids`` are OK traces
without any assessment, reserved for tests that write feedback or tags (``--verify`` fails once
they have).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import mlflow
from mlflow.entities import (
    AssessmentSource,
    AssessmentSourceType,
    SpanEvent,
    SpanStatus,
    SpanStatusCode,
    SpanType,
)
from mlflow.tracing.client import TracingClient
from mlflow.tracing.provider import safe_set_span_in_context
from mlflow.tracing.trace_manager import InMemoryTraceManager
from mlflow.tracking import MlflowClient

SEEDED_TAG = "demo.seeded"
FEEDBACK_NAME = "user_feedback"
WINDOW_DAYS = 14
DAY_MS = 86_400_000
MINUTE_MS = 60_000
ERROR_SHARE = 0.05
SESSION_SHARE = 0.85
WRITABLE_TRACES = 5
MAX_RESULTS = 500
FLUSH_EVERY = 200

USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]
USER_WEIGHTS = [4, 3, 3, 2, 2, 1, 1, 1]
ENVIRONMENTS = ["prod", "staging", "dev"]
ENVIRONMENT_WEIGHTS = [7, 2, 1]
PRERELEASE_VERSIONS = {"staging": "1.5.0-rc.1", "dev": "1.5.0-dev"}
JUDGE = AssessmentSource(source_type=AssessmentSourceType.LLM_JUDGE, source_id="judge-gpt")
REVIEWER = AssessmentSource(source_type=AssessmentSourceType.HUMAN, source_id="qa-lead@example.com")
ERROR_TYPES: dict[str, type[Exception]] = {
    "TimeoutError": TimeoutError,
    "ConnectionError": ConnectionError,
    "RuntimeError": RuntimeError,
}


# --------------------------------------------------------------------------------------------
# Conversation content
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Intent:
    """One kind of user request: question and answer templates and the tools the agent calls."""

    question: str
    answer: str
    tools: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agent:
    name: str
    system_prompt: str
    model: str
    openings: tuple[Intent, ...]
    follow_ups: tuple[Intent, ...]
    knowledge_base: tuple[tuple[str, str], ...]  # (doc_uri, page_content)
    slots: dict[str, tuple[str, ...]]


SUPPORT = Agent(
    name="support_agent",
    system_prompt=(
        "You are Acme Store's customer support assistant. Be concise and friendly. "
        "Look orders up with the tools before answering questions about them."
    ),
    model="gpt-4o-mini",
    openings=(
        Intent("Hi, where is my order {order}? It was supposed to arrive {day}.",
               "Order {order} shipped with {carrier} and is in transit. The latest delivery "
               "estimate is {day2}; I've emailed you the tracking link.",
               ("get_order_status",)),
        Intent("I'd like to return the {product} from order {order}. How does that work?",
               "You can return the {product} within 30 days. I've created a prepaid return label "
               "for order {order}; drop the parcel at any {carrier} point.",
               ("get_order_status", "create_return_label")),
        Intent("I was charged twice ({amount}) for order {order}. Can you fix that?",
               "I can see two charges of {amount} for order {order}. The second one is a pending "
               "authorisation and will be released within 3-5 business days.",
               ("lookup_payments",)),
        Intent("Can I still change the delivery address for order {order} to {city}?",
               "Order {order} hasn't left the warehouse yet, so I changed the delivery address "
               "to {city}. A confirmation email is on its way.",
               ("get_order_status", "update_shipping_address")),
        Intent("My {product} arrived damaged. What can I do?",
               "Sorry about that! I've opened a replacement for the {product}; the new one ships "
               "tomorrow and you don't need to send the damaged one back.",
               ("create_replacement",)),
        Intent("Do you ship the {product} to {city}, and how long does it take?",
               "Yes, we ship the {product} to {city}. Standard delivery takes 3-5 business days "
               "and express delivery 1-2."),
    ),
    follow_ups=(
        Intent("Thanks! How long until the refund for the {product} shows up on my card?",
               "Refunds for the {product} are issued once the return is scanned and usually "
               "appear on your card within 5-7 business days."),
        Intent("Can you send the return label for order {order} to my work email instead?",
               "Done: the label for order {order} was sent again. Check your spam folder if it "
               "doesn't arrive within a few minutes.", ("create_return_label",)),
        Intent("What happens if {carrier} doesn't pick the parcel up by {day}?",
               "If {carrier} misses the pickup, drop the parcel at any {carrier} location; the "
               "label stays valid for 30 days."),
        Intent("Is there a restocking fee for returning the {product}?",
               "No, there is no restocking fee for the {product} if it comes back within 30 "
               "days in its original packaging."),
        Intent("Could I exchange the {product} for a different size instead?",
               "Yes. I set up an exchange for the {product}: pick the new size from the link in "
               "your email and we ship it as soon as the return is scanned.",
               ("get_order_status",)),
        Intent("Can you double-check the delivery date for order {order}?",
               "Order {order} is scheduled for delivery {day2} between 9am and 6pm.",
               ("get_order_status",)),
        Intent("Please escalate order {order} to a human agent.",
               "I've escalated order {order} to our support team; someone will reply by email "
               "within 24 hours."),
        Intent("Will I get an email confirmation for the {product} change?",
               "Yes, a confirmation for the {product} change is on its way to your inbox."),
    ),
    knowledge_base=(
        ("kb://help-center/returns-policy",
         "Items can be returned within 30 days of delivery. Return labels are free."),
        ("kb://help-center/refunds",
         "Refunds are issued when the return is scanned and take 5-7 business days."),
        ("kb://help-center/shipping-times",
         "Standard shipping takes 3-5 business days, express shipping 1-2."),
        ("kb://help-center/damaged-items",
         "Damaged items are replaced free of charge; no return is needed."),
        ("kb://help-center/address-changes",
         "Delivery addresses can be changed until the order leaves the warehouse."),
        ("kb://help-center/duplicate-charges",
         "Duplicate charges are usually pending authorisations released within 5 days."),
    ),
    slots={
        "product": ("trail running shoes", "rain jacket", "espresso machine", "desk lamp",
                    "wireless headphones", "yoga mat", "backpack", "smart watch"),
        "city": ("Lisbon", "Rotterdam", "Leeds", "Lyon", "Gdansk", "Valencia", "Graz", "Aarhus"),
        "day": ("on Monday", "on Tuesday", "yesterday", "last Friday", "two days ago"),
        "day2": ("Thursday", "Friday", "next Monday", "tomorrow"),
        "carrier": ("DHL", "UPS", "DPD", "GLS"),
    },
)

RESEARCH = Agent(
    name="research_agent",
    system_prompt=(
        "You are a research assistant for the ML platform team. Search the paper index, "
        "verify claims, and cite the sources you used."
    ),
    model="gpt-4o",
    openings=(
        Intent("What is the difference between {a} and {b} for {task}?",
               "{a} is usually the better choice when latency matters, while {b} gives higher "
               "quality on {task} at a higher cost. Start with {a} and benchmark {b} on a sample "
               "of your own data."),
        Intent("Summarize recent findings on {concept} for {task}.",
               "Recent work on {concept} reports consistent gains on {task}, mostly from better "
               "data curation rather than larger models. The three strongest sources agree."),
        Intent("Which approach should we use for {task} with about {n} million records?",
               "For {task} at {n} million records, {a} is a good default: it keeps p95 latency "
               "low and is simple to operate. Revisit {b} if quality becomes the bottleneck."),
        Intent("Explain how {concept} works, with a short example.",
               "{concept} breaks the problem into smaller steps and checks each one before "
               "moving on. A minimal example is in the first cited source."),
    ),
    follow_ups=(
        Intent("Can you go deeper on the trade-offs of {a} for {task}?",
               "The main trade-off of {a} for {task} is recall versus cost: it is cheap to run "
               "but misses rare cases that {b} catches."),
        Intent("Which of the sources on {concept} is the most recent?",
               "The most recent source on {concept} is the 2025 survey; the others are from 2023 "
               "and 2024."),
        Intent("Give me a three-bullet summary about {task} I can paste into a doc.",
               "- {a} is the pragmatic default for {task}.\n- {b} wins on quality at higher cost."
               "\n- Measure on your own data before switching."),
        Intent("How would the {task} results change with {n}x more data?",
               "With {n}x more data the gap between {a} and {b} on {task} narrows; most papers "
               "see diminishing returns after 5x."),
        Intent("Are there known failure modes of {concept}?",
               "Yes: {concept} degrades on out-of-distribution inputs and can compound early "
               "mistakes. Adding a verification step mitigates both."),
        Intent("What would you recommend for a team of {n} engineers working on {task}?",
               "For {n} engineers working on {task}, adopt {a} first, automate evaluation, and "
               "schedule a {b} spike next quarter."),
        Intent("Can you compare the cost of {a} and {b} per million requests?",
               "Per million requests {a} costs roughly a third of {b}, mainly because it needs "
               "fewer tokens per call."),
    ),
    knowledge_base=(
        ("papers://arxiv/2401.01234", "We compare dense and sparse retrieval on 12 benchmarks."),
        ("papers://arxiv/2403.04567", "Chain-of-thought verification reduces error propagation."),
        ("papers://arxiv/2405.07890", "Data curation matters more than scale for fine-tuning."),
        ("papers://arxiv/2407.02468", "A survey of evaluation methods for LLM agents."),
        ("papers://arxiv/2409.13579", "Hybrid search improves recall on long-tail queries."),
        ("papers://arxiv/2502.11223", "Cost-aware routing between small and large models."),
    ),
    slots={
        "a": ("hybrid search", "a small fine-tuned model", "BM25", "prompt caching"),
        "b": ("dense retrieval", "a frontier model", "a cross-encoder reranker", "distillation"),
        "task": ("customer email triage", "code search", "invoice extraction",
                 "support ticket routing", "product search"),
        "concept": ("self-consistency decoding", "retrieval-augmented generation",
                    "LLM-as-a-judge evaluation", "speculative decoding", "tool calling"),
        "n": ("2", "3", "5", "10", "20"),
    },
)

TRAVEL = Agent(
    name="travel_agent",
    system_prompt=(
        "You are a travel planning assistant. Check live availability with the tools before "
        "recommending flights or hotels."
    ),
    model="gpt-4o-mini",
    openings=(
        Intent("Find me a flight from {city} to {city2} on {day}.",
               "The best option is a direct flight from {city} to {city2} on {day}, departing "
               "08:40 for {price}. A cheaper one-stop option leaves at 13:15.",
               ("search_flights",)),
        Intent("What will the weather be like in {city2} on {day}?",
               "{city2} on {day}: mostly sunny with highs around {temp} degrees and a light "
               "breeze. Pack a light jacket for the evening.", ("get_weather",)),
        Intent("I need a hotel near {landmark} in {city2} for {nights} nights.",
               "I found three hotels within walking distance of {landmark}; the best rated is "
               "Hotel Aurora at {price} per night for {nights} nights.", ("search_hotels",)),
        Intent("Plan a {nights}-day trip to {city2} on a budget of {budget}.",
               "Here is a {nights}-day plan for {city2} within {budget}: museums and a walking "
               "tour first, a day trip next, and free time at the end.",
               ("search_hotels", "get_weather")),
    ),
    follow_ups=(
        Intent("Is there an earlier departure from {city} on {day}?",
               "Yes, there is a 06:55 departure from {city} on {day} with one free seat left.",
               ("search_flights",)),
        Intent("Which of the hotels near {landmark} has free cancellation?",
               "Hotel Aurora and the Riverside Inn near {landmark} both offer free cancellation "
               "up to 48 hours before arrival.", ("search_hotels",)),
        Intent("Can you add a vegetarian restaurant in {city2} for each evening?",
               "I added a vegetarian restaurant in {city2} for each evening; all three take "
               "reservations online."),
        Intent("How do I get from the {city2} airport to {landmark}?",
               "Take the airport express train to the central station in {city2}, then walk "
               "ten minutes to {landmark}."),
        Intent("Would it be cheaper to fly to {city2} a day later?",
               "Flying to {city2} a day later saves about 40 on the fare, but the hotel is more "
               "expensive that night.", ("search_flights",)),
        Intent("Does the {nights}-night hotel price include breakfast?",
               "Yes, the {nights}-night price at Hotel Aurora includes breakfast for two."),
        Intent("What should I pack for {city2} on {day}?",
               "For {city2} on {day}: layers, a light rain jacket and comfortable walking shoes.",
               ("get_weather",)),
    ),
    knowledge_base=(
        ("travel://guides/city-transport", "Airport express trains run every 15 minutes."),
        ("travel://guides/budget-tips", "Museum passes save up to 30% for stays over 2 days."),
        ("travel://policies/cancellation", "Most partner hotels allow free cancellation."),
        ("travel://guides/packing", "Pack layers; spring evenings can be cool."),
    ),
    slots={
        "city": ("Berlin", "Madrid", "Amsterdam", "Vienna", "Copenhagen"),
        "city2": ("Rome", "Prague", "Lisbon", "Edinburgh", "Barcelona", "Krakow"),
        "day": ("May 14", "June 2", "June 21", "July 9", "August 30", "September 12"),
        "landmark": ("the old town square", "the central station", "the cathedral",
                     "the harbour"),
        "nights": ("2", "3", "4", "5"),
        "budget": ("800 euros", "1200 euros", "1500 euros"),
        "price": ("129 euros", "164 euros", "212 euros", "98 euros"),
        "temp": ("18", "21", "24", "27"),
    },
)

AGENTS = (SUPPORT, RESEARCH, TRAVEL)
AGENT_WEIGHTS = (5, 3, 3)

TOOL_DESCRIPTIONS = {
    "get_order_status": "Look up the status and shipping details of an order.",
    "create_return_label": "Create a prepaid return label for an order.",
    "lookup_payments": "List the payments and authorisations for an order.",
    "update_shipping_address": "Change the delivery address of an order.",
    "create_replacement": "Ship a free replacement for a damaged item.",
    "search_flights": "Search flights between two cities on a date.",
    "get_weather": "Get the weather forecast for a city and date.",
    "search_hotels": "Search hotels near a landmark.",
    "web_search": "Search the web.",
}

SUPPORT_ERRORS = (
    ("TimeoutError", "Order service did not respond within 10 seconds"),
    ("ConnectionError", "Payments API returned HTTP 503 Service Unavailable"),
)
RESEARCH_ERRORS = (("RuntimeError", "Vector index 'papers-v3' is not available"),)
TRAVEL_ERRORS = (
    ("TimeoutError", "Flight search provider timed out after 15 seconds"),
    ("ConnectionError", "Hotel inventory API refused the connection"),
)

FEEDBACK_COMMENTS_GOOD = ("Quick and exactly what I needed.", "Solved my problem, thanks!",
                          "Clear answer.")
FEEDBACK_COMMENTS_BAD = ("That's not what I asked.", "The answer was wrong about my order.",
                         "Too slow and not helpful.")
JUDGE_RATIONALE_YES = "The answer addresses the question and agrees with the retrieved sources."
JUDGE_RATIONALE_NO = "The answer contradicts the retrieved documents or misses the question."
FAILURE_REPLY = "Sorry, something went wrong on my side. Please try again."  # history after errors


# --------------------------------------------------------------------------------------------
# Plan: everything that will be logged, computed up front and deterministically
# --------------------------------------------------------------------------------------------

@dataclass
class SpanPlan:
    name: str
    span_type: str
    start_ns: int
    end_ns: int | None = None  # None: the span is never ended (in-progress trace)
    inputs: Any = None
    outputs: Any = None
    attributes: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (exception type name, message)
    children: list[SpanPlan] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class AssessmentPlan:
    kind: str  # "feedback" or "expectation"
    name: str
    value: Any
    source: AssessmentSource
    rationale: str | None = None
    overridden_by: AssessmentPlan | None = None  # a human correction logged afterwards


@dataclass
class TracePlan:
    index: int
    kind: str  # "normal", "large" or "in_progress"
    agent: Agent
    start_ms: int
    user: str | None
    session: str | None
    turn: int | None
    environment: str
    app_version: str
    fails: bool = False  # a tool/retrieval step raises and the turn ends in ERROR
    intent: Intent | None = None
    slot_values: dict[str, str] = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)  # earlier turns, shown to every LLM call
    user_message: str = ""
    assistant_message: str | None = None
    root: SpanPlan | None = None
    assessments: list[AssessmentPlan] = field(default_factory=list)

    @property
    def marker(self) -> str:
        return f"ROW-{self.index:06d}"

    @property
    def has_error(self) -> bool:
        return any(span.error for span in self.root.walk())

    @property
    def status(self) -> str:
        if self.kind == "in_progress":
            return "IN_PROGRESS"
        return "ERROR" if self.has_error else "OK"

    def client_request_id(self, seed: int) -> str:
        return f"req-{seed}-{self.index:06d}"

    def finished_spans(self) -> list[SpanPlan]:
        return [span for span in self.root.walk() if span.end_ns is not None]

    def valid_feedback(self) -> list[AssessmentPlan]:
        """Feedback as the server reports it: an overridden judge result counts as its override."""
        return [a.overridden_by or a for a in self.assessments if a.kind == "feedback"]


@dataclass
class SessionPlan:
    id: str
    user: str
    agent: Agent
    environment: str
    turn_starts_ms: list[int]
    has_idle_gap: bool


def stream(seed: int, purpose: str) -> random.Random:
    """An independent, reproducible random stream (str seeds are hashed with SHA-512)."""
    return random.Random(f"{seed}/{purpose}")


def app_version_for(environment: str, age_ms: int) -> str:
    if environment != "prod":
        return PRERELEASE_VERSIONS[environment]
    if age_ms > 9 * DAY_MS:
        return "1.3.2"
    if age_ms > 4 * DAY_MS:
        return "1.4.0"
    return "1.4.1"


def plan_sessions(rng: random.Random, n_traces: int, base_ms: int) -> list[SessionPlan]:
    """Sessions of 1-8 turns a few minutes apart, some with an idle gap of 11-45 minutes."""
    budget = round(n_traces * SESSION_SHARE)
    sessions: list[SessionPlan] = []
    users = USERS[:]
    rng.shuffle(users)
    while budget > 0:
        turns = min(budget, rng.randint(1, 8))
        budget -= turns
        user = (users[len(sessions)] if len(sessions) < len(users)
                else rng.choices(USERS, USER_WEIGHTS)[0])
        gaps = []
        for turn in range(1, turns):
            idle = turn >= 2 and rng.random() < 0.3
            gaps.append(rng.randint(11 * MINUTE_MS, 45 * MINUTE_MS) if idle
                        else rng.randint(30_000, 5 * MINUTE_MS))
        if turns >= 3 and not any(s.has_idle_gap for s in sessions) and max(gaps) < 10 * MINUTE_MS:
            gaps[-1] = 25 * MINUTE_MS  # make sure at least one session has an idle gap
        length = sum(gaps)
        first = base_ms - rng.randint(length + 60 * MINUTE_MS, WINDOW_DAYS * DAY_MS - MINUTE_MS)
        starts = [first]
        for gap in gaps:
            starts.append(starts[-1] + gap)
        sessions.append(SessionPlan(
            id=f"sess-{rng.getrandbits(48):012x}",
            user=user,
            agent=rng.choices(AGENTS, AGENT_WEIGHTS)[0],
            environment=rng.choices(ENVIRONMENTS, ENVIRONMENT_WEIGHTS)[0],
            turn_starts_ms=starts,
            has_idle_gap=any(gap > 10 * MINUTE_MS for gap in gaps),
        ))
    return sessions


def plan_schedule(seed: int, n_traces: int,
                  base_ms: int) -> tuple[list[TracePlan], list[SessionPlan]]:
    """Who talks to which agent when; traces are numbered in request-time order."""
    rng = stream(seed, "schedule")
    sessions = plan_sessions(rng, n_traces, base_ms)
    slots: list[TracePlan] = []
    for session in sessions:
        for turn, start in enumerate(session.turn_starts_ms, start=1):
            slots.append(TracePlan(0, "normal", session.agent, start, session.user, session.id,
                                   turn, session.environment,
                                   app_version_for(session.environment, base_ms - start)))
    while len(slots) < n_traces:
        start = base_ms - rng.randint(5 * MINUTE_MS, WINDOW_DAYS * DAY_MS - MINUTE_MS)
        environment = rng.choices(ENVIRONMENTS, ENVIRONMENT_WEIGHTS)[0]
        user = rng.choices(USERS, USER_WEIGHTS)[0] if rng.random() < 0.5 else None
        slots.append(TracePlan(0, "normal", rng.choices(AGENTS, AGENT_WEIGHTS)[0], start, user,
                               None, None, environment,
                               app_version_for(environment, base_ms - start)))
    slots.sort(key=lambda t: (t.start_ms, t.session or "", t.turn or 0))
    for index, trace in enumerate(slots, start=1):
        trace.index = index
    return slots, sessions


class Clock:
    """Hands out back-to-back time ranges (ns) with small gaps, like sequential agent steps."""

    def __init__(self, rng: random.Random, start_ns: int):
        self.rng = rng
        self.now = start_ns

    def step(self, min_ms: float, max_ms: float) -> tuple[int, int]:
        self.now += self.rng.randint(1_000_000, 12_000_000)
        start = self.now
        self.now += self.rng.randint(int(min_ms * 1e6), int(max_ms * 1e6))
        return start, self.now

    def pause(self) -> int:
        self.now += self.rng.randint(500_000, 4_000_000)
        return self.now


def count_tokens(value: Any) -> int:
    text = value if isinstance(value, str) else json.dumps(value)
    return max(1, len(text) // 4)


class ContentBuilder:
    """Builds span trees with chat-style payloads for one trace at a time."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def hex_id(self, bits: int = 48) -> str:
        return f"{self.rng.getrandbits(bits):0{bits // 4}x}"

    def chat_span(self, clock: Clock, name: str, span_type: str, model: str,
                  messages: list[dict], content: str | None, tool_calls: list[dict] | None = None,
                  tools: list[str] | None = None, min_ms: float = 400,
                  max_ms: float = 3500) -> SpanPlan:
        start, end = clock.step(min_ms, max_ms)
        inputs: dict[str, Any] = {"model": model, "messages": messages, "temperature": 0.2}
        if tools:
            inputs["tools"] = [tool_spec(tool) for tool in tools]
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if tool_calls:
            message["tool_calls"] = tool_calls
        usage_in = count_tokens(inputs) + self.rng.randint(0, 40)
        usage_out = count_tokens(message) + self.rng.randint(0, 20)
        outputs = {
            "id": f"chatcmpl-{self.hex_id()}",
            "object": "chat.completion",
            "model": model,
            "choices": [{"index": 0, "message": message,
                         "finish_reason": "tool_calls" if tool_calls else "stop"}],
            "usage": {"prompt_tokens": usage_in, "completion_tokens": usage_out,
                      "total_tokens": usage_in + usage_out},
        }
        attributes = {
            "mlflow.llm.model": model,
            "mlflow.chat.tokenUsage": {"input_tokens": usage_in, "output_tokens": usage_out,
                                       "total_tokens": usage_in + usage_out},
        }
        return SpanPlan(name, span_type, start, end, inputs, outputs, attributes)

    def retriever_span(self, clock: Clock, name: str, agent: Agent, query: str) -> SpanPlan:
        start, end = clock.step(60, 600)
        picks = self.rng.sample(range(len(agent.knowledge_base)), k=self.rng.randint(2, 3))
        documents = []
        for rank, pick in enumerate(sorted(picks)):
            uri, text = agent.knowledge_base[pick]
            documents.append({
                "page_content": text,
                "metadata": {"doc_uri": uri, "chunk_id": f"{pick}-{rank}",
                             "score": round(0.9 - 0.12 * rank - self.rng.random() * 0.05, 3)},
                "id": f"doc-{pick:03d}",
            })
        return SpanPlan(name, SpanType.RETRIEVER, start, end, {"query": query, "top_k": 3},
                        documents)

    def tool_span(self, clock: Clock, tool: str, arguments: dict, result: dict) -> SpanPlan:
        start, end = clock.step(80, 1500)
        return SpanPlan(tool, SpanType.TOOL, start, end, arguments, result)

    def tool_call(self, tool: str, arguments: dict) -> dict:
        return {"id": f"call_{self.hex_id(64)}", "type": "function",
                "function": {"name": tool, "arguments": json.dumps(arguments)}}


def tool_spec(tool: str) -> dict:
    return {"type": "function", "function": {
        "name": tool, "description": TOOL_DESCRIPTIONS[tool],
        "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}}


def tool_arguments(tool: str, values: dict[str, str]) -> dict:
    order, city2 = values.get("order", ""), values.get("city2", "")
    return {
        "get_order_status": {"order_id": order},
        "create_return_label": {"order_id": order, "carrier": values.get("carrier", "")},
        "lookup_payments": {"order_id": order},
        "update_shipping_address": {"order_id": order, "city": values.get("city", "")},
        "create_replacement": {"product": values.get("product", "")},
        "search_flights": {"origin": values.get("city", ""), "destination": city2,
                           "date": values.get("day", "")},
        "get_weather": {"city": city2, "date": values.get("day", "")},
        "search_hotels": {"near": values.get("landmark", ""), "city": city2,
                          "nights": values.get("nights", "")},
    }[tool]


def tool_result(tool: str, values: dict[str, str]) -> dict:
    price, amount = values.get("price", ""), values.get("amount", "")
    return {
        "get_order_status": {"status": "in_transit", "carrier": values.get("carrier", ""),
                             "estimated_delivery": values.get("day2", "")},
        "create_return_label": {"label_url": "https://labels.example.com/return.pdf",
                                "valid_days": 30},
        "lookup_payments": {"payments": [{"amount": amount, "state": "captured"},
                                         {"amount": amount, "state": "pending"}]},
        "update_shipping_address": {"updated": True},
        "create_replacement": {"replacement_order": "RPL-2041", "ships": "tomorrow"},
        "search_flights": {"flights": [{"departure": "08:40", "stops": 0, "price": price},
                                       {"departure": "13:15", "stops": 1, "price": "89 euros"}]},
        "get_weather": {"forecast": "sunny", "high_c": int(values.get("temp", "20"))},
        "search_hotels": {"hotels": [
            {"name": "Hotel Aurora", "rating": 4.6, "price": price},
            {"name": "Riverside Inn", "rating": 4.3, "price": "110 euros"}]},
    }[tool]


def session_values(rng: random.Random, agent: Agent) -> dict[str, str]:
    """Slot values shared by all turns of a session (same order, product, city, ...)."""
    values = {slot: rng.choice(options) for slot, options in agent.slots.items()}
    values["order"] = f"#AC-{rng.randint(100000, 999999)}"
    values["amount"] = f"${rng.randint(19, 349)}.{rng.choice(['00', '49', '95', '99'])}"
    return values


def fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def unique_question(rng: random.Random, intent: Intent, values: dict[str, str], agent: Agent,
                    used: set[str]) -> tuple[str, dict[str, str]]:
    """The question of ``intent``; if another session already asked exactly that, vary the slots."""
    question = fill(intent.question, values)
    for attempt in range(1, 40):
        if question not in used:
            break
        values = session_values(rng, agent)
        question = fill(intent.question, values)
    else:
        question = f"{question} (asking again, take {attempt})"
    used.add(question)
    return question, values


def plan_conversations(seed: int, traces: list[TracePlan]) -> None:
    """Gives every trace its intent, user message and answer; a session's turns build on each
    other (same slot values, growing message history)."""
    rng = stream(seed, "conversations")
    used_questions: set[str] = set()
    by_session: dict[str, list[TracePlan]] = {}
    for trace in traces:
        by_session.setdefault(trace.session or f"single-{trace.index}", []).append(trace)
    for key in sorted(by_session, key=lambda k: by_session[k][0].index):
        turns = by_session[key]
        agent = turns[0].agent
        values = session_values(rng, agent)
        follow_ups = list(agent.follow_ups)
        rng.shuffle(follow_ups)
        history: list[dict] = [{"role": "system", "content": agent.system_prompt}]
        for position, trace in enumerate(turns):
            if position == 0:
                intent = rng.choice(agent.openings)
            else:
                intent = follow_ups[(position - 1) % len(follow_ups)]
            question, values = unique_question(rng, intent, values, agent, used_questions)
            trace.intent, trace.slot_values, trace.history = intent, dict(values), list(history)
            trace.user_message = f"{question} [{trace.marker}]"
            trace.assistant_message = None if trace.fails else fill(intent.answer, values)
            history += [{"role": "user", "content": question},
                        {"role": "assistant", "content": trace.assistant_message or FAILURE_REPLY}]


def build_normal_trace(builder: ContentBuilder, trace: TracePlan,
                       errors: tuple[tuple[str, str], ...]) -> None:
    """Span tree of one agent turn; a failing turn stops at its first tool/retrieval step."""
    agent = trace.agent
    messages = trace.history + [{"role": "user", "content": trace.user_message}]
    start_ns = trace.start_ms * 1_000_000
    clock = Clock(builder.rng, start_ns)
    root = SpanPlan(agent.name, SpanType.AGENT, start_ns, inputs={"messages": messages})
    error = builder.rng.choice(errors) if trace.fails else None
    if agent is RESEARCH:
        root.children, tool_messages = research_steps(builder, clock, trace, messages, error), []
    elif agent is TRAVEL:
        root.children, tool_messages = travel_steps(builder, clock, trace, messages, error)
    else:
        root.children, tool_messages = support_steps(builder, clock, trace, messages, error)

    answer = trace.assistant_message
    if error:
        root.error = error
    else:
        final = builder.chat_span(
            clock, "compose_answer" if agent is TRAVEL else "generate_answer",
            SpanType.CHAT_MODEL, agent.model, messages + tool_messages, answer)
        parser_start, parser_end = clock.step(2, 25)
        parser = SpanPlan("format_response", SpanType.PARSER, parser_start, parser_end,
                          {"text": answer}, {"answer": answer, "format": "markdown"})
        root.children += [final, parser]
        root.outputs = chat_completion_output(answer)
    root.end_ns = clock.pause()
    trace.root = root


def chat_completion_output(answer: str) -> dict:
    """Root span outputs: the agent's final answer as a chat completion (no "model" key, or
    the server would tag the AGENT span with an mlflow.llm.model)."""
    return {"object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                         "finish_reason": "stop"}]}


def call_tools(builder: ContentBuilder, clock: Clock, tools: list[str], calls: list[dict],
               values: dict[str, str], error: tuple[str, str] | None,
               parallel: bool) -> tuple[list[SpanPlan], list[dict]]:
    """TOOL spans for the planned tool calls plus the tool messages fed back to the model.
    With ``error`` the first tool raises and nothing after it runs."""
    spans, messages = [], []
    group_start = clock.now
    for tool, call in zip(tools, calls):
        tool_clock = Clock(builder.rng, group_start) if parallel else clock
        result = tool_result(tool, values)
        arguments = json.loads(call["function"]["arguments"])
        span = builder.tool_span(tool_clock, tool, arguments, result)
        spans.append(span)
        if error:
            span.error, span.outputs = error, None
            break
        messages.append({"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)})
    clock.now = max([clock.now] + [span.end_ns for span in spans])
    return spans, messages


def support_steps(builder: ContentBuilder, clock: Clock, trace: TracePlan, messages: list[dict],
                  error: tuple[str, str] | None) -> tuple[list[SpanPlan], list[dict]]:
    """RETRIEVER, then (if the intent needs tools) a planning CHAT_MODEL call and TOOL calls."""
    agent, tools = trace.agent, list(trace.intent.tools)
    retrieval = builder.retriever_span(clock, "search_help_center", agent, trace.user_message)
    if error and not tools:
        retrieval.error, retrieval.outputs = error, None
        return [retrieval], []
    if not tools:
        return [retrieval], []
    calls = [builder.tool_call(tool, tool_arguments(tool, trace.slot_values)) for tool in tools]
    planner = builder.chat_span(clock, "plan_next_step", SpanType.CHAT_MODEL, agent.model,
                                messages, None, tool_calls=calls, tools=tools)
    tool_spans, tool_messages = call_tools(builder, clock, tools, calls, trace.slot_values, error,
                                           parallel=False)
    request = {"role": "assistant", "content": None, "tool_calls": calls}
    return [retrieval, planner, *tool_spans], [request, *tool_messages]


def travel_steps(builder: ContentBuilder, clock: Clock, trace: TracePlan, messages: list[dict],
                 error: tuple[str, str] | None) -> tuple[list[SpanPlan], list[dict]]:
    """A routing CHAT_MODEL call, a CHAIN running the tools in parallel, and an LLM summary."""
    tools = list(trace.intent.tools) or ["get_weather"]
    calls = [builder.tool_call(tool, tool_arguments(tool, trace.slot_values)) for tool in tools]
    router = builder.chat_span(clock, "route_request", SpanType.CHAT_MODEL, "gpt-4o-mini", messages,
                               None, tool_calls=calls, tools=tools, min_ms=300, max_ms=1500)
    group = SpanPlan("call_tools", SpanType.CHAIN, clock.pause(),
                     inputs={"tool_calls": [call["function"]["name"] for call in calls]})
    group.children, tool_messages = call_tools(builder, clock, tools, calls, trace.slot_values,
                                               error, parallel=True)
    group.end_ns = clock.pause()
    if error:
        return [router, group], []
    group.outputs = {"results": len(tools)}
    summary = builder.chat_span(clock, "summarize_options", SpanType.LLM, "gpt-4o-mini",
                                tool_messages, "Summary of the tool results for the user.",
                                min_ms=300, max_ms=1200)
    request = {"role": "assistant", "content": None, "tool_calls": calls}
    return [router, group, summary], [request, *tool_messages]


def research_steps(builder: ContentBuilder, clock: Clock, trace: TracePlan, messages: list[dict],
                   error: tuple[str, str] | None) -> list[SpanPlan]:
    """An LLM query planner, then 1-3 CHAIN research steps (RETRIEVER, sometimes a nested
    fact-checking AGENT with TOOL + LLM, and an LLM summary)."""
    rng = builder.rng
    agent = trace.agent
    topic = trace.user_message.split(" [ROW-")[0]
    queries = [f"{topic} (aspect {k + 1})" for k in range(rng.randint(1, 3))]
    steps = [builder.chat_span(clock, "plan_queries", SpanType.LLM, "gpt-4o-mini", messages,
                               json.dumps({"queries": queries}), min_ms=300, max_ms=1500)]
    for number, query in enumerate(queries, start=1):
        step = SpanPlan("research_step", SpanType.CHAIN, clock.pause(), inputs={"query": query})
        steps.append(step)
        retrieval = builder.retriever_span(clock, "search_papers", agent, query)
        step.children.append(retrieval)
        if error and number == len(queries):
            retrieval.error, retrieval.outputs = error, None
            step.end_ns = clock.pause()
            return steps
        if rng.random() < 0.4:
            checker = SpanPlan("fact_checker", SpanType.AGENT, clock.pause(),
                               inputs={"claim": query})
            search = builder.tool_span(clock, "web_search", {"query": query}, {"results": [
                {"title": "Survey of methods", "url": "https://example.org/survey"}]})
            verdict = builder.chat_span(clock, "verify_claims", SpanType.LLM, "gpt-4o-mini",
                                        [{"role": "user", "content": f"Verify: {query}"}],
                                        "The claim is supported by 2 of 3 sources.",
                                        min_ms=300, max_ms=1200)
            checker.children = [search, verdict]
            checker.end_ns = clock.pause()
            checker.outputs = {"supported": True}
            step.children.append(checker)
        summary_text = f"Key points for aspect {number}."
        step.children.append(builder.chat_span(
            clock, "summarize_sources", SpanType.LLM, agent.model,
            [{"role": "user", "content": f"Summarize the sources for: {query}"}], summary_text,
            min_ms=400, max_ms=2000))
        step.end_ns = clock.pause()
        step.outputs = {"summary": summary_text}
    return steps


def plan_assessments(seed: int, traces: list[TracePlan]) -> None:
    """Human thumbs, LLM-judge feedback, a few expectations and one human override."""
    rng = stream(seed, "assessments")
    expectations_left = 5
    override_done = False
    for trace in traces:
        if trace.kind != "normal":
            continue
        failed = trace.has_error
        if trace.user and rng.random() < 0.35:
            positive = rng.random() < (0.15 if failed else 0.78)
            comments = FEEDBACK_COMMENTS_GOOD if positive else FEEDBACK_COMMENTS_BAD
            trace.assessments.append(AssessmentPlan(
                "feedback", FEEDBACK_NAME, positive,
                AssessmentSource(source_type=AssessmentSourceType.HUMAN,
                                 source_id=f"{trace.user}@example.com"),
                rng.choice(comments) if rng.random() < 0.5 else None))
        if not failed and rng.random() < 0.4:
            correct = rng.random() < 0.8
            judged = AssessmentPlan("feedback", "correctness", "yes" if correct else "no", JUDGE,
                                    JUDGE_RATIONALE_YES if correct else JUDGE_RATIONALE_NO)
            if not correct and not override_done:
                judged.overridden_by = AssessmentPlan(
                    "feedback", "correctness", "yes", REVIEWER,
                    "Reviewed manually: the answer is correct.")
                override_done = True
            trace.assessments.append(judged)
            trace.assessments.append(AssessmentPlan(
                "feedback", "relevance", round(rng.uniform(0.55, 1.0) if correct
                                               else rng.uniform(0.1, 0.6), 2), JUDGE))
        if not failed and expectations_left and trace.turn in (None, 1) and rng.random() < 0.2:
            expectations_left -= 1
            trace.assessments.append(AssessmentPlan(
                "expectation", "expected_response", trace.assistant_message, REVIEWER))


def plan_large_trace(seed: int, index: int, base_ms: int, total_spans: int) -> TracePlan:
    """A deep-research trace: root > sub-agents (in parallel) > nested reasoning steps."""
    rng = stream(seed, "large")
    start_ms = base_ms - 3 * 60 * MINUTE_MS
    trace = TracePlan(index, "large", RESEARCH, start_ms, "heidi", None, None, "prod",
                      app_version_for("prod", base_ms - start_ms))
    question = "Run a deep literature review on evaluation methods for LLM agents."
    trace.user_message = f"{question} [{trace.marker}]"
    trace.assistant_message = ("The review covers 20 research threads; the strongest evidence "
                               "favours trajectory-level evaluation combined with LLM judges.")
    start_ns = start_ms * 1_000_000
    root = SpanPlan(RESEARCH.name, SpanType.AGENT, start_ns, inputs={"messages": [
        {"role": "system", "content": RESEARCH.system_prompt},
        {"role": "user", "content": trace.user_message}]})
    n_subagents = max(1, min(20, (total_spans - 1) // 10))
    remaining = total_spans - 1 - n_subagents
    latest_end = start_ns
    for sub in range(n_subagents):
        steps = remaining // n_subagents + (1 if sub < remaining % n_subagents else 0)
        clock = Clock(rng, start_ns + rng.randint(1, 50) * 1_000_000)
        subagent = SpanPlan("research_subagent", SpanType.AGENT, clock.now,
                            inputs={"thread": sub + 1})
        root.children.append(subagent)
        parents = [subagent]
        while steps > 0:
            if steps >= 3:  # a reasoning step CHAIN > TOOL + LLM; steps nest up to 3 deep
                chain = SpanPlan("reasoning_step", SpanType.CHAIN, clock.pause())
                tool_start, tool_end = clock.step(10, 60)
                llm_start, llm_end = clock.step(40, 200)
                usage = {"input_tokens": rng.randint(40, 120), "output_tokens": rng.randint(5, 30)}
                usage["total_tokens"] = usage["input_tokens"] + usage["output_tokens"]
                chain.children = [
                    SpanPlan("run_analysis", SpanType.TOOL, tool_start, tool_end,
                             {"thread": sub + 1}, {"ok": True}),
                    SpanPlan("reflect", SpanType.LLM, llm_start, llm_end,
                             {"messages": [{"role": "user", "content": "Reflect on the result."}]},
                             {"choices": [{"index": 0, "message": {"role": "assistant",
                                                                   "content": "Continue."}}]},
                             {"mlflow.llm.model": "gpt-4o-mini", "mlflow.chat.tokenUsage": usage}),
                ]
                parents[-1].children.append(chain)
                if len(parents) < 4:
                    parents.append(chain)
                else:
                    parents = [subagent]
                steps -= 3
            else:
                tool_start, tool_end = clock.step(5, 30)
                subagent.children.append(SpanPlan("record_note", SpanType.TOOL, tool_start,
                                                  tool_end, {"thread": sub + 1}, {"saved": True}))
                steps -= 1
        close_containers(subagent, clock)
        subagent.outputs = {"findings": f"Thread {sub + 1} done."}
        latest_end = max(latest_end, subagent.end_ns)
    root.end_ns = latest_end + 5_000_000
    root.outputs = chat_completion_output(trace.assistant_message)
    trace.root = root
    return trace


def close_containers(span: SpanPlan, clock: Clock) -> int:
    """Give container spans (no end time yet) an end just after their last child."""
    for child in span.children:
        close_containers(child, clock)
    if span.end_ns is None:
        last = max((child.end_ns for child in span.children), default=span.start_ns)
        span.end_ns = last + clock.rng.randint(200_000, 2_000_000)
    return span.end_ns


def plan_in_progress_trace(seed: int, index: int, base_ms: int) -> tuple[TracePlan, SessionPlan]:
    """A support turn that is still running: root and the current tool call never end."""
    rng = stream(seed, "in-progress")
    builder = ContentBuilder(rng)
    start_ms = base_ms - 40_000
    session = SessionPlan(f"sess-{rng.getrandbits(48):012x}", "alice", SUPPORT, "prod",
                          [start_ms], False)
    trace = TracePlan(index, "in_progress", SUPPORT, start_ms, session.user, session.id, 1, "prod",
                      app_version_for("prod", base_ms - start_ms))
    values = session_values(rng, SUPPORT)
    question = f"I still haven't received the refund for order {values['order']}. What's going on?"
    trace.user_message = f"{question} [{trace.marker}]"
    messages = [{"role": "system", "content": SUPPORT.system_prompt},
                {"role": "user", "content": trace.user_message}]
    start_ns = start_ms * 1_000_000
    clock = Clock(rng, start_ns)
    root = SpanPlan(SUPPORT.name, SpanType.AGENT, start_ns, inputs={"messages": messages})
    retrieval = builder.retriever_span(clock, "search_help_center", SUPPORT, question)
    call = builder.tool_call("lookup_payments", tool_arguments("lookup_payments", values))
    planner = builder.chat_span(clock, "plan_next_step", SpanType.CHAT_MODEL, SUPPORT.model,
                                messages, None, tool_calls=[call], tools=["lookup_payments"])
    running = SpanPlan("lookup_payments", SpanType.TOOL, clock.pause(),
                       inputs=tool_arguments("lookup_payments", values))
    root.children = [retrieval, planner, running]
    trace.root = root
    return trace, session


@dataclass
class Plan:
    seed: int
    base_ms: int
    traces: list[TracePlan]
    sessions: list[SessionPlan]

    @property
    def large(self) -> TracePlan | None:
        return next((t for t in self.traces if t.kind == "large"), None)

    @property
    def in_progress(self) -> TracePlan:
        return next(t for t in self.traces if t.kind == "in_progress")


def build_plan(seed: int, n_traces: int, large_spans: int, base_ms: int) -> Plan:
    traces, sessions = plan_schedule(seed, n_traces, base_ms)
    for position in stream(seed, "errors").sample(range(n_traces),
                                                  k=max(1, round(n_traces * ERROR_SHARE))):
        traces[position].fails = True
    plan_conversations(seed, traces)
    builder = ContentBuilder(stream(seed, "spans"))
    errors = {SUPPORT.name: SUPPORT_ERRORS, RESEARCH.name: RESEARCH_ERRORS,
              TRAVEL.name: TRAVEL_ERRORS}
    for trace in traces:
        build_normal_trace(builder, trace, errors[trace.agent.name])
    plan_assessments(seed, traces)
    if large_spans > 0:
        traces.append(plan_large_trace(seed, len(traces) + 1, base_ms, large_spans))
    in_progress, live_session = plan_in_progress_trace(seed, len(traces) + 1, base_ms)
    traces.append(in_progress)
    sessions.append(live_session)
    return Plan(seed, base_ms, traces, sessions)


# --------------------------------------------------------------------------------------------
# Logging through the MLflow SDK
# --------------------------------------------------------------------------------------------

def configure_tracing(tracking_uri: str, experiment_id: str) -> None:
    # Spans are exported over OTLP (POST /v1/traces) by a background BatchSpanProcessor. Its
    # default batch of 5 spans costs one request per 5 spans; 500 makes the 2000-span trace
    # ~7x and the whole run ~2x faster. Must be set before the first span creates the exporter.
    os.environ.setdefault("MLFLOW_ASYNC_TRACE_LOGGING_MAX_SPAN_BATCH_SIZE", "500")
    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment(experiment_id=experiment_id)


def call_backend(error: tuple[str, str]) -> None:
    exc_type, message = error
    raise ERROR_TYPES[exc_type](message)


def record_planned_error(span, error: tuple[str, str], at_ns: int) -> None:
    """Like ``LiveSpan.record_exception`` but with a backdated event time and a real traceback."""
    try:
        call_backend(error)
    except Exception as exc:  # noqa: BLE001 - the exception is the point
        event = SpanEvent.from_exception(exc)
        span.add_event(SpanEvent(name=event.name, timestamp=at_ns, attributes=event.attributes))
        span.set_status(SpanStatus(SpanStatusCode.ERROR,
                                   description=f"{type(exc).__name__}: {exc}"))


def log_children(parent, children: list[SpanPlan]) -> None:
    for node in children:
        span = mlflow.start_span_no_context(node.name, span_type=node.span_type, parent_span=parent,
                                            inputs=node.inputs, attributes=node.attributes,
                                            start_time_ns=node.start_ns)
        log_children(span, node.children)
        if node.error:
            record_planned_error(span, node.error, node.end_ns)
        if node.end_ns is not None:
            span.end(outputs=node.outputs, end_time_ns=node.end_ns)


def start_root(trace: TracePlan, seed: int, experiment_id: str):
    metadata = {}
    if trace.user:
        metadata["mlflow.trace.user"] = trace.user
    if trace.session:
        metadata["mlflow.trace.session"] = trace.session
    root = mlflow.start_span_no_context(
        trace.root.name, span_type=trace.root.span_type, inputs=trace.root.inputs,
        attributes=trace.root.attributes, start_time_ns=trace.root.start_ns,
        experiment_id=experiment_id, metadata=metadata,
        tags={"environment": trace.environment, "app_version": trace.app_version})
    # client_request_id is a TraceInfo field that only update_current_trace sets, and that
    # needs the span in the active context.
    with safe_set_span_in_context(root):
        mlflow.update_current_trace(client_request_id=trace.client_request_id(seed))
    return root


def log_trace(trace: TracePlan, seed: int, experiment_id: str) -> str:
    root = start_root(trace, seed, experiment_id)
    log_children(root, trace.root.children)
    if trace.root.error:
        record_planned_error(root, trace.root.error, trace.root.end_ns)
    root.end(outputs=trace.root.outputs, end_time_ns=trace.root.end_ns)
    return root.trace_id


def log_in_progress_trace(trace: TracePlan, seed: int, experiment_id: str) -> str:
    """Register the trace on the server as IN_PROGRESS (StartTraceV3), then export the finished
    child spans. The SDK itself only sends the trace info when the root span ends, so without
    the explicit start_trace the server would know the spans but no metadata, tags or name."""
    root = start_root(trace, seed, experiment_id)
    with InMemoryTraceManager.get_instance().get_trace(root.trace_id) as in_memory:
        in_memory.info.request_preview = trace.user_message
        TracingClient().start_trace(in_memory.info)
    log_children(root, trace.root.children)
    return root.trace_id


def log_assessments(trace: TracePlan, trace_id: str) -> None:
    for assessment in trace.assessments:
        if assessment.kind == "expectation":
            mlflow.log_expectation(trace_id=trace_id, name=assessment.name, value=assessment.value,
                                   source=assessment.source)
            continue
        logged = mlflow.log_feedback(trace_id=trace_id, name=assessment.name,
                                     value=assessment.value, source=assessment.source,
                                     rationale=assessment.rationale)
        if correction := assessment.overridden_by:
            mlflow.override_feedback(trace_id=trace_id, assessment_id=logged.assessment_id,
                                     value=correction.value, rationale=correction.rationale,
                                     source=correction.source)


def log_plan(plan: Plan, experiment_id: str) -> dict[int, str]:
    """Logs every trace (in request-time order) and returns trace ids by trace index."""
    trace_ids: dict[int, str] = {}
    started = time.monotonic()
    normal = [t for t in plan.traces if t.kind == "normal"]
    for count, trace in enumerate(normal, start=1):
        trace_ids[trace.index] = log_trace(trace, plan.seed, experiment_id)
        if count % FLUSH_EVERY == 0 or count == len(normal):
            # Exports run in background threads; draining them now and then keeps the SDK's
            # bounded export queue (1000 tasks, overflow is dropped) from filling up.
            mlflow.flush_trace_async_logging()
        if count % 20 == 0 or count == len(normal):
            print(f"  created {count}/{len(normal)} traces ({time.monotonic() - started:.1f}s)",
                  flush=True)
    print(f"  exported {len(normal)} traces ({time.monotonic() - started:.1f}s)", flush=True)
    if large := plan.large:
        large_started = time.monotonic()
        trace_ids[large.index] = log_trace(large, plan.seed, experiment_id)
        mlflow.flush_trace_async_logging()
        print(f"  logged large trace with {sum(1 for _ in large.root.walk())} spans "
              f"({time.monotonic() - large_started:.1f}s)", flush=True)
    in_progress = plan.in_progress
    trace_ids[in_progress.index] = log_in_progress_trace(in_progress, plan.seed, experiment_id)
    mlflow.flush_trace_async_logging()
    print("  logged in-progress trace", flush=True)
    return trace_ids


# --------------------------------------------------------------------------------------------
# Reading back over REST
# --------------------------------------------------------------------------------------------

# How long a read keeps retrying a server error: on a busy machine a trace's spans were seen
# missing for over 30 s after the flush ("Trace data not stored in tracking store", a 500).
RETRY_FOR_S = 120


class Rest:
    """Minimal JSON client for the tracking server's REST API (what the dashboard uses)."""

    def __init__(self, tracking_uri: str):
        self.base = tracking_uri.rstrip("/")

    def call(self, method: str, path: str, body: dict | None = None,
             params: dict[str, str] | None = None) -> dict:
        url = self.base + path + (f"?{urllib.parse.urlencode(params)}" if params else "")
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        # A busy SQLite store can answer a read with a transient 5xx ("database is locked") while
        # the async exporter is still writing; such answers are retried, client errors are not.
        deadline = time.monotonic() + RETRY_FOR_S
        attempt = 0
        while True:
            attempt += 1
            last_try = time.monotonic() >= deadline
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    return json.loads(response.read() or b"{}")
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode(errors="replace")[:500]
                if exc.code < 500 and exc.code != 429 or last_try:
                    raise RuntimeError(f"{method} {path} failed: {exc.code} {detail}") from exc
                print(f"  {method} {path}: {exc.code} {detail[:200]}; retrying", flush=True)
            except urllib.error.URLError as exc:
                if last_try:
                    raise RuntimeError(f"{method} {path} failed: {exc.reason}") from exc
                print(f"  {method} {path}: {exc.reason}; retrying", flush=True)
            time.sleep(min(0.5 * 2 ** attempt, 8))

    def search_traces(self, experiment_id: str, filter_string: str | None = None) -> list[dict]:
        traces: list[dict] = []
        page_token = None
        while True:
            body: dict[str, Any] = {
                "locations": [{"type": "MLFLOW_EXPERIMENT",
                               "mlflow_experiment": {"experiment_id": experiment_id}}],
                "max_results": MAX_RESULTS,
                "order_by": ["timestamp_ms ASC"],
            }
            if filter_string:
                body["filter"] = filter_string
            if page_token:
                body["page_token"] = page_token
            response = self.call("POST", "/api/3.0/mlflow/traces/search", body)
            traces += response.get("traces", [])  # the key is omitted when there are no traces
            page_token = response.get("next_page_token")
            if not page_token:
                return traces

    def count(self, experiment_id: str, filter_string: str) -> int:
        return len(self.search_traces(experiment_id, filter_string))

    def get_trace(self, trace_id: str) -> dict:
        return self.call("GET", "/api/3.0/mlflow/traces/get",
                         params={"trace_id": trace_id, "allow_partial": "true"})["trace"]


def parse_timestamp_ms(value: str) -> int:
    """RFC 3339 proto Timestamp ("2026-11-07T10:00:00.123Z", 0/3/6/9 fraction digits) to ms."""
    seconds, _, fraction = value.rstrip("Z").partition(".")
    moment = dt.datetime.strptime(seconds, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)
    return int(moment.timestamp()) * 1000 + int((fraction + "000")[:3])


def parse_duration_ms(value: str) -> int:
    """proto Duration JSON ("1.840s") to ms."""
    return int(Decimal(value.rstrip("s")) * 1000)


def wait_for_traces(rest: Rest, experiment_id: str, expected: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        traces = rest.search_traces(experiment_id)
        if len(traces) == expected:
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"ERROR: the server shows {len(traces)} traces in experiment "
                             f"{experiment_id} after {timeout_s:.0f}s, expected {expected}. "
                             "Some traces were not exported (see MLflow warnings above).")
        time.sleep(1)


# --------------------------------------------------------------------------------------------
# Manifest
# --------------------------------------------------------------------------------------------

def day_utc(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.timezone.utc).strftime("%Y-%m-%d")


def span_models(spans: list[SpanPlan]) -> list[str]:
    return sorted({span.attributes["mlflow.llm.model"] for span in spans
                   if "mlflow.llm.model" in span.attributes})


def token_totals(spans: list[SpanPlan]) -> dict[str, int]:
    totals = Counter()
    for span in spans:
        usage = span.attributes.get("mlflow.chat.tokenUsage")
        if usage:
            totals.update(usage)
    return {key: totals[key] for key in ("input_tokens", "output_tokens", "total_tokens")}


def assessment_entry(assessment: AssessmentPlan) -> dict:
    return {"name": assessment.name, "value": assessment.value,
            "source_type": assessment.source.source_type, "source_id": assessment.source.source_id}


def trace_entry(trace: TracePlan, trace_id: str, seed: int) -> dict:
    spans = trace.finished_spans()
    tokens = token_totals(spans)
    running = trace.root.end_ns is None
    return {
        "trace_id": trace_id,
        "index": trace.index,
        "marker": trace.marker,
        "name": trace.root.name,
        "status": trace.status,
        "user": trace.user,
        "session": trace.session,
        "turn": trace.turn,
        "client_request_id": trace.client_request_id(seed),
        "tags": {"environment": trace.environment, "app_version": trace.app_version},
        "request_time_ms": trace.start_ms,
        "duration_ms": None if running else (trace.root.end_ns - trace.root.start_ns) // 1_000_000,
        "span_count": len(spans),
        "span_types": dict(sorted(Counter(span.span_type for span in spans).items())),
        "models": span_models(spans),
        "input_tokens": tokens["input_tokens"],
        "output_tokens": tokens["output_tokens"],
        "total_tokens": tokens["total_tokens"],
        "user_message": trace.user_message,
        "assistant_message": trace.assistant_message,
        "feedback": [assessment_entry(a) for a in trace.valid_feedback()],
        "expectations": [assessment_entry(a) for a in trace.assessments if a.kind == "expectation"],
        "has_error": trace.has_error,
    }


def build_manifest(plan: Plan, trace_ids: dict[int, str], experiment_name: str,
                   experiment_id: str, large_spans: int, n_traces: int) -> dict:
    entries = [trace_entry(t, trace_ids[t.index], plan.seed) for t in plan.traces]
    by_session = Counter(e["session"] for e in entries if e["session"])
    by_user = Counter(e["user"] for e in entries if e["user"])
    feedback_counts = {FEEDBACK_NAME: {"true": 0, "false": 0}, "correctness": {"yes": 0, "no": 0}}
    assessments_by_name = Counter()
    for entry in entries:
        for item in entry["feedback"] + entry["expectations"]:
            assessments_by_name[item["name"]] += 1
            if item["name"] == FEEDBACK_NAME:
                feedback_counts[FEEDBACK_NAME]["true" if item["value"] else "false"] += 1
            elif item["name"] == "correctness":
                feedback_counts["correctness"][item["value"]] += 1
    sessions = []
    for session in sorted(plan.sessions, key=lambda s: s.turn_starts_ms[0]):
        turns = [e for e in entries if e["session"] == session.id]
        sessions.append({"id": session.id, "user": session.user, "turns": len(turns),
                         "trace_ids_in_order": [e["trace_id"] for e in turns],
                         "first_user_message": turns[0]["user_message"],
                         "has_idle_gap": session.has_idle_gap})
    users = [{"id": user,
              "sessions": [s["id"] for s in sessions if s["user"] == user],
              "traces": by_user[user]} for user in sorted(by_user)]
    overridden = next(((t, a) for t in plan.traces for a in t.assessments if a.overridden_by), None)
    writable = [e["trace_id"] for e in entries
                if e["status"] == "OK" and not e["feedback"] and not e["expectations"]
                and e["index"] <= n_traces]
    step = max(1, len(writable) // WRITABLE_TRACES)
    return {
        "seed": plan.seed,
        "experiment_name": experiment_name,
        "experiment_id": experiment_id,
        "base_time_ms": plan.base_ms,
        "feedback_name": FEEDBACK_NAME,
        "generator": {"traces": n_traces, "large_spans": large_spans,
                      "mlflow_version": mlflow.__version__},
        "counts": {
            "traces": len(entries),
            "by_status": {status: sum(1 for e in entries if e["status"] == status)
                          for status in ("OK", "ERROR", "IN_PROGRESS")},
            "by_user": dict(sorted(by_user.items())),
            "by_session": dict(sorted(by_session.items())),
            "by_tag": {key: dict(sorted(Counter(e["tags"][key] for e in entries).items()))
                       for key in ("environment", "app_version")},
            "by_name": dict(sorted(Counter(e["name"] for e in entries).items())),
            "by_day_utc": dict(sorted(Counter(day_utc(e["request_time_ms"])
                                              for e in entries).items())),
            "feedback": feedback_counts,
            "assessments_by_name": dict(sorted(assessments_by_name.items())),
            "traces_with_session": sum(by_session.values()),
            "traces_with_user": sum(by_user.values()),
            "spans_total": sum(e["span_count"] for e in entries),
            "tokens": {key: sum(e[f"{key}_tokens"] for e in entries)
                       for key in ("input", "output", "total")},
        },
        "sessions": sessions,
        "users": users,
        "traces": entries,
        "special": {
            "large_trace_id": trace_ids[plan.large.index] if plan.large else None,
            "large_trace_spans": sum(1 for _ in plan.large.root.walk()) if plan.large else 0,
            "in_progress_trace_id": trace_ids[plan.in_progress.index],
            "error_trace_ids": [e["trace_id"] for e in entries if e["status"] == "ERROR"],
            "writable_trace_ids": writable[::step][:WRITABLE_TRACES],
            "overridden_feedback": {
                "trace_id": trace_ids[overridden[0].index],
                "name": overridden[1].name,
                "original": assessment_entry(overridden[1]),
                "override": assessment_entry(overridden[1].overridden_by),
            } if overridden else None,
        },
    }


def write_manifest(manifest: dict, path: str) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, sort_keys=True, indent=2)
        handle.write("\n")


# --------------------------------------------------------------------------------------------
# Verification: manifest versus server
# --------------------------------------------------------------------------------------------

def metadata_filter(key: str, value: str) -> str:
    return f"metadata.`{key}` = '{value}'"


def server_feedback(info: dict, kind: str = "feedback") -> list[dict]:
    items = []
    for assessment in info.get("assessments", []):
        if kind in assessment and assessment.get("valid", True):
            items.append({"name": assessment["assessment_name"],
                          "value": assessment[kind].get("value"),
                          "source_type": assessment["source"]["source_type"],
                          "source_id": assessment["source"]["source_id"]})
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))


def span_attribute(span: dict, key: str) -> str | None:
    """A string attribute of an OTLP-JSON span from traces/get ({"key", "value": AnyValue})."""
    for attribute in span.get("attributes", []):
        if attribute["key"] == key:
            return attribute.get("value", {}).get("string_value")
    return None


def verify_trace(expected: dict, info: dict, spans: list[dict]) -> list[str]:
    problems = []
    label = f"{expected['marker']} ({expected['trace_id']})"
    metadata = info.get("trace_metadata", {})
    usage = json.loads(metadata.get("mlflow.trace.tokenUsage", "{}"))
    duration = info.get("execution_duration")
    actual = {
        "status": info.get("state"),
        "request_time_ms": parse_timestamp_ms(info["request_time"]),
        "duration_ms": parse_duration_ms(duration) if duration else None,
        "client_request_id": info.get("client_request_id"),
        "name": info.get("tags", {}).get("mlflow.traceName"),
        "user": metadata.get("mlflow.trace.user"),
        "session": metadata.get("mlflow.trace.session"),
        "tags": {key: info.get("tags", {}).get(key) for key in ("environment", "app_version")},
        "input_tokens": usage.get("input_tokens", 0),
        "output_tokens": usage.get("output_tokens", 0),
        "total_tokens": usage.get("total_tokens", 0),
        "span_count": len(spans),
        "span_types": dict(sorted(Counter(span_attribute(span, "mlflow.spanType")
                                          for span in spans).items())),
        "models": sorted({model for span in spans
                          if (model := span_attribute(span, "mlflow.llm.model"))}),
        "feedback": server_feedback(info),
        "expectations": server_feedback(info, "expectation"),
    }
    if expected["status"] == "IN_PROGRESS":
        # The server may report a partial duration (up to the last finished span) or none,
        # depending on how the span batches arrived.
        del actual["duration_ms"]
    wanted = {key: expected[key] for key in actual}
    wanted["feedback"] = sorted(expected["feedback"], key=lambda i: json.dumps(i, sort_keys=True))
    wanted["expectations"] = sorted(expected["expectations"],
                                    key=lambda i: json.dumps(i, sort_keys=True))
    for key, value in wanted.items():
        if actual[key] != value:
            problems.append(f"{label}: {key} is {actual[key]!r} on the server, "
                            f"manifest says {value!r}")
    previews = {"request_preview": expected["user_message"],
                "response_preview": expected["assistant_message"]}
    for key, value in previews.items():
        if info.get(key) != value:
            problems.append(f"{label}: {key} is {info.get(key)!r}, expected {value!r}")
    return problems


def verify_manifest(rest: Rest, manifest: dict) -> list[str]:
    experiment_id = manifest["experiment_id"]
    counts = manifest["counts"]
    problems: list[str] = []

    infos = {info["trace_id"]: info for info in rest.search_traces(experiment_id)}
    if len(infos) != counts["traces"]:
        problems.append(f"experiment has {len(infos)} traces, manifest says {counts['traces']}")

    def check_count(filter_string: str, expected: int) -> None:
        actual = rest.count(experiment_id, filter_string)
        if actual != expected:
            problems.append(f"filter {filter_string!r} matches {actual} traces, "
                            f"expected {expected}")

    for status, expected in counts["by_status"].items():
        check_count(f"trace.status = '{status}'", expected)
    for user, expected in counts["by_user"].items():
        check_count(metadata_filter("mlflow.trace.user", user), expected)
    for session, expected in counts["by_session"].items():
        check_count(metadata_filter("mlflow.trace.session", session), expected)
    check_count("metadata.`mlflow.trace.session` LIKE '%'", counts["traces_with_session"])
    for key, values in counts["by_tag"].items():
        for value, expected in values.items():
            check_count(f"tag.`{key}` = '{value}'", expected)
    for name, expected in counts["by_name"].items():
        check_count(f"trace.name = '{name}'", expected)
    for name, values in counts["feedback"].items():
        for value, expected in values.items():
            check_count(f"feedback.`{name}` = '{value}'", expected)
    for entry in (manifest["traces"][0], manifest["traces"][-1]):
        check_count(f"trace.text LIKE '%{entry['marker']}%'", 1)

    spans_total = 0
    tokens = Counter()
    trace_ids = [entry["trace_id"] for entry in manifest["traces"]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        fetched = dict(zip(trace_ids, pool.map(rest.get_trace, trace_ids)))
    for entry in manifest["traces"]:
        info = infos.get(entry["trace_id"])
        if info is None:
            problems.append(f"{entry['marker']}: trace {entry['trace_id']} not found on the server")
            continue
        spans = fetched[entry["trace_id"]].get("spans", [])
        spans_total += len(spans)
        usage = json.loads(info.get("trace_metadata", {}).get("mlflow.trace.tokenUsage", "{}"))
        tokens.update({key: usage.get(f"{key}_tokens", 0) for key in ("input", "output", "total")})
        problems += verify_trace(entry, info, spans)
    if spans_total != counts["spans_total"]:
        problems.append(f"server has {spans_total} spans in total, "
                        f"manifest says {counts['spans_total']}")
    if dict(tokens) != counts["tokens"]:
        problems.append(f"server token totals {dict(tokens)} != manifest {counts['tokens']}")
    problems += verify_override(infos, manifest["special"]["overridden_feedback"])
    return problems


def verify_override(infos: dict[str, dict], overridden: dict | None) -> list[str]:
    if not overridden:
        return []
    assessments = infos.get(overridden["trace_id"], {}).get("assessments", [])
    originals = [a for a in assessments if a["assessment_name"] == overridden["name"]
                 and not a.get("valid", True)
                 and a["feedback"].get("value") == overridden["original"]["value"]]
    overrides = [a for a in assessments
                 if originals and a.get("overrides") == originals[0]["assessment_id"]]
    if len(originals) != 1 or len(overrides) != 1:
        return [f"override of {overridden['name']} on {overridden['trace_id']} not found"]
    return []


# --------------------------------------------------------------------------------------------
# Experiment bookkeeping and CLI
# --------------------------------------------------------------------------------------------

def seeded_marker(seed: int, n_traces: int, large_spans: int, base_ms: int, state: str) -> str:
    return json.dumps({"seed": seed, "traces": n_traces, "large_spans": large_spans,
                       "base_time_ms": base_ms, "state": state}, sort_keys=True)


def prepare_experiment(client: MlflowClient, rest: Rest, name: str, seed: int, n_traces: int,
                       large_spans: int) -> tuple[str, dict | None]:
    """Returns (experiment id, info of a previous complete seeding or None).
    Exits when the experiment holds anything else."""
    experiment = client.get_experiment_by_name(name)
    if experiment is None:
        return client.create_experiment(name), None
    if experiment.lifecycle_stage != "active":
        raise SystemExit(f"ERROR: experiment {name!r} is deleted; restore it or pick another name.")
    marker = experiment.tags.get(SEEDED_TAG)
    if marker:
        info = json.loads(marker)
        same = (info.get("seed"), info.get("traces"), info.get("large_spans")) == (
            seed, n_traces, large_spans)
        if same and info.get("state") == "complete":
            return experiment.experiment_id, info
        raise SystemExit(f"ERROR: experiment {name!r} was seeded with {marker}; delete it or use "
                         "another --experiment name.")
    if rest.search_traces(experiment.experiment_id):
        raise SystemExit(f"ERROR: experiment {name!r} already holds traces not created by this "
                         "generator; use another --experiment name.")
    return experiment.experiment_id, None


def manifest_from_server(plan: Plan, rest: Rest, experiment_id: str) -> dict[int, str]:
    """Trace ids of an already seeded experiment, matched by client_request_id."""
    by_request_id = {info.get("client_request_id"): info["trace_id"]
                     for info in rest.search_traces(experiment_id)}
    return {t.index: by_request_id[t.client_request_id(plan.seed)] for t in plan.traces}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tracking-uri", required=True)
    parser.add_argument("--experiment", default="demo-agent")
    parser.add_argument("--traces", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--base-time-ms", type=int, default=None, help="default: now")
    parser.add_argument("--large-spans", type=int, default=2000, help="0 skips the large trace")
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--verify", action="store_true",
                        help="only compare an existing manifest with the server")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for the server to show every trace")
    args = parser.parse_args(argv)
    if args.traces < 1 or args.large_spans < 0 or 0 < args.large_spans < 2:
        parser.error("--traces must be >= 1 and --large-spans 0 or >= 2")
    return args


def report(problems: list[str]) -> int:
    if problems:
        print(f"VERIFY FAILED: {len(problems)} mismatch(es)")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("verify OK: the server matches the manifest")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    rest = Rest(args.tracking_uri)
    if args.verify:
        with open(args.manifest, encoding="utf-8") as handle:
            return report(verify_manifest(rest, json.load(handle)))

    client = MlflowClient(tracking_uri=args.tracking_uri)
    experiment_id, previous = prepare_experiment(client, rest, args.experiment, args.seed,
                                                 args.traces, args.large_spans)
    if previous:
        plan = build_plan(args.seed, args.traces, args.large_spans, previous["base_time_ms"])
        trace_ids = manifest_from_server(plan, rest, experiment_id)
        write_manifest(build_manifest(plan, trace_ids, args.experiment, experiment_id,
                                      args.large_spans, args.traces), args.manifest)
        print(f"already seeded: experiment {args.experiment!r} ({experiment_id}); "
              f"manifest written to {args.manifest}")
        return 0

    base_ms = args.base_time_ms if args.base_time_ms is not None else int(time.time() * 1000)
    plan = build_plan(args.seed, args.traces, args.large_spans, base_ms)
    print(f"seeding {len(plan.traces)} traces into experiment {args.experiment!r} "
          f"({experiment_id}) at {args.tracking_uri}", flush=True)
    client.set_experiment_tag(experiment_id, SEEDED_TAG, seeded_marker(
        args.seed, args.traces, args.large_spans, base_ms, "in_progress"))
    configure_tracing(args.tracking_uri, experiment_id)
    trace_ids = log_plan(plan, experiment_id)
    wait_for_traces(rest, experiment_id, len(plan.traces), args.timeout)

    assessed = [t for t in plan.traces if t.assessments]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda t: log_assessments(t, trace_ids[t.index]), assessed))
    print(f"  logged {sum(len(t.assessments) for t in assessed)} assessments "
          f"({time.monotonic() - started:.1f}s)", flush=True)

    manifest = build_manifest(plan, trace_ids, args.experiment, experiment_id,
                              args.large_spans, args.traces)
    write_manifest(manifest, args.manifest)
    print(f"manifest written to {args.manifest}", flush=True)
    status = report(verify_manifest(rest, manifest))
    if status == 0:
        client.set_experiment_tag(experiment_id, SEEDED_TAG, seeded_marker(
            args.seed, args.traces, args.large_spans, base_ms, "complete"))
    print(f"total time {time.monotonic() - started:.1f}s")
    return status


if __name__ == "__main__":
    sys.exit(main())
