"""Made-up articles in the styles that broke quote attribution on real news pages.

Each article is invented; each one carries the shapes found when the enrichment was read
beside real article bodies from many sites (wire copy, press releases, British and
American papers, sports reports, listings): long role phrases before a name, appositions
with commas inside, "said ORGANISATION role NAME", listeners after "told", coordinated
verbs, "it said" for an organisation, a short reply before a longer quote, "?" then an
unknown name, a colon that introduces the next quote, a closing mark after a space, a
nested quote closing a sentence, and titles of works, slogans and signs in quote marks;
and, from a second round on other pages, a firm opening the sentence before "she says",
an apposition left open before "told us", "a resident of X village under Y, told", job
titles before a name ("UX Designer X"), "X of Brightline.org.", "confesses", "points out",
an award and a town name that is also a word; a line naming the expert over the
paragraph the quote opens (a round-up), code in quote marks.
Same annotation scheme as ``articles.py``; bench-enrich reports the set on its own.
"""

from __future__ import annotations

from typing import Any

REAL_STYLES: list[dict[str, Any]] = [
    {
        "id": "real-styles-science-wire",
        "title": "Frozen ocean likely beneath crust of distant moon, study finds",
        "paragraphs": [
            "Astronomers say they have found the clearest sign yet of a frozen ocean beneath the crust of a distant moon.",
            "\u201cThe signal is faint, but it is there every time we look,\u201d senior author and Halvorsen Observatory planetary geologist Miriam Osei said in a statement.",
            "\u201cWe would like to be wrong about this, because a dry moon would be far simpler to explain,\u201d Tobias Lindqvist, a research fellow at the Kepler Institute in Graz, Austria, and co-author of the study, said on Monday.",
            "Osei and her colleagues wrote in the paper that \u201cthe data cannot be explained by surface frost alone.\u201d",
            "A spokesperson for the institute said in an email that \u201cthe team will present the findings at a meeting in March and has no further comment until then.\u201d",
            "Lindqvist said he had never liked the label \u201cice world\u201d and added, \u201cEvery moon out there is stranger than the names we give it.\u201d",
        ],
        "quotes": [
            {"text_starts": "The signal is faint", "speaker": "Miriam Osei", "paragraphs": [1]},
            {
                "text_starts": "We would like to be wrong",
                "speaker": "Tobias Lindqvist",
                "paragraphs": [2],
            },
            {
                "text_starts": "the data cannot be explained",
                "speaker": "Miriam Osei",
                "paragraphs": [3],
            },
            {
                "text_starts": "the team will present the findings",
                "speaker": None,
                "paragraphs": [4],
            },
            {
                "text_starts": "Every moon out there",
                "speaker": "Tobias Lindqvist",
                "paragraphs": [5],
            },
        ],
        "not_quotes": ["ice world"],
        "people": ["Miriam Osei", "Tobias Lindqvist"],
        "organisations": ["Halvorsen Observatory", "Kepler Institute"],
        "places": ["Graz", "Austria"],
        "also_ok": [],
    },
    {
        "id": "real-styles-press-release",
        "title": "Norvale Foods to open three bakeries in the Midlands",
        "paragraphs": [
            "Norvale Foods said on Tuesday it would open three new bakeries in the Midlands next year and hire 240 staff.",
            "\u201cWe have spent two years getting the recipes right, and now we want more people to taste them,\u201d says Norvale Foods Co-Founder and Chief Executive Dana Whitlock.",
            "The company will move its flour with Tallis Freight, whose service is \u201cfaster and cheaper than anything we could manage on our own,\u201d says Tallis Freight's Vice President, Irene Bakker.",
            "\u201cAutomation will not replace our bakers, it will take the night shifts off their hands,\u201d said Orbis Robotics chief technology officer Raj Menon, whose firm supplies the ovens.",
            "Harriet Cole, a retail analyst at Greystone, said the plan was \u201cambitious but well timed for a market that is finally growing again.\u201d",
        ],
        "quotes": [
            {
                "text_starts": "We have spent two years",
                "speaker": "Dana Whitlock",
                "paragraphs": [1],
            },
            {
                "text_starts": "faster and cheaper than anything",
                "speaker": "Irene Bakker",
                "paragraphs": [2],
            },
            {
                "text_starts": "Automation will not replace",
                "speaker": "Raj Menon",
                "paragraphs": [3],
            },
            {
                "text_starts": "ambitious but well timed",
                "speaker": "Harriet Cole",
                "paragraphs": [4],
            },
        ],
        "not_quotes": [],
        "people": ["Dana Whitlock", "Irene Bakker", "Raj Menon", "Harriet Cole"],
        "organisations": ["Norvale Foods", "Tallis Freight", "Orbis Robotics", "Greystone"],
        "places": ["Midlands"],
        "also_ok": [],
    },
    {
        "id": "real-styles-council-listener",
        "title": "Mayor defends plan to close two libraries",
        "paragraphs": [
            "The mayor of Eastbridge, Colin Frayne, has defended plans to close two of the town's libraries next spring.",
            "He instead told the Eastbridge Chronicle: \u201cNobody wants to close a library, but the money has simply run out.\u201d",
            "Kestrel Housing, which owns one of the buildings, said it had not been consulted. \u201cWe learned about the closure from a newspaper, which is not how partners should be treated,\u201d it said.",
            "\u201cA library is the last warm room in town that costs nothing to sit in,\u201d campaigner Joan Abara weighed in.",
            "Frayne said the decision was final, warning: \u201cIf we do not find the savings here, we will have to find them in social care.\u201d",
            "Local historian Peter Vance, who has written two books about the town, told the Chronicle that the older library \u201cwas built with money raised by mill workers and deserves better than this.\u201d",
        ],
        "quotes": [
            {
                "text_starts": "Nobody wants to close a library",
                "speaker": "Colin Frayne",
                "paragraphs": [1],
            },
            {
                "text_starts": "We learned about the closure",
                "speaker": "Kestrel Housing",
                "paragraphs": [2],
            },
            {
                "text_starts": "A library is the last warm room",
                "speaker": "Joan Abara",
                "paragraphs": [3],
            },
            {
                "text_starts": "If we do not find the savings",
                "speaker": "Colin Frayne",
                "paragraphs": [4],
            },
            {
                "text_starts": "was built with money raised",
                "speaker": "Peter Vance",
                "paragraphs": [5],
            },
        ],
        "not_quotes": [],
        "people": ["Colin Frayne", "Joan Abara", "Peter Vance"],
        "organisations": ["Eastbridge Chronicle", "Kestrel Housing", "Chronicle"],
        "places": ["Eastbridge"],
        "also_ok": [],
    },
    {
        "id": "real-styles-match-report",
        "title": "Gulls go top after beating Ravens",
        "paragraphs": [
            "The Harbour City Gulls beat the Lakeside Ravens 3-1 on Saturday to go top of the table for the first time this season.",
            "\u201cBrilliant,\u201d Gulls coach Marco Pellegrini said. \u201cThe boys ran until they could not run any more, and they deserved every point.\u201d",
            "\u201cThat was the best we have played all season,\u201d Ravens captain Owen Darby said. \u201cWe just could not finish our chances.\u201d Defender Luis Moreno agreed: \u201cWe gave them two easy goals and you cannot do that at this level.\u201d",
            "\u201cDid you see the second goal?\u201d Kowalczyk asked. \u201cI have never seen a keeper move like that in my life.\u201d",
            "\u201cThat's correct,\u201d Pellegrini said when asked whether the title was now realistic.",
            "\u201cWe will be back stronger next week \u201d Darby said after the match.",
        ],
        "quotes": [
            {"text_starts": "The boys ran until", "speaker": "Marco Pellegrini", "paragraphs": [1]},
            {
                "text_starts": "That was the best we have played",
                "speaker": "Owen Darby",
                "paragraphs": [2],
            },
            {"text_starts": "We just could not finish", "speaker": "Owen Darby", "paragraphs": [2]},
            {
                "text_starts": "We gave them two easy goals",
                "speaker": "Luis Moreno",
                "paragraphs": [2],
            },
            {
                "text_starts": "Did you see the second goal",
                "speaker": "Kowalczyk",
                "paragraphs": [3],
            },
            {
                "text_starts": "I have never seen a keeper",
                "speaker": "Kowalczyk",
                "paragraphs": [3],
            },
            {"text_starts": "That's correct", "speaker": "Marco Pellegrini", "paragraphs": [4]},
            {
                "text_starts": "We will be back stronger next week",
                "speaker": "Owen Darby",
                "paragraphs": [5],
            },
        ],
        "not_quotes": [],
        "people": ["Marco Pellegrini", "Owen Darby", "Luis Moreno", "Kowalczyk"],
        "organisations": ["Harbour City Gulls", "Lakeside Ravens"],
        "places": [],
        "also_ok": ["Gulls", "Ravens"],
    },
    {
        "id": "real-styles-theatre-listings",
        "title": "Riverside Theatre announces spring season",
        "paragraphs": [
            "The Riverside Theatre will stage \u201cThe Lantern Keeper\u2019s Daughter\u201d in April, followed by a revival of \u201cUnder the Copper Sky.\u201d",
            "Its new campaign carries the slogan \u201cCome for the Show, Stay for the Night!\u201d on buses across the city.",
            "Protesters outside the town hall last month held placards reading \u201cSave Our Stages, Fund Our Future.\u201d",
            "The posters for the season carry one line: \u201cBring a friend along.\u201d",
            "\u201cWe wanted a season with a spine,\u201d artistic director Ama Boateng said. \u201cEvery play we chose asks the same question: \u2018Who gets to tell the story?\u2019\u201d",
            "\u201cTickets went faster than we expected, which tells you something about this town,\u201d a theatre spokesperson said.",
            "Stage manager Femi Adeyemi, who has worked at the theatre since 1998, had a simpler answer: \u201cPeople come back when they see themselves on the stage.\u201d",
            '"We sold out the first week without a single advert? " Adeyemi asked. "Nobody here had seen that before."',
        ],
        "quotes": [
            {
                "text_starts": "We wanted a season with a spine",
                "speaker": "Ama Boateng",
                "paragraphs": [4],
            },
            {"text_starts": "Every play we chose", "speaker": "Ama Boateng", "paragraphs": [4]},
            {"text_starts": "Tickets went faster", "speaker": None, "paragraphs": [5]},
            {"text_starts": "People come back when", "speaker": "Femi Adeyemi", "paragraphs": [6]},
            {
                "text_starts": "We sold out the first week",
                "speaker": "Femi Adeyemi",
                "paragraphs": [7],
            },
            {"text_starts": "Nobody here had seen", "speaker": "Femi Adeyemi", "paragraphs": [7]},
        ],
        "not_quotes": [
            "The Lantern Keeper",
            "Under the Copper Sky",
            "Come for the Show",
            "Save Our Stages",
            "Bring a friend along",
        ],
        "people": ["Ama Boateng", "Femi Adeyemi"],
        "organisations": ["Riverside Theatre"],
        "places": [],
        "also_ok": [],
    },
    {
        "id": "real-styles-trade-talks",
        "title": "Ministers fail to agree on fishing quotas",
        "paragraphs": [
            "Fisheries ministers from five countries ended two days of talks in Bergen on Thursday without agreeing on next year's quotas.",
            "Eswin Harlow, a trade economist at Cardwell, said the failure was \u201cpredictable, because nobody at the table could afford to be seen giving ground before an election.\u201d",
            "The authors of a report published in the journal Marine Policy Review argued that the stocks \u201cwill not recover within a decade at the current rate of fishing.\u201d",
            "Norway's delegation said in a statement that it \u201cremains ready to return to the table at any time.\u201d",
            "\u201cWe came here to sign something and we are leaving with nothing,\u201d said Danish minister Karen Holst. She later told reporters: \u201cThe fishermen will pay for this, not the ministers.\u201d",
        ],
        "quotes": [
            {
                "text_starts": "predictable, because nobody",
                "speaker": "Eswin Harlow",
                "paragraphs": [1],
            },
            {"text_starts": "We came here to sign", "speaker": "Karen Holst", "paragraphs": [4]},
            {"text_starts": "The fishermen will pay", "speaker": "Karen Holst", "paragraphs": [4]},
        ],
        "not_quotes": [],
        "people": ["Eswin Harlow", "Karen Holst"],
        "organisations": ["Cardwell", "Marine Policy Review"],
        "places": ["Bergen", "Norway"],
        "also_ok": [],
    },
    {
        "id": "real-styles-small-business-blog",
        "title": "Small shops and the software they never use",
        "paragraphs": [
            "At Corvell Digital, founder Nadia Corvell, sees small shops overspend on software every year. \u201cThey pay for features they will never use,\u201d she says. \u201cThen they spend months learning tools nobody needs.\u201d",
            "\u201cIt is a complicated category for most buyers,\u201d Jon Tarrow, vice president of Tarrow\u2019s Appliance & Security told us during a podcast interview.",
            "Rafi Molla, a resident of Dunmore village under Sorbury Upazila, told reporters, \u201cWe grow all our own vegetables now and sell the rest at the market.\u201d",
            "\u201cThe new layout is easier on the eyes than the old one,\u201d recalls UX Designer Maria Quell. \u201cBut it took us two years to get there.\u201d",
            "\u201cMost clients do not plan early enough for retirement,\u201d said planner Norma Vell of Brightline.org. Vell added that the habit was changing.",
            "Spring came early for the bakery on the corner, which won the Hollis Prentice Award last year.",
            "\u201cI had these ideas for years, but it was never the right time,\u201d Corvell confesses. \u201cEverything here is slow until it is suddenly fast,\u201d Tarrow points out.",
        ],
        "quotes": [
            {"text_starts": "They pay for features", "speaker": "Nadia Corvell", "paragraphs": [0]},
            {
                "text_starts": "Then they spend months",
                "speaker": "Nadia Corvell",
                "paragraphs": [0],
            },
            {
                "text_starts": "It is a complicated category",
                "speaker": "Jon Tarrow",
                "paragraphs": [1],
            },
            {"text_starts": "We grow all our own", "speaker": "Rafi Molla", "paragraphs": [2]},
            {
                "text_starts": "The new layout is easier",
                "speaker": "Maria Quell",
                "paragraphs": [3],
            },
            {
                "text_starts": "But it took us two years",
                "speaker": "Maria Quell",
                "paragraphs": [3],
            },
            {"text_starts": "Most clients do not plan", "speaker": "Norma Vell", "paragraphs": [4]},
            {"text_starts": "I had these ideas", "speaker": "Nadia Corvell", "paragraphs": [6]},
            {"text_starts": "Everything here is slow", "speaker": "Jon Tarrow", "paragraphs": [6]},
        ],
        "not_quotes": [],
        "people": ["Nadia Corvell", "Jon Tarrow", "Rafi Molla", "Maria Quell", "Norma Vell"],
        "organisations": ["Corvell Digital"],
        "places": [],
        "also_ok": [
            "Appliance & Security",
            "Tarrow\u2019s Appliance & Security",
            "Brightline.org",
            "Sorbury Upazila",
            "Dunmore",
            "UX",
        ],
    },
    {
        "id": "real-styles-expert-roundup",
        "title": "What four economists expect for home sales next year",
        "paragraphs": [
            "We asked economists what they are watching in the housing market next year.",
            "Maria Pike, Chief Economist at the Hollis Group",
            "\u201cWe are seeing better conditions for home sales next year, with lower mortgage rates that will qualify more buyers.\u201d",
            "- Prices will rise slowly: \u201cHome price growth will be minimal, about the same as the rate of inflation.\u201d",
            "Marcus Doyle, senior economist",
            "\u201cInventory is about a fifth above last year, so buyers have more choices and less pressure.\u201d",
            'The byte pairs "0x CE 91 0x CE 9F 0x CE A0 0x CE A9" were in the appendix.',
        ],
        "quotes": [
            {"text_starts": "We are seeing better", "speaker": "Maria Pike", "paragraphs": [2]},
            {"text_starts": "Home price growth", "speaker": "Maria Pike", "paragraphs": [3]},
            {"text_starts": "Inventory is about", "speaker": "Marcus Doyle", "paragraphs": [5]},
        ],
        "not_quotes": ["0x CE 91 0x CE 9F"],
        "people": ["Maria Pike", "Marcus Doyle"],
        "organisations": ["Hollis Group"],
        "places": [],
        "also_ok": [],
    },
]
