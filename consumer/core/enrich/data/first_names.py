"""Common given names across languages: evidence that a capitalised pair is a person's name."""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    aaron abdul abdullah abu adam adrian ahmad ahmed aisha alan albert alberto alejandro alex
    alexander alexandra alexei alexey ali alice alicia alison amanda amber amelia amir amy ana
    anastasia anders andre andrea andreas andrei andrew andriy andy angela angelina anil anita
    ann anna anne annie anthony antonio antony anya arthur ashley aziz barack barbara ben
    benjamin bernard beth betty bill bob boris brad brandon brenda brian bruce bruno carl carla
    carlos carmen caroline catherine charles charlie charlotte chen cheng chris christian
    christina christine christopher claire clara colin connor craig dan daniel daniela danny
    dario david dean deborah denis dennis diana diego dmitry dmitri dominic donald donna doris
    dorothy douglas duncan ed eddie edward elena eli elizabeth ellen emily emma emmanuel enrique
    eric erik ethan eva evan fatima felix fernando fiona francesca francis francisco frank
    fred frederick gabriel gary gavin george georgia gerald gordon grace graham greg gregory
    hana hannah hans harold harry hassan heather helen henry hugh hugo ian igor ines irina isaac
    isabel isabella ivan jack jacob james jamie jan jane janet jason javier jean jeff jeffrey
    jennifer jens jeremy jessica jim jimmy joan joe joel johan john johnny jonathan jorge jose
    joseph josh joshua juan judith julia julian julie justin kamala karen karl kate katherine
    kathleen katie keir kelly ken kenneth kevin khalid kim kirsty klaus kristen kurt kyle lara
    larry laura lauren lee leo leon liam lily linda lisa liz louis louise lucas lucy luis luke
    lydia maria mariana marie mario mark marta martin mary matt matthew maxim maya megan mehmet
    melissa michael michel michelle miguel mike mikhail mohamed mohammed muhammad nadia nancy
    naomi natalia natalie nathan neil nick nicola nicolas nicole nikita nina noah nora oleg
    olga oliver olivia omar oscar owen pablo pamela patricia patrick paul paula pavel pedro
    peter petro philip pierre priya rachel rafael rahul raj ralph ramon rebecca richard rishi
    rob robert roberto robin roger ron ronald rosa ruth ryan sadiq sally sam samantha samuel
    sandra sarah scott sean sebastian serena sergei sergey sharon simon sofia sophia sophie
    stanislav stefan stephanie stephen steve steven stuart susan suzanne sven tanya tara ted
    teresa thomas tim timothy tina tom tony tracy ursula valentina valerie vanessa victor
    victoria vikram vincent vitaliy vitali vladimir volodymyr walter wang wei william xi yan
    yasmin yevgeny yuri yusuf zach zhang zoe gareth jalen jayson callum aled eluned bethan
    priya dana janet carla karen margaret diane
    """.split()
)

# Given names that are almost always a woman's: lets "she" find the right person.
FEMALE_FIRST_NAMES = frozenset(
    """
    aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia andrea angela
    angelina anita ann anna anne annie anya ashley barbara beth bethan betty brenda carla
    carmen caroline catherine charlotte christina christine claire clara daniela deborah
    diana diane donna doris dorothy elena eluned elizabeth ellen emily emma eva fatima fiona
    francesca georgia grace hana hannah heather helen irina isabel isabella jane janet
    jennifer jessica joan judith julia julie kamala karen kate katherine kathleen katie
    kelly kirsty kristen lara laura lauren linda lisa liz louise lucy lydia margaret maria
    mariana marie marta mary maya megan melissa michelle nadia nancy naomi natalia natalie
    nicola nicole nina nora olga olivia pamela patricia paula priya rachel rebecca rosa ruth
    sally samantha sandra sarah serena sharon sofia sophia sophie stephanie susan suzanne
    tanya tara teresa tina tracy ursula valentina valerie vanessa victoria yasmin zoe
    """.split()
)
