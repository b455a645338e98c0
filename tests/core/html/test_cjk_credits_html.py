"""Made-up pages: writers a Chinese or Japanese story credits in its own text (a name
alone closing it, a sign-off in brackets, the Central News Agency's dateline)."""

from __future__ import annotations

from consumer.contract import RawArticle
from consumer.core.html import extract_html
from consumer.core.model import Extraction
from consumer.core.options import DEFAULT_OPTIONS

_JA = [
    "28日午前、市内の広い範囲で停電が発生し、約３万戸に影響が出た。電力会社によると、変電所の設備の故障が原因とみられ、復旧作業が続いている。",
    "停電の影響で、市内の一部の信号機が止まり、警察官が交差点で交通整理にあたった。",
]
_ZH = [
    "28日上午，市区大范围发生停电，约3万户居民受到影响。电力公司表示，变电站设备故障可能是原因，抢修工作正在进行。",
    "停电导致部分路口信号灯停止工作，交警在路口疏导交通，市民出行受到一定影响。",
]


def _extract(title: str, paragraphs: list[str], lang: str) -> Extraction:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html lang='{lang}'><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><time datetime='2026-11-28T10:15:00+09:00'>2026-11-28</time>"
        f"{body}</article></body></html>"
    )
    raw = RawArticle(content=html, mode="html", url="https://www.example.jp/a/1")
    return extract_html(raw, DEFAULT_OPTIONS)


def test_a_japanese_sign_off_in_brackets_names_the_writer() -> None:
    glued = _extract("市内で大規模な停電", [_JA[0], _JA[1] + "（山田太郎）"], "ja")
    assert glued.authors == ["山田太郎"]
    assert glued.paragraphs[-1].endswith("（山田太郎）")  # the sign-off stays in its paragraph
    alone = _extract("市内で大規模な停電", [*_JA, "（山田太郎）"], "ja")
    assert alone.authors == ["山田太郎"] and alone.paragraphs == _JA


def test_a_chinese_name_closing_the_story_is_its_writer() -> None:
    ext = _extract("市区大面积停电", [*_ZH, "王小明"], "zh")
    assert ext.authors == ["王小明"] and ext.paragraphs == _ZH


def test_the_central_news_agency_dateline_names_the_reporter() -> None:
    first = (
        "（中央社記者王小明台北25日電）中央氣象署今天上午發布海上颱風警報，"
        "提醒航行及作業船隻嚴加戒備，各地民眾應注意強風豪雨。"
    )
    second = "氣象署表示，颱風預計明天最接近台灣東部海面，各地將有較大雨勢，山區可能出現豪雨。"
    ext = _extract("颱風逼近 氣象署發布海上警報", [first, second], "zh-TW")
    assert ext.authors == ["王小明"]
