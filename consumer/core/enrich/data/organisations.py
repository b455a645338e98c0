"""Organisation cues: head words, suffixes, and widely known names and acronyms."""

from __future__ import annotations

# The last word of a capitalised span that makes it an organisation ("Air Force", "Acme Corp").
ORG_HEADS = frozenset(
    """
    inc inc. ltd ltd. plc llc llp corp corp. corporation co co. company companies group holdings
    ag sa gmbh nv bv spa oyj ab asa
    bank banks agency ministry department council commission committee parliament congress
    senate assembly party union association institute institution university college school
    academy hospital clinic court tribunal police army navy force forces guard guards corps
    command authority board office bureau service services trust foundation society federation
    league club fc united city-fc airlines airline airways motors industries systems
    technologies labs laboratories studios pictures records press times post news herald
    telegraph gazette guardian journal tribune chronicle observer mirror express mail
    radio television tv network broadcasting channel fund reserve exchange commission
    organisation organization alliance coalition movement front brigade brigades regiment
    division church cathedral mosque synagogue museum gallery orchestra theatre theater
    council consortium partnership partners capital ventures energy petroleum oil gas
    pharmaceuticals pharma microsystems software electronics telecom telecommunications
    government affairs research economics analytics consulting associates rovers athletic
    wanderers albion rangers hotspur celtic sport sports
    """.split()
)

# The first word of "X of Y" organisations ("Ministry of Defence", "Bank of England").
ORG_OF_HEADS = frozenset(
    """
    ministry department university bank college institute office house church council board
    court federation association league union museum school academy chamber commonwealth
    """.split()
)

# Names that need no cue (case-insensitive key -> canonical spelling).
KNOWN_ORGS: dict[str, str] = {
    name.lower(): name
    for name in """
    NATO UN EU BBC CNN NBC ABC CBS NPR PBS ITV RTE AFP AP Reuters Bloomberg FBI CIA NSA MI5 MI6
    WHO IMF OECD OPEC WTO UNESCO UNICEF UNHCR IAEA ICC ICJ FIFA UEFA IOC NASA ESA SEC FDA CDC
    EPA NHS IRS DOJ DHS FTC FCC ECB BoE Fed Pentagon Kremlin Interpol Europol Hamas Hezbollah
    Taliban Wagner Google Apple Microsoft Amazon Meta Facebook Twitter Telegram TikTok
    Instagram YouTube WhatsApp Tesla OpenAI Samsung Sony Toyota Volkswagen Boeing Airbus
    Shell BP ExxonMobil Gazprom Rosneft Huawei Alibaba Tencent Netflix Disney Uber Nvidia
    Intel IBM Oracle Pfizer Moderna AstraZeneca Ofcom Ofgem Labour Conservatives Tories
    Democrats Republicans GOP SNP Greenpeace Oxfam Amnesty
    """.split()
}
# Two-word names that need no cue.
KNOWN_ORGS.update(
    {
        name.lower(): name
        for name in (
            "Red Cross", "European Union", "United Nations", "World Bank", "White House",
            "Downing Street", "Supreme Court", "Security Council", "European Commission",
            "Liberal Democrats", "Amnesty International", "Human Rights Watch",
            "Islamic State", "Al Jazeera", "Associated Press", "Sky News", "Fox News",
            "Daily Mail", "New York Times", "Washington Post", "Wall Street Journal",
            "Financial Times", "The Guardian", "The Times", "Scotland Yard",
            "Metropolitan Police", "Federal Reserve", "Bank of England",
        )
    }
)

# Acronyms that are not organisations (or are places, kept in places.py).
NON_ORG_ACRONYMS = frozenset(
    """
    ok tv ceo cfo coo cto gdp ai pm am mp mep qc kc vip faq usb gps dna rna hiv aids covid
    sars pcr id pin atm ufo diy lgbt lgbtq ii iii iv vi vii viii ix xi xii rip asap fyi
    prev next read more new ps pr hr it iq eu-wide uk-wide usa-wide bst gmt utc est pst cet
    mph kph km kg cm mm mw gw kwh bc ad vs etc tba tbc ft lb oz st nd rd th pc
    """.split()
)

# Words after which a number stays in an organisation's name ("BBC Radio 4", "Channel 4").
NUMBERED_NAMES = frozenset({"radio", "channel", "formula", "apollo", "ligue", "serie", "group"})
