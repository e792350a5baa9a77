"""Welsh disclosures told in the words the Welsh families lacked, and the everyday Welsh told in the
same words (round 21: bot/safeguarding/welsh_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules in its category; the everyday remark beside
it shares its key word (rain is "bwrw", a leg is "torri", a form is "mynd ymlaen") and is not. None
of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

from bot.safeguarding.welsh import mutated
from bot.safeguarding.welsh_kinds import WELSH_KIND_CONCEPTS
from tests.safeguarding.both_ways import (
    assert_caught,
    assert_screen_only,
    triple_tests,
)

# (a disclosure, its category, an everyday remark in the same words)
BOTH_WAYS = [
    # South Welsh and texting verbs for hitting, beside a person; rain and carrying on are not
    (
        "Mae ei chariad hi'n ei bwrw hi bob penwythnos",
        "physical",
        "Mae hi'n bwrw hi lawr bob penwythnos yn Aber",
    ),
    (
        "Ma'r lojar wedi bwrw Dad-cu eto neithiwr",
        "physical",
        "Ma'r lojar wedi bwrw ymlaen gyda'r peintio neithiwr",
    ),
    (
        "Mae'r boi drws nesa 'di taro Nain efo'i ffon",
        "physical",
        "Mae'r boi drws nesa 'di taro'r wal efo'i fan",
    ),
    ("gwthiodd o hi i lawr y grisiau neithiwr", "physical", "gwthiodd o'r pram i fyny'r allt neithiwr"),
    (
        "Mae'r gofalwr yn rhoi slap iddo fo pan mae o'n araf",
        "physical",
        "Mae'r gofalwr yn rhoi slap o fenyn ar ei dost",
    ),
    # self-harm told as ongoing, on oneself; a burn from the oven is not
    (
        "Mae fy mrawd wedi bod yn llosgi ei hun efo sigaréts",
        "suicide_self_harm",
        "Mae fy mrawd wedi llosgi ei law ar y popty",
    ),
    # not to be here, better off without me, not to wake; a day away, a team, the baby are not
    (
        "Sa'n haws i bawb taswn i ddim yma",
        "suicide_self_harm",
        "Basa'n haws taswn i yma ddydd Llun i agor y drws",
    ),
    ("Mae pawb yn well hebddo i", "suicide_self_harm", "Mae'r tîm yn well hebddo fo"),
    (
        "Dw i jyst isio cysgu a pheidio deffro",
        "suicide_self_harm",
        "Plis peidio deffro'r babi pan dach chi'n cnocio",
    ),
    ("Dw i wedi prynu'r rhaff. Sori", "suicide_self_harm", "Dw i wedi prynu rhaff newydd i'r cwch"),
    # not coping: the end of a tether, can't go on; a tether with a thing, a form, a leg are not
    ("Dw i ar ben fy nhennyn.", "crisis", "Ro'n i ar ben fy nhennyn efo'r bws ond mae o'n iawn rŵan"),
    (
        "Sai'n gallu mynd mlaen.",
        "crisis",
        "Sai'n gallu mynd mlaen efo'r cais nes bod y llythyr yn dod",
    ),
    ("Fedra i ddim mwy.", "crisis", "Fedra i ddim mwy o'r bwyd yna, diolch"),
    ("Dw i wedi torri.", "crisis", "Dw i wedi torri fy ffêr ar y grisiau"),
    # a carer who can't keep someone safe or lift them; a phone not lifted at work is not
    (
        "Dw i ddim yn gallu cadw Mam yn saff rhagor",
        "carer_breakdown",
        "Dw i'n gallu cadw Mam yn saff efo'r larwm newydd",
    ),
    (
        "Fedra i ddim ei chodi hi o'r gadair ar fy mhen fy hun",
        "carer_breakdown",
        "Fedra i ddim codi'r ffôn yn y gwaith, ffoniwch ar ôl pump",
    ),
    # fallen and can't get up; fallen asleep is not
    (
        "Mae Taid wedi syrthio yn y bathrwm a mae o'n methu codi",
        "crisis",
        "Mae Taid wedi syrthio i gysgu yn y gadair a dydi o ddim isio codi",
    ),
    # the second pass: passports kept or wages never paid; one's own passport, a paid wage are not
    (
        "Mae'r ffermwr yn cadw'u pasborts nhw yn y swyddfa",
        "modern_slavery",
        "Dw i'n cadw fy mhasbort yn y drôr efo'r tystysgrifau",
    ),
    (
        "Mae'r bechgyn ar y cwch yn gweithio bob dydd, dim cyflog ers mis Medi",
        "modern_slavery",
        "Mae'r bechgyn ar y cwch yn gweithio bob dydd, cyflog da ers mis Medi",
    ),
    # a card or an account emptied by someone; a card lost is not
    (
        "Mae ei mab wedi cymryd ei cherdyn hi a does ganddi ddim ar ôl",
        "financial",
        "Mae ei mab wedi colli ei gerdyn banc eto, druan",
    ),
    (
        "Mae rhywun wedi bod yn tynnu pres o gyfrif Nain bob wythnos",
        "financial",
        "Mae rhywun wedi bod yn tynnu lluniau o Nain bob wythnos i'r albwm",
    ),
    # not washed for weeks, every help refused, a house full of papers; a bath today, cake refused are not
    (
        "Dydi Yncl Ifor ddim wedi molchi ers wythnosau",
        "self_neglect",
        "Dydi Yncl Ifor ddim wedi molchi heddiw eto, mae o yn y bath rŵan",
    ),
    (
        "Mae Taid yn gwrthod pob help gan y nyrs",
        "self_neglect",
        "Mae Taid yn gwrthod pob cynnig o gacen gan y nyrs",
    ),
    (
        "Mae'r tŷ yn llawn bagiau sbwriel a phapurau newydd",
        "self_neglect",
        "Mae'r sied yn llawn bagiau sbwriel ar ôl y clirio",
    ),
    # told she is a burden, laughed at; told she is busy, laughing to himself are not
    (
        "Mae ei merch yn dweud wrthi bob dydd ei bod hi'n faich",
        "psychological",
        "Mae ei merch yn dweud wrthi bob dydd ei bod hi'n brysur",
    ),
    (
        "Mae'r gofalwr yn chwerthin am ei phen hi o flaen pawb",
        "psychological",
        "Mae'r gofalwr yn chwerthin am ei ben ei hun wrth ddarllen",
    ),
    # afraid of his temper; afraid of the weather is not
    ("Dw i ofn ei dymer o pan mae o wedi yfed", "domestic", "Dw i ofn y tywydd pan mae hi'n wyntog"),
    # touched, dirty messages; a ball touched, messages about the fair are not
    (
        "Mae'r hyfforddwr wedi ei gyffwrdd o yn y cawodydd",
        "sexual",
        "Mae'r hyfforddwr wedi cyffwrdd y bêl efo'i law",
    ),
    (
        "Mae dyn yn anfon negeseuon budr at fy merch",
        "sexual",
        "Mae dyn yn anfon negeseuon am y ffair at fy merch",
    ),
    # the third pass: left in a chair all day, everyone put to bed early, Welsh denied; a chair in
    # the garden, children put to bed, a shop without Welsh are not
    (
        "Yn y cartref maen nhw'n gadael Nain yn ei chadair drwy'r dydd",
        "organisational",
        "Yn yr ardd maen nhw'n gadael y gadair allan drwy'r dydd",
    ),
    (
        "Yn y cartref mae pawb yn y gwely am saith achos y shifft nos",
        "organisational",
        "Gartref dw i'n rhoi'r plant yn y gwely am saith bob nos",
    ),
    (
        "Does neb yn y cartref yn siarad Cymraeg efo Taid rŵan",
        "organisational",
        "Does neb yn y siop yn siarad Cymraeg a mae Taid yn flin",
    ),
    # no food given, carers not come, insulin not given; a dog not fed after six, a late visit are not
    (
        "Dydi ei mab ddim yn rhoi bwyd iddi ers wythnosau",
        "neglect",
        "Dw i ddim yn rhoi bwyd i'r ci ar ôl chwech",
    ),
    (
        "Dydi'r gofalwyr ddim wedi dod ers dydd Iau",
        "neglect",
        "Mae'r gofalwyr wedi dod yn hwyr ddoe ond roedden nhw'n glên",
    ),
    (
        "Does neb wedi rhoi'r insiwlin i Taid heddiw",
        "neglect",
        "Does neb wedi rhoi gwybod i mi am yr insiwlin newydd",
    ),
    # a child alone since last night, to school without breakfast, locked out; a game alone is not
    (
        "Mae'r hogan fach drws nesa ar ben ei hun ers neithiwr",
        "children",
        "Mae'r hogan fach drws nesa'n chwarae ar ben ei hun yn yr ardd",
    ),
    (
        "Mae'r bachgen yn dod i'r ysgol heb frecwast bob bore",
        "children",
        "Mae'r bachgen yn dod i'r ysgol efo brecwast mawr bob bore",
    ),
    # hate: because he is black, "go back to your country"; going back to the shop is not
    (
        "Mae'r cymdogion yn gweiddi arno achos ei fod o'n ddu",
        "discriminatory",
        "Mae'r cymdogion yn gweiddi arno achos ei fod o'n hwyr",
    ),
    (
        "Maen nhw'n deud wrthon ni am fynd nôl i'n gwlad ein hunain",
        "discriminatory",
        "Maen nhw'n deud wrthon ni am fynd nôl i'r siop i gael derbynneb",
    ),
    # the fourth pass: a third person's talk of killing himself, things given away as not needed;
    # weeds killed, a move are not
    (
        "Mae fy mrawd wedi sôn am ladd ei hun eto",
        "suicide_self_harm",
        "Mae fy mrawd wedi sôn am ladd y chwyn yn yr ardd",
    ),
    (
        "Dw i wedi rhoi fy mhethau i gyd i ffwrdd, fydda i ddim eu hangen nhw",
        "suicide_self_harm",
        "Dw i wedi rhoi fy mhethau i gyd i ffwrdd cyn symud i'r fflat newydd",
    ),
    # a caller who talked her into giving her bank details; a yoga class is not
    (
        "Mae dyn ar y ffôn wedi perswadio Nain i roi ei manylion banc",
        "financial",
        "Mae'r ferch wedi perswadio Nain i roi cynnig ar y dosbarth ioga",
    ),
    # her phone broken by him; one's own dropped phone is not
    (
        "Mae o wedi torri fy ffôn i eto fel na alla i ffonio neb",
        "domestic",
        "Dw i wedi torri fy ffôn i eto, wedi'i ollwng o ar y llawr",
    ),
    # a man exposing himself to schoolgirls; showing his photos is not
    (
        "Mae'r dyn drws nesa'n dangos ei hun i'r merched ysgol",
        "sexual",
        "Mae'r dyn drws nesa'n dangos ei luniau i'r merched yn y caffi",
    ),
    # the fifth pass: gloves never changed, oil gone for weeks, hate written on a car; gloves
    # always changed, oil delivered, a note on the car about parking are not
    (
        "Dydy'r gofalwyr byth yn newid eu menig rhwng Mam a'r dyn drws nesa",
        "organisational",
        "Mae'r gofalwyr wastad yn newid eu menig rhwng Mam a'r dyn drws nesa",
    ),
    (
        "Does dim olew yn y tanc ers tair wythnos a dwi'n 90",
        "crisis",
        "Mae'r olew yn y tanc ers tair wythnos, diolch am y grant",
    ),
    (
        "Mae rhywun wedi sgwennu pethau ffiaidd ar ein drws ni eto",
        "discriminatory",
        "Mae rhywun wedi sgwennu nodyn ar ein drws ni am y parcio",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)


def test_a_stem_reads_its_mutations() -> None:
    # "bwrw" is written once; "ei fwrw fe" (soft) and "fy mwrw i" (nasal) are read from it
    assert {"fwrw", "mwrw"} <= set(mutated("bwrw"))
    assert_caught("Mae o'n ei fwrw fe bob nos", "physical")
    assert_caught("Mae o'n fy mwrw i bob nos", "physical")


def test_the_kinds_are_the_screens_only() -> None:
    assert WELSH_KIND_CONCEPTS
    assert_screen_only(BOTH_WAYS[1][0])
