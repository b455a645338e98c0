"""Made-up raw articles for the stream benchmarks and the fault proofs: deterministic, varied.

Half are full HTML pages (navigation, header, figures with captions, related links, footer)
and half are aggregator text dumps (title repeated, every caption twice, "read more from"
lines, previous/next headlines), about 2-10 KB each. The same seed gives the same articles,
so every run measures the same work. Nothing here comes from a real site.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import orjson

SITES = ("harbourtimes.example", "valleyherald.example", "metro-wire.example", "northpost.example")
AGGREGATORS = ("NewsRoll", "DailyDigest", "FeedHub")
PLACES = ("Port Elling", "Marrow Bay", "Caster Hill", "Ilfen", "Rudby", "New Tasset", "Oakmere")
PEOPLE = (
    "Maria Okafor", "Tomas Lindqvist", "Aiko Brandt", "Samuel Reyes", "Leila Haddad",
    "Jonah Whitcombe", "Priya Castell", "Erik Moreau", "Hannah Volkov", "Daniel Osei",
)  # fmt: skip
ORGS = (
    "the Harbour Authority", "Marrow Bay Council", "the Regional Water Board",
    "Caster Hill University", "the Transport Ministry", "Ilfen General Hospital",
)  # fmt: skip
TOPICS = (
    ("bridge", "repairs to the old swing bridge", "engineers", "traffic"),
    ("library", "the new public library", "readers", "opening hours"),
    ("flood", "flood defences along the river", "residents", "sandbags"),
    ("budget", "the city budget for next year", "councillors", "spending"),
    ("hospital", "a new emergency ward", "nurses", "waiting times"),
    ("rail", "the reopened branch line", "commuters", "timetables"),
    ("school", "a school building programme", "teachers", "class sizes"),
    ("harbour", "dredging of the harbour", "fishermen", "berths"),
)
VERBS = ("said", "told reporters", "added", "warned", "explained", "insisted")
FILLERS = (
    "The decision followed months of consultation with local groups",
    "Officials expect the work to take most of the coming year",
    "Critics argue that the plan leaves important questions open",
    "Figures published on Tuesday show a steady rise since the spring",
    "A public meeting is planned for the end of the month",
    "The cost has been revised twice since the project was announced",
    "Several businesses in the area have already changed their opening times",
    "The proposal will be put to a vote at the next council session",
    "Volunteers spent the weekend helping neighbours prepare",
    "An independent review is due to report before the summer",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One made-up raw article: its id, the raw JSON value and whether it is HTML."""

    id: str
    value: bytes
    mode: str


def _paragraphs(rng: random.Random, topic: tuple[str, str, str, str], count: int) -> list[str]:
    _, subject, group, issue = topic
    out = []
    for _ in range(count):
        person, place, org = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(ORGS)
        kind = rng.random()
        if kind < 0.3:
            out.append(
                f'"We cannot wait another year for {subject}," {person} {rng.choice(VERBS)}. '
                f"{rng.choice(FILLERS)}, and {group} in {place} say {issue} matter most."
            )
        elif kind < 0.6:
            out.append(
                f"{org.capitalize()} said on {rng.choice(('Monday', 'Wednesday', 'Friday'))} "
                f"that {subject} in {place} would cost about {rng.randint(2, 90)} million. "
                f"{rng.choice(FILLERS)}. {rng.choice(FILLERS)}."
            )
        else:
            out.append(
                f"{rng.choice(FILLERS)}. According to {person} of {org}, {group} have raised "
                f"concerns about {issue} since {rng.randint(2009, 2025)}. {rng.choice(FILLERS)}."
            )
    return out


def _html_page(rng: random.Random, n: int, title: str, paras: list[str], captions: list[str],
               site: str, author: str, related: list[str]) -> str:  # fmt: skip
    nav = "".join(
        f'<li><a href="/{s}">{s.title()}</a></li>'
        for s in ("news", "sport", "business", "culture", "weather", "opinion")
    )
    figures = [
        f'<figure><img src="/img/{n}-{i}.jpg" alt=""><figcaption>{c}</figcaption></figure>'
        for i, c in enumerate(captions)
    ]
    body: list[str] = []
    for i, p in enumerate(paras):
        body.append(f"<p>{p}</p>")
        if i == 1 and figures:
            body.append(figures[0])
        if i == 4:
            body.append('<div class="ad-slot">Advertisement</div>')
    body.extend(figures[1:])
    links = "".join(f'<li><a href="/news/{i}">{h}</a></li>' for i, h in enumerate(related))
    day = rng.randint(1, 28)
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{title} | {site}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<link rel="canonical" href="https://{site}/news/{n}">'
        f'<meta name="author" content="{author}">'
        f'<meta property="article:published_time" content="2026-03-{day:02d}T08:30:00Z">'
        "<script>window.dataLayer=[];function track(){return 1}</script>"
        f'</head><body><header><a href="/">{site}</a><nav><ul>{nav}</ul></nav></header>'
        f'<main><article><h1>{title}</h1><p class="byline">By {author}</p>'
        f'<time datetime="2026-03-{day:02d}">March {day}, 2026</time>'
        + "".join(body)
        + f"</article><aside><h2>Related</h2><ul>{links}</ul></aside></main>"
        f"<footer><p>&copy; 2026 {site}. All rights reserved.</p>"
        '<p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></p></footer>'
        "</body></html>"
    )


def _text_dump(rng: random.Random, title: str, paras: list[str], captions: list[str],
               site: str, author: str, related: list[str]) -> str:  # fmt: skip
    lines = [title, "", title, "", f"By {author}", ""]
    for i, p in enumerate(paras):
        lines += [p, ""]
        if i == 1:
            for c in captions:
                lines += [c, "", c, ""]
    lines += [f"Read more from {site}", ""]
    if related:
        lines += [f"Previous: {related[0]}", f"Next: {related[-1]}", ""]
    lines.append(f"Republished by {rng.choice(AGGREGATORS)}")
    return "\n".join(lines)


def make_article(n: int, seed: int = 7) -> Article:
    """Article number ``n``: the same (n, seed) always gives the same bytes."""
    rng = random.Random(seed * 1_000_003 + n)
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    title = f"{place} {topic[0]} plan: {rng.choice(PEOPLE)} on {topic[1]} ({n})"
    paras = _paragraphs(rng, topic, rng.randint(6, 28))
    captions = [
        f"{rng.choice(PEOPLE)} at {place} on the day of the announcement (photo {n}-{i})"
        for i in range(rng.randint(1, 3))
    ]
    site, author = rng.choice(SITES), rng.choice(PEOPLE)
    related = [f"{rng.choice(PLACES)} {rng.choice(TOPICS)[0]} update" for _ in range(4)]
    article_id = f"art-{seed}-{n}"
    if n % 2 == 0:
        html = _html_page(rng, n, title, paras, captions, site, author, related)
        value = {"id": article_id, "url": f"https://{site}/news/{n}", "source": site, "html": html}
        return Article(article_id, orjson.dumps(value), "html")
    text = _text_dump(rng, title, paras, captions, site, author, related)
    value = {"id": article_id, "source": rng.choice(AGGREGATORS), "text": text}
    return Article(article_id, orjson.dumps(value), "text")


def articles(count: int, seed: int = 7, start: int = 0) -> Iterator[Article]:
    for n in range(start, start + count):
        yield make_article(n, seed)


def filler_message(n: int, size: int = 2048) -> tuple[bytes, bytes]:
    """A (key, value) of exactly ``size`` bytes for the pass-through benchmark."""
    key = f"pt-{n}".encode()
    head = orjson.dumps({"id": key.decode(), "text": ""})[:-2]  # ... "text":"
    pad = size - len(head) - 2
    return key, head + (b"word " * (pad // 5 + 1))[:pad] + b'"}'


def make_brief(n: int, seed: int = 11) -> Article:
    """A short article (about 1 KB, HTML or text): the memory run's bulk, so 100,000
    messages fit in minutes; every 20th message of that run is a full article."""
    rng = random.Random(seed * 1_000_003 + n)
    topic = rng.choice(TOPICS)
    title = f"{rng.choice(PLACES)} {topic[0]} brief ({n})"
    paras = _paragraphs(rng, topic, 3)
    article_id = f"brief-{seed}-{n}"
    if n % 2 == 0:
        html = (
            f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "<footer>All rights reserved.</footer></body></html>"
        )
        return Article(article_id, orjson.dumps({"id": article_id, "html": html}), "html")
    text = "\n\n".join([title, title, *paras, f"Read more from {rng.choice(SITES)}"])
    return Article(article_id, orjson.dumps({"id": article_id, "text": text}), "text")
