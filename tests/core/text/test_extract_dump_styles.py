"""Made-up dumps in styles and languages beyond the first set: press releases, interviews,
paywalled teasers, wire initials; Polish, Swedish, Turkish, Indonesian and Japanese pages."""

from __future__ import annotations

import pytest


def test_press_release_markers_and_contact_block(extract, dump):
    ext = extract(dump("press_release"))
    assert ext.title == "Northwind Robotics Opens Research Centre in Leeds, Creating 120 Jobs"
    assert ext.published_at == "2025-11-25"  # from the dateline, the release's only date
    assert ext.paragraphs[1].startswith("LEEDS, England, Nov. 25, 2025 /PRNewswire/ --")
    # The boilerplate about the company is the release's own text; the contact is not.
    assert ext.paragraphs[-1].startswith("Northwind Robotics designs and builds")
    assert not any("@" in p or "+44" in p or p == "Oliver Grant" for p in ext.paragraphs)
    assert ext.removed["press_release"] == 2  # "FOR IMMEDIATE RELEASE" and "###"
    assert ext.removed["contact"] == 4  # the label, the name, the address, the phone


def test_contact_lines_need_a_label_or_a_whole_address(extract):
    body = "The museum will open a new wing in 2027, the director said on Monday afternoon."
    text = (
        f"Museum to open a new wing\n\n{body}\n\n2024-2025\n\n"
        "Contact: Jane Roe\njane.roe@museum.example\n\nThe season runs from 2024-2025 onwards."
    )
    ext = extract(text)
    assert ext.paragraphs == [body, "2024-2025", "The season runs from 2024-2025 onwards."]
    assert ext.removed["contact"] == 1  # "Contact: Jane Roe" and its address, one line
    # In a copy with no blank lines, the label takes a few details, not the rest.
    lines = ["Contact:", "Jane Roe", "Press Office", "Opening hours", "The wing has six rooms"]
    more = "Tickets for the opening weekend go on sale in March, the museum said."
    ext = extract("Museum to open a new wing\n" + "\n".join([body, *lines, more]))
    assert ext.removed["contact"] == 4 and ext.paragraphs[-2:] == ["The wing has six rooms", more]


def test_interview_byline_and_question_turns(extract, dump):
    ext = extract(dump("qa_interview"))
    assert ext.authors == ["Mark Delaney"]  # "Interview by Mark Delaney"
    assert ext.published_at == "2025-11-22T08:00:00+00:00"
    assert sum(p.startswith("Q: ") for p in ext.paragraphs) == 3
    assert sum(p.startswith("A: ") for p in ext.paragraphs) == 3
    assert ext.paragraphs[-1] == "This interview has been edited for length and clarity."


def test_paywall_offer_under_a_teaser(extract, dump):
    ext = extract(dump("paywall_teaser"))
    assert ext.authors == ["Daniel Fischer"]
    assert len(ext.paragraphs) == 2
    assert ext.paragraphs[-1].startswith("The rules, which take effect in January")
    assert ext.removed["newsletter"] == 3


def test_wire_desk_initials_are_not_body(extract, dump):
    ext = extract(dump("afp_wire_initials"))
    assert ext.paragraphs[0].startswith("PARIS, 25 nov (AFP) - France and Spain agreed")
    assert ext.paragraphs[-1].startswith("The project still needs the approval")
    assert "dp/jm/bc" not in ext.paragraphs and len(ext.paragraphs) == 4


def test_polish_portal(extract, dump):
    ext = extract(dump("polish_portal"))
    assert ext.authors == ["Katarzyna Nowicka"]
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")
    assert [r.title for r in ext.related] == [
        "Rząd chce zmienić zasady dopłat do ogrzewania",
        "Rekordowa liczba turystów w Tatrach",
    ]
    assert len(ext.paragraphs) == 4
    assert ext.removed["share"] == 1 and ext.removed["comments"] == 1


def test_swedish_paper(extract, dump):
    ext = extract(dump("swedish_paper"))
    assert ext.authors == ["Erik Lindqvist"]  # "Av Erik Lindqvist"
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")
    assert [r.title for r in ext.related] == ["Elpriset stiger igen i södra Sverige"]
    assert ext.paragraphs[-1].startswith("Miljöorganisationer kritiserar")


def test_turkish_portal(extract, dump):
    ext = extract(dump("turkish_portal"))
    assert ext.authors == ["Ahmet Yılmaz"]
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")  # "25 Kasım 2025"
    assert [r.title for r in ext.related] == [
        "Dolar güne yükselişle başladı",
        "Altın fiyatlarında son durum",
    ]
    assert len(ext.paragraphs) == 3


def test_indonesian_portal(extract, dump):
    ext = extract(dump("indonesian_portal"))
    assert ext.authors == ["Dewi Lestari"]  # "Penulis:"; the editor's line is no author
    assert ext.published_at == "2025-11-25T10:45:00+07:00"  # "25 November 2025 | 10:45 WIB"
    assert [r.title for r in ext.related] == ["Harga Beras Turun di Sejumlah Daerah"]
    assert ext.paragraphs[0].startswith("JAKARTA, KOMPAS.com - Pemerintah")
    # The paragraph after "Baca juga: ..." is still the story's.
    assert ext.paragraphs[-1].startswith("Anggaran tersebut masih harus disetujui")
    assert len(ext.paragraphs) == 4
    assert ext.removed["byline"] == 2 and ext.removed["share"] == 1


def test_japanese_copy(extract, dump):
    ext = extract(dump("japanese_copy"))
    assert ext.title == "政府、来年度から高速道路料金を値下げへ"
    assert ext.published_at == "2025-11-25"  # "2025年11月25日 14時30分", no zone
    assert [r.title for r in ext.related] == ["ガソリン価格、3週連続で下落"]
    assert len(ext.paragraphs) == 3 and ext.paragraphs[0].startswith("政府は25日")


def test_numbered_sections_of_a_listicle_stay(extract, dump):
    ext = extract(dump("numbered_listicle"))
    assert ext.authors == ["Jenny Walsh"]
    assert [p for p in ext.paragraphs if p[:1].isdigit()] == [
        "1. Food waste goes in its own bin",
        "2. Glass is collected separately",
        "3. Black bags will be collected every three weeks",
        "4. Soft plastics are now accepted",
        "5. Garden waste stays the same",
    ]
    assert ext.paragraphs[-1] == "The paid garden waste service is not changing."


def test_live_blog_entries_after_clock_times_stay(extract, dump):
    ext = extract(dump("live_blog"))
    assert ext.title == "Storm Bronwen live: thousands without power as winds reach 90mph"
    text = "\n".join(ext.paragraphs)
    assert "Transport for Wales has suspended all services" in text
    assert "About 40,000 homes in Wales" in text
    assert ext.paragraphs[-1].startswith("The Met Office has issued a red warning")
    # The first entry keeps its time and headline, as the later ones do.
    assert ext.paragraphs[:2] == ["14:32 GMT", "Rail services suspended across north Wales"]
    assert "Power cuts hit 40,000 homes" in ext.paragraphs
    assert "Show key events only" not in text and "Share" not in ext.paragraphs


def test_summary_box_point_is_not_the_headline(extract, dump):
    ext = extract(dump("key_points_box"))
    assert ext.title == "Ministers to cap bus fares at £2 for another year"
    assert ext.authors == ["Sarah Mitchell"]
    assert ext.published_at == "2025-11-25"
    assert ext.paragraphs[0].startswith("The £2 cap on single bus fares in England will be")
    assert ext.paragraphs[-1].startswith('"A cheap fare is no use')


def test_mobile_copy_menus_in_polish(extract, dump):
    ext = extract(dump("polish_mobile_copy"))
    # "Przejdź do treści" (skip to content) is no headline; the breadcrumb is navigation.
    assert ext.title == "Nowa linia tramwajowa w Krakowie otwarta"
    assert ext.authors == ["Jan Kowalski"]
    assert ext.published_at == "2025-11-25"  # "25 listopada 2025"
    assert len(ext.paragraphs) == 3
    assert ext.removed["navigation"] == 5 and ext.removed["share"] == 1


def test_chinese_portal(extract, dump):
    ext = extract(dump("chinese_portal"))
    assert ext.title == "上海发布新规 鼓励市民垃圾分类"
    assert ext.published_at == "2025-11-25"
    assert [r.title for r in ext.related] == ["北京推出新能源汽车补贴政策"]
    assert len(ext.paragraphs) == 3 and ext.paragraphs[-1].startswith("一位市民表示")
    assert ext.removed["byline"] == 1 and ext.removed["share"] == 1  # "责任编辑：", "分享到："


def test_email_newsletter_header_and_footer(extract, dump):
    ext = extract(dump("newsletter_email"))
    assert ext.title != "View this email in your browser"
    assert ext.published_at == "2025-11-25"
    assert ext.paragraphs[0].startswith("Regulated rail fares in England will rise")
    assert ext.paragraphs[-1].startswith("Passenger groups said")
    # The newsletter's name (its footer repeats it) is no headline: the story's is.
    assert ext.title == "Rail fares to rise by 4.6% in March"
    # view in browser, its name, greeting, forward, receiving, unsubscribe, postal address
    assert ext.removed["newsletter"] == 7


def test_unnamed_writer_bio_and_tip_line_leave_the_body(extract, dump):
    ext = extract(dump("commentary_with_player_lines"))
    assert ext.authors == ["Laura Chen"]
    assert ext.published_at == "2025-11-25T07:12:00-08:00"
    assert ext.paragraphs[0].startswith("Schools across the valley were closed")
    # The update note stays (it is the article's); "The writer is ..." is a bio.
    assert ext.paragraphs[-1].startswith("This story has been updated")
    assert not any(p.startswith(("Listen", "Loading", "Video duration")) for p in ext.paragraphs)
    assert ext.removed["author_bio"] == 1 and ext.removed["newsletter"] == 1
    text = "A headline of the day\n\nThe story is told here in one line of prose.\n\n"
    bio = "The writer is a professor of history at a university in the north."
    assert extract(text + bio).paragraphs == ["The story is told here in one line of prose."]
    # Mid-story, the same words are the story's.
    assert bio in extract(text + bio + "\n\nMore of the story follows here.").paragraphs


def test_newsroom_byline_names_no_author(extract, dump):
    ext = extract(dump("brazilian_newsroom_byline"))
    assert ext.authors == []  # "Por Redação, g1 RS"
    assert ext.published_at == "2025-11-25"
    assert ext.paragraphs[-3].startswith("A chuva forte que atingiu Porto Alegre")
    assert ext.paragraphs[-1].startswith("A previsão é de tempo mais firme")


def test_hungarian_full_page_year_first_date(extract, dump):
    ext = extract(dump("hungarian_full_page"))
    assert ext.title == "Új híd épül a Dunán Budapest déli részén"
    assert ext.authors == ["Szabó Péter"]
    assert ext.published_at == "2025-11-25"  # "2025. november 25. 10:20"
    assert len(ext.paragraphs) == 4 and ext.paragraphs[0].startswith("A kormány kedden")
    assert [r.title for r in ext.related] == [
        "Drágul a BKV-bérlet januártól",
        "Felújítják a Lánchidat",
    ]


def test_greek_full_page_name_above_the_date(extract, dump):
    ext = extract(dump("greek_full_page"))
    # The name over the date is the author, and the line above it the headline.
    assert ext.title == "Νέα γραμμή μετρό στη Θεσσαλονίκη από το 2027"
    assert ext.authors == ["Γιώργος Παπαδόπουλος"]
    assert ext.published_at == "2025-11-25"  # "25 Νοεμβρίου 2025"
    assert len(ext.paragraphs) == 3
    assert ext.removed["share"] == 1 and ext.removed["related"] == 3


def test_romanian_full_page_lower_case_byline(extract, dump):
    ext = extract(dump("romanian_full_page"))
    assert ext.title == "Guvernul aprobă un nou program pentru locuințe"
    assert ext.authors == ["Andrei Popescu"]  # "de Andrei Popescu"
    assert ext.published_at == "2025-11-25"
    assert len(ext.paragraphs) == 3
    # "De Madrid a Barcelona" or "de Gaulle" alone are no bylines.
    body = "The story itself is told in this one long enough line of prose here."
    assert extract(f"A headline here\n\nde Gaulle\n\n{body}").authors == []


def test_dateline_date_only_when_the_copy_has_no_other():
    from consumer.core.text.dateline import dateline_date

    assert dateline_date("NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- Acme said").value == (
        "2025-03-03"
    )
    assert dateline_date("BERLIN, 25. November 2025 – Die Regierung hat").value == "2025-11-25"
    assert dateline_date("WASHINGTON (Reuters) - The US said") is None  # no date in it
    assert dateline_date("The council said on 4 March 2025 - it would") is None  # no place


def test_dated_byline_wins_over_the_dateline(extract):
    body = "LONDON, March 3, 2025 -- The company said it would open a new plant next year."
    ext = extract(f"Company to open a plant\n\nBy Jane Roe\n\n4 March 2025\n\n{body}")
    assert ext.published_at == "2025-03-04"


def test_print_note_and_main_story_marker(extract, dump):
    ext = extract(dump("us_paper_print_note"))
    assert ext.authors == ["Emily Hart"]
    assert ext.publisher is None  # "Continue reading the main story" names no source
    assert ext.paragraphs[-1].startswith('"People come for a saw')
    # Once the print note and the topic link are gone, the bio closes the body and goes.
    assert ext.removed["print_edition"] == 1 and ext.removed["author_bio"] == 1
    assert ext.removed["read_more"] == 2 and ext.removed["navigation"] == 1


def test_republished_copy_names_its_source(extract, dump):
    ext = extract(dump("republished_with_credit"))
    assert ext.publisher == "The Farm Report"
    assert len(ext.paragraphs) == 4
    assert ext.paragraphs[-1].startswith("Regulators are drawing up rules")
    assert ext.removed["read_more"] == 2 and ext.removed["share"] == 1


def test_recipe_blog_buttons_and_comment_form(extract, dump):
    ext = extract(dump("recipe_blog"))
    assert ext.title == "Easy Lentil Soup"  # not "Jump to Recipe"
    assert ext.authors == ["Sam Rivera"]
    assert ext.published_at == "2025-11-20"
    assert "200g red lentils" in ext.paragraphs  # the ingredients are the text's
    assert ext.paragraphs[-1].startswith("Season with salt and pepper")
    assert ext.removed["comments"] == 4 and ext.removed["share"] == 1


def test_korean_portal(extract, dump):
    ext = extract(dump("korean_portal"))
    assert ext.title == "서울시, 내년부터 심야버스 노선 두 배로 확대"
    assert ext.authors == ["김민수"]  # "김민수 기자"
    # "입력" and "수정" label the publication and the update: no zone, dates only.
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")
    assert [r.title for r in ext.related] == ["서울 지하철 요금 내년 인상"]
    assert len(ext.paragraphs) == 3


def test_korean_byline_of_two_reporters(extract):
    body = "서울시는 27일 도심과 외곽 신도시를 잇는 새 지하철 노선을 개통했다고 밝혔다."
    for byline in ("김민지 기자, 이준호 기자", "김민지·이준호 기자"):
        ext = extract(f"서울 지하철 새 노선 개통\n\n{byline}\n\n{body}")
        assert ext.authors == ["김민지", "이준호"], byline
        assert ext.paragraphs == [body]


def test_japanese_names_listed_beside_the_date_are_the_byline(extract):
    body = [
        "北海道では27日、強い冬型の気圧配置の影響で記録的な大雪となり、鉄道や航空便に大きな乱れが出ている。",
        "気象台によると、札幌市では24時間の降雪量が60センチに達した。",
    ]
    headline = "北海道で記録的な大雪 交通機関に大きな乱れ"
    ext = extract(f"{headline}\n山田太郎、佐藤花子\n2026年11月27日 10時30分\n" + "\n".join(body))
    assert ext.authors == ["山田太郎", "佐藤花子"]
    assert ext.title == headline and ext.paragraphs == body


def test_chinese_reporter_byline(extract):
    body = "上海市政府25日发布新规定，要求所有小区在明年底前完成垃圾分类设施改造。"
    ext = extract(f"上海发布新规 鼓励市民垃圾分类\n\n本报记者 王明\n\n{body}")
    assert ext.authors == ["王明"] and ext.paragraphs == [body]
    # "text by", and the photographer after the writer
    ext = extract(f"上海发布新规 鼓励市民垃圾分类\n\n文/王明 图/李华\n\n{body}")
    assert ext.authors == ["王明"] and ext.paragraphs == [body]


def test_bracketed_reporter_sign_off_under_the_story(extract):
    body = [
        "广州市27日表示，未来三年将新建三座大型物流园区，总投资约一百二十亿元。",
        "新园区建成后，预计每年可处理货物超过五百万吨，并带动就业约两万人。",
    ]
    # Two reporters, then a correspondent who is no author.
    ext = extract(
        "广州将新建三座物流园区\n\n" + "\n\n".join(body) + "\n\n（记者 王明 李华 通讯员 张三）"
    )
    assert ext.authors == ["王明", "李华"] and ext.paragraphs == body
    assert ext.removed["byline"] == 1
    # With a colon it is no editor's credit: the reporter is read.
    ext = extract("广州将新建三座物流园区\n\n" + "\n\n".join(body) + "\n\n（记者：王明）")
    assert ext.authors == ["王明"] and ext.paragraphs == body
    tokyo = "東京都は26日、来年度から全ての高校生を対象に授業料を無償化する方針を明らかにした。"
    ext = extract(
        f"都、高校授業料を無償化へ\n\n{tokyo}\n\n{tokyo[:-1]}と発表した。\n\n（記者 山田太郎）"
    )
    assert ext.authors == ["山田太郎"] and len(ext.paragraphs) == 2


def test_japanese_desk_byline(extract):
    body = "東京都は26日、来年度から全ての高校生を対象に授業料を無償化する方針を明らかにした。"
    ext = extract(f"都、高校授業料を無償化へ\n\n毎朝ニュース 政治部 山田太郎\n\n{body}")
    assert ext.authors == ["山田太郎"] and ext.paragraphs == [body]


def test_portal_story_provided_by_its_publisher(extract, dump):
    ext = extract(dump("msn_story_by_provided_by"))
    assert ext.authors == ["Rachel Green"]  # "Story by Rachel Green • 3h • 2 min read"
    assert ext.publisher == "The Daily Courier"  # "Provided by The Daily Courier"
    assert len(ext.paragraphs) == 3
    assert ext.paragraphs[-1] == '"We regret the disruption to our customers," a spokesperson said.'


def test_msn_copy_credited_with_a_copyright_sign(extract, dump):
    ext = extract(dump("msn_copyright_provided_by"), url="https://www.msn.com/en-us/news/ar-1")
    # "© Provided by The Riverton Gazette" names the publisher, not a copyright holder
    assert (ext.publisher, ext.republisher) == ("The Riverton Gazette", "MSN")
    assert ext.paragraphs[-1].startswith("Construction is expected")  # no "Feedback"
    assert [r.title for r in ext.related] == [  # under "More for You"
        "Riverton school board names new superintendent",
        "Five things to do in Riverton this weekend",
    ]
    assert ext.removed["share"] == 1  # "Feedback", a tool button


def test_aggregator_copy_of_a_wire_story_names_the_agency(extract, dump):
    text = dump("yahoo_wire_copy")
    ext = extract(text, url="https://finance.yahoo.com/news/coffee-081400123.html")
    assert (ext.site, ext.publisher, ext.republisher) == ("reuters.com", "Reuters", "Yahoo")
    assert "Story continues" not in ext.paragraphs
    assert len(ext.paragraphs) == 4
    # on a site of its own, the copy stays the site's
    ext = extract(text, url="https://www.rivertongazette.com/business/coffee")
    assert (ext.site, ext.publisher) == ("rivertongazette.com", None)
    # ... unless its <title> names the aggregator it came through
    aol_copy = text.replace("15-year high\n", "15-year high - AOL News\n", 1)
    ext = extract(aol_copy, url="https://www.rivertongazette.com/business/coffee")
    assert (ext.publisher, ext.republisher) == ("Reuters", "AOL")


def test_russian_portal_page(extract, dump):
    ext = extract(dump("russian_portal_page"))
    assert ext.title == "В Казани открыли новую линию метро"
    # the <title>'s tail, which the dump's own headline line shows is no part of it
    assert ext.publisher == "Городские новости"
    assert ext.authors == ["Ирина Соколова"] and ext.published_at == "2026-11-20"
    assert len(ext.paragraphs) == 4 and ext.paragraphs[0].startswith("В Казани в пятницу")
    assert [r.title for r in ext.related][1:] == [  # under "Самое читаемое"
        "На трассе М-7 ограничат движение",
        "Синоптики обещают снег на выходных",
    ]
    assert ext.removed["share"] == 1 and ext.removed["navigation"] == 3  # menu, crumbs, tags


def test_bengali_portal_page(extract, dump):
    ext = extract(dump("bengali_portal_page"))
    assert ext.title == "ঢাকায় নতুন মেট্রো লাইনের কাজ শুরু"
    assert ext.published_at == "2026-11-25"  # "প্রকাশ: ২৫ নভেম্বর ২০২৬, ০৯:০০", Bengali digits
    assert ext.authors == []  # "নিজস্ব প্রতিবেদক, ঢাকা": "staff reporter, Dhaka"
    assert len(ext.paragraphs) == 3
    assert [r.title for r in ext.related] == [  # "আরও পড়ুন: ...", then "সর্বাধিক পঠিত"
        "বাসভাড়া বাড়ানোর প্রস্তাব",
        "বিশ্বকাপ বাছাইয়ে জয় পেল বাংলাদেশ",
        "শীতের আগমনী বার্তা",
    ]


def test_turkish_portal_page(extract, dump):
    ext = extract(dump("turkish_portal_page"))
    assert ext.title == "İstanbul'da yeni metro hattı açıldı"
    # menu, tags, share bar, comments and footer make it a full page, not a copy: the
    # menu ("Ana Sayfa Gündem ..."), the tags and the log-in prompt leave
    assert len(ext.paragraphs) == 3 and ext.paragraphs[0].startswith("İstanbul'da yapımı")
    assert [r.title for r in ext.related] == ["Köprü ve otoyol ücretlerine zam"]
    assert ext.removed["comments"] == 2 and ext.removed["navigation"] == 2


def test_indonesian_portal_page(extract, dump):
    ext = extract(dump("indonesian_portal_page"))
    # "Rina Kusuma, Jurnalis · Rabu 25 November 2026 10:15 WIB": a name, its role, a date
    assert ext.authors == ["Rina Kusuma"]
    assert ext.published_at == "2026-11-25T10:15:00+07:00"
    assert len(ext.paragraphs) == 4 and ext.paragraphs[0].startswith("JAKARTA - Harga beras")


def test_chinese_wire_copy(extract, dump):
    ext = extract(dump("chinese_wire_copy"))
    assert ext.title == "我国成功发射新一代气象卫星"
    # "2026-11-25 10:30:15　来源：新华社　作者：李明": date, source and author in one strip
    assert ext.authors == ["李明"] and ext.published_at == "2026-11-25"
    assert [r.title for r in ext.related] == ["风云卫星数据服务全球一百多个国家"]  # 【相关阅读】
    assert len(ext.paragraphs) == 3  # no "责任编辑：王芳", no "分享到：微信 微博 QQ"
    assert ext.removed["share"] == 1


def test_a_chinese_portals_source_field_names_the_paper(extract):
    body = [
        "昨天下午，一场暴雨袭击市区，多条道路出现积水，部分公交线路临时绕行。",
        "气象部门表示，今天仍有中到大雨，提醒市民注意出行安全。",
    ]
    text = "\n".join(
        ["暴雨致多条道路积水 市民出行受影响", "2026-03-04 08:30:12　来源: 江城晚报", *body]
    )
    ext = extract(text)
    assert ext.publisher == "江城晚报"
    assert ext.paragraphs == body


def test_polish_portal_page(extract, dump):
    ext = extract(dump("polish_portal_page"))
    assert ext.title == "Rząd przyjął projekt budżetu na 2027 rok"
    assert ext.paragraphs[-1].startswith("Sejm ma zająć się")  # no "Źródło: PAP", no form
    assert ext.publisher == "PAP"  # "Źródło: PAP", the portal's name is in its <title>
    assert ext.removed["comments"] == 2  # "Komentarze (34)", "Dodaj komentarz"


def test_a_title_tail_that_names_no_site_gives_no_publisher(extract):
    body = "The council met on Tuesday and agreed the budget after a long debate on roads."
    for tail in ("Page 2", "Opinion"):
        ext = extract(f"Council agrees the budget | {tail}\n\nCouncil agrees the budget\n\n{body}")
        assert ext.title == "Council agrees the budget" and ext.publisher is None


def test_arabic_portal(extract, dump):
    ext = extract(dump("arabic_portal"))
    assert ext.title == "الحكومة تعلن خطة جديدة لدعم الطاقة الشمسية"
    assert ext.published_at == "2025-11-25"  # "25 نوفمبر 2025"
    assert len(ext.paragraphs) == 3
    assert ext.removed["share"] == 1 and ext.removed["related"] == 2  # label and headline
    assert [r.title for r in ext.related] == ["ارتفاع أسعار الوقود للمرة الثالثة"]
    assert ext.authors == ["أحمد علي"]  # a name beside the date, its words said once


def test_writer_signing_off_under_the_story(extract, dump):
    ext = extract(dump("vietnamese_sign_off"))
    assert ext.authors == ["Nguyễn Văn An"]  # the name alone under the last paragraph
    assert ext.published_at == "2025-11-25T09:15:00+07:00"  # "09:15 (GMT+7)"
    assert [r.title for r in ext.related] == ["Giá vé tàu điện sẽ giảm vào cuối tuần"]
    assert len(ext.paragraphs) == 2
    assert ext.paragraphs[-1].startswith("Theo kế hoạch")
    # A byline above the story wins; a name ending a one-paragraph copy stays.
    body = "The council approved the new budget on Monday after a long debate in the chamber."
    assert extract(f"Budget approved\n\nBy Jane Roe\n\n{body}\n\nJohn Smith").authors == [
        "Jane Roe"
    ]
    assert extract(f"Budget approved\n\n{body}").paragraphs == [body]
    # A place or an outlet closing the copy is no sign-off: its words are common words.
    closing = extract(f"Budget approved\n\n{body}\n\nA new start for the city.\n\nNew City")
    assert closing.authors == [] and closing.paragraphs[-1] == "New City"


def test_interview_credits_in_other_languages(extract, dump):
    ext = extract(dump("german_interview"))
    assert ext.authors == ["Anna Müller"]  # "Das Gespräch führte Anna Müller"
    assert ext.published_at == "2025-11-25"
    assert sum(p.startswith("SPIEGEL: ") for p in ext.paragraphs) == 2
    assert ext.paragraphs[-1].startswith("Weber: Wir vereinfachen")
    body = "\n\nLa ministre répond à nos questions sur le logement et les loyers cette semaine."
    assert extract("Entretien\n\nPropos recueillis par Claire Martin" + body).authors == [
        "Claire Martin"
    ]


def test_dates_under_related_headlines_are_no_headlines(extract, dump):
    ext = extract(dump("turkish_full_page"))
    assert ext.title == "Merkez Bankası faizi sabit tuttu"
    assert ext.authors == ["Ahmet Yılmaz"]
    assert ext.published_at == "2025-11-25"
    assert [r.title for r in ext.related] == [
        "Dolar güne yükselişle başladı",
        "Altın fiyatlarında son durum",
        "Asgari ücret için ilk toplantı yapıldı",
    ]
    assert len(ext.paragraphs) == 3 and ext.paragraphs[-1].startswith("Ekonomistler")
    body = "The harbour was closed on Monday as a storm brought strong winds to the coast."
    text = (
        f"Storm closes the harbour\n\n{body}\n\nMost read\n"
        "New bakery opens in the old town\n2 hours ago\n"
        "Council approves the budget for next year\n5 hours ago"
    )
    ext = extract(text)
    assert ext.paragraphs == [body]
    assert [r.title for r in ext.related] == [
        "New bakery opens in the old town",
        "Council approves the budget for next year",
    ]


def test_one_story_email_newsletter_takes_the_story_headline(extract):
    text = (
        "Evening Harbour Notes\n\n"
        "Hello readers. Tonight we have a single story for you.\n\n"
        "Ferry service to the islands resumes after storm\n\n"
        "The ferry to the outer islands will sail again on Thursday morning, the harbour "
        "office said, after three days in which the storm kept every boat in port.\n\n"
        "Islanders who missed appointments on the mainland will be given seats first.\n\n"
        "You are receiving this email because you subscribed to Evening Harbour Notes.\n"
        "Unsubscribe | Manage preferences\n"
        "Harbour Media, 4 Quay Road, Porthaven\n"
    )
    ext = extract(text)
    assert ext.title == "Ferry service to the islands resumes after storm"
    assert ext.paragraphs[0].startswith("The ferry to the outer islands")
    assert ext.paragraphs[-1].startswith("Islanders who missed")


def test_german_blog_post_footer_names_the_author_and_leaves(extract):
    body = (
        "Die Stadtbibliothek hat am Montag ihre neue Leseecke für Kinder eröffnet, die mit "
        "Spenden aus dem Viertel eingerichtet wurde und ab sofort täglich geöffnet ist."
    )
    text = (
        f"Neue Leseecke in der Stadtbibliothek\n\n{body}\n\n"
        "Eingestellt von Petra Winkler um 21:11\n\nKeine Kommentare:"
    )
    ext = extract(text)
    assert ext.authors == ["Petra Winkler"]
    assert ext.paragraphs == [body]
    assert ext.removed["byline"] == 1 and ext.removed["comments"] == 1


def test_dump_with_every_text_node_on_its_own_line(extract, dump):
    # A scraper's get_text("\n"): links and bold words are lines of their own, so the
    # sentences around them are split into pieces that have to be joined again.
    ext = extract(dump("node_per_line_scrape"))
    assert ext.title == "Ferry service to resume after storm repairs"
    assert ext.authors == ["Lena Marsh"]
    assert ext.paragraphs[0] == (
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said on Monday, after three weeks of repairs to the landing stage "
        "damaged in February's storm."
    )
    assert ext.paragraphs[1].endswith(
        "The work cost about £1.2 million, according to the authority."
    )
    assert ext.paragraphs[2].startswith('"We know how much people on the island rely on')
    assert "crossing,\" said Tom Oduya, the authority's operations director." in ext.paragraphs[2]
    assert len(ext.paragraphs) == 4
    assert [link.title for link in ext.related] == [
        "Storm damage bill passes £10m",
        "Bayside school reopens after flooding",
    ]


def test_page_flattened_onto_one_line(extract):
    # trafilatura's html2txt or get_text(" "): the whole page on one line, menus and all.
    page = (
        "Home News Sport Weather Business Culture Ferry service to resume after storm repairs "
        "By Lena Marsh March 4, 2024 The ferry between Port Ellis and Bayside will run again "
        "from Friday, the harbour authority said on Monday. Engineers replaced two of the "
        "pontoons and rebuilt the ramp at a cost of about £1.2 million. "
        + "The first sailing leaves at six in the morning and the last at ten at night, the "
        "authority said in a statement on its website. "
        * 6
        + "Related Storm damage bill passes £10m Bayside school reopens after flooding "
        "Share this article Facebook Twitter Privacy | Terms of use | Contact us "
        "© 2024 Harbour Gazette"
    )
    ext = extract(page)
    # Without the page's <title> at its start, no piece is taken for the title: the cuts
    # fall anywhere, and on real pages the piece above the byline is rarely the headline.
    assert ext.title is None
    assert ext.authors == ["Lena Marsh"]
    assert ext.published_at == "2024-03-04"
    assert ext.paragraphs[0].startswith("The ferry between Port Ellis and Bayside")
    assert ext.paragraphs[-1].startswith("The first sailing leaves at six")
    assert len(ext.paragraphs) == 3  # the repeated sentence once
    assert not any("Home News" in p or "Harbour Gazette" in p for p in ext.paragraphs)


def _source_spaced_page(article: list[str]) -> str:
    """A page as BeautifulSoup's get_text("\\n") gives it: the blank lines of the HTML
    source's indentation around every menu item and teaser, none between paragraphs."""
    menu = ["Home", "News", "Local", "Sport", "Weather", "Business", "Culture", "Travel"]
    towns = ["Ashford", "Bexley", "Crawley", "Dorking", "Epsom", "Farnham", "Guildford"]
    teasers = [
        f"The council in {town} voted on Tuesday to spend more on the roads of the town "
        "next year, officials said."
        for town in towns
    ]
    gap = "\n\n\n\n"
    return (
        gap.join(menu)
        + gap
        + "Bridge to reopen after a year of repairs"
        + gap
        + "\n".join(article)
        + gap
        + gap.join(
            item
            for town, teaser in zip(towns, teasers, strict=True)
            for item in (f"More from {town}", teaser)
        )
        + gap
        + gap.join(["About us", "Contact", "Privacy", "Terms", "Jobs", "Advertise"])
    )


def test_blank_lines_of_a_source_spaced_dump_do_not_make_paragraphs(extract):
    # In a node-per-line dump the page source's indentation puts blank lines around
    # menu items and teasers, while an article's <p>s often follow one another with
    # no blank line: the article's paragraphs packed in one block are still the text.
    article = [
        "The old bridge over the river will reopen to traffic on Monday, the county said, "
        "after a year of repairs to its arches and the road over them.",
        "Engineers replaced the stone of two arches and laid a new road surface, and the "
        "work came in under its budget of four million pounds.",
        "Buses will use the bridge again from the first day, and the temporary ferry that "
        "carried people across the river during the works will stop running.",
    ]
    ext = extract(_source_spaced_page(article))
    assert ext.paragraphs == article


def test_a_source_spaced_dump_joins_sentences_split_at_links(extract):
    # The same scraper splits a sentence at each link, though no piece of this page
    # opens with a comma or a full stop: the source's blank lines tell the style.
    article = [
        "The old bridge over the river will reopen to traffic on Monday, the county said, "
        "after a year of repairs to its arches and the road over them.",
        "Engineers replaced the stone of",
        "two arches",
        "and laid a new road surface, and the work came in under its budget of four "
        "million pounds.",
        "Buses will use the bridge again from the first day, and the temporary ferry that "
        "carried people across the river during the works will stop running.",
    ]
    ext = extract(_source_spaced_page(article))
    assert ext.paragraphs == [article[0], " ".join(article[1:4]), article[4]]


def test_a_node_per_line_dump_keeps_a_bold_label_with_its_text(extract):
    # "<li><b>Check the tyres:</b> look for ...</li>": the label is a node of its own.
    article = [
        "Before a long drive in winter, a few checks take ten minutes and can save a day "
        "spent waiting for a breakdown truck on the side of the road.",
        "Check the tyres:",
        "Look for a tread of at least three millimetres and for cuts in the side walls.",
        "Test the battery:",
        "Most garages test it for free, and a battery older than five years may fail.",
        "Pack a kit:",
        "A blanket, a torch, water and a charged phone are worth their place in the boot.",
    ]
    ext = extract(_source_spaced_page(article))
    assert ext.paragraphs == [
        article[0],
        "Check the tyres: Look for a tread of at least three millimetres and for cuts in "
        "the side walls.",
        "Test the battery: Most garages test it for free, and a battery older than five "
        "years may fail.",
        "Pack a kit: A blanket, a torch, water and a charged phone are worth their place "
        "in the boot.",
    ]


def test_a_label_line_keeps_its_own_line_in_a_dump_of_paragraphs(extract):
    text = (
        "Winter driving checks\n\nBefore a long drive in winter, a few checks take ten "
        "minutes.\nCheck the tyres:\nLook for a tread of at least three millimetres."
    )
    assert extract(text).paragraphs[1:] == [
        "Check the tyres:",
        "Look for a tread of at least three millimetres.",
    ]


def test_teasers_after_the_article_on_a_one_line_page_go(extract):
    # Flattened, a teaser's label, headline and section run together into one short
    # piece before its sentence: each such piece stands for several lines of the page.
    article = (
        "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said on Monday, after three weeks of repairs to the landing stage. "
        "Engineers replaced two of the pontoons and rebuilt the ramp at a cost of about "
        "£1.2 million, and the work was finished two days earlier than planned. "
        "The first sailing leaves at six in the morning and the last one at ten at night, "
        "and the timetable will be the same as before the storm closed the service. "
    )
    teasers = [
        (
            "ON THE MOVE",
            "New Bus Route Links The Two Harbours",
            "Transport",
            "The route will run every half hour and stop at the station and the hospital.",
        ),
        (
            "SCHOOLS",
            "Bayside School Reopens After The Floods",
            "Education",
            "Pupils returned on Monday to classrooms that were dried out and painted again.",
        ),
        (
            "WEATHER",
            "Another Storm Is Expected On The Coast",
            "Weather",
            "Forecasters said that the winds may reach ninety kilometres an hour on Sunday.",
        ),
        (
            "MARKETS",
            "Fish Prices Rise At The Morning Auction",
            "Business",
            "Buyers paid more for cod and haddock as the boats stayed in port for a week.",
        ),
    ]
    page = (
        "Home News Sport Weather Business Culture Ferry service to resume after storm "
        "repairs By Lena Marsh March 4, 2024 "
        + article
        + "More Stories "
        + " ".join(
            f"{label} {headline} {section} {text}" for label, headline, section, text in teasers
        )
        + " Privacy | Terms of use | Contact us"
    )
    ext = extract(page)
    assert " ".join(ext.paragraphs) + " " == article


def test_comment_thread_under_a_one_line_blog_post_goes(extract):
    post = (
        "Our goal with these open threads is to give readers a place to raise questions about "
        "our work and the charities we recommend, and we read every one of them. "
        "As always, you are also welcome to write to us or to ask for a call with our staff "
        "if you would rather not post your question in public. "
        "We will try to answer the questions and comments below within a few days. "
        "You can also read the questions from our last open thread and our answers to them. "
    )
    thread = (
        "Milan Roe on March 12, 2024 at 4:47 pm said: Any update on how the new paper on "
        "cash transfers will change your view of the program, and when will you publish it? "
        "Catherine on March 13, 2024 at 5:23 pm said: Hi Milan, we have not yet read the "
        "paper closely, but we plan to look at it as part of our review at the end of the "
        "year, and we will write about what we find on this blog when that review is done. "
        "Alex on March 17, 2024 at 6:34 am said: I read your report on the road safety "
        "program and did not see any estimate of what slower buses cost the people who ride "
        "them every day, which seems to me a cost that the report should weigh as well. "
    ) * 2
    page = (
        "Home About Research Top Charities Blog Donate "
        + post
        + "Posted in Open thread Permalink 6 Comments Previous Post Next Post "
        + thread
        + "Privacy | Contact"
    )
    ext = extract(page)
    assert " ".join(ext.paragraphs) + " " == post


def test_headlines_run_together_after_a_flattened_article_stay_out(extract):
    # On a page flattened onto one line, the headlines of other stories side by side run
    # into one long piece that ends no sentence: it adds nothing to the article's run.
    page = (
        "Home News Sport Weather Ferry service to resume after storm repairs "
        "By Lena Marsh March 4, 2024 "
        + "The ferry between Port Ellis and Bayside will run again from Friday, the harbour "
        "authority said on Monday, after engineers replaced two of the pontoons. "
        * 8
        + "Council approves a new budget for the harbour and the schools of the town "
        "Bayside school reopens after the flooding of the spring and the summer "
        "Police search for the owner of a lost dog in the park of Ashford "
        "| Privacy | Terms of use | Contact us © 2024 Harbour Gazette"
    )
    ext = extract(page)
    assert ext.paragraphs and ext.paragraphs[0].startswith("The ferry between Port Ellis")
    assert not any("Council approves" in p or "lost dog" in p for p in ext.paragraphs)


def test_a_caption_split_at_its_inline_tags_does_not_cut_off_the_first_paragraph(extract):
    # In a dump that keeps the page source's blank lines, a caption's title, year and
    # credit (one <figcaption> with <em> and <span> inside) stand on three lines of one
    # block: together they cost about one short line, not three.
    article = [
        "For over a year the town museum has tried to buy an old painting of the harbour for "
        "its collection. Now a local firm has given it the money it still lacked, and the "
        "painting will come home to the town where it was made two hundred years ago.",
        "View of the Harbour at Dawn,",
        "(1761).",
        "Courtesy Town Museum",
        *(
            f"The painting, the museum said on {day}, will hang in the main hall from the "
            "spring, beside the other works the town has bought over the last ten years."
            for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
        ),
    ]
    ext = extract(_source_spaced_page(article))
    assert ext.paragraphs[0].startswith("For over a year the town museum")


def test_a_recipes_step_labels_keep_its_steps_in_the_text(extract):
    # "Schritt 1", "Schritt 2" ... on lines of their own, each over a short step: the
    # labels are the text's own headings, not a menu between teasers.
    steps = [
        "Den Ofen vorheizen.",
        "Mehl, Zucker und Butter verkneten.",
        "Den Teig kurz kühlen.",
        "Die Äpfel schälen und in Spalten schneiden.",
        "Alles in die Form geben und backen.",
    ]
    page = "\n\n".join(
        [
            "Rezepte",
            "Backen",
            "Kochen",
            "Apfelkuchen vom Blech",
            "Ein einfacher Kuchen für den Herbst, der mit den Äpfeln aus dem eigenen Garten "
            "am besten schmeckt und sich gut vorbereiten lässt, wenn Gäste kommen.",
            *(f"Schritt {k}\n\n{step}" for k, step in enumerate(steps, 1)),
            "Impressum",
            "Datenschutz",
            "Kontakt",
        ]
    )
    ext = extract(page)
    assert "Alles in die Form geben und backen." in ext.paragraphs
    assert "Schritt 3" in ext.paragraphs


def test_numbers_of_a_flattened_listicles_headings_keep_its_sections(extract):
    # "<h3>2. Pay Yourself First</h3>" flattened onto one line: the cut at the sentence
    # end before it leaves "2." alone; the numbers 1, 2, 3 ... with text between them are
    # the listicle's headings, not short menu pieces that cost its last section.
    tips = [
        "Pay Yourself First That means putting some money into savings on the day you are paid.",
        "Automate Savings Set it up once and the bank moves the money for you every month.",
        "Keep an Emergency Fund It should cover at least three months of rent and food.",
        "Cut Subscriptions Cancel the ones you have not used for a month or more.",
        "Shop With a List It stops the small buys that add up to a lot over a year.",
        "Cook at Home A meal you make yourself costs a third of one you order in.",
        "Sell What You Do Not Use The old bike in the shed is worth more to someone else.",
        "Compare Energy Tariffs Switching once a year can save a family a good sum.",
        "Wait a Day Before Buying Most of the things we want at once we forget by morning.",
        "Track Every Expense Write down what you spend for a month and look at it then.",
    ]
    page = (
        "Home Blog Savings Money Tips Budget Planner Newsletter Ten Ways to Save Money "
        "Saving money is hard when prices rise faster than wages, and many people give up "
        "before they have started. Here are the habits that helped our readers most. "
        + " ".join(f"{k}. {tip}" for k, tip in enumerate(tips, 1))
        + " Share Facebook Twitter Privacy | Terms | Contact © 2024 Penny Post"
    )
    ext = extract(page)
    assert ext.paragraphs[-2:] == ["10.", tips[-1]]


def test_russian_portal(extract, dump):
    ext = extract(dump("russian_portal"))
    assert ext.title == "Правительство утвердило программу модернизации пригородных поездов"
    assert ext.authors == ["Анна Смирнова"]  # "Автор: ..."
    assert ext.published_at == "2026-11-26"
    assert ext.related[0].title == "Тарифы на проезд в электричках вырастут с января"
    assert len(ext.paragraphs) == 3
    assert ext.captions == ["Новый электропоезд на вокзале. Фото: пресс-служба"]


def test_german_wire_story_on_a_portal(extract, dump):
    ext = extract(dump("german_wire_on_portal"))
    assert ext.authors == ["Lena Hoffmann", "Tobias Kern"]
    # A full page (menu, share bar, comments, footer): the standfirst over the byline
    # stays out of the body, as on every full page.
    assert ext.paragraphs[0].startswith("Hamburg (dpa) - Die Deutsche Bahn")
    assert ext.paragraphs[-1].startswith("Der Fahrgastverband Pro Bahn")
    # The sign-in prompt under the comments header is the form's, not the story's.
    assert ext.removed["comments"] == 2


def test_a_headline_shown_twice_under_a_strip_of_menu_words(extract, dump):
    ext = extract(dump("blog_platform_header"))
    # "Sitemap", "Open in app", "Sign up", "Write": no headline; the doubled line is.
    assert ext.title == "Why Our Team Stopped Using Microservices"
    assert ext.authors == ["Jane Doe"]
    assert ext.removed["repeated_title"] == 1
    assert ext.paragraphs[0].startswith("Three years ago we split our monolith")


def test_czech_match_report_update_line(extract, dump):
    ext = extract(dump("czech_sport"))
    assert ext.authors == ["Tomáš Dvořák"]
    assert (ext.published_at, ext.modified_at) == ("2025-11-24", "2025-11-25")  # "Aktualizováno"
    assert [r.title for r in ext.related] == [
        "Plzeň ztratila body v Olomouci",
        "Hokejisté Třince prohráli v prodloužení",
    ]


def test_danish_court_report(extract, dump):
    ext = extract(dump("danish_court"))
    assert ext.authors == ["Mette Sørensen"]  # "Af Mette Sørensen"
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")  # "Opdateret"
    assert [r.title for r in ext.related] == ["Politiet advarer mod falske sms'er"]  # "Læs også:"
    assert len(ext.paragraphs) == 4


def test_finnish_weather_warning_update_after_a_bar(extract, dump):
    ext = extract(dump("finnish_weather"))
    assert ext.authors == ["Liisa Virtanen"]
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")  # "Päivitetty"
    assert ext.paragraphs[-1].startswith("Myrsky heikkenee keskiviikkona")


def test_ukrainian_portal(extract, dump):
    ext = extract(dump("ukrainian_portal"))
    assert ext.authors == ["Олена Коваленко"]
    assert ext.published_at == "2025-11-25"  # "25 листопада 2025"
    assert [r.title for r in ext.related] == ["НБУ зберіг облікову ставку"]  # "Читайте також:"
    assert len(ext.paragraphs) == 3


def test_catalan_product_review(extract, dump):
    ext = extract(dump("catalan_review"))
    assert (ext.published_at, ext.modified_at) == ("2025-11-25", "2025-11-25")  # "Actualitzat el"
    assert [r.title for r in ext.related] == ["Els millors auriculars sense fil de l'any"]
    assert ext.paragraphs[-1].startswith("Veredicte:")


def test_thai_portal_lines_without_word_spaces_are_prose(extract, dump):
    ext = extract(dump("thai_portal"))
    assert ext.title == "ครม. อนุมัติงบประมาณแก้ปัญหาน้ำท่วมภาคใต้"
    assert ext.paragraphs[-3].startswith("คณะรัฐมนตรีมีมติ")  # a line with a space
    assert ext.paragraphs[-1].startswith("กรมอุตุนิยมวิทยา")  # one long phrase, no space


def test_podcast_page_host_is_the_byline(extract, dump):
    ext = extract(dump("podcast_page"))
    assert ext.title == "The Long Game, Episode 48: Why cities are ripping out highways"
    assert ext.authors == ["Sarah Mitchell"]  # "Hosted by Sarah Mitchell"
    assert ext.paragraphs[0].startswith("SARAH MITCHELL: Welcome back")
    assert ext.paragraphs[-1].startswith("This transcript was generated automatically")


def test_magazine_feature_drop_cap_issue_date_and_print_note(extract, dump):
    ext = extract(dump("magazine_feature"))
    assert ext.title == "The last lighthouse keeper"
    assert ext.authors == ["Anna Berg"]
    assert ext.published_at is None  # "November 2026" names the issue, not a day
    assert ext.paragraphs[1].startswith("The boat leaves at six")  # the drop cap "T" joined
    assert "November 2026" not in ext.paragraphs
    assert ext.removed["print_edition"] == 1


def test_finnish_page_with_its_title_and_headline_under_a_menu(extract, dump):
    ext = extract(dump("finnish_power_prices"))
    # one-word menu lines, then "Headline | Site" over the headline: the doubled headline
    assert ext.title == "Sähkön hinta nousee jyrkästi Etelä-Suomessa"
    assert ext.publisher == "Pohjolan Sanomat"
    assert ext.authors == ["Matti Virtanen"]  # not the "Jaa Facebookissa" button under it
    assert (ext.published_at, ext.modified_at) == ("2026-11-26", "2026-11-27")
    # share buttons with the network in Finnish case ("Facebookissa", "X:ssä"), "Mainos"
    # (advertisement), the comments' header and sign-in prompt
    assert ext.removed["share"] == 3
    assert ext.removed["advertisement"] == 1
    assert ext.removed["comments"] == 2
    assert [r.title for r in ext.related] == [
        "Näin säästät sähköä talvella",
        "Hallitus harkitsee uutta sähkötukea",
    ]
    assert len(ext.paragraphs) == 4


def test_menu_words_over_a_copys_headline_leave(extract, dump):
    ext = extract(dump("menu_over_doubled_headline"))
    assert ext.title == "Power prices soar in the south"
    assert ext.publisher == "Northern Herald"  # "Headline | Northern Herald" over it
    assert ext.removed["navigation"] == 3  # "Home", "News", "Sport"
    assert ext.paragraphs[0].startswith("Cold and calm weather")
    assert len(ext.paragraphs) == 5


def test_a_kicker_under_the_title_line_and_a_feedback_form_leave(extract, dump):
    ext = extract(dump("kicker_and_feedback_form"))
    assert ext.title == "School district to extend the academic year by five days"
    # "Education" between the title line and the headline shown under it
    assert ext.removed["navigation"] == 1
    # the summary box stays, its AI note goes
    assert ext.paragraphs[:2] == [
        "Key Points",
        "The district will add five instructional days starting next fall.",
    ]
    assert not any("generated by AI" in p for p in ext.paragraphs)
    # "Was this article helpful?", "Yes", "No", "Thank you for your feedback!"
    assert ext.removed["comments"] == 4
    assert ext.paragraphs[-1].startswith("Teachers will be paid")
    assert len(ext.paragraphs) == 8


def test_a_portals_preferred_source_button_and_footer_links_leave(extract, dump):
    ext = extract(dump("portal_copy_with_footer_links"))
    assert ext.removed["share"] == 1  # "Add Yahoo as a preferred source on Google"
    assert ext.removed["copyright"] == 2  # "Terms and Privacy Policy", "Privacy Dashboard"
    assert [r.title for r in ext.related] == [
        "Airline stocks slide as fuel prices climb",
        "Travelers face long lines ahead of Thanksgiving",
    ]
    assert ext.paragraphs[0].startswith("A nationwide software outage")
    assert len(ext.paragraphs) == 4


def test_a_french_copy_with_its_site_name_over_the_headline_and_a_metered_wall(extract, dump):
    ext = extract(dump("french_metered_copy"))
    assert ext.title == "Grève à la SNCF : le trafic fortement perturbé ce jeudi"
    assert ext.authors == ["Julien Marchand"]
    body = "\n".join(ext.paragraphs)
    # the site's name and the section between the title line and the headline, the gift
    # button, the metered wall's count
    for furniture in ("Le Quotidien du Centre", "Société", "Offrir cet article", "Vous avez lu"):
        assert furniture not in body
    assert any(
        p.startswith("Le trafic ferroviaire sera fortement perturbé") for p in ext.paragraphs
    )
    assert ext.paragraphs[-1].startswith("« Nous n'avons pas eu d'autre choix »")


def test_an_aggregators_credit_line_names_the_writer(extract):
    body = [
        "The city council voted 7-2 on Tuesday to approve a network of protected bike lanes"
        " across the downtown core, ending months of debate.",
        "Construction is expected to begin in the spring and take about eighteen months.",
    ]
    for credit, authors in (
        ("The Riverside Herald - Maria Lopez • 2d", ["Maria Lopez"]),
        ("Maria Lopez • 5h", ["Maria Lopez"]),
    ):
        ext = extract("City council approves new bike lanes\n" + credit + "\n" + "\n".join(body))
        assert ext.authors == authors, credit
        assert ext.paragraphs == body, credit


def test_a_portals_german_story_credit_and_more_for_you_header(extract):
    # MSN's "Story by X • 3h" and "More for you" as the German page words them.
    body = [
        "Die Gewerkschaft der Lokführer hat für Donnerstag erneut zu einem bundesweiten Streik"
        " aufgerufen. Die Deutsche Bahn rechnet mit massiven Ausfällen im Fernverkehr.",
        "Der Streik soll am Mittwochabend im Güterverkehr beginnen und am Donnerstagmorgen auf"
        " den Personenverkehr ausgeweitet werden.",
    ]
    text = "\n".join(
        [
            "Lokführer streiken erneut: Bahn erwartet massive Ausfälle",
            "Geschichte von Jonas Weber • 3 Std.",
            *body,
            "Mehr für Sie",
            "Neue Regeln für Mietpreise in Großstädten beschlossen",
        ]
    )
    ext = extract(text)
    assert ext.authors == ["Jonas Weber"]
    assert ext.paragraphs == body


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("Histoire de Jean Dupont", "Jean Dupont"),
        ("Historia de Ana Gómez", "Ana Gómez"),
        ("Storia di Marco Rossi", "Marco Rossi"),
        ("História de Ana Souza", "Ana Souza"),
    ],
)
def test_a_portals_story_credit_in_romance_languages(extract, credit, author):
    # MSN's "Story by X", its age between bullets on the next line
    body = [
        "Le conseil municipal a adopté mardi soir le budget de la ville pour l'année"
        " prochaine, après trois heures de débat.",
        "L'opposition a voté contre, dénonçant une hausse des tarifs de la cantine.",
    ]
    ext = extract("\n".join(["Le budget adopté après trois heures", credit, "• 3 h •", *body]))
    assert ext.authors == [author]
    assert ext.paragraphs == body


def test_portuguese_copy_titled_with_its_section(extract, dump):
    ext = extract(dump("portuguese_copy_section_title_read_more"))
    # " | Notícias" names the site's section, no republisher; "Leia mais em GZH" the publisher
    assert (ext.publisher, ext.republisher) == ("GZH", None)
    assert ext.captions == []  # the photo's credit alone, printed twice, is no caption
    assert len(ext.paragraphs) == 4


def test_arabic_copy_read_more_from_its_publisher(extract, dump):
    ext = extract(dump("arabic_copy_read_more_from"))
    assert ext.publisher == "الشرق الأوسط"  # "اقرأ المزيد من الشرق الأوسط" (read more from X)
    assert ext.removed["read_more"] == 1
    assert ext.paragraphs[-1].startswith("وأشار المحللون")  # the line under it left
    assert ext.captions == ["منصة نفطية في بحر الشمال (رويترز)"]


def test_first_published_note_under_the_body_dates_the_story(extract, dump):
    ext = extract(dump("indian_business_page_published_below"))
    # the header holds only "Updated: ... IST"; "First Published: ..." stands under the text
    assert ext.published_at == "2026-11-29T10:15:00+05:30"
    assert ext.modified_at == "2026-11-29T11:42:00+05:30"
    assert len(ext.paragraphs) == 4  # no "(With inputs from PTI)", no app promotion
    # a publication note dated after the update is another story's
    later = dump("indian_business_page_published_below").replace(
        "First Published: 29 Nov 2026", "First Published: 30 Nov 2026"
    )
    assert extract(later).published_at is None
