"""Credits Japanese and Taiwanese copy writes into the story's own text: a sign-off in
brackets after its last sentence ("...あたった。（山田太郎）", "...見通し。(共同)") and the
Central News Agency's dateline before its first ("（中央社記者王小明台北25日電）...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.core.text.agencies import is_news_agency

_KANA = re.compile(r"[\u3040-\u30ff]")
# The bracket that closes the story, after its last sentence ("。", a quotation's end) or
# alone on its line.
_CLOSING_BRACKET = re.compile(r"(?:^|(?<=[。」』！？]))[（(](?P<inner>[^（）()]{1,16})[）)]$")
# A writer's name there: two to four Han characters, or family and given name spaced,
# perhaps after the desk ("（政治部・山田太郎）").
_SIGNED_NAME = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}(?:部|局|支局|総局)[・ 　])?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}[ 　][\u4e00-\u9fff]{1,3})"
)
# What such a bracket holds that is no name: a photo's or a file's note, "name changed",
# "honorifics omitted", the end mark, a place or an institution (by its last character).
_NOT_A_NAME = re.compile(
    r"写真|資料|仮名|敬称略|年齢|当時|続く|"
    r"(部|社|局|会|省|庁|県|府|都|道|市|区|町|村|党|略|通信|新聞|放送|編集|国|州|島|駅|大学)$"
)
# A Japanese agency's credit, or a photo's relayed one ("AFP＝時事"): each part an agency.
_JAPANESE_AGENCIES = frozenset(
    {"ロイター", "ブルームバーグ", "聯合", "聯合ニュース", "新華社", "タス", "共同", "時事"}
)


@dataclass(frozen=True, slots=True)
class SignOff:
    """A bracketed sign-off: the writer or the agency it names, and where it starts."""

    names: list[str]
    agency: str | None
    start: int  # in the paragraph; 0 when the bracket is the whole line


def bracketed_sign_off(paragraph: str, text: str) -> SignOff | None:
    """The sign-off in brackets that closes a Japanese story's last ``paragraph``, in the
    copy ``text`` (kana in it: Chinese brackets at a story's end hold other notes); a
    name counts only when the copy shows it nowhere else (a person in the story is no
    writer)."""
    bracket = _CLOSING_BRACKET.search(paragraph.rstrip())
    if bracket is None or not _KANA.search(text):
        return None
    inner = bracket["inner"].strip()
    parts = re.split(r"[＝=/／・]", inner)
    if all(part in _JAPANESE_AGENCIES or is_news_agency(part) for part in parts):
        return SignOff([], parts[-1], bracket.start())
    signed = _SIGNED_NAME.fullmatch(inner)
    if signed is None or _NOT_A_NAME.search(signed["name"]):
        return None
    name = signed["name"].replace("\u3000", " ")
    if text.count(name) > 1:
        return None
    return SignOff([name], None, bracket.start())


# Where the Central News Agency files from: Taiwan's cities and counties and the capitals
# and cities its correspondents write from (the name before it runs on into it:
# "王小明台北" parts only where the place is known).
_CNA_PLACES = (
    "台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|苗栗|彰化|南投|雲林|嘉義|屏東|"
    "宜蘭|花蓮|台東|臺東|澎湖|金門|馬祖|連江|"
    "華盛頓|紐約|洛杉磯|舊金山|休士頓|芝加哥|波士頓|西雅圖|多倫多|溫哥華|渥太華|"
    "東京|大阪|首爾|北京|上海|香港|澳門|廣州|深圳|新加坡|吉隆坡|曼谷|河內|胡志明市|"
    "雅加達|馬尼拉|新德里|孟買|雪梨|墨爾本|坎培拉|奧克蘭|威靈頓|"
    "倫敦|巴黎|柏林|布魯塞爾|日內瓦|維也納|羅馬|馬德里|海牙|阿姆斯特丹|斯德哥爾摩|"
    "華沙|布拉格|莫斯科|基輔|伊斯坦堡|耶路撒冷|特拉維夫|杜拜|開羅|約翰尼斯堡|"
    "墨西哥城|聖保羅|布宜諾斯艾利斯|聖地牙哥|利馬|波哥大"
)
_HAN = "\u4e00-\u9fff"
# "（中央社記者王小明台北25日電）", "（中央社記者王小明、李大同東京25日專電）", "（中央社台北
# 25日電）", "（中央社華盛頓25日綜合外電報導）"
_CNA_DATELINE = re.compile(
    rf"[（(]中央社(?:記者(?P<names>[{_HAN}]{{2,4}}(?:、[{_HAN}]{{2,4}}){{0,3}}))?"
    rf"(?P<place>{_CNA_PLACES})\d{{1,2}}日(?:專電|電|綜合外電報導)[）)]"
)

# ... with any place (the agency is known even where the name and the place are not).
_CNA_OPENING = re.compile(rf"[（(]中央社[{_HAN}、]{{2,24}}\d{{1,2}}日(?:專電|電|綜合外電報導)[）)]")


def opens_with_cna_dateline(paragraph: str) -> bool:
    """Does ``paragraph`` open with the Central News Agency's dateline?"""
    return _CNA_OPENING.match(paragraph) is not None


@dataclass(frozen=True, slots=True)
class CnaDateline:
    """The reporters and the place the Central News Agency's dateline names."""

    reporters: list[str]
    place: str


def cna_dateline(paragraph: str) -> CnaDateline | None:
    """The Central News Agency's dateline that opens ``paragraph``, or None (also when the
    place is none the agency's list knows: the name and the place are not told apart)."""
    found = _CNA_DATELINE.match(paragraph)
    if found is None:
        return None
    names = found["names"].split("、") if found["names"] else []
    return CnaDateline(names, found["place"])


# Common Chinese family names (simplified and traditional): a Chinese name alone on a line
# opens with one; a section's or a button's word ("国际", "返回") does not.
_CHINESE_FAMILY_NAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓"
    "冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸"
    "汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔"
    "邵万萬钱錢严嚴覃武戴莫孔向汤湯洪温溫柯游詹简簡赖賴翁施康"
)
_LONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff]{1,3}")


def is_lone_cjk_name(line: str, text: str) -> bool:
    """Is ``line`` a Chinese or Japanese writer's name alone ("王小明", "田中一郎", "山田
    太郎"), in the copy ``text``? Where the layout says a byline stands (under the headline,
    the story's last line): a Chinese one opens with a common family name, a Japanese one
    (kana in the copy) ends in no place's or institution's character; either is shown
    nowhere else in the copy (a place or a topic comes again)."""
    if _LONE_NAME.fullmatch(line) is None or _NOT_A_NAME.search(line) or text.count(line) > 1:
        return False
    return bool(_KANA.search(text)) or line[0] in _CHINESE_FAMILY_NAMES


# A Chinese or Japanese paper's or broadcaster's name: its place or title and the word for
# a paper ("江城日报", "北海日報社", "東都新聞", "江城晚报", "城东电视台"). Not an agency
# ("共同通信社", "新华社": the wire rules credit those).
_CJK_OUTLET = re.compile(
    r"[\u4e00-\u9fff\u30a0-\u30ff]{1,10}"
    r"(?:新聞社|新聞|日報社|日報|日报社|日报|晚报|晚報|晨报|晨報|早报|早報|商报|商報|时报|時報|"
    r"报社|報社|新闻网|新聞網|电视台|電視台|放送)"
)


def cjk_outlet_name(text: str) -> str | None:
    """``text`` when it is only a Chinese or Japanese outlet's name, else None."""
    name = text.strip()
    return name if _CJK_OUTLET.fullmatch(name) else None


def cjk_outlet_after_date(line: str) -> str | None:
    """The outlet a Chinese portal's date line names after the date and time, with no
    "来源" label ("2026年03月04日 10:15 江城日报"), else None."""
    head, _, last = line.strip().rpartition(" ")
    if not any(ch.isdigit() for ch in head):
        return None
    return cjk_outlet_name(last)
