"""Builders of made-up news pages in several site styles (no third-party pages)."""

from __future__ import annotations

import json

STORM_PARAGRAPHS = [
    "Thousands of homes along the south Wales coast were left without power on Tuesday "
    "night after Storm Ferelith brought winds of more than 80mph to the region.",
    "The Met Office had issued an amber warning for wind on Monday, saying that flying "
    "debris and large waves were likely to put lives at risk in coastal communities.",
    "Engineers worked through the night to restore supplies, and the electricity network "
    "operator said most customers should be reconnected by the middle of Wednesday.",
    "In Porthcawl, residents described waves crashing over the sea wall and shingle being "
    "thrown across the promenade as the storm reached its peak shortly after midnight.",
    "Rail services between Cardiff and Swansea were suspended after a tree fell on the line "
    "near Bridgend, and several roads were closed because of flooding.",
    "The Welsh government said it would review its flood defences once the clean-up was "
    "complete, adding that the storm had been one of the strongest in a decade.",
]
STORM_CAPTION = "Waves crashed over the sea wall in Porthcawl on Tuesday evening"
STORM_RELATED = [
    "Flood warnings issued across Wales for the weekend",
    "How climate change is making winter storms more intense",
]


def _json_ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def bbc_style_page() -> str:
    """JSON-LD metadata, figure/figcaption, related box, share and newsletter widgets."""
    body = "\n".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS[:3])
    body += f"""
      <figure><img src="/img/waves.jpg" alt=""><figcaption>{STORM_CAPTION}</figcaption></figure>
      <p>Advertisement</p>
      {"".join(f"<p>{p}</p>" for p in STORM_PARAGRAPHS[3:])}
      <p>{STORM_PARAGRAPHS[1]}</p>
    """
    ld = _json_ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Storm Ferelith leaves thousands without power in Wales",
            "datePublished": "2024-12-10T06:15:00+00:00",
            "dateModified": "2024-12-10T09:40:00Z",
            "author": [
                {"@type": "Person", "name": "Gwen Morgan"},
                {"@type": "Person", "name": "Rhys Evans"},
            ],
            "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News"},
        }
    )
    related = "".join(
        f'<li><a href="/news/uk-wales-{i}">{t}</a></li>' for i, t in enumerate(STORM_RELATED)
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Storm Ferelith leaves thousands without power in Wales | BBC News</title>
<meta property="og:site_name" content="BBC News">
<link rel="canonical" href="https://www.bbc.co.uk/news/uk-wales-123">
{ld}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
  <h1>Storm Ferelith leaves thousands without power in Wales</h1>
  <div class="share-tools"><a href="#">Share this with Facebook</a> <a href="#">Twitter</a></div>
  <div class="article-body">{body}</div>
  <div class="newsletter-signup"><p>Sign up for our morning newsletter and get BBC News in
    your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
  <section class="related-stories"><h2>Related Topics</h2><ul>{related}</ul></section>
</article></main>
<footer><p>Copyright 2024 BBC. All rights reserved.</p></footer>
</body></html>"""


HOUSING_PARAGRAPHS = [
    "The housing minister has resigned after a week of criticism over the government's "
    "handling of a cladding scheme that left thousands of leaseholders facing large bills.",
    "In a letter to the prime minister, she said she could no longer defend a policy that "
    "she believed was failing the people it was supposed to protect.",
    "Opposition parties called for an independent inquiry, arguing that ministers had been "
    "warned repeatedly about the cost of remediation work for over two years.",
    "Campaigners welcomed the resignation but said it would change little unless the "
    "Treasury agreed to fund the repairs directly rather than through new loans.",
    "A spokesperson for Downing Street thanked the minister for her service and said a "
    "replacement would be announced before the end of the week.",
]


def guardian_style_page() -> str:
    """Meta tags only (no JSON-LD), caption span, inline read-more line, byline."""
    paras = [f"<p>{p}</p>" for p in HOUSING_PARAGRAPHS]
    paras.insert(
        2,
        '<p>Read more: <a href="/politics/cladding-costs">Cladding costs '
        "leave leaseholders facing ruin</a></p>",
    )
    paras.insert(4, "<p>Follow us on Twitter for the latest politics news</p>")
    return f"""<html lang="en"><head>
<title>Housing minister resigns over cladding row - The Guardian</title>
<meta property="og:site_name" content="the Guardian">
<meta property="og:title" content="Housing minister resigns over cladding row">
<meta property="article:published_time" content="2023-03-02T17:45:12.000Z">
<meta name="author" content="Peter Walker and Aubrey Allegretti">
<link rel="canonical" href="/politics/2023/mar/02/housing-minister-resigns">
</head><body>
<div id="maincontent"><article>
<h1>Housing minister resigns over cladding row</h1>
<p class="byline">By Peter Walker</p>
<div class="article-body-commercial-selector">
<div class="img-wrapper"><img src="x.jpg"><span class="caption">The minister leaving
Downing Street on Thursday morning. Photograph: Agency</span></div>
{"".join(paras)}
</div></article></div>
<aside class="most-popular"><ol><li><a href="/a">A different story that readers clicked on
today</a></li></ol></aside>
</body></html>"""


def undated_page() -> str:
    """No date anywhere: published_at must stay null."""
    paras = "".join(f"<p>{p}</p>" for p in HOUSING_PARAGRAPHS)
    return f"""<html><head><title>Notes on housing policy</title></head>
<body><div class="content"><h1>Notes on housing policy</h1>{paras}</div></body></html>"""


def blog_style_page() -> str:
    """A <time datetime> date, og:locale, rel=author byline, a wp-caption, a comment form."""
    paras = "".join(f"<p>{p}</p>" for p in HOUSING_PARAGRAPHS)
    return f"""<html><head>
<title>Why the cladding crisis is not over :: Policy Notes</title>
<meta property="og:locale" content="en_GB">
<meta property="og:site_name" content="Policy Notes">
</head><body><div class="post">
<h1 class="entry-title">Why the cladding crisis is not over</h1>
<div class="meta">Posted on <time datetime="2022-11-05T08:30:00+01:00">5 November</time>
by <a rel="author" href="/author/ann">Ann Lee</a></div>
<div class="entry-content">
<div class="wp-caption"><img src="t.jpg"><p class="wp-caption-text">A tower block in
Salford, 2021</p></div>
{paras}
<p>Share this:</p>
</div>
<div id="comments"><h3>12 comments</h3><p>Leave a Reply</p></div>
</div></body></html>"""
