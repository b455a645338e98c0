"""Embedded tweets the extraction dropped from inside the story are put back."""

from __future__ import annotations

from lxml.html import HtmlElement

from consumer.core.html.embedded_posts import restore_embedded_tweets
from consumer.core.html.parse import parse_page
from consumer.core.options import CoreOptions

BEFORE = "The club named its new head coach on Wednesday after a week of talks."
AFTER = "He takes charge for the first time at the weekend, away to the league leaders."
TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">Welcome to the club, coach!<br>'
    'See you on Saturday</p>&mdash; Harbour FC (@harbourfc) <a href="https://x.test/1">'
    "November 20, 2019</a></blockquote>"
)
TWEET_LINES = [
    "Welcome to the club, coach! See you on Saturday",
    "— Harbour FC (@harbourfc) November 20, 2019",
]


def _tree(body: str) -> HtmlElement:
    return parse_page(f"<html><body>{body}</body></html>", CoreOptions(), [])


def test_a_tweet_between_two_consecutive_body_lines_goes_back_between_them() -> None:
    tree = _tree(f'<p>{BEFORE}</p><div class="article-widget">{TWEET}</div><p>{AFTER}</p>')
    assert restore_embedded_tweets(tree, [BEFORE, AFTER]) == [BEFORE, *TWEET_LINES, AFTER]


def test_a_tweet_the_body_holds_or_one_outside_the_story_is_not_added() -> None:
    kept = _tree(f"<p>{BEFORE}</p>{TWEET}<p>{AFTER}</p>")
    lines = [BEFORE, *TWEET_LINES, AFTER]
    assert restore_embedded_tweets(kept, lines) == lines
    # In a sidebar after the story: not between two of its lines.
    beside = _tree(f"<p>{BEFORE}</p><p>{AFTER}</p><aside>{TWEET}</aside>")
    assert restore_embedded_tweets(beside, [BEFORE, AFTER]) == [BEFORE, AFTER]


def test_a_tweet_embedded_as_a_figure_is_media_not_put_back() -> None:
    tree = _tree(f"<p>{BEFORE}</p><figure>{TWEET}</figure><p>{AFTER}</p>")
    assert restore_embedded_tweets(tree, [BEFORE, AFTER]) == [BEFORE, AFTER]


def test_an_embedded_post_near_the_headline_dates_and_signs_nothing() -> None:
    from consumer.contract import RawArticle
    from consumer.core.html import extract_html
    from consumer.core.options import DEFAULT_OPTIONS

    instagram = (
        '<blockquote class="instagram-media"><p><a href="https://x.test/p/2">A post shared '
        "by Harbour FC (@harbourfc)</a></p><p>By Harbour FC, November 21, 2019</p></blockquote>"
    )
    html = (
        "<html><head><title>Harbour FC name new coach</title></head><body><article>"
        f"<h1>Harbour FC name new coach</h1><p>{BEFORE}</p>{TWEET}{instagram}<p>{AFTER}</p>"
        "</article></body></html>"
    )
    result = extract_html(RawArticle(content=html, mode="html"), DEFAULT_OPTIONS)
    assert result.published_at is None  # (the posts' days are theirs, not the story's)
    assert result.authors == []
