"""Find the article in a full-page text dump: the densest run of prose lines.

Text has no markup and no link density, so each line is judged by what it reads like:
how many words, how many of them are function words (prose has many, menus and headline
lists have few), whether it ends like a sentence. Prose lines score their length, short
lines a penalty; the best-scoring contiguous run (Kadane) is the article, and further
runs nearly as strong, or long enough on their own, join it (an article split by a
table, a gallery or an ad block), with what lies between them unless a byline, a date
or a comments header does (teasers, comments).
Short lines cost less when they have several words (a subheading, a list item) or hold
a number or a "label: value" pair (a table row, a spec line) than when they are one to
three bare words (menu items, tags). Inside the chosen runs
every line stays: what is cut off by a run's ends is what the page wraps around the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from consumer.core.scripts import CJK_CHAR, UNSPACED_CHAR
from consumer.core.text.stopwords import STOPWORDS

# A word; the vowel signs of the Indic scripts are inside it ("\w" stops at them).
_WORD = re.compile(r"[^\W\d_][\w'’\u0900-\u0963\u0966-\u0dff-]*")
_CJK_FULL_STOPS = "。！？!?"
_CJK_EXTRA_WEIGHT = 1.5
# Thai, Lao, Burmese and Khmer write no spaces between words (a space ends a phrase or a
# sentence) and Thai and Lao no full stop: about three letters make a word.
_UNSPACED_CHARS_PER_WORD = 3
_UNSPACED_STOPS = "။។"
_UNSPACED_SENTENCE_WORDS = 15
# A quotation mark or bracket that closes a sentence after its stop: English "...”", German
# „...“ (its closing mark is the English opening one) and ‚...‘, French « ... », German
# »...«, Japanese 「...」.
_CLOSING_QUOTE = "['\"’”»“‘«」』)]"
# A sentence with a short note in brackets after its stop ("... city! (Commentators Luo
# Bo, Xiao Haichuan)", "... on Friday. (Reuters)").
# Not a photo credit ("... getarnt. (mlharing / iStock.com)").
_NOTE_AFTER_STOP = re.compile(r"[.!?。！？]['\"’”»“‘«」』]?\s?[(（][^()（）/©:|.]{1,30}[)）]$")
_NOTE_CHARS = 40
_TRAILING_TAGS = re.compile(r"(?<=[.!?])['\"’”»]?(?: [@#][^\W_][\w]*){1,4}$")
_TAGS_CHARS = 120
# "।" (danda) ends a sentence in Hindi, Bengali, Marathi, Nepali ...; "۔" in Urdu; "؟"
# is the Arabic-script question mark; "։" the Armenian full stop, "።" the Ethiopic, "။"
# the Burmese and "។" the Khmer.
_FULL_STOP = re.compile(rf"[^.][.!?।۔؟։።။។]{_CLOSING_QUOTE}?$")
_SENTENCE_END = re.compile(rf"[.!?…。！？:;।۔؟։።။។]{_CLOSING_QUOTE}?$")
# A table row or a spec line ("Average GMAT: 702", "Battery 7", "Kitchen $14,500"):
# a number, or a label and a value.
_DATA_ROW = re.compile(r"\d|^[^:]{2,40}: \S")
_MARK = re.compile(r"[.,;:!?]\s")
# A list item's bullet or number ("- ", "• ", "3. ").
BULLET = re.compile(r"([-•*–·▪►●]|\d{1,2}[.)])\s+\S")
# ... or as dumpers mark nested items too ("+ ", "o ": inscriptis): enough to tell a menu's
# item from a headline; lists counted as prose keep to BULLET (with these marks counted
# too, inscriptis dumps lost body F1).
LIST_ITEM = re.compile(r"([-•*–·▪►●+o]|\d{1,2}[.)])\s+\S")

# A numbered section heading ("3. Black bags...", "#3 Glass", "3) Glass").
_SECTION_NUMBER = re.compile(r"(?:#(\d{1,2})[.):]?|(\d{1,2})[.):]) +[^\W\d_]")
# A step's label on a line of its own ("Step 3", "Schritt 3:", "Krok 3", "Étape 3"). (Not
# a bare "3": a ranking's numbers sit between its entries' names, specs and teasers.)
_STEP_LABEL = re.compile(
    r"(?:step|schritt|krok|étape|etape|paso|passo|stap|steg|adım|langkah|шаг) ?"
    r"(\d{1,2})[.:)]?",
    re.IGNORECASE,
)
# On a page flattened onto one line, the cut at a sentence end parts a numbered heading
# ("... perspective. 2. Pay Yourself First That means ...") from its number: "2." alone.
_BARE_NUMBER = re.compile(r"(\d{1,2})[.:)]?")
_MIN_SECTIONS = 3
_MIN_COUNTED_ITEMS = 5
_CUT_SHORT = re.compile(r"(?:[^\W\d_]|[^\W\d_] [(\[])(?:…|\.\.\.)[)\]]?$")
_TEASER_REACH = 3
# A paragraph's closing full stop (a headline may be a long question: "... for whom?").
_PARAGRAPH_END = re.compile(rf"[^.]\.{_CLOSING_QUOTE}?$")
_FLAT_TEASER_REACH = 5
_MIN_FLAT_TEASERS = 3
# A teaser in a list of other stories, opened by its date ("01.01.2022 - Formel 1 ...").
_DATED_TEASER = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?: \d{1,2}:\d{2})? ?[-–|•] +\S")
_COUNTED_ITEM = re.compile(r"(\d{1,3})[.)] +[^\W\d_]")
_CLOCK_LINE = re.compile(
    r"((updated|posted|published)( at)?:? )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,5})?", re.I
)
_MAX_CLOCK_CHARS = 40
# A live blog entry's sign-off under its text ("— Anna Lee", "-- Jon Ruiz, Denver").
_ENTRY_SIGNATURE = re.compile(
    r"(?:[—–]|--?) ?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:, [A-Z][\w .'’-]{1,30})?"
)
_MIN_ENTRIES = 2
# An ingredient line: an amount, often a unit, then what ("200 g Zucker", "1½ cups rice").
_AMOUNT_LINE = re.compile(r"(?:\d+(?:[.,/]\d+)?\s?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])(?: ?- ?\d+)? ?[^\W\d_]")
_UNIT = re.compile(
    r"(?:\d|[¼½¾⅓⅔⅛]) ?(?:g|gr|kg|mg|ml|cl|dl|l|oz|lbs?|pounds?|cups?|c\.|tbsps?|tsps?|"
    r"tablespoons?|teaspoons?|pinch|cloves?|cans?|EL|TL|Pck\.?|Päckchen|Prise|Btl\.?|"
    r"Bund|Dose|Stück|Msp\.?|cucharadas?|cucharaditas?|tazas?|cuillères?|c\.à\.s\.|"
    r"łyżk[ia]|łyżeczk[ia]|szklank[ai]|dag|szt\.?|cucchiai[oa]?|cucchiain[oi])\b",
    re.I,
)
_MAX_AMOUNT_CHARS = 90
# A transcript's speaker on a line of its own, in capitals ("MARY LOCKE, HOST:").
_SPEAKER_LINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}(, [A-ZÀ-Þ][A-ZÀ-Þ ]{1,30})?:")
_MIN_AMOUNT_LINES = 3
_HEADING_SCORE = 1.0
_MAX_LABEL_CHARS = 60  # a short line ending in a colon right above a run introduces it
_ITEMS_PER_STOP = 4  # a colon's list: at most one item in four ends with a full stop
_MIN_CLOSING_ITEMS = 2  # a list under the text's last line, above its buttons
# A blog post's closing note of its source ("Via MacRumors", "[Via Collider ]", "H/T Jane
# Roe", "Cross-posted on the X blog", "(Originally posted on X)"): a label and a name of up
# to eight words. Not "Source: X" (L3S's and WCXB's truths leave a news story's out).
_SOURCE_NOTE = re.compile(
    r"[\[(]? ?(?:via|h/t|hat tip|cross-?posted (?:from|on|at)|"
    r"originally (?:published|posted) (?:on|at|in|by))\b:? ?\S+(?: \S+){0,7} ?[\])]?\.?",
    re.IGNORECASE,
)
_MAX_SOURCE_NOTES = 2
# Words of a header over other posts or stories ("Similar posts:", "See other posts tagged:",
# "Posted on this day, other years:", "This might be interesting to you:"), not over the
# story's own list.
_POINTER_HEADER_WORDS = re.compile(
    r"\b(other|others|similar|related|more|also|interest\w*|like|tagged|tags?|posts?|"
    r"stories|articles|entries|reading|read|see|links?|popular|recent|latest|previous|"
    r"weitere|ähnliche|mehr|auch|autres|similaires|aussi|relacionad[oa]s|otr[oa]s|más)\b",
    re.IGNORECASE,
)
_MAX_SUBHEADING_WORDS = 12  # a subheading between two paragraphs, not a sentence
_FRAME_REACH = 2  # prose this close above and under bulleted lines makes them the text's list
_MIN_FRAMED_ITEM_WORDS = 3  # a bullet and two words; one-word items are a menu's

GOOD, NEUTRAL, SHORT, LIST = "good", "neutral", "short", "list"
_MAX_LIST_ITEMS = 60
# A review's pros and cons labels, bare on their lines ("Pros", "The Bad", "Nachteile"):
# they introduce the box's lists as a label ending in a colon does.
_PROS_CONS_LABEL = re.compile(
    r"(pros|cons|the good|the bad|what we (did ?n[o']t )?(like|love|liked|loved)|"
    r"what we (don'?t|do not) like|likes|dislikes|strengths|weaknesses|"
    r"vorteile|nachteile|pluspunkte|minuspunkte|"
    r"avantages|inconvénients|les plus|les moins|points forts|points faibles|"
    r"ventajas|desventajas|pro|contra|contro)",
    re.IGNORECASE,
)
_MENU_WORDS = 5
_MAX_TITLE_CHARS = 200  # a headline's length at most
# Words an English headline in title case leaves in lower case.
_TITLE_MINOR_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in"}
    | {"of", "off", "on", "per", "to", "up", "via", "vs", "from", "into", "onto", "with"}
    | {"over", "than"}
)
_LIST_MARK = re.compile(r"[,;] ")  # names or places listed in the text, not a menu
_MIN_SENTENCE_WORDS = 3
# A program's or a page source's marks: braces, assignments, logical operators, "//"
# comments (not a web address's), HTML tags.
_CODE_MARK = re.compile(r"[{}=]|&&|\|\||(?<!:)//|</?[a-zA-Z][a-zA-Z0-9]*[ >]")
_TEX_COMMAND = re.compile(r"\\[a-zA-Z]{2,}")  # a formula's source ("{\displaystyle x_{i}}")
_WORDS_PER_CODE_MARK = 5
_MIN_CODE_MARKS = 3
_LONG_LINE_WORDS = 40
_WORDS_PER_MARK = 25  # a long line with fewer marks than one per this many words is a list
_ALONE_SHARE = 0.7  # share of prose lines alone in their block that makes a page "airy"
_PACKED_WEIGHT = 0.1  # weight of prose packed with other lines on such a page
_SAMPLE_CHARS = 4_000
_SHORT_PENALTY = 120.0
_WORDY_SHORT_PENALTY = 60.0  # a short line of this many words or more costs less
_WORDY_SHORT_WORDS = 4
_DATA_ROW_PENALTY = 30.0  # a short table row or spec line ("Battery life: 8 hours")
_FLAT_SHORT_WEIGHT = 3.0  # a short piece of a one-line page: several lines run together
_SEPARATOR_PENALTY = 400.0  # a byline or date between prose: the next teaser starts
_GOOD_OFFSET = 0.0  # a prose line scores its length minus this (teasers are short prose)
_GOOD_FLOOR = 10.0
_NEUTRAL_WEIGHT = 0.5
_INLINE_PIECE_WEIGHT = 0.5  # a short line after a short line of the same page element
_REMOVED_PENALTY = 8.0
_SECOND_RUN_SHARE = 0.45  # a further run joins when it scores this share of the best one
# A further run scoring this much joins whatever the best scores: a long article cut by a
# table or a gallery has long parts, each far below the share of the whole.
_SECOND_RUN_ENOUGH = 1_000.0
# ... but one under the text that a byline, a date or a comments header parts from it
# (another story, a comment) needs twice that: a long teaser or comment reaches 1,000.
_SEPARATED_RUN_ENOUGH = 2_000.0
# A wall of page furniture under the text (menus, an archive's months, link lists):
# this many kept lines, costing this many times what the run under it earns, with
# fewer than this share of sentences (of this many words or more) among them.
_MIN_WALL_LINES = 10
_WALL_COST = 5.0
_WALL_SENTENCE_SHARE = 0.2
_MIN_WALL_SENTENCE_WORDS = 4
_BOX_REACH = 6  # lines of prose under a "Related stories" box inside the text
# Removed lines of such a box: its headlines, its carousel's buttons, its share buttons.
_BOX_LINES = 16
_BARRIER = 1e9
_CLOSING_NOTICE_SHARE = 0.5  # prose above a dated notice inside the text that makes it its end
_MAX_RUNS = 1_000
_PROSE_BEFORE_COMMENTS = 400  # chars of prose before a comments header that ends the text
_DISCOUNT = 0.1  # prose before the headline, or under a comments header
_HEADER_REACH = 20  # lines from the headline to its text's first run
_MIN_HEADED_RUN = 100.0  # a run under the headline that joins whatever the best scores
_MAX_BOX_PROSE = 4  # prose lines of a sidebar's box above the headline (an "About me")
_CAPTION_REACH = 2  # a photo's caption sits right above its credit or its copy
_POST_REACH = 4  # lines from a short post's headline to its comments header
_MIN_POST_LINE_WORDS = 8  # a short post's line: more words than a label or a menu's
THREAD_HEADER_REACH = 3  # lines from a comments header to its thread's first entry
_MIN_SIGNED_ENTRIES = 4  # a thread of readers' comments: name, comment, name, comment ...
# Or two when each name follows its writer's web address (a comment widget's link on the
# name: "http://x.com Dana"), which a subheading or a list of people never has.
_MIN_LINKED_ENTRIES = 2
_MAX_ENTRY_LINES = 3  # prose lines of one comment
_MAX_NAME_WORDS = 3
_MAX_NAME_CHARS = 40
_STEM_CHARS = 5
_CLOSING_MARK = re.compile(r"[»”’),.;:!?]")  # a sentence split at an inline quote goes on
# "Deficiency: ..." or "Toxicity:Zinc ...", a field of a reference list (not "http://", not
# a smiley: "Great question:-) I think ...")
_LABELLED = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?:(?!//|-?[()DPp]\W)\s?\S")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$")
# A reader's comment headed by its writer on a line of their own: "JC Says:", "by
# ballpoint (192660) writes: on Tuesday July 24, @09:07AM", "Ann wrote:", "Jacob said,",
# "Jennifer said..." (a forum's or a blog's thread; its date may follow on the line).
_SAID_HEADER = re.compile(
    r"(?:by )?(?P<name>[^\W\d_][\w.'’ -]{0,40}?)(?: \(\d+\))? (?:writes|wrote|says|said)"
    r"(?::(?: .{0,80})?|,|\.\.\.|…)",
    re.IGNORECASE,
)
_MIN_SAID_ENTRIES = 2


@dataclass(frozen=True, slots=True)
class LineFeatures:
    words: int
    stop_share: float
    ends_sentence: bool
    chars: int  # its weight in characters (a CJK character weighs more)
    ends_full_stop: bool = False  # ".", "!" or "?" (not ":" or ";")
    marks: int = 0  # commas and stops inside the line: prose has them, tag clouds do not


def line_features(text: str) -> LineFeatures:
    full_chars = len(text)
    tags = _TRAILING_TAGS.search(text[-_TAGS_CHARS:]) if text[-1:].isalnum() else None
    # A post's sentence signed with handles or hashtags ("... in a big way. @JaneRoe")
    # ends before them.
    tail = text[-_TAGS_CHARS:][: tags.start()][-8:] if tags else text[-8:]
    scale = 1.0
    if full_chars > _SAMPLE_CHARS:  # ratios from a sample keep huge lines cheap
        scale = full_chars / _SAMPLE_CHARS
        text = text[:_SAMPLE_CHARS]
    words = _WORD.findall(text)
    cjk = len(CJK_CHAR.findall(text))
    ends = _SENTENCE_END.search(tail) is not None or (
        tail[-1:] in ")）" and _NOTE_AFTER_STOP.search(text[-_NOTE_CHARS:]) is not None
    )
    if cjk * 3 > len(text):
        # No spaces between words: count characters, and take punctuation for grammar.
        share = 0.3 if ends or "、" in text or "，" in text else 0.1
        full_stop = tail[-1:] in _CJK_FULL_STOPS
        # A CJK character says as much as a short word: weigh it so.
        weight = full_chars + int(_CJK_EXTRA_WEIGHT * cjk * scale)
        return LineFeatures(int(cjk * scale) // 2, share, ends, weight, full_stop)
    unspaced = 0 if text.isascii() else len(UNSPACED_CHAR.findall(text))  # (most lines: no scan)
    if unspaced * 2 > len(text):
        return _unspaced_features(text, unspaced, scale, ends, full_chars)
    stops = sum(1 for w in words if w.casefold() in STOPWORDS)
    share = stops / len(words) if words else 0.0
    full_stop = _FULL_STOP.search(tail) is not None
    # Marks only matter for long lines (see line_class): count them only there.
    marks = int(len(_MARK.findall(text)) * scale) if len(words) >= _LONG_LINE_WORDS else 0
    return LineFeatures(int(len(words) * scale), share, ends, full_chars, full_stop, marks)


def _unspaced_features(
    text: str, letters: int, scale: float, ends: bool, full_chars: int
) -> LineFeatures:
    """A line of Thai, Lao, Burmese or Khmer: words from its letters; a space between two
    phrases, a stop, or a sentence's length is the grammar a menu item has none of."""
    words = int(letters * scale) // _UNSPACED_CHARS_PER_WORD
    phrases = text.count(" ") + sum(text.count(stop) for stop in _UNSPACED_STOPS)
    share = 0.3 if phrases or ends or words >= _UNSPACED_SENTENCE_WORDS else 0.1
    return LineFeatures(words, share, ends, full_chars, text[-1:] in _UNSPACED_STOPS)


def line_class(features: LineFeatures) -> str:
    """good (prose), neutral (could be either) or short (menu item, label, headline)."""
    f = features
    if f.words >= 15 and f.stop_share >= 0.18:
        return GOOD
    if f.words >= 9 and f.stop_share >= 0.22 and f.ends_sentence:
        return GOOD
    if f.words >= 20 and f.ends_sentence:
        return NEUTRAL  # prose in a language without a stop-word list
    if f.words >= _LONG_LINE_WORDS and f.marks * _WORDS_PER_MARK >= f.words:
        return NEUTRAL  # a long line with commas or stops (no stop-word list for its language)
    if f.words >= 6 and f.ends_sentence and f.stop_share >= 0.12:
        return NEUTRAL
    if f.words >= _MIN_SENTENCE_WORDS and f.ends_full_stop:
        return NEUTRAL  # a short sentence ("Devices move, disconnect, and fail.")
    return SHORT


def select_main_block(
    texts: list[str | None],
    *,
    anchor: int | None = None,
    barriers: frozenset[int] = frozenset(),
    separators: frozenset[int] = frozenset(),
    blocks: list[int] | None = None,
    element_blocks: list[int] | None = None,
    flattened: bool = False,
    captions: frozenset[int] = frozenset(),
    heads: frozenset[int] = frozenset(),
    entries: frozenset[int] = frozenset(),
    toolbars: frozenset[int] = frozenset(),
    footers: frozenset[int] = frozenset(),
    dated_notices: frozenset[int] = frozenset(),
    story_ends: frozenset[int] = frozenset(),
    contents: frozenset[int] = frozenset(),
    list_headers: frozenset[int] = frozenset(),
) -> set[int]:
    """Positions of ``texts`` that form the article; None marks an already removed line.

    ``anchor`` is where the headline is repeated (the article's own heading): prose
    before it counts for less. ``barriers`` (comment-section headers) split runs.
    ``separators`` are removed lines that weigh more than short lines: bylines and dates
    in the middle of a page separate teasers, not paragraphs of one article.
    ``blocks`` numbers each line's block (lines with no blank line between them): on a
    page whose prose mostly stands in blocks of its own, prose packed into shared
    blocks is a teaser list and counts for less. A short line ending in a colon right
    above a run introduces it and stays. ``flattened`` says the texts are the pieces of a
    page flattened onto one line: a piece ending in a colon is no line of the page, and a
    short piece stands for several of its lines (a teaser's label, headline and section
    run together), so it costs more. ``element_blocks`` numbers each line's block in a
    dump that keeps the page source's blank lines: lines with none between them were one
    element of the page, its inline pieces (a caption's title, year and credit), and a
    short one after a short one costs half. ``heads`` (the headline's lines, bylines and
    dates) and ``captions`` (captions and photo credits) tell where the text opens: the
    first prose under the headline, its bylines and dates (see ``_opened_at_header``);
    ``contents`` (a table of contents' entries) do not part an intro from the text.
    ``list_headers`` ("Related stories" headers) may head a box inside the text, with the
    text's closing paragraph under it (see ``_with_paragraph_past_box``). ``footers``
    (copyright notices) end the page under the best run, ``story_ends`` (links back to
    the list of stories) end the story even inside it, and so do ``dated_notices`` ("©
    2008 AFP") under most of its prose (see ``_above_footer``).
    ``entries`` head the entries of a readers' thread (a name and a date over each
    comment): barriers, and the runs under them are comments (see
    ``_without_comment_runs``).
    """
    classes: list[str | None] = []
    scores: list[float] = []
    cut_teasers = _cut_teasers(texts, flattened) - _trailing_pairs(texts, blocks)
    for text in texts:
        if text is None:
            classes.append(None)
            scores.append(-_SEPARATOR_PENALTY if len(scores) in separators else -_REMOVED_PENALTY)
            continue
        features = line_features(text)
        kind = line_class(features)
        if kind != SHORT and len(scores) in cut_teasers:
            kind = SHORT  # a teaser cut short ("... Die neuen…"): not the text's own line
        if flattened and kind != SHORT and _all_capitalised(text):
            kind = SHORT  # menu items or headlines run together, no sentence
        elif kind != SHORT and _title_cased(text):
            kind = SHORT  # a headline in title case, however long: no prose
        classes.append(kind)
        if kind == GOOD:
            scores.append(max(features.chars - _GOOD_OFFSET, _GOOD_FLOOR))
        elif kind == NEUTRAL:
            scores.append(_NEUTRAL_WEIGHT * features.chars)
        elif len(text.split()) >= _WORDY_SHORT_WORDS:
            scores.append(-_WORDY_SHORT_PENALTY)
        elif _DATA_ROW.search(text) and len(text.split()) >= 2:
            scores.append(-_DATA_ROW_PENALTY)
        else:
            scores.append(-_SHORT_PENALTY)
        if kind != SHORT and _reads_as_code(text):
            scores[-1] = 0.0  # a script's source ("var x=document.all ..."), no prose
        if flattened and kind == SHORT:
            scores[-1] *= _FLAT_SHORT_WEIGHT
        elif flattened and not features.ends_sentence:
            # The page is cut into pieces at sentence ends: a long piece that ends none
            # ran on through headlines, a menu or a footer (links of other stories side
            # by side); it may stay between prose but adds nothing to a run.
            scores[-1] = 0.0
    if element_blocks is not None:
        _charge_short_pieces_once(element_blocks, classes, scores)
    _mark_dated_teasers(texts, scores)
    introduced, listed = _mark_introduced_lists(texts, classes, scores, blocks)
    _mark_bulleted_lists(texts, classes, scores)
    _mark_framed_lists(texts, classes, scores)
    if not flattened:
        _mark_subheadings(texts, classes, scores)
    _mark_numbered_sections(texts, classes, scores, bare_numbers=flattened)
    _mark_counted_lists(texts, classes, scores)
    _mark_amount_lists(texts, classes, scores)
    _mark_entry_times(texts, classes, scores)
    _free_speakers(texts, classes, scores)
    if anchor is not None:
        for k in short_post_lines(texts, anchor, barriers):
            classes[k] = GOOD
            scores[k] = max(scores[k], float(len(texts[k] or "")))
    thread_heads = _thread_headers(barriers, entries)
    barriers = barriers | entries
    thread = _signed_thread_start(texts, classes)
    if thread is not None:
        barriers = barriers | {thread}
        entries = entries | {thread}
    said = None if flattened else _said_thread_start(texts)
    if said is not None:
        barriers = barriers | {said}
        entries = entries | {said}
    if blocks is not None:
        # Judged above a thread of entries (not above any comments header: a toolbar's
        # "Comments" inside the text, a listing's per-item counts).
        thread_start = frozenset() if said is None else frozenset({said})
        _discount_packed_prose(
            blocks, classes, scores, _text_end(texts, classes, thread_start), introduced
        )
    prose_chars = 0  # prose seen so far: a comments header above the text is a count link
    headed_prose = False  # prose under the headline's repeat: a short text may end there
    after_comments = False
    comments_start: int | None = None
    for i in range(len(scores)):
        if i in barriers:
            if prose_chars >= _PROSE_BEFORE_COMMENTS or (
                headed_prose
                and (
                    i in thread_heads
                    or (_stands_apart(texts, i, barriers) and not _prose_next(classes, i))
                )
            ):
                scores[i] = -_BARRIER
                comments_start = i if comments_start is None else comments_start
                after_comments = True
        elif scores[i] > 0:
            if (anchor is not None and i < anchor) or after_comments:
                scores[i] *= _DISCOUNT
            if classes[i] == GOOD:
                prose_chars += len(texts[i] or "")
                headed_prose = headed_prose or (anchor is not None and i > anchor)
    kept: set[int] = set()
    runs = _above_toolbar(_best_runs(scores, texts, anchor), scores, toolbars, anchor, heads)
    if not flattened:  # a one-line page's pieces mix its notice with its menus anywhere
        runs = _above_footer(runs, scores, footers, story_ends, dated_notices)
    runs = _without_comment_runs(runs, texts, classes, comments_start, entries)
    runs = _without_runs_under_headed_comments(
        runs, scores, classes, comments_start, anchor, separators
    )
    runs = _join_runs(runs, scores)
    runs = _with_headed_run(runs, scores, anchor, captions)
    runs = _without_runs_above_headline(runs, classes, anchor)
    runs = _opened_at_header(runs, heads, texts, classes, barriers, captions, contents)
    if not flattened:
        runs = _with_paragraph_past_box(runs, classes, texts, anchor, list_headers, story_ends)
        runs = _with_closing_list(runs, texts, classes, toolbars)
        runs = _through_introduced_lists(runs, listed)
    runs = _with_source_note(runs, texts)
    for first, last in runs:
        kept.update(i for i in range(first, last + 1) if classes[i] is not None)
        label = texts[first - 1] if first > 0 else None
        if not flattened and label and label.endswith(":") and len(label) <= _MAX_LABEL_CHARS:
            kept.add(first - 1)  # "Leitsätze des Gerichts:" introduces the text under it
    return kept


def short_post_lines(texts: list[str | None], headline: int, barriers: frozenset[int]) -> list[int]:
    """The lines of a post too short for prose: under its headline (``headline``) a
    comments header (a barrier) follows within ``_POST_REACH`` lines, and the kept lines
    between hold no sentence-ending prose; those of ``_MIN_POST_LINE_WORDS`` words or more
    are the post ("Created by a designer from Leeds! Via designblog More zombies here")."""
    end = next((b for b in sorted(barriers) if b > headline), None)
    if end is None or end - headline > _POST_REACH:
        return []
    lines = [k for k in range(headline + 1, end) if texts[k] is not None]
    if any(line_class(line_features(texts[k] or "")) != SHORT for k in lines):
        return []
    return [k for k in lines if len(_WORD.findall(texts[k] or "")) >= _MIN_POST_LINE_WORDS]


def _without_comment_runs(
    runs: list[tuple[int, int]],
    texts: list[str | None],
    classes: list[str | None],
    comments_start: int | None,
    entries: frozenset[int],
) -> list[tuple[int, int]]:
    """Runs under the comments' start that lie in a thread of entries (a heading line of
    one between the start and the run: "Jane 07.11.12 at 9:14", "by x (123) writes:")
    are readers' comments: they leave when the runs above the start hold a text of their
    own (``_PROSE_BEFORE_COMMENTS``). A long comment, a tenth of its weight, had come
    back as a further run. A blog's front page, its posts each closed by a comments
    link and no entries under it, keeps its further posts."""
    if comments_start is None:
        return runs
    above = sum(
        len(texts[i] or "")
        for first, last in runs
        for i in range(first, min(last + 1, comments_start))
        if classes[i] == GOOD
    )
    if above < _PROSE_BEFORE_COMMENTS:
        return runs
    return [
        (first, last)
        for first, last in runs
        if first < comments_start or not any(comments_start <= e <= first for e in entries)
    ]


def _without_runs_under_headed_comments(
    runs: list[tuple[int, int]],
    scores: list[float],
    classes: list[str | None],
    comments_start: int | None,
    anchor: int | None,
    separators: frozenset[int],
) -> list[tuple[int, int]]:
    """Runs under the comments' start leave when the best run is the headed story above
    it (under the headline's repeat, ``anchor``) and a thread lies between the start and
    the run: an earlier comment's prose, or a byline or date heading one. A short story
    (one paragraph, less than ``_PROSE_BEFORE_COMMENTS``) lost to a long comment that came
    back as a further run. A comments link among the story's tools ("Comments", "Weigh
    In", then the rest of the story) has no such thread under it."""
    if comments_start is None or anchor is None or not runs:
        return runs
    best = _strongest(runs, scores)
    if not anchor < best[0] < comments_start:
        return runs
    return [
        (first, last)
        for first, last in runs
        if first < comments_start
        or not any(
            k in separators or classes[k] in (GOOD, NEUTRAL)
            for k in range(comments_start + 1, first)
        )
    ]


def _opened_at_header(
    runs: list[tuple[int, int]],
    heads: frozenset[int],
    texts: list[str | None],
    classes: list[str | None],
    barriers: frozenset[int],
    captions: frozenset[int],
    contents: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """The article opens with the first prose under its headline and the bylines and dates
    below it: the first run that such a line heads (the nearest at most ``_HEADER_REACH``
    lines above it; a byline or a date alone, on a page that does not repeat its
    headline there) starts there, with what lies between (an intro cut off from the rest
    by a subheading, a verse, a list of ingredients). Not a photo's caption (beside its
    credit or copy), not a line of " | "-separated items, and not across a removed line
    (a byline or a date: a standfirst above the byline stays out; a share bar: the text
    starts below it), but for a table of contents' entries (``contents``, copies of the
    subheadings below) that the intro introduces (see ``_introduces_contents``)."""
    done = -1  # end of the run before
    for k, (first, last) in enumerate(runs):
        head = max((i for i in heads if done < i < first), default=None)
        if head is None or first - head > _HEADER_REACH:
            done = last
            continue
        if any(i in barriers for i in range(head, first)):
            return runs
        opening = next(
            (
                i
                for i in range(head + 1, first)
                if classes[i] in (GOOD, NEUTRAL)
                and " | " not in (texts[i] or "")  # a breadcrumb or a menu's items
                and not any(c in captions for c in range(i - 1, i + 1 + _CAPTION_REACH))
            ),
            None,
        )
        if opening is None or any(
            classes[i] is None and i not in contents for i in range(opening, first)
        ):
            return runs  # a byline, a date or page furniture between: no opening of the text
        if any(i in contents for i in range(opening, first)) and not _introduces_contents(
            classes, contents, opening, first
        ):
            return runs
        return [*runs[:k], (opening, last), *runs[k + 1 :]]
    return runs


def _introduces_contents(
    classes: list[str | None], contents: frozenset[int], opening: int, first: int
) -> bool:
    """Does the prose from ``opening`` introduce the table of contents (``contents``) that
    stands between it and the run at ``first``? The intro's paragraphs, then at most one
    short line (the table's title, "Contents"), the entries, then no prose up to the run
    (a box's or an ad's prose under the table is no part of the text, and an author's bio
    over a name line and the table is no intro)."""
    top = min(i for i in range(opening, first) if i in contents)
    intro = classes[opening:top]
    short = [kind for kind in intro if kind not in (GOOD, NEUTRAL)]
    if len(short) > 1 or (short and intro[-1] in (GOOD, NEUTRAL)):
        return False
    return not any(classes[i] in (GOOD, NEUTRAL) for i in range(top, first) if i not in contents)


def _with_headed_run(
    runs: list[tuple[int, int]],
    scores: list[float],
    anchor: int | None,
    captions: frozenset[int],
) -> list[tuple[int, int]]:
    """The text under the headline's repeat is the article's, however short: when the
    runs taken pass it by (a longer form or teaser block elsewhere won), the best run
    that starts at most ``_HEADER_REACH`` lines under it joins them."""
    if anchor is None or any(
        first <= anchor + _HEADER_REACH and last > anchor for first, last in runs
    ):
        return runs
    end = next((first for first, _ in runs if first > anchor), len(scores))
    headed = _kadane(scores, anchor + 1, end)
    if headed is None or headed[0] - anchor > _HEADER_REACH:
        return runs
    if any(c in captions for c in range(headed[0] - 1, headed[0] + 1 + _CAPTION_REACH)):
        return runs  # a photo's caption under the headline (its credit or copy beside it)
    if sum(scores[headed[0] : headed[1] + 1]) < _MIN_HEADED_RUN:
        return runs
    return _join_runs(sorted([*runs, headed]), scores)


def _without_runs_above_headline(
    runs: list[tuple[int, int]], classes: list[str | None], anchor: int | None
) -> list[tuple[int, int]]:
    """Runs that end above the headline's repeat (``anchor``) leave when a run starts
    under it (at most ``_HEADER_REACH`` lines) and they hold a box's few paragraphs (at
    most ``_MAX_BOX_PROSE`` prose lines): a blog's "About me" or its description in the
    sidebar outscored a short post under its title (a list, a line or two). Many
    paragraphs above the repeat are the text itself: the repeat is then a link to the
    article in a list further down."""
    if anchor is None or not any(anchor < first <= anchor + _HEADER_REACH for first, _ in runs):
        return runs
    above = [(first, last) for first, last in runs if last < anchor]
    prose = sum(
        1 for first, last in above for i in range(first, last + 1) if classes[i] in (GOOD, NEUTRAL)
    )
    if not above or prose > _MAX_BOX_PROSE:
        return runs
    return [run for run in runs if run not in above]


def _with_paragraph_past_box(
    runs: list[tuple[int, int]],
    classes: list[str | None],
    texts: list[str | None],
    anchor: int | None,
    list_headers: frozenset[int],
    story_ends: frozenset[int],
) -> list[tuple[int, int]]:
    """The headed text's last run ends at a list's header ("Related stories") whose box
    of removed lines (the other stories' headlines) stands inside the article: one
    paragraph right under the box that ends a sentence, with no prose after it, is the
    text's closing paragraph (the page set the box between two paragraphs). Two teasers'
    paragraphs, a teaser cut short, a list the header leaves in place, a byline over the
    writer's bio, a box past a link back to the list of stories (``story_ends``) are none."""
    if anchor is None or not runs or runs[-1][0] < anchor:
        return runs
    end = runs[-1][1]
    k = end + 1
    if k not in list_headers:
        return runs
    j = k + 1
    while j < len(classes) and j <= k + _BOX_LINES and classes[j] is None:
        if j in story_ends:
            return runs
        j += 1
    if j == k + 1:
        return runs  # the header's list is not removed: no box of other stories
    if j >= len(classes) or classes[j] != GOOD or not _PARAGRAPH_END.search(texts[j] or ""):
        return runs
    # The text goes on in paragraphs with only removed lines between them ("Watch: X"),
    # where teasers put their own headlines.
    last = m = j
    while m + 1 < len(classes) and m + 1 not in list_headers and classes[m + 1] in (GOOD, None):
        m += 1
        if classes[m] == GOOD and _PARAGRAPH_END.search(texts[m] or ""):
            last = m
    after = classes[last + 1 : last + 1 + _BOX_REACH]
    if any(c in (GOOD, NEUTRAL) for c in after):
        return runs
    return [*runs, (j, last)]


def _with_closing_list(
    runs: list[tuple[int, int]],
    texts: list[str | None],
    classes: list[str | None],
    toolbars: frozenset[int],
) -> list[tuple[int, int]]:
    """A run whose last line ends in a colon, or has a short label ending in one right
    under it ("Upcoming screenings:"), goes on through the list that line introduces
    (``_mark_introduced_lists``: short lines that cost nothing, so a run never ends on
    them) when the story's buttons or tags line (``toolbars``) follow right under the
    list: the story ends with its list of dates, places or sources. A line that points
    to other posts ("Similar posts:", "See other posts tagged:") heads a box instead, and
    items of one word ("5", "gear,") are a rating's or a tag list's."""
    extended: list[tuple[int, int]] = []
    for first, last in runs:
        intro = last
        label = texts[last + 1] if last + 1 < len(texts) else None
        if (
            not (texts[last] or "").endswith(":")
            and label
            and label.endswith(":")
            and len(label) <= _MAX_LABEL_CHARS
            and classes[last + 1] is not None
        ):
            intro = last + 1
        end = intro
        while end + 1 < len(texts) and classes[end + 1] == LIST:
            end += 1
        closed = end + 1 in toolbars
        intro_text = texts[intro] or ""
        if (
            intro_text.endswith(":")
            and not _POINTER_HEADER_WORDS.search(intro_text)
            and end - intro >= _MIN_CLOSING_ITEMS
            and closed
            and all(len(_WORD.findall(texts[k] or "")) >= 2 for k in range(intro + 1, end + 1))
        ):
            extended.append((first, end))
        else:
            extended.append((first, last))
    return extended


def _with_source_note(
    runs: list[tuple[int, int]], texts: list[str | None]
) -> list[tuple[int, int]]:
    """The text's last run goes on through a blog post's closing note of where the story
    came from, right under it ("Via MacRumors", "[Via Collider ]", "H/T Jane Roe",
    "Cross-posted from X", "(Originally posted on X)"): a short line costs, so the run
    stops above it, but it is the post's own last line (dragnet's truths keep it)."""
    if not runs:
        return runs
    first, last = max(runs, key=lambda run: run[1])
    end = last
    while (
        end + 1 < len(texts)
        and end - last < _MAX_SOURCE_NOTES
        and (note := texts[end + 1]) is not None
        and _SOURCE_NOTE.fullmatch(note)
    ):
        end += 1
    return [(f, end if (f, la) == (first, last) else la) for f, la in runs]


def _through_introduced_lists(
    runs: list[tuple[int, int]], items: frozenset[int]
) -> list[tuple[int, int]]:
    """A run that ends inside a list a colon introduces (``items``, see
    ``_mark_introduced_lists``) goes on to its last item: short items cost nothing, so
    the best run stops at the last one that scores ("What you will learn:" over a block
    of topics, the last ones in note form; ingredients whose last lines hold no amount)."""
    extended: list[tuple[int, int]] = []
    for first, last in runs:
        while last in items and last + 1 in items:
            last += 1
        extended.append((first, last))
    return extended


def _thread_headers(barriers: frozenset[int], entries: frozenset[int]) -> frozenset[int]:
    """Comments headers right above a dated thread's first entry ("46 Comments", the first
    writer's name, "Posted October 28, 2012 | Permalink"): they open the thread even beside
    removed lines (a post's prev/next links above it)."""
    return frozenset(h for h in barriers if any(h < e <= h + THREAD_HEADER_REACH for e in entries))


def _stands_apart(texts: list[str | None], i: int, barriers: frozenset[int]) -> bool:
    """Is line ``i`` kept on both sides (no removed line next to it)? A comments link in a
    share bar or beside a byline or a date sits among removed lines; a comment form's
    other lines ("Cancel reply", "Name *") beside it are no such furniture."""

    def beside(k: int) -> bool:
        return texts[k] is not None or k in barriers

    return i > 0 and beside(i - 1) and (i + 1 == len(texts) or beside(i + 1))


def _prose_next(classes: list[str | None], i: int) -> bool:
    """Does prose follow line ``i`` at once? A comments link above the text does; a thread
    opens with its sorting options or the first commenter's name and date."""
    return i + 1 < len(classes) and classes[i + 1] in (GOOD, NEUTRAL)


def _signed_thread_start(texts: list[str | None], classes: list[str | None]) -> int | None:
    """Where a thread of readers' comments with no header opens: ``_MIN_SIGNED_ENTRIES``
    or more entries in a row, each a commenter's name alone on its line (a few words, no
    function word, no stop; a web address may come first) over one to three prose lines.
    One name at least must read as a reader's handle (see ``_reads_as_handle``). Not an
    article's short subheadings: their sections take up their words ("Green beans" over
    "... beans need light"); not a reference list's entries ("Deficiency: ...") nor a
    sentence split at its quoted words (the next piece opens with "»", ")" or ",")."""
    names = [i for i, text in enumerate(texts) if text is not None and _reads_as_name(text)]
    entries: list[int] = []
    for k, i in enumerate(names):
        end = names[k + 1] if k + 1 < len(names) else len(texts)
        if not _signs_comment(texts, classes, i, _entry_body(classes, i, end)):
            entries = []
            continue
        entries.append(i)
        if len(entries) >= _MIN_SIGNED_ENTRIES and any(
            _reads_as_handle(texts[e] or "") for e in entries
        ):
            return entries[0]
        if len(entries) >= _MIN_LINKED_ENTRIES and all(_linked(texts[e] or "") for e in entries):
            return entries[0]
    return None


def _linked(text: str) -> bool:
    """Does a name line open with its writer's web address ("http://x.com Dana")?"""
    return _ADDRESS.match(text.split(maxsplit=1)[0]) is not None if text.strip() else False


def _entry_body(classes: list[str | None], name: int, end: int) -> list[int]:
    """The lines of the entry under the name line ``name``, up to ``end`` (the next name):
    its kept lines, up to the first removed one under them. A thread's author answers under
    one name each time, and those lines go as duplicates: the reply under them ("Thanks,
    Asha!") is no part of the comment above."""
    body: list[int] = []
    for j in range(name + 1, end):
        if classes[j] is not None:
            body.append(j)
        elif body:
            break
    return body


def _said_thread_start(texts: list[str | None]) -> int | None:
    """Where a thread of comments whose entries open with their writer's line ("JC Says:",
    "by ballpoint (192660) writes:") starts: the first of ``_MIN_SAID_ENTRIES`` or more
    such lines. Not a quote in the text ("One tester said:"): a writer's name holds no
    function word, and a quote that opens so stands alone."""
    said = [i for i, text in enumerate(texts) if text is not None and _heads_a_comment(text)]
    return said[0] if len(said) >= _MIN_SAID_ENTRIES else None


def _heads_a_comment(text: str) -> bool:
    header = _SAID_HEADER.fullmatch(text)
    return header is not None and not any(
        word.casefold() in STOPWORDS for word in header.group("name").split()
    )


def _signs_comment(
    texts: list[str | None], classes: list[str | None], name: int, body: list[int]
) -> bool:
    """The name line ``name`` over ``body`` (its next lines up to the next name line) is a
    comment's entry: one to three prose lines that do not take up the name's words."""
    return (
        0 < len(body) <= _MAX_ENTRY_LINES
        and all(classes[j] in (GOOD, NEUTRAL) for j in body)
        and not any(_LABELLED.match(texts[j] or "") for j in body)
        and not _CLOSING_MARK.match(texts[body[0]] or "")
        and not _echoed(_without_address(texts[name] or ""), [texts[j] or "" for j in body])
    )


def _without_address(text: str) -> str:
    """A name line without the web address before the name (its site's words are no
    heading's words: "http://conversations.com Mike" over "... a conversation ...")."""
    return text.split(maxsplit=1)[-1] if _linked(text) else text


def _reads_as_handle(text: str) -> bool:
    """A name that a reader typed or linked: a web address before it, or all in lower case
    ("leighshulman"); a link list's or a press review's names are spelled as names."""
    return _linked(text) or text == text.casefold()


def _echoed(heading: str, prose: list[str]) -> bool:
    """The prose under a line takes up its words: a subheading ("Green beans" over "...
    healthy beans require"), not a commenter's name."""
    stems = {w.casefold()[:_STEM_CHARS] for w in _WORD.findall(heading) if len(w) >= 3}
    return any(w.casefold()[:_STEM_CHARS] in stems for text in prose for w in _WORD.findall(text))


def _reads_as_name(text: str) -> bool:
    """A commenter's name or handle: "Mike Merrill", "leighshulman", "http://x.com Dana"."""
    words = text.split()
    if words and _ADDRESS.match(words[0]):
        words = words[1:]
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    name = " ".join(words)
    if len(name) > _MAX_NAME_CHARS or _SENTENCE_END.search(name) or name.endswith(","):
        return False
    return all(_WORD.fullmatch(w) and w.casefold() not in STOPWORDS for w in words)


def _reads_as_code(text: str) -> bool:
    """A line with assignments, braces, logical operators, "//" comments or HTML tags
    between its words (three or more, one for every five words or fewer) is a program's
    or a page's source: a script or markup the dump let through, or a template."""
    sample = text[:_SAMPLE_CHARS]
    if _TEX_COMMAND.search(sample):
        return False  # a formula in the text (Wikipedia's math source), not a script
    marks = len(_CODE_MARK.findall(sample))
    return marks >= _MIN_CODE_MARKS and marks * _WORDS_PER_CODE_MARK >= len(_WORD.findall(sample))


def _all_capitalised(text: str) -> bool:
    """Every word opens with a capital ("Companies Opinion Columnists William A."): a
    sentence has lower-case words."""
    words = _WORD.findall(text[:_SAMPLE_CHARS])
    return (
        len(words) >= _MENU_WORDS
        and not text.endswith("?")
        and not _LIST_MARK.search(text)
        and all(word[0].isupper() for word in words)
    )


def _title_cased(text: str) -> bool:
    """An English headline in title case ("Woman Who Was Set Ablaze Fails to Win a Lawsuit
    Against Her Doctor"): every word opens with a capital but articles, short prepositions
    and conjunctions, and no stop, question mark, colon or bracket ends it (a subheading
    asks or adds an aside). A sentence has a lower-case verb ("Jane Roe is Archive Manager
    at the Institute of ..."); German writes its verbs and function words in lower case."""
    if len(text) > _MAX_TITLE_CHARS or _SENTENCE_END.search(text[-8:]) or text.endswith(")"):
        return False
    words = _WORD.findall(text)
    return len(words) >= _MENU_WORDS and all(
        word[0].isupper() or word in _TITLE_MINOR_WORDS for word in words
    )


def _charge_short_pieces_once(
    blocks: list[int], classes: list[str | None], scores: list[float]
) -> None:
    """Short lines right after a short line of the same block (one element of the page
    split at its inline tags) cost half: the first carries the element's cost."""
    for i in range(1, len(scores)):
        if classes[i] == SHORT and classes[i - 1] == SHORT and blocks[i] == blocks[i - 1]:
            scores[i] *= _INLINE_PIECE_WEIGHT


def _cut_teasers(texts: list[str | None], flattened: bool = False) -> frozenset[int]:
    """Lines cut short mid-sentence ("... Die neuen…") with another such line at most
    three lines away: a list of teasers (one alone may be a writer's trailing thought).
    With ``flattened`` (a page's pieces), three or more such pieces in a row at most five
    pieces apart are a list of teasers, each cut at its sentence ends: the pieces between
    them (a teaser's headline and first sentences) are teasers too, and so are as many
    pieces before the first as its shortest teaser has."""
    cut = [i for i, text in enumerate(texts) if text is not None and _CUT_SHORT.search(text[-8:])]
    teasers = {
        i
        for k, i in enumerate(cut)
        if (k > 0 and _teaser_pair(texts, cut[k - 1], i, flattened))
        or (k + 1 < len(cut) and _teaser_pair(texts, i, cut[k + 1], flattened))
    }
    if flattened:
        for chain in _chains(cut, _FLAT_TEASER_REACH):
            if len(chain) >= _MIN_FLAT_TEASERS:
                shortest = min(b - a for a, b in itertools.pairwise(chain))
                teasers.update(range(max(0, chain[0] - shortest + 1), chain[-1] + 1))
    return frozenset(teasers)


def _teaser_pair(texts: list[str | None], a: int, b: int, flattened: bool) -> bool:
    """Are lines ``a`` and ``b`` (both cut short) near enough to be two teasers of one
    list? Not with a whole paragraph between them (a prose line that ends its sentence)
    and no headline (a short line): a teaser list puts a headline over each teaser, and a
    writer who trails off twice around a paragraph of the text has no list there."""
    if b - a > _TEASER_REACH:
        return False
    if flattened:
        return True
    between = [text for text in texts[a + 1 : b] if text is not None]
    return not any(_whole_paragraph(text) for text in between) or any(
        line_class(line_features(text)) == SHORT for text in between
    )


def _whole_paragraph(text: str) -> bool:
    """A prose line that closes with a full stop (not a headline's question mark)."""
    return _PARAGRAPH_END.search(text[-4:]) is not None and line_class(line_features(text)) == GOOD


def _trailing_pairs(texts: list[str | None], blocks: list[int] | None) -> frozenset[int]:
    """Two paragraphs in a row, each a block of its own, that both trail off ("... and
    this is an example of why…"): a writer's habit, not a list of teasers (a teaser
    list runs longer, or sits in one block, or has headlines between its teasers)."""
    if blocks is None:
        return frozenset()
    cut = [
        i
        for i, text in enumerate(texts)
        if text is not None
        and _CUT_SHORT.search(text[-8:])
        and line_class(line_features(text)) == GOOD
    ]
    pairs: set[int] = set()
    for chain in _chains(cut, 1):
        if len(chain) == 2 and blocks[chain[0]] != blocks[chain[1]]:
            pairs.update(chain)
    return frozenset(pairs)


def _chains(positions: list[int], reach: int) -> Iterator[list[int]]:
    """``positions`` (ascending) in runs whose neighbours are at most ``reach`` apart."""
    chain: list[int] = []
    for i in positions:
        if chain and i - chain[-1] > reach:
            yield chain
            chain = []
        chain.append(i)
    if chain:
        yield chain


def _mark_dated_teasers(texts: list[str | None], scores: list[float]) -> None:
    """Two or more lines in a row that open with a date ("01.01.2022 - Formel 1 ...") are
    a list of other stories: each separates like a byline (one alone is the dateline
    that opens a press release)."""
    dated = [text is not None and _DATED_TEASER.match(text) is not None for text in texts]
    for i, is_dated in enumerate(dated):
        if is_dated and ((i > 0 and dated[i - 1]) or (i + 1 < len(dated) and dated[i + 1])):
            scores[i] = -_SEPARATOR_PENALTY


def _mark_introduced_lists(
    texts: list[str | None],
    classes: list[str | None],
    scores: list[float],
    blocks: list[int] | None = None,
) -> tuple[frozenset[int], frozenset[int]]:
    """Short lines right after a line that ends with a colon (prose, or a label such as
    "Pros:"), or after a review's bare pros or cons label ("Pros", "The Bad"), are that
    text's list or table. With ``blocks``, a colon that ends its block may
    introduce the whole block under it (see ``_block_under``): the list is those
    lines, its items that read as prose ("The few steps you can use to ...") do not end
    it, and they are returned first (no teaser list's packed prose, see
    ``_discount_packed_prose``). Not under a header of other posts ("More from X:", "Like
    this:"), whose block is a box of teasers or buttons. Returned second: each list's
    lines in the block of its first (the text runs on to the last, see
    ``_through_introduced_lists``; the short lines in the blocks under it may be the
    page's menus)."""
    items: set[int] = set()
    listed: set[int] = set()
    i = 0
    while i < len(texts):
        text = texts[i]
        if (
            classes[i] is not None
            and text is not None
            and (text.endswith(":") or _PROS_CONS_LABEL.fullmatch(text))
        ):
            block = _block_under(texts, blocks, classes, i)
            if block is not None and _POINTER_HEADER_WORDS.search(text):
                block = None
            items.update(block or ())
            j = i + 1
            while (
                j < len(texts)
                and j - i <= _MAX_LIST_ITEMS
                and (j in block if block is not None else classes[j] == SHORT)
            ):
                if classes[j] == SHORT:
                    classes[j], scores[j] = LIST, 0.0
                j += 1
            k = i + 1
            while blocks is not None and k < j and blocks[k] == blocks[i + 1]:
                listed.add(k)  # the list's lines in the block of its first
                k += 1
            i = max(j, i + 1)
            continue
        i += 1
    return frozenset(items), frozenset(listed)


def _block_under(
    texts: list[str | None], blocks: list[int] | None, classes: list[str | None], i: int
) -> range | None:
    """The lines of the block under line ``i``, which ends its own block, when they are
    two or more, one of them prose, none removed, and at most a quarter of them end with
    a full stop (a list's items, one a line; not the story's paragraphs packed into one
    block); None when there are none such."""
    if blocks is None or i + 1 >= len(blocks) or classes[i + 1] is None:
        return None
    if blocks[i + 1] == blocks[i]:
        return None  # a colon inside a block: the paragraphs packed with it go on
    end = i + 1
    while end + 1 < len(blocks) and blocks[end + 1] == blocks[i + 1]:
        if classes[end + 1] is None:
            return None
        end += 1
    lines = range(i + 1, end + 1)
    if len(lines) < 2 or all(classes[k] == SHORT for k in lines):
        return None
    stops = sum(1 for k in lines if _FULL_STOP.search(texts[k] or "") is not None)
    return lines if stops * _ITEMS_PER_STOP <= len(lines) else None


def _mark_bulleted_lists(
    texts: list[str | None], classes: list[str | None], scores: list[float]
) -> None:
    """Two or more lines in a row that a bullet or a number opens ("- Schools may change
    outdoor activities") and that say something (several words) are the text's list: they
    count as prose of half weight (menus have bare one- or two-word items)."""
    items = [
        text is not None
        and BULLET.match(text) is not None
        and len(text.split()) > _WORDY_SHORT_WORDS
        for text in texts
    ]
    for i, is_item in enumerate(items):
        in_list = (i > 0 and items[i - 1]) or (i + 1 < len(items) and items[i + 1])
        if is_item and in_list and classes[i] in (SHORT, LIST):
            classes[i], scores[i] = LIST, _NEUTRAL_WEIGHT * len(texts[i] or "")


def _mark_framed_lists(
    texts: list[str | None], classes: list[str | None], scores: list[float]
) -> None:
    """Bulleted lines ("- Initiate trust") with prose right above and right under them
    (or a subheading between) are the text's list, short items too: they cost nothing.
    One unbulleted line may stand among them (a subheading between two lists). A menu's
    bulleted items stand among menus and headlines, not framed by prose; a removed line
    next to the items (a share bar's or a related list's header) makes them its widget."""
    items = [
        text is not None
        and classes[i] in (SHORT, LIST)
        and BULLET.match(text) is not None
        and len(text.split()) >= _MIN_FRAMED_ITEM_WORDS
        for i, text in enumerate(texts)
    ]
    i = 0
    while i < len(texts):
        if not items[i]:
            i += 1
            continue
        end = i
        while end + 1 < len(texts) and (
            items[end + 1] or (end + 2 < len(texts) and items[end + 2] and items[end])
        ):
            end += 1
        above = classes[max(0, i - _FRAME_REACH) : i]
        below = classes[end + 1 : end + 1 + _FRAME_REACH]
        framed = GOOD in above and GOOD in below and None not in above + below
        if end > i and framed:
            for k in range(i, end + 1):
                if items[k] and classes[k] == SHORT:
                    classes[k], scores[k] = LIST, 0.0
        i = end + 1


def _mark_subheadings(
    texts: list[str | None], classes: list[str | None], scores: list[float]
) -> None:
    """A short line right between two prose lines ("Rhythm & Flow" under one paragraph
    and over the next) is a subheading of the text: it costs as little as a table row, so
    that a run goes on through a text whose sections each hold one paragraph (each cost
    as much as a menu item, more than its paragraph earned). A menu's items stand among
    menus, not between paragraphs. Not a teaser's headline in title case, a header of
    other stories ("More Coverage"), nor a commenter's name over the comment (see
    ``_signs_paragraph``)."""
    for i in range(1, len(texts) - 1):
        if (
            classes[i] == SHORT
            and classes[i - 1] == GOOD
            and classes[i + 1] == GOOD
            and len(_WORD.findall(texts[i] or "")) <= _MAX_SUBHEADING_WORDS
            and not _title_cased(texts[i] or "")
            and not _POINTER_HEADER_WORDS.search(texts[i] or "")
            and not _signs_paragraph(texts[i] or "", texts[i + 1] or "")
        ):
            scores[i] = max(scores[i], -_DATA_ROW_PENALTY)


def _signs_paragraph(line: str, under: str) -> bool:
    """Does ``line`` read as the name of whoever wrote the prose ``under`` it (a comment, a
    post): a name in capitals ("Mary Sullivan") or a handle ("jdoe_77"), or one word the
    prose does not take up? A subheading is in sentence case ("Garden planning"), and one
    of a single word names what its paragraph speaks of ("Speedrunning" over "speed
    running")."""
    if not _reads_as_name(line):
        return False
    words = line.split()
    if len(words) == 1:
        return not _echoed(line, [under])
    return all(word[:1].isupper() for word in words) or line == line.casefold()


def _mark_numbered_sections(
    texts: list[str | None],
    classes: list[str | None],
    scores: list[float],
    bare_numbers: bool = False,
) -> None:
    """Short lines numbered 1, 2, 3... with text between them are a listicle's section
    headings ("3. Black bags will be collected every three weeks") or a recipe's or a
    guide's step labels ("Step 3", "Krok 3"): they cost nothing. With ``bare_numbers``
    (a flattened page's pieces), a number alone ("2.") is such a heading's number."""
    numbered: list[tuple[int, int]] = []  # (position, number) of short numbered lines
    for i, text in enumerate(texts):
        if text is not None and classes[i] in (SHORT, LIST):
            heading = _SECTION_NUMBER.match(text)
            step = _STEP_LABEL.fullmatch(text) if heading is None else None
            if step is None and heading is None and bare_numbers:
                step = _BARE_NUMBER.fullmatch(text)
            if heading:
                numbered.append((i, int(heading.group(1) or heading.group(2))))
            elif step:
                numbered.append((i, int(step.group(1))))
    run: list[int] = []
    for k, (i, number) in enumerate(numbered):
        follows = k > 0 and number == numbered[k - 1][1] + 1 and i > numbered[k - 1][0] + 1
        if not follows:
            if len(run) >= _MIN_SECTIONS:
                _free_sections(run, classes, scores)
            run = []
        run.append(i)
    if len(run) >= _MIN_SECTIONS:
        _free_sections(run, classes, scores)


def _mark_counted_lists(
    texts: list[str | None], classes: list[str | None], scores: list[float]
) -> None:
    """Five or more lines in a row numbered one after another ("01. Robert Plant", "02.
    Rob Halford") are the text's ranking or list, not a menu (menus are not numbered):
    a point each, so that a run may go on through them."""
    numbers = [-1] * len(texts)  # -1: not a numbered short line
    for i, text in enumerate(texts):
        item = (
            _COUNTED_ITEM.match(text) if text is not None and classes[i] in (SHORT, LIST) else None
        )
        if item:
            numbers[i] = int(item.group(1))
    start = 0
    for i in range(1, len(texts) + 1):
        if i < len(texts) and numbers[i] >= 0 and numbers[i] == numbers[i - 1] + 1:
            continue
        if i - start >= _MIN_COUNTED_ITEMS and numbers[start] >= 0:
            _free_sections(list(range(start, i)), classes, scores)
        start = i


def _mark_amount_lists(
    texts: list[str | None], classes: list[str | None], scores: list[float]
) -> None:
    """Three or more lines in a row that open with an amount, two of them with a unit
    ("200 g Zucker", "1 tablespoon ground cinnamon"), are a recipe's ingredients: text
    of half weight, not a menu."""
    amounts = [
        text is not None
        and len(text) <= _MAX_AMOUNT_CHARS
        and _AMOUNT_LINE.match(text) is not None
        and not _SECTION_NUMBER.match(text)
        for text in texts
    ]
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and amounts[j]:
            j += 1
        run = range(i, j)
        with_unit = sum(1 for k in run if _UNIT.search(texts[k] or ""))
        if len(run) >= _MIN_AMOUNT_LINES and with_unit >= 2:
            for k in run:
                if classes[k] in (SHORT, LIST):
                    classes[k] = LIST
                    scores[k] = max(scores[k], _NEUTRAL_WEIGHT * len(texts[k] or ""))
        i = max(j, i + 1)


def _mark_entry_times(
    texts: list[str | None], classes: list[str | None], scores: list[float]
) -> None:
    """Lines that are only a clock time ("14:32 GMT", "Updated at 14.10") with text
    between them stamp a live blog's entries: they, the short line after each (the
    entry's headline) and a writer's sign-off under an entry's text ("— Anna Lee") cost
    nothing."""
    stamps = [
        i
        for i, text in enumerate(texts)
        if text is not None and len(text) <= _MAX_CLOCK_CHARS and _CLOCK_LINE.fullmatch(text)
    ]
    apart = [i for k, i in enumerate(stamps) if k and i > stamps[k - 1] + 1]
    if len(apart) + 1 < _MIN_ENTRIES:
        return
    headlines = [
        i + 1
        for i in stamps
        if i + 1 < len(texts) and classes[i + 1] == SHORT and i + 1 not in stamps
    ]
    signatures = [
        i
        for i, text in enumerate(texts)
        if text is not None
        and i
        and classes[i] == SHORT
        and classes[i - 1] in (GOOD, NEUTRAL)
        and _ENTRY_SIGNATURE.fullmatch(text)
    ]
    _free_sections(stamps + headlines + signatures, classes, scores)


def _free_speakers(texts: list[str | None], classes: list[str | None], scores: list[float]) -> None:
    """A transcript's speaker line right above what they say opens that text: a run may
    start at it (the first "NAME, HOST:" line is no menu item)."""
    for i, text in enumerate(texts[:-1]):
        if (
            text is not None
            and classes[i] == SHORT
            and classes[i + 1] in (GOOD, NEUTRAL)
            and _SPEAKER_LINE.fullmatch(text)
        ):
            classes[i], scores[i] = LIST, _HEADING_SCORE


def _free_sections(lines: list[int], classes: list[str | None], scores: list[float]) -> None:
    """Headings of the text's own sections: a point each, so that a run may start at one."""
    for i in lines:
        classes[i], scores[i] = LIST, max(scores[i], _HEADING_SCORE)


def _text_end(texts: list[str | None], classes: list[str | None], barriers: frozenset[int]) -> int:
    """Where the comments start when they hold more prose than the text above them: the
    first of ``barriers`` with enough prose above it to end the text there (see
    ``select_main_block``); the end of the page when there is none."""
    prose = [(i, len(texts[i] or "")) for i, kind in enumerate(classes) if kind == GOOD]
    total = sum(chars for _, chars in prose)
    above = 0
    k = 0
    for i in sorted(barriers):
        while k < len(prose) and prose[k][0] < i:
            above += prose[k][1]
            k += 1
        if above >= _PROSE_BEFORE_COMMENTS:
            return i if total - above > above else len(classes)
    return len(classes)


def _discount_packed_prose(
    blocks: list[int],
    classes: list[str | None],
    scores: list[float],
    end: int,
    items: frozenset[int] = frozenset(),
) -> None:
    """On a page whose prose mostly stands in blocks of its own, prose packed into shared
    blocks (a teaser list) counts a tenth. The page is judged by its prose above ``end``
    (the comments' start, see ``_text_end``): a long thread of one-block comments says
    nothing of how the text above it is laid out (a story packed with its header lines
    over 90 comments). The ``items`` of a list a line ending in a colon introduces keep
    their weight."""
    sizes: dict[int, int] = {}
    for block in blocks:
        sizes[block] = sizes.get(block, 0) + 1
    prose = [i for i, kind in enumerate(classes) if kind == GOOD]
    judged = [i for i in prose if i < end]
    if not judged:
        return
    alone = sum(1 for i in judged if sizes[blocks[i]] == 1)
    if alone < _ALONE_SHARE * len(judged):
        return
    for i in prose:
        if sizes[blocks[i]] > 1 and i not in items:
            scores[i] *= _PACKED_WEIGHT


def _best_runs(
    scores: list[float], texts: list[str | None], anchor: int | None = None
) -> list[tuple[int, int]]:
    """The best run, then, on each side of what is taken, further runs that score at
    least a share of the best, or a fixed amount (an article cut by a gallery, a list or
    an ad block). No run under the best past a wall of page furniture (see
    ``_past_wall``): the story has ended. Unless the best run lies above the headline's
    repeat (``anchor``): a sidebar's box ("About me") over the story, which may lie
    past such a wall."""
    best = _kadane(scores, 0, len(scores))
    if best is None:
        return []
    runs = [best]
    ends_story = anchor is None or best[0] > anchor
    share = _SECOND_RUN_SHARE * sum(scores[best[0] : best[1] + 1])
    pending = [(0, best[0]), (best[1] + 1, len(scores))]
    while pending and len(runs) < _MAX_RUNS:
        lo, hi = pending.pop()
        other = _kadane(scores, lo, hi)
        if other is None:
            continue
        # A run under the text taken, parted from it by a byline, a date or a comments
        # header, is headed by it: another story's, or a comment.
        separated = other[0] > best[1] and any(
            score <= -_SEPARATOR_PENALTY for score in scores[lo : other[0]]
        )
        enough = _SEPARATED_RUN_ENOUGH if separated else _SECOND_RUN_ENOUGH
        earned = sum(scores[other[0] : other[1] + 1])
        if ends_story and other[0] > best[1] and _past_wall(scores, texts, lo, other[0], earned):
            pending.append((lo, other[0]))  # the story's own further runs lie above it
            continue
        if earned >= min(share, enough):
            runs.append(other)
            pending += [(lo, other[0]), (other[1] + 1, hi)]
    return sorted(runs)


def _past_wall(
    scores: list[float], texts: list[str | None], lo: int, start: int, earned: float
) -> bool:
    """Does a wall of page furniture part the run at ``start`` (scoring ``earned``) from
    the taken run that ends at ``lo - 1``: ``_MIN_WALL_LINES`` lines or more kept
    between them (a menu, an archive's months, a teaser or link list, a footer's links)
    that cost ``_WALL_COST`` times what the run earns, few of them sentences (a story
    cut by its subheadings and short lists writes sentences between them)? The run
    under it is a sidebar's or a footer's box ("About us", the author's bio), no part
    of the story. Lines that a label ending in a colon introduces ("2012 Battleground
    Districts:" over a table's cells, one a line) are the story's own table or list."""
    kept = [text for text in texts[lo:start] if text is not None]
    if len(kept) < _MIN_WALL_LINES:
        return False  # a gallery, an ad block or a list inside the story
    if (texts[lo - 1] or "").endswith(":") or kept[0].endswith(":"):
        return False
    if -sum(scores[lo:start]) < _WALL_COST * earned:
        return False
    sentences = 0
    for text in kept:  # of any script: a CJK line's words are counted from its characters
        features = line_features(text)
        sentences += features.ends_full_stop and features.words >= _MIN_WALL_SENTENCE_WORDS
    return sentences < _WALL_SENTENCE_SHARE * len(kept)


def _above_toolbar(
    runs: list[tuple[int, int]],
    scores: list[float],
    toolbars: frozenset[int],
    anchor: int | None,
    heads: frozenset[int],
) -> list[tuple[int, int]]:
    """The runs above the first share toolbar under the best run, when that run lies
    under the headline's repeat (``anchor``): a story's buttons (share, print, e-mail)
    close it, and the runs under them are a sidebar's or a teaser list's. Above the
    headline, or with a headline, byline or date (``heads``) between it and the
    buttons, the best run is a teaser and the buttons open the story under them.
    Buttons inside the best run close it too when what lies under them scores too little
    to join as a further run (the menus between the story and a box under its buttons
    cost less than the box's prose earns); a standfirst over the buttons scores less than
    the story under them, and so do the story's first paragraphs over a print link."""
    if not runs or not toolbars or anchor is None:
        return runs
    best = _strongest(runs, scores)
    if best[0] < anchor:
        return runs
    below = [i for i in toolbars if i > best[1] or _closes_run(best, i, scores)]
    if not below:
        return runs
    end = min(below)
    if any(min(best[1], end) < i < end for i in heads):
        return runs
    return [(first, min(last, end - 1)) for first, last in runs if first < end]


def _strongest(runs: list[tuple[int, int]], scores: list[float]) -> tuple[int, int]:
    """The run of ``runs`` (not empty) whose lines score most, the first of equals."""
    return max(runs, key=lambda run: sum(scores[run[0] : run[1] + 1]))


def _closes_run(run: tuple[int, int], i: int, scores: list[float]) -> bool:
    """Does line ``i`` inside ``run`` part it into a text above and less below it than a
    further run would need to join (``_SECOND_RUN_SHARE``)? Buttons between two halves of
    a story (a print or PDF link) leave it whole."""
    first, last = run
    return first < i <= last and _SECOND_RUN_SHARE * sum(scores[first:i]) > sum(
        scores[i : last + 1]
    )


def _above_footer(
    runs: list[tuple[int, int]],
    scores: list[float],
    footers: frozenset[int],
    story_ends: frozenset[int],
    dated_notices: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """The runs above the first copyright notice under the best run: the page ends there,
    and what follows it (a site's "About" box, a note on browsers) is no text. A link
    back to the list of stories ("Back to blog") ends the story even inside the best run
    (a notice there is a photo's credit), and so does a dated notice that opens its line
    ("© 2008 AFP", "Copyright 2008 by The Associated Press") when it is the first notice
    inside the best run and most of the runs' prose lies above it: the wire's or the
    paper's notice under its story, with the site's boxes and other headlines below."""
    if not runs or not (footers or story_ends):
        return runs
    best = _strongest(runs, scores)
    end = min(
        (
            *(i for i in footers if i > best[1]),
            *(i for i in story_ends if i > best[0]),
            *_closing_notice(runs, scores, best, footers, dated_notices),
        ),
        default=None,
    )
    if end is None:
        return runs
    return [(first, min(last, end - 1)) for first, last in runs if first < end]


def _closing_notice(
    runs: list[tuple[int, int]],
    scores: list[float],
    best: tuple[int, int],
    footers: frozenset[int],
    dated_notices: frozenset[int],
) -> tuple[int, ...]:
    """The first notice inside the best run, when it is a dated one under
    ``_CLOSING_NOTICE_SHARE`` of the runs' prose or more (else nothing)."""
    inside = [i for i in footers if best[0] < i <= best[1]]
    if not inside or min(inside) not in dated_notices:
        return ()
    notice = min(inside)
    lines = [i for first, last in runs for i in range(first, last + 1) if scores[i] > 0]
    above = sum(scores[i] for i in lines if i < notice)
    total = sum(scores[i] for i in lines)
    return (notice,) if total and above >= _CLOSING_NOTICE_SHARE * total else ()


def _join_runs(runs: list[tuple[int, int]], scores: list[float]) -> list[tuple[int, int]]:
    """Runs taken on both sides of a stretch make it part of the text (a table, a list,
    a gallery inside the article), unless a separator or a comments header lies in it."""
    joined: list[tuple[int, int]] = []
    for run in runs:
        if joined and not any(
            scores[k] <= -_SEPARATOR_PENALTY for k in range(joined[-1][1] + 1, run[0])
        ):
            joined[-1] = (joined[-1][0], run[1])
        else:
            joined.append(run)
    return joined


def _kadane(scores: list[float], lo: int, hi: int) -> tuple[int, int] | None:
    best_sum, best = 0.0, None
    running, start = 0.0, lo
    for i in range(lo, hi):
        if running <= 0:
            running, start = 0.0, i
        running += scores[i]
        if running > best_sum:
            best_sum, best = running, (start, i)
    return best
