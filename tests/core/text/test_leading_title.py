"""The title of a page flattened onto one line: its <title>, when the page repeats it."""

from consumer.core.text.leading_title import leading_title

_MENU = "Home News Politics Business Sport Culture Weather Video Contact Subscribe"
_BODY = (
    "The regional parliament voted on Thursday to close the last coal-fired power station in "
    "the valley by the end of next year, three years earlier than the operator had planned. "
) * 8


def _page(head: str, shown: str) -> str:
    return f"{head} {_MENU} {shown} March 3, 2024 By Sam Jones {_BODY} © 2024 Valley Herald"


def test_title_before_the_site_name_is_taken_when_the_page_shows_it():
    text = _page(
        "Parliament votes to close coal plant early | Valley Herald",
        "Parliament votes to close coal plant early",
    )
    assert leading_title(text) == "Parliament votes to close coal plant early"


def test_titles_in_other_languages_and_with_other_separators():
    german = _page(
        "Landtag beschließt früheren Kohleausstieg – Talbote",
        "Landtag beschließt früheren Kohleausstieg",
    )
    assert leading_title(german) == "Landtag beschließt früheren Kohleausstieg"
    french = _page(
        "Le parlement régional vote la fermeture de la centrale - Le Courrier du Val - Actualités",
        "Le parlement régional vote la fermeture de la centrale",
    )
    assert leading_title(french) == "Le parlement régional vote la fermeture de la centrale"


def test_a_title_the_page_does_not_repeat_gives_nothing():
    text = _page(
        "Parliament votes to close coal plant early | Valley Herald", "Coal plant to close"
    )
    assert leading_title(text) is None


def test_a_title_no_separator_ends_gives_nothing():
    # The page opens with its menu: the repeated words are no title.
    text = f"Valley Herald Home News Politics {_BODY} Valley Herald Home News Politics"
    assert leading_title(text) is None


def test_a_short_repeated_prefix_is_a_site_name_not_a_title():
    text = _page("Herald | Parliament votes to close coal plant early", "Herald")
    assert leading_title(text) is None


def test_one_line_page_gets_its_title(extract):
    text = _page(
        "Parlament stimmt für frühere Schließung des Kohlekraftwerks | Talbote",
        "Parlament stimmt für frühere Schließung des Kohlekraftwerks",
    )
    ext = extract(text)
    assert ext.title == "Parlament stimmt für frühere Schließung des Kohlekraftwerks"
    assert not any(p.startswith("Parlament stimmt") for p in ext.paragraphs)
