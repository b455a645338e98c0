"""The closing lines of a text's body that are not the article: the writer's sign-off, a
wire story's credits, an author's bio or box, divider lines. Each leaves ``doc`` with its
reason counted."""

from __future__ import annotations

import re

from consumer.core.author_bio import (
    BIO_NAME_WITHIN_CHARS,
    BIO_WORDS,
    author_name_patterns,
    is_author_bio,
)
from consumer.core.text.article_lines import TITLE_ROLE, ArticleLines
from consumer.core.text.byline import is_name, wire_credit_reporters
from consumer.core.text.cjk_credits import (
    SignOff,
    bracketed_sign_off,
    cjk_outlet_name,
    is_lone_cjk_name,
)
from consumer.core.text.header_lines import reads_as_persons_name

_MAX_BIO_PARAGRAPHS = 2  # closing paragraphs that may be the author's bio
# An author box under the text (a name line, a role, the bio, more about the writer or the
# site): the paragraphs from its name line to the end.
_MAX_AUTHOR_BOX_PARAGRAPHS = 5
_MAX_ROLE_WORDS = 6  # "Head Winemaker, Co-Founder" between the name line and the bio
# A bio in the first person under the writer's name ("Hi, I'm Jane, a travel writer ...").
_SELF_INTRODUCTION = re.compile(
    r"\W{0,3}(?:(?:hi|hello|hey|hallo|salut|hola|ciao|olá|cześć)\b[^.!?]{0,20}?[,!.]? )?"
    r"(?:I'm|I’m|I am|ich bin|je suis|soy|sou|jestem)\b",
    re.IGNORECASE,
)
# A bio that does not name its author ("The writer is a professor of ...").
_UNNAMED_BIO = re.compile(
    r"\W{0,3}(the (writer|author|columnist)s? (is|are|was|were)|l'auteure? est|"
    r"(der autor|die autorin) (ist|war)|(el|la) autora? es|l'autore è|de (auteur|schrijver) is)"
    r" (a|an|the|un|une|ein|eine|una|uno|een|professor|currently|also)\b",
    re.IGNORECASE,
)
_MAX_UNNAMED_BIO_CHARS = 400
# The header of a box about the writer or the site under the text ("About Jane", "Über
# Kathrin", "À propos de Marie"): its one paragraph closes the page, not the article.
_ABOUT_BOX = re.compile(
    r"(?i:about|über|à propos de|sobre|acerca de|over|o) "
    r"[A-ZÀ-Þ][\w’'.-]*(?: [A-ZÀ-Þ][\w’'.-]*){0,2}:?"
)
_NO_WORD = re.compile(r"[\W_]+")  # a divider line holds no letter or digit


def without_sign_off(doc: ArticleLines, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The body without a closing line that is only a person's name (the writer's
    sign-off, "Nguyễn Văn An"), and that name."""
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(paragraphs) < 2 or len(kept) != len(paragraphs) or not is_name(paragraphs[-1]):
        return paragraphs, []
    if not reads_as_persons_name(doc, paragraphs[-1]):
        return paragraphs, []
    doc.remove(kept[-1], "byline")
    return paragraphs[:-1], [paragraphs[-1]]


def without_closing_outlet(
    doc: ArticleLines, paragraphs: list[str]
) -> tuple[list[str], str | None]:
    """The body without a Chinese or Japanese paper's name alone on its last line
    ("北海日報社", under the writer's "（山田太郎）"): the house that printed the story, not
    its text (it leaves as `source`); and that name."""
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(paragraphs) < 2 or len(kept) != len(paragraphs):
        return paragraphs, None
    name = cjk_outlet_name(paragraphs[-1])
    if name is None:
        return paragraphs, None
    doc.remove(kept[-1], "source")
    return paragraphs[:-1], name


def cjk_closing_under(doc: ArticleLines, end: int) -> tuple[list[str], str | None]:
    """A Japanese story's sign-off in brackets and the paper's name alone on the lines right
    under the body that ends at line ``end``, left out of it as page furniture: the
    writer's names and the paper's (either may be missing; not a name of a list of
    papers, another one under it)."""
    at = end + 1
    names: list[str] = []
    if at < len(doc.lines) and doc.status[at] == "boilerplate":
        closing = bracketed_sign_off(doc.lines[at].text, "\n".join(li.text for li in doc.lines))
        if closing is not None and closing.start == 0 and closing.names:
            names = closing.names
            at += 1
    if at >= len(doc.lines) or doc.status[at] != "boilerplate":
        return names, None
    outlet = cjk_outlet_name(doc.lines[at].text)
    if at + 1 < len(doc.lines) and cjk_outlet_name(doc.lines[at + 1].text):
        return names, None
    return names, outlet


def without_cjk_name_line(doc: ArticleLines, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The body without a Chinese or Japanese writer's name alone under the headline or
    on its last line ("王小明"), and that name (the last line's first: the sign-off)."""
    if len(paragraphs) < 3:
        return paragraphs, []
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(kept) != len(paragraphs):
        return paragraphs, []
    text = "\n".join(line.text for line in doc.lines)
    last = paragraphs[-1]
    if is_lone_cjk_name(last, text):
        doc.remove(kept[-1], "byline")
        return paragraphs[:-1], [last.replace("\u3000", " ")]
    first = paragraphs[0]
    under_title = kept[0] > 0 and doc.status[kept[0] - 1] == TITLE_ROLE
    if under_title and is_lone_cjk_name(first, text):
        doc.remove(kept[0], "byline")
        return paragraphs[1:], [first.replace("\u3000", " ")]
    return paragraphs, []


def without_bracketed_sign_off(
    doc: ArticleLines, paragraphs: list[str]
) -> tuple[list[str], SignOff | None]:
    """The body without a Japanese story's sign-off in brackets when it stands on a line
    of its own ("（山田太郎）", "(共同)"), and the sign-off (also one after the last
    sentence, which stays in its paragraph)."""
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(paragraphs) < 2 or len(kept) != len(paragraphs):
        return paragraphs, None
    text = "\n".join(line.text for line in doc.lines)
    closing = bracketed_sign_off(paragraphs[-1], text)
    if closing is not None and closing.start == 0:
        doc.remove(kept[-1], "byline")
        return paragraphs[:-1], closing
    return paragraphs, closing


def sign_off_under(doc: ArticleLines, end: int) -> list[str]:
    """The writer's sign-off just under the body that ends at line ``end``, left out of
    it as page furniture: a line that is only a person's name, with a removed line of
    another kind ("Tin liên quan", share buttons, a footer) or the dump's end right
    under it (not one of a list of names), that the dump shows nowhere else (a product's
    or a topic's name under a review repeats the text's words)."""
    at = end + 1
    if at >= len(doc.lines) or doc.status[at] != "boilerplate":
        return []
    after = doc.status[at + 1] if at + 1 < len(doc.lines) else "end"
    if after is None or after == "boilerplate":
        return []
    text = doc.lines[at].text
    if not is_name(text) or not reads_as_persons_name(doc, text):
        return []
    if not all(word[1:].islower() for word in text.split()):
        return []  # "URGE Members-Only App": a name's words are capitalised, no more
    if doc.shown_elsewhere(text, at):
        return []
    return [text]


def without_dividers(doc: ArticleLines, paragraphs: list[str]) -> list[str]:
    """The body without lines that hold no letter or digit ("___" above a wire story's
    notes, "* * *"): they divide the text (and the page, for the main block), say nothing."""
    dividers = {text for text in paragraphs if _NO_WORD.fullmatch(text)}
    if not dividers:
        return paragraphs
    for i, status in enumerate(doc.status):
        if status is None and doc.lines[i].text in dividers:
            doc.remove(i, "boilerplate")
    return [text for text in paragraphs if text not in dividers]


def without_wire_credits(doc: ArticleLines, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The body without a wire story's closing credits line ("(Reporting by Jane Doe;
    Editing by Sam Poe)", removed as `credit`, as the HTML mode does), and its reporters."""
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(paragraphs) < 2 or len(kept) != len(paragraphs):
        return paragraphs, []
    reporters = wire_credit_reporters(paragraphs[-1])
    if reporters is None:
        return paragraphs, []
    doc.remove(kept[-1], "credit")
    return paragraphs[:-1], reporters


def without_author_bios(doc: ArticleLines, paragraphs: list[str], authors: list[str]) -> list[str]:
    """The body without its closing paragraphs that are an author's bio: naming a byline
    author, or "the writer" ("The writer is a professor of ..."), or a box under "About
    X" or a name line (with its header or name)."""
    names = author_name_patterns(authors)
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(kept) != len(paragraphs):
        return paragraphs
    end = len(paragraphs)
    box = _author_box_start(paragraphs)
    if box is not None:
        for i in kept[box:]:
            doc.remove(i, "author_bio")
        return paragraphs[:box]
    if end > 2 and (_ABOUT_BOX.fullmatch(paragraphs[-2]) or _boxed_bio(*paragraphs[-2:])):
        doc.remove(kept[-2], "author_bio")
        doc.remove(kept[-1], "author_bio")
        return paragraphs[:-2]
    while end > 1 and len(paragraphs) - end < _MAX_BIO_PARAGRAPHS:
        closing = paragraphs[end - 1]
        unnamed = len(closing) <= _MAX_UNNAMED_BIO_CHARS and _UNNAMED_BIO.match(closing)
        if not (unnamed or (names and is_author_bio(closing, names))):
            break
        end -= 1
        doc.remove(kept[end], "author_bio")
    return paragraphs[:end]


# "About" before the writer's name over their box, in the languages of the byline words.
_ABOUT = r"(?i:about|über|à propos de|acerca de|sobre|informazioni su|over)"
# The removed header of a box about the writer ("About Jane Doe", "Über den Autor"): the
# byline stage took it out, so the bio under it no longer has its header in the body.
_ABOUT_HEADER = re.compile(_ABOUT + r" (?P<name>\S+(?: \S+){0,2})")


def without_bio_under_removed_header(doc: ArticleLines, paragraphs: list[str]) -> list[str]:
    """The body without its closing paragraph when only removed lines stand between it
    and an "About X" header that left as a byline (the writer's box under the text: its
    header, the name again, then the bio). Not a paragraph that opens with the header's
    name: a press release's "About Northwind Robotics" over "Northwind Robotics designs
    ...", the release's own closing text."""
    kept = [i for i, status in enumerate(doc.status) if status is None]
    if len(paragraphs) < 2 or len(kept) != len(paragraphs):
        return paragraphs
    last = kept[-1]
    for i in range(last - 1, kept[-2], -1):
        header = _ABOUT_HEADER.fullmatch(doc.lines[i].text)
        if (
            doc.status[i] == "byline"
            and header
            and not _opens_with_name(paragraphs[-1], header.group("name"))
        ):
            doc.remove(last, "author_bio")
            return paragraphs[:-1]
    return paragraphs


def _opens_with_name(paragraph: str, name: str) -> bool:
    """Does ``paragraph`` open with the first word of ``name`` (a capitalised one)?"""
    first = name.split()[0]
    return first[:1].isupper() and paragraph.startswith(first)


def _boxed_bio(name: str, closing: str) -> bool:
    """An author box under the text: a name alone on its line, then a bio that opens with
    that name ("Jane Doe" / "Jane Doe is head of social at ...")."""
    return is_name(name) and is_author_bio(closing, author_name_patterns([name]))


def _author_box_start(paragraphs: list[str]) -> int | None:
    """Where an author box near the end of the text starts: a name alone on its line, maybe
    a short role line, then a paragraph that opens with the name, its first or its last word
    ("Jane Doe" / "Editor, Travel" / "Jane covers travel for ..."); what follows it is more
    of the box or the site's. Not when the text has such a pair before it: a list of
    people, each under their name, is the article."""
    end = len(paragraphs)
    for i in range(max(2, end - _MAX_AUTHOR_BOX_PARAGRAPHS), end - 1):
        if _opens_with_own_name(paragraphs, i):
            if any(_opens_with_own_name(paragraphs, k) for k in range(i)):
                return None
            return None if _named_above(paragraphs[i], paragraphs[:i]) else i
    return None


def _named_above(name: str, above: list[str]) -> bool:
    """Does the text above name this person (a word of their name, of four letters or
    more)? Then the name line heads a section about them, not the writer's box."""
    words = [w for w in re.findall(r"\w+", name) if len(w) >= 4]
    if not words:
        return False
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")
    return any(pattern.search(paragraph) for paragraph in above)


def _opens_with_own_name(paragraphs: list[str], i: int) -> bool:
    """Is paragraph ``i`` a name alone, and the paragraph after it (or after a short role
    line) a bio: opening with the name, or with its first or last word and saying who they
    are, or the writer introducing themselves ("I'm a content writer at ...")?"""
    name = paragraphs[i]
    if not is_name(name):
        return False
    words = name.split()
    own = re.compile(rf"(?:{re.escape(words[0])}|{re.escape(words[-1])})\b")
    for bio in paragraphs[i + 1 : i + 3]:
        long = len(bio.split()) > _MAX_ROLE_WORDS
        if long and (
            bio.startswith(name)
            or (own.match(bio) and is_author_bio(bio, [own]))
            or _SELF_INTRODUCTION.match(bio)
        ):
            return True
        if long or bio.rstrip().endswith((".", "!", "?")):
            return False  # neither their bio nor a role line
    return False


_ABOUT_NAME = re.compile(_ABOUT + r" (?P<name>.+)")  # "About Jane Doe" over the bio


def boxed_author(doc: ArticleLines, start: int, body_start: int) -> list[str]:
    """The writer an author box under the story names, for a page whose bylines name
    nobody: a name alone on its line (or "About Jane Doe"), then, maybe past a short role
    or count line, a bio that opens with the name or its first word and says who they are
    ("Jane Doe" / "Jane covers travel for ..."). Read from line ``start`` on; only when
    the page has one such box (a page of profiles has several), and not for a person the
    body (from ``body_start``) names: a quoted expert's card."""
    found: set[str] = set()
    lines = doc.lines
    for i in range(start, len(lines) - 1):
        about = _ABOUT_NAME.fullmatch(lines[i].text)
        name = about["name"] if about else lines[i].text
        if not is_name(name) or not reads_as_persons_name(doc, name):
            continue
        surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
        if any(surname.search(line.text) for line in lines[body_start:i]):
            continue
        own = re.compile(rf"(?:{re.escape(name)}|{re.escape(name.split()[0])})\b")
        for below in lines[i + 1 : i + 3]:
            bio = below.text
            long = len(bio.split()) > _MAX_ROLE_WORDS
            if long and own.match(bio) and BIO_WORDS.search(bio[:BIO_NAME_WITHIN_CHARS]):
                found.add(name)
            if long or bio.rstrip().endswith((".", "!", "?")):
                break
    return [found.pop()] if len(found) == 1 else []
