"""A summary box's label over the story ("Key points", "In brief", "Das Wichtigste in
Kürze"): its points reword the headline, so none of them is the headline readers see."""

from __future__ import annotations

import re

from consumer.core.text.article_lines import ArticleLines

SUMMARY_LABEL = re.compile(
    r"\W{0,3}(key (points|takeaways|facts)|takeaways|(story )?highlights|summary|"
    r"(article|ai) summary|in (brief|short|a nutshell)|at a glance|tl;? ?dr|"
    r"what (you need|to) know|the (short|quick) (version|read)|"
    r"das wichtigste( in kürze)?|auf einen blick|in kürze|en bref|l'essentiel|"
    r"lo (más|mas) importante|en resumen|in sintesi|em resumo|in het kort|i korthet)"
    r"\W{0,3}",
    re.I,
)
MAX_POINTS = 6  # a box's points between its label and the line in question


def under_summary_label(doc: ArticleLines, i: int) -> bool:
    """Does line ``i`` stand among a summary box's points: a label up to ``MAX_POINTS``
    lines above it, in its block (a heading after the box, past a blank line, may still
    be the headline)?"""
    block = doc.lines[i].block
    return any(
        doc.lines[k].block == block and SUMMARY_LABEL.fullmatch(doc.lines[k].text)
        for k in range(max(0, i - MAX_POINTS), i)
    )
