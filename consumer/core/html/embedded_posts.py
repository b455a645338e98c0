"""Put back the embedded tweets an extraction dropped from inside the story.

A news story quotes posts by embedding them (``<blockquote class="twitter-tweet">``: the
post's text in ``<p>``, then "— Name (@handle) date"). trafilatura keeps such a quote
when it sits among the story's paragraphs, but drops it with the box around it when the
template wraps it in a container named like a widget. An embedded tweet whose text the
body lacks (and that is not embedded as a ``<figure>``) is put back, as its lines, when it
sits between two elements whose texts are consecutive lines of the body: inside the
story, not beside it.
"""

from __future__ import annotations

import copy

from lxml import etree
from lxml.html import HtmlElement

from consumer.core.html.line_keys import StartKeys, first_positions, inserts_between, with_inserts
from consumer.core.html.tree import document_elements, squeeze, text_of

# The embed code's marker class ("twitter-tweet", "twitter-tweet tw-align-center"). One
# embedded as a figure (WordPress's embed block) is media beside the story, as a photo
# is: not put back.
_TWEETS = etree.XPath(
    "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')]"
    "[not(ancestor::figure)]"
)
# The blocks whose texts the body's lines are made of.
_LINE_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def restore_embedded_tweets(
    tree: HtmlElement, lines: list[str], keys: StartKeys | None = None
) -> list[str]:
    """``lines`` with the embedded tweets the extraction left out between two of its
    consecutive lines put back there. (``keys``: the extraction's ``StartKeys``.)"""
    # (Most pages hold no quotation at all: a walk by tag in C tells, before the search.)
    tweets = _TWEETS(tree) if len(lines) >= 2 and document_elements(tree, "blockquote") else []
    if not tweets:
        return lines  # most pages
    keys = StartKeys() if keys is None else keys
    positions = first_positions(lines, keys)
    missing = {}
    for tweet in tweets:
        tweet_lines = _tweet_lines(tweet)
        if tweet_lines and keys[tweet_lines[0]] not in positions:
            missing[tweet] = tweet_lines
    if not missing:
        return lines
    steps: list[int | list[str]] = []  # body line indexes and the tweets between
    inside: HtmlElement | None = None  # the missing tweet whose blocks are being passed
    for element in tree.iter(*_LINE_TAGS):
        if inside is not None and any(a is inside for a in element.iterancestors("blockquote")):
            continue  # the tweet's own paragraphs
        inside = None
        if element in missing:
            steps.append(missing[element])
            inside = element
            continue
        text = squeeze(text_of(element))
        at = positions.get(keys[text]) if text else None
        if at is not None:
            steps.append(at)
    return with_inserts(lines, inserts_between(steps))


def _tweet_lines(tweet: HtmlElement) -> list[str]:
    """The post's paragraphs, then its attribution ("— Name (@handle) date")."""
    paragraphs = [text for p in tweet.iter("p") if (text := _broken_text(p))]
    attribution = squeeze(tweet.text)
    for child in tweet:
        if child.tag != "p":
            attribution += " " + squeeze(text_of(child)) if isinstance(child.tag, str) else ""
        attribution += " " + squeeze(child.tail)
    attribution = squeeze(attribution)
    return paragraphs + ([attribution] if attribution else [])


def _broken_text(paragraph: HtmlElement) -> str:
    """The paragraph's text with a space for each ``<br>`` (a post's lines)."""
    if paragraph.find(".//br") is None:
        return squeeze(text_of(paragraph))
    copied = copy.deepcopy(paragraph)
    for br in copied.iter("br"):
        br.tail = " " + (br.tail or "")
    return squeeze(text_of(copied))
