"""Page lines and bylines of Asian and Middle Eastern news pages copied as text (made-up
lines and dumps)."""

from __future__ import annotations

import pytest

from consumer.core.text.byline import (
    byline_authors,
    cjk_reporter,
    is_byline_label,
    is_role_credit,
    named_with_role,
)
from consumer.core.text.classify import boilerplate_reason, is_related_header
from consumer.core.text.related import pointer_of

_ZH_BODY = (
    "国家统计局今天发布数据显示，10月份全国居民消费价格同比上涨0.4%，环比下降0.1%。\n\n"
    "专家认为，随着促消费政策持续发力，明年物价有望温和回升。"
)
_KO_BODY = (
    "정부가 내년도 최저임금을 시간당 1만1000원으로 확정했다고 28일 밝혔다.\n\n"
    "고용노동부는 이날 관보에 고시를 게재하고 내년 1월 1일부터 적용한다고 설명했다."
)


@pytest.mark.parametrize(
    "header",
    [
        "延伸閱讀",
        "相關新聞",
        "相关报道",
        "猜你喜欢",
        "この記事を読んだ人におすすめ",
        "人気記事",
        "많이 본 기사",
        "인기기사",
        "ข่าวแนะนำ",
        "Tin khác",
        "Berita Lainnya",
        "Artikel Lainnya",
        "Artikel Berkaitan",
        "Diğer Haberler",
        "En Çok Okunanlar",
        "قد يهمك",
        "خبرهای مرتبط",
        "עוד בנושא",
        "আরও খবর",
    ],
)
def test_related_headers_of_asian_and_middle_eastern_pages(header: str) -> None:
    assert is_related_header(header)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("分享到：微信 微博 QQ空间", "share"),
        ("댓글 3", "comments"),
        ("로그인 후 댓글을 작성할 수 있습니다.", "comments"),
        ("Bình luận (0)", "comments"),
        ("التعليقات", "comments"),
        ("תגובות", "comments"),
        ("网友评论", "comments"),
        ("コメントを書く", "comments"),
        ("（編輯：林美華）1151128", "byline"),
        ("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "copyright"),
        ("무단전재-재배포 금지", "copyright"),
        ("저작권자(c) 한빛일보, 무단 전재-재배포, AI 학습 및 활용 금지", "copyright"),
    ],
)
def test_page_lines_of_asian_and_middle_eastern_pages(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "网友们在评论区讨论了这一政策对普通家庭的影响，多数人表示支持。",
        "댓글 기능을 통해 독자들은 기사에 대한 의견을 자유롭게 남길 수 있다고 회사 측은 밝혔다.",
    ],
)
def test_prose_about_comments_is_kept(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_thai_labelled_byline_under_the_date_names_the_writer(extract) -> None:
    body = (
        "คณะรัฐมนตรีมีมติอนุมัติงบประมาณ 5 หมื่นล้านบาท เพื่อกระตุ้นเศรษฐกิจในช่วงปลายปี\n\n"
        "โฆษกรัฐบาลกล่าวว่า มาตรการดังกล่าวจะเริ่มดำเนินการภายในเดือนธันวาคมนี้"
    )
    ext = extract(f"ครม.อนุมัติงบกระตุ้นเศรษฐกิจ\n\n28 พ.ย. 2569 15:30 น.\n\nโดย สมชาย ใจดี\n\n{body}")
    assert ext.authors == ["สมชาย ใจดี"]  # not "โดย สมชาย ใจดี": "โดย" is "by"


def test_korean_desk_is_no_reporters_name(extract) -> None:
    assert cjk_reporter("경제부 기자") is None
    assert cjk_reporter("기자명 김민수") == ["김민수"]
    assert cjk_reporter("글 김민수 기자") == ["김민수"]
    # the name on its line, the desk and role under it
    ext = extract(f"내년 최저임금 확정\n\n김민수\n\n경제부 기자\n\n2026-11-28 09:12\n\n{_KO_BODY}")
    assert ext.authors == ["김민수"]
    assert ext.paragraphs == _KO_BODY.split("\n\n")


def test_cjk_name_with_a_role_or_a_label() -> None:
    assert named_with_role("김민수, 경제부 기자") == ["김민수"]
    assert is_byline_label("作者：") and is_byline_label("기자명")
    assert not is_byline_label("作者：李明")


def test_chinese_label_alone_names_the_next_line(extract) -> None:
    ext = extract(f"10月CPI同比上涨0.4%\n\n作者：\n李明\n\n2026-11-28 10:30\n\n{_ZH_BODY}")
    assert ext.authors == ["李明"] and ext.paragraphs == _ZH_BODY.split("\n\n")


def test_two_spaced_chinese_names_beside_the_date(extract) -> None:
    ext = extract(f"10月CPI同比上涨0.4%\n\n2026-11-28 10:30\n\n李明 王芳\n\n{_ZH_BODY}")
    assert ext.authors == ["李明", "王芳"]
    # A Japanese dump writes kana: there the space parts a family from a given name.
    body = "政府は28日、観光客の増加に対応するため、観光地で入場料を引き上げる方針を発表した。"
    ext = extract(f"観光地の入場料引き上げへ\n\n2026年11月28日\n\n山田 太郎\n\n{body}")
    assert ext.authors == ["山田 太郎"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("記者陳志明／台北報導", ["陳志明"]),
        ("記者陳志明、林美華／綜合報導", ["陳志明", "林美華"]),
        ("（記者陳志明/高雄報導）", ["陳志明"]),
        ("記者會現場／台北報導", None),  # a press conference, no reporter
    ],
)
def test_taiwanese_reporter_and_where_they_filed(line: str, names: list[str] | None) -> None:
    assert cjk_reporter(line) == names


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Theo Báo Mẫu Online", "Báo Mẫu Online"),  # Vietnamese "according to"
        ("Theo Tuổi Trẻ", "Tuổi Trẻ"),
        ("Baca artikel selengkapnya di contohnews.id", "contohnews.id"),
    ],
)
def test_credit_lines_name_the_publisher(line: str, source: str) -> None:
    pointer = pointer_of(line)
    assert pointer is not None and pointer.rel == "read_more" and pointer.source == source


@pytest.mark.parametrize("line", ["Theo Walcott", "Theo dự báo, mưa lớn sẽ kéo dài"])
def test_a_name_or_a_sentence_after_theo_is_no_credit(line: str) -> None:
    assert pointer_of(line) is None


def test_persian_reporter_label_and_a_turkish_news_desk() -> None:
    assert byline_authors("خبرنگار: مریم احمدی") == ["مریم احمدی"]
    assert is_role_credit("Haber Merkezi")  # the news desk, nobody's name


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Instagram’da takip edin", "share"),
        ("تابعونا على فيسبوك", "share"),
        ("ما را در اینستاگرام دنبال کنید", "share"),
        ("עקבו אחרינו בפייסבוק", "share"),
        ("हमें फॉलो करें", "share"),
        ("Google News-এ ফলো করুন", "share"),
        ("ติดตามเราได้ที่ Facebook", "share"),
        ("Xでシェア", "share"),
        ("扫码关注我们", "share"),
        ("페이스북으로 공유하기", "share"),
        ("ⓒ 예시일보", "copyright"),
        ("โฆษณา", "advertisement"),
        ("বিজ্ঞাপন", "advertisement"),
    ],
)
def test_follow_buttons_tools_and_labels(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Kullanıcılar bu hesabı takip edin çağrısı yaptı ve binlerce kişi katıldı.",
        "의원은 기사 스크랩을 보여주며 말했다.",
        "시민들이 지하철 승강장에서 열차를 기다리고 있다. ⓒ 예시일보",  # a caption's credit
    ],
)
def test_sentences_with_those_words_are_kept(line: str) -> None:
    assert boilerplate_reason(line) is None
