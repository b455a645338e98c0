"""Made-up copies: a fact's source is no publisher, a photo's agency neither; a wire
dateline without its year; CJK writers' names alone, Japanese sign-offs in brackets and
the Central News Agency's dateline."""

from __future__ import annotations

import pytest

from consumer.core.text.agencies import is_news_agency
from consumer.core.text.cjk_credits import bracketed_sign_off, cna_dateline, is_lone_cjk_name
from consumer.core.text.dateline import dateline_date
from consumer.core.text.related import pointer_of
from consumer.core.text.source_facts import copyright_holder
from consumer.core.text.sources import wire_agency

_EN_BODY = (
    "The rate fell to 6.1 percent in January, the lowest since records began, according "
    "to figures published on Tuesday.\n\n"
    "Economists said the figures pointed to a resilient labour market despite slow growth "
    "across the bloc in the second half of last year."
)


@pytest.mark.parametrize(
    "line",
    ["Source: Eurostat", "Quelle: Statistisches Bundesamt", "Source : Banque de France",
     "来源：国家统计局", "Джерело: КМВА"],
)  # fmt: skip
def test_a_facts_source_names_no_publisher(line: str) -> None:
    pointer = pointer_of(line)
    assert pointer is not None and pointer.rel == "read_more" and pointer.source is None


@pytest.mark.parametrize(
    ("line", "source"),
    [("Quelle: dpa", "dpa"), ("Fuente: EFE", "EFE"), ("Source: dpa/AFP", "dpa/AFP"),
     ("Źródło: PAP", "PAP"), ("来源：人民网", "人民网"), ("Source: Example Daily News",
     "Example Daily News"), ("Source: example.com", "example.com"), ("Via Example Post",
     "Example Post")],
)  # fmt: skip
def test_an_agencys_or_a_papers_credit_names_the_publisher(line: str, source: str) -> None:
    pointer = pointer_of(line)
    assert pointer is not None and pointer.source == source


def test_a_chart_source_between_paragraphs_leaves_the_site_the_publisher(extract) -> None:
    first, second = _EN_BODY.split("\n\n")
    ext = extract(
        f"Unemployment falls to record low\n\nBy Anna Keller\nMarch 4, 2026\n\n{first}\n\n"
        f"Source: Eurostat\n\n{second}",
        url="https://www.example-daily.com/economy/unemployment",
    )
    assert ext.publisher is None and ext.site == "example-daily.com"
    assert ext.paragraphs == [first, second]


def test_news_agencies_by_name() -> None:
    assert is_news_agency("dpa") and is_news_agency("AFP, Reuters") and is_news_agency("(共同)")
    assert not is_news_agency("Pap") and not is_news_agency("Eurostat")


@pytest.mark.parametrize(
    "line",
    ["Photo d'illustration © BELGA", "Foto: © dpa", "Bild © Jane Doe/Agentur", "写真：© 共同"],
)
def test_a_photo_credit_names_no_copyright_holder(line: str) -> None:
    assert copyright_holder(line) is None


def test_a_footer_notice_still_names_its_holder() -> None:
    assert copyright_holder("Copyright © 2026 Photo World Ltd. All rights reserved.") == (
        "Photo World"
    )
    assert copyright_holder("Privacy | Photos of the week | About | © 2026 The Daily X") == (
        "The Daily X"
    )


def test_a_photo_credit_under_the_headline_is_no_publisher(extract) -> None:
    ext = extract(
        f"Unemployment falls to record low\n\nPhoto d'illustration © BELGA\n\n{_EN_BODY}",
        url="https://www.exemple-info.be/actualite/chomage",
    )
    assert ext.publisher is None


_WIRE = (
    "WASHINGTON, Nov. 3 (Reuters) - U.S. congressional leaders agreed on Monday on a "
    "stopgap funding bill to keep the government open until January."
)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://www.example.com/world/2026/11/03/stopgap-bill", "2026-11-03"),
        ("https://www.example.com/world/2026-11-03-stopgap-bill", "2026-11-03"),
        ("https://www.example.com/world/20261103/stopgap-bill", "2026-11-03"),
        # the URL's month is another: the year is not this date's
        ("https://www.example.com/world/2026/12/01/stopgap-bill", None),
        # no year anywhere: none is guessed
        ("https://www.example.com/world/stopgap-bill-idUSKBN123", None),
        (None, None),
    ],
)
def test_a_wire_dateline_without_its_year_takes_the_urls(url: str | None, date: str | None) -> None:
    stamp = dateline_date(_WIRE, url)
    assert (stamp.value if stamp else None) == date


def test_a_yearless_dateline_dates_the_copy(extract) -> None:
    later = "The measure still needs votes in both chambers later this week, leaders said."
    text = f"US lawmakers agree stopgap funding bill\n\n{_WIRE}\n\n{later}"
    ext = extract(text, url="https://www.example-wire.com/us/2026/11/03/stopgap-bill")
    assert ext.published_at == "2026-11-03"
    assert extract(text, url="https://www.example-wire.com/us/stopgap-bill").published_at is None
    spanish = "RÍO DE JANEIRO, 28 Nov. (EFE).- El gobierno anunció hoy un plan de obras."
    assert dateline_date(spanish, "https://www.example.com/2026/11/28/plan").value == "2026-11-28"


_ZH_BODY = (
    "28日上午，市区大范围发生停电，约3万户居民受到影响。电力公司表示，变电站设备故障可能是原因。\n\n"
    "停电导致部分路口信号灯停止工作，交警在路口疏导交通。"
)
_JA_BODY = (
    "28日午前、市内の広い範囲で停電が発生し、約３万戸に影響が出た。復旧作業が続いている。\n\n"
    "停電の影響で、市内の一部の信号機が止まり、警察官が交差点で交通整理にあたった。"
)


def test_a_chinese_name_alone_under_the_headline_or_closing_the_story(extract) -> None:
    for text in (
        f"市区大面积停电 约3万户受影响\n\n王小明\n\n{_ZH_BODY}",
        f"市区大面积停电 约3万户受影响\n\n2026-11-28 10:15\n\n{_ZH_BODY}\n\n王小明",
    ):
        ext = extract(text)
        assert ext.authors == ["王小明"] and ext.paragraphs == _ZH_BODY.split("\n\n")
    ext = extract(f"市区大面积停电 约3万户受影响\n\n2026-11-28 10:15\n\n{_ZH_BODY}\n\n北京市")
    assert ext.authors == []  # a place


def test_a_lone_cjk_name_is_read_only_where_it_stands_alone() -> None:
    assert is_lone_cjk_name("王小明", _ZH_BODY) and is_lone_cjk_name("田中一郎", _JA_BODY)
    assert not is_lone_cjk_name("国际新闻", _ZH_BODY)  # no family name
    assert not is_lone_cjk_name("北海道", _JA_BODY)  # a place's last character
    assert not is_lone_cjk_name("停电", _ZH_BODY)  # shown in the story


def test_a_japanese_sign_off_in_brackets(extract) -> None:
    ext = extract(f"市内で大規模な停電\n\n2026年11月28日\n\n{_JA_BODY}（山田太郎）")
    assert ext.authors == ["山田太郎"]
    ext = extract(f"市内で大規模な停電\n\n2026年11月28日\n\n{_JA_BODY}\n\n（山田太郎）")
    assert ext.authors == ["山田太郎"] and ext.paragraphs == _JA_BODY.split("\n\n")
    agency = bracketed_sign_off("会談では意見を交わす見通し。(共同)", _JA_BODY)
    assert agency is not None and agency.agency == "共同" and agency.names == []
    assert bracketed_sign_off("警察が調べている。（資料写真）", _JA_BODY) is None
    assert bracketed_sign_off("市の職員は話した。（仮名）", _JA_BODY) is None
    # Chinese brackets at a story's end hold other notes
    assert bracketed_sign_off("交警在路口疏导交通。（王小明）", _ZH_BODY) is None


def test_the_agency_of_a_japanese_sign_off_names_the_publisher_of_a_copy(extract) -> None:
    # (a copy with no site of its own, as an agency's dateline does)
    ext = extract(f"首相、来月訪米へ\n\n2026年11月28日\n\n{_JA_BODY}(共同)")
    assert ext.authors == [] and ext.publisher == "共同"


def test_the_central_news_agency_dateline_names_reporter_and_place(extract) -> None:
    found = cna_dateline("（中央社記者王小明台北25日電）中央氣象署今天上午發布海上颱風警報。")
    assert found is not None and (found.reporters, found.place) == (["王小明"], "台北")
    two = cna_dateline("（中央社記者陳志明、林美華華盛頓25日專電）美國國會今天通過法案。")
    assert two is not None and (two.reporters, two.place) == (["陳志明", "林美華"], "華盛頓")
    assert cna_dateline("（中央社台北25日電）行政院今天通過預算案。").reporters == []
    assert wire_agency("（中央社記者王小明某地25日電）今天發布警報。") == "中央社"
    assert cna_dateline("（中央社記者王小明某地25日電）今天發布警報。") is None  # place unknown
    body = (
        "（中央社記者王小明台北25日電）中央氣象署今天上午發布海上颱風警報，提醒航行及作業船隻嚴加戒備。\n\n"
        "氣象署表示，颱風預計明天最接近台灣東部海面，各地將有較大雨勢。"
    )
    ext = extract(f"颱風逼近 氣象署發布海上警報\n\n2026/11/25 10:15\n\n{body}")
    assert ext.authors == ["王小明"]
