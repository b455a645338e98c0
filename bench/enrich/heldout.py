"""Held-out made-up articles: written after the rules and never used to tune them.

Same annotation scheme as ``articles.py``; bench-enrich reports them separately so the
figures on text the rules were not fitted to stay visible.
"""

from __future__ import annotations

from typing import Any

HELDOUT: list[dict[str, Any]] = [
    {
        "id": "heldout-us-senate",
        "title": "Senate panel advances water rights bill after tense hearing",
        "paragraphs": [
            "WASHINGTON — A Senate committee on Thursday advanced a bill that would give Western states more say over how water from the Colorado River is shared, after a hearing that exposed deep divisions between farm and city interests.",
            'Senator Ellen Marsh, a Democrat from Nevada who wrote the bill, said the current system "rewards whoever shows up first with a lawyer."',
            '"Las Vegas has cut its use by a quarter since 2002. We are asking other users to do their share, nothing more," Marsh said.',
            'Republican Senator Dale Whitcomb of Wyoming voted for the measure but warned that ranchers in his state feared losing rights they had held for a century. "If this becomes a land grab by the big cities, I will be the first to vote it down on the floor," he said.',
            "According to the Bureau of Reclamation, the river's two largest reservoirs, Lake Mead and Lake Powell, stood at 31 percent of capacity on October 1, 2024.",
            "The bill now goes to the full Senate. A spokesman for Majority Leader Carl Benning said no vote had been scheduled.",
        ],
        "quotes": [
            {
                "text_starts": "rewards whoever shows up first",
                "speaker": "Ellen Marsh",
                "paragraphs": [1],
            },
            {
                "text_starts": "Las Vegas has cut its use",
                "speaker": "Ellen Marsh",
                "paragraphs": [2],
            },
            {
                "text_starts": "If this becomes a land grab",
                "speaker": "Dale Whitcomb",
                "paragraphs": [3],
            },
        ],
        "not_quotes": [],
        "people": ["Ellen Marsh", "Dale Whitcomb", "Carl Benning"],
        "organisations": ["Senate", "Bureau of Reclamation"],
        "places": [
            "Washington",
            "Colorado River",
            "Nevada",
            "Las Vegas",
            "Wyoming",
            "Lake Mead",
            "Lake Powell",
        ],
        "also_ok": [],
    },
    {
        "id": "heldout-uk-tabloid-burglary",
        "title": "Pensioner, 81, fights off burglar with walking stick",
        "paragraphs": [
            "A pensioner fought off a masked burglar with her walking stick after he broke into her bungalow in the middle of the night.",
            "Edna Clarke, 81, woke to find the intruder rifling through her kitchen drawers in Rotherham at around 3am on Tuesday.",
            "She told the Yorkshire Post: 'I was terrified but I thought, I'm not letting him take my late husband's watch. So I gave him a good whack on the arm and he ran off.'",
            "Her son, Michael Clarke, said his mother had always been 'a tough cookie'. He added: 'The police were brilliant, but it should never have come to this. She is 81 years old.'",
            "South Yorkshire Police said a 34-year-old man had been arrested on suspicion of burglary. Detective Sergeant Amy Fenton said: 'This was a frightening experience for a vulnerable woman and we are grateful to her for her quick thinking.'",
        ],
        "quotes": [
            {
                "text_starts": "I was terrified but I thought",
                "speaker": "Edna Clarke",
                "paragraphs": [2],
            },
            {
                "text_starts": "The police were brilliant",
                "speaker": "Michael Clarke",
                "paragraphs": [3],
            },
            {
                "text_starts": "This was a frightening experience",
                "speaker": "Amy Fenton",
                "paragraphs": [4],
            },
        ],
        "not_quotes": ["a tough cookie"],
        "people": ["Edna Clarke", "Michael Clarke", "Amy Fenton"],
        "organisations": ["Yorkshire Post", "South Yorkshire Police"],
        "places": ["Rotherham"],
        "also_ok": [],
    },
    {
        "id": "heldout-health-feature",
        "title": "Why some people never catch the flu",
        "paragraphs": [
            "Every winter, while colleagues fall ill one after another, a few people seem to sail through untouched. Scientists are starting to understand why.",
            "\u201cIt is not luck, and it is not vitamin C,\u201d says Dr Naomi Feld, an immunologist at the University of Edinburgh who has studied flu outbreaks in care homes for a decade.",
            "Her team found that people with strong T-cell responses from earlier infections were far less likely to develop symptoms, even when the virus was detected in their noses.",
            "Prof Samuel Okoro of Imperial College London, who was not involved in the research, called the findings \u201cthe clearest evidence yet that our immune memory does more than antibodies alone.\u201d",
            "Feld cautions against reading too much into one study. \u201cWe looked at fewer than 400 people in Scotland. We need bigger and more diverse groups before anyone changes their vaccine plans,\u201d she says.",
        ],
        "quotes": [
            {"text_starts": "It is not luck", "speaker": "Naomi Feld", "paragraphs": [1]},
            {
                "text_starts": "the clearest evidence yet",
                "speaker": "Samuel Okoro",
                "paragraphs": [3],
            },
            {
                "text_starts": "We looked at fewer than 400 people",
                "speaker": "Naomi Feld",
                "paragraphs": [4],
            },
        ],
        "not_quotes": [],
        "people": ["Naomi Feld", "Samuel Okoro"],
        "organisations": ["University of Edinburgh", "Imperial College London"],
        "places": ["Scotland"],
        "also_ok": [],
    },
    {
        "id": "heldout-au-bushfire",
        "title": "Residents told to leave as bushfire jumps containment lines",
        "paragraphs": [
            "Hundreds of residents in the Blue Mountains west of Sydney were told to evacuate on Saturday after a bushfire jumped containment lines in strong winds.",
            'NSW Rural Fire Service commissioner Rob Keane told ABC Radio the next 12 hours would be critical. "The wind change is coming through this afternoon and it will push the fire towards Katoomba. If you are told to leave, leave now," he said.',
            'Katoomba cafe owner Lisa Tran said she had packed her car on Friday night. "We have been through this before in 2019. You do not wait to see the smoke," Ms Tran said.',
            "Premier Michael Doyle said evacuation centres had been opened in Penrith and Lithgow, and that the state would ask for help from the Australian Defence Force if needed.",
        ],
        "quotes": [
            {"text_starts": "The wind change is coming", "speaker": "Rob Keane", "paragraphs": [1]},
            {
                "text_starts": "We have been through this before",
                "speaker": "Lisa Tran",
                "paragraphs": [2],
            },
        ],
        "not_quotes": [],
        "people": ["Rob Keane", "Lisa Tran", "Michael Doyle"],
        "organisations": ["NSW Rural Fire Service", "ABC Radio", "Australian Defence Force"],
        "places": ["Blue Mountains", "Sydney", "Katoomba", "Penrith", "Lithgow"],
        "also_ok": ["NSW"],
    },
    {
        "id": "heldout-business-merger",
        "title": "Grocers Halden and Brightway agree $6bn merger",
        "paragraphs": [
            "Halden Foods Inc. and Brightway Markets said on Monday they had agreed to merge in a $6 billion deal that would create the third-largest grocery chain in the Midwest.",
            '"Together we can keep prices down at a time when families are feeling every cent at the checkout," Halden chief executive Tom Reyes said in a statement.',
            'Brightway\'s founder, Angela Moss, will become chair of the combined company. She called the deal "the right home for our stores and our people."',
            'The Federal Trade Commission is expected to review the merger. "Any deal that reduces competition in grocery deserves a hard look," said Paul Stein, a former FTC economist now at Georgetown University.',
            "Shares of Halden rose 8 percent in New York.",
        ],
        "quotes": [
            {
                "text_starts": "Together we can keep prices down",
                "speaker": "Tom Reyes",
                "paragraphs": [1],
            },
            {
                "text_starts": "the right home for our stores",
                "speaker": "Angela Moss",
                "paragraphs": [2],
            },
            {
                "text_starts": "Any deal that reduces competition",
                "speaker": "Paul Stein",
                "paragraphs": [3],
            },
        ],
        "not_quotes": [],
        "people": ["Tom Reyes", "Angela Moss", "Paul Stein"],
        "organisations": [
            "Halden Foods Inc.",
            "Brightway Markets",
            "Federal Trade Commission",
            "FTC",
            "Georgetown University",
        ],
        "places": ["Midwest", "New York"],
        "also_ok": ["Halden", "Brightway"],
    },
    {
        "id": "heldout-uk-broadsheet-nhs",
        "title": "Hospital waiting lists fall for first time in a year",
        "paragraphs": [
            "Waiting lists for routine hospital treatment in England have fallen for the first time in twelve months, according to figures published by NHS England on Thursday.",
            "The number of people waiting for planned care dropped to 7.5 million at the end of August 2024, down from 7.6 million a month earlier.",
            "Professor Helen Baxter, medical director of the Royal College of Surgeons, welcomed the fall but said it was too early to celebrate. 'One month of good news does not make a trend.",
            "'Behind each of these numbers is a patient in pain, waiting for a hip or a knee, and many of them have been waiting for more than a year,' she said.",
            "The Health Secretary, Wes Carter, told the Commons that the figures showed the government's plan was 'starting to work'.",
            "But Liberal Democrat health spokeswoman Daisy Okon said the improvement was 'a drop in the ocean' and called for more money for community care.",
        ],
        "quotes": [
            {
                "text_starts": "One month of good news",
                "speaker": "Helen Baxter",
                "paragraphs": [2, 3],
            },
        ],
        "not_quotes": ["starting to work", "a drop in the ocean"],
        "people": ["Helen Baxter", "Wes Carter", "Daisy Okon"],
        "organisations": [
            "NHS England",
            "Royal College of Surgeons",
            "Commons",
            "Liberal Democrat",
        ],
        "places": ["England"],
        "also_ok": ["Liberal Democrats"],
    },
    {
        "id": "heldout-us-local-school",
        "title": "School board votes to keep later start times",
        "paragraphs": [
            "PORTLAND, Ore. — The Portland school board voted 5-2 on Tuesday night to keep the district's later start times for high schools, rejecting a proposal to move the first bell back to 7:45 a.m.",
            'Parents packed the meeting. "My son finally gets enough sleep," said Rachel Dunn, whose son is a junior at Lincoln High School. "His grades have gone up and he is not a zombie at breakfast anymore."',
            'Bus contractor First Student had pushed for the change, saying later starts made it harder to hire drivers. A company spokesman said it would "keep working with the district to find drivers."',
            'Board member Kevin Osei, who voted against keeping the schedule, said sports teams were losing practice time. "We are asking kids to choose between sleep and the things that keep them in school," he said.',
        ],
        "quotes": [
            {
                "text_starts": "My son finally gets enough sleep",
                "speaker": "Rachel Dunn",
                "paragraphs": [1],
            },
            {"text_starts": "His grades have gone up", "speaker": "Rachel Dunn", "paragraphs": [1]},
            {
                "text_starts": "We are asking kids to choose",
                "speaker": "Kevin Osei",
                "paragraphs": [3],
            },
        ],
        "not_quotes": ["keep working with the district to find drivers."],
        "people": ["Rachel Dunn", "Kevin Osei"],
        "organisations": ["Lincoln High School", "First Student"],
        "places": ["Portland"],
        "also_ok": ["Ore."],
    },
    {
        "id": "heldout-tabloid-lottery",
        "title": "Couple who won £1m on lottery say they will keep their jobs",
        "paragraphs": [
            "A couple who scooped £1million on the National Lottery have vowed to keep working at the supermarket where they met.",
            "Gary and Linda Hobbs, from Swindon, matched five numbers and the bonus ball in Saturday's draw.",
            "Mr Hobbs, 58, said: 'We just sat there staring at the ticket. Linda thought I was winding her up.'",
            "Mrs Hobbs added: 'We love our jobs and our friends at work. We'll go on a nice holiday, help the kids with their houses, and that's about it.'",
            "Andy Carter, senior winners' adviser at the National Lottery, said the couple were 'as down to earth as they come'.",
        ],
        "quotes": [
            {
                "text_starts": "We just sat there staring",
                "speaker": "Gary Hobbs",
                "paragraphs": [2],
            },
            {"text_starts": "We love our jobs", "speaker": "Linda Hobbs", "paragraphs": [3]},
            # First annotated as a not-quote; moved here to match the rule the whole set
            # follows: a fragment of 6+ words with a named speaker is a partial quotation.
            {
                "text_starts": "as down to earth as they come",
                "speaker": "Andy Carter",
                "paragraphs": [4],
            },
        ],
        "not_quotes": [],
        "people": ["Gary Hobbs", "Linda Hobbs", "Andy Carter"],
        "organisations": ["National Lottery"],
        "places": ["Swindon"],
        "also_ok": [],
    },
]
