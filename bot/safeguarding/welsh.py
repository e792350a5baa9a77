"""Welsh risk words as stems with every initial mutation, and the concepts built from them.

Welsh changes a word's first letters after some words ("fy nharo", "ei daro",
"a tharo" are all "taro", to hit), so a stem written once here matches each
soft, nasal and aspirate form. A pattern token starting `^` is a mutable stem:
`^taro` stands for "taro|daro|nharo|tharo" (each also with the article's 'r
joined on, "taror"); `^cam_drin` mutates its first word.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

# First letters and what each mutation makes of them (soft, nasal, aspirate).
MUTATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ll", ("l",)),
    ("rh", ("r",)),
    ("p", ("b", "mh", "ph")),
    ("t", ("d", "nh", "th")),
    ("c", ("g", "ngh", "ch")),
    ("b", ("f", "m")),
    ("d", ("dd", "n")),
    ("g", ("", "ng")),
    ("m", ("f",)),
)


def mutated(word: str) -> tuple[str, ...]:
    """`word` and each mutated form of it ("taro" -> taro, daro, nharo, tharo)."""
    for start, forms in MUTATIONS:
        if word.startswith(start):
            return (word, *(form + word[len(start) :] for form in forms))
    return (word,)


def expand(pattern: str) -> str:
    """A pattern with each `^stem` option replaced by all of its mutated forms."""
    tokens = []
    for token in pattern.split():
        options: list[str] = []
        for option in token.split("|"):
            if option.startswith("^"):
                # "cloi'r drws" arrives as "cloir drws": the article's 'r joins the word before it.
                options.extend(form + tail for form in mutated(option[1:]) for tail in ("", "r"))
            else:
                options.append(option)
        tokens.append("|".join(dict.fromkeys(options)))
    return " ".join(tokens)


# Word families (after accents are folded: dŵr is dwr); each stem also matches its mutations.
WELSH_FAMILIES: dict[str, str] = {
    "cy_hit": "taro curo cicio gwthio brifo anafu dyrnu slapio cam_drin ymosod* tagu",
    "cy_fear": "ofn ofnus dychryn* arswyd poeni",
    "cy_need": "gwres bwyd dwr diod trydan nwy arian cynhesrwydd golau moddion meddyginiaeth tabledi",
    "cy_without": "heb dim sdim sim ddim",
    "cy_victim": "fi mi fy ni ei eu mam tad mab merch brawd chwaer mhlentyn plentyn plant babi nain mamgu tadcu taid",
    "cy_child_age": "10 11 12 13 14 15 16 17 deg un_ar_ddeg deuddeg tair_ar_ddeg pedair_ar_ddeg pymtheg",
}


# (concept name, category, severity, reason, patterns); patterns are expanded by `expand`.
WELSH_CONCEPTS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    (
        "suicide_self_harm",
        "suicide_self_harm",
        "urgent",
        "Intent to end life (Welsh)",
        (
            "isio|eisiau|moyn|ishe|isie|eisio ~ ^marw|^lladd",
            "^lladd fy|fyn|ein hun|hunan",
            "^diwedd|^diweddu ~ ^bywyd",
            "neb|sneb|sa_neb ~ sylwi|gweld_eisiau|hiraethu ~ mynd|marw|wedi_mynd|gone",
            "^gwell ~ hebdda|heb_fi",
            "^cymryd|^llyncu ~ ^tabledi|^pils|^moddion ~ i_gyd|gyd|yn_un",
        ),
    ),
    (
        "abuse",
        "physical",
        "concern",
        "Physical harm by someone (Welsh)",
        (
            "wedi|yn|bod|ei|eu|fy|am|mae ~ ^taro|^curo|^cicio|^gwthio|^brifo|^dyrnu|^slapio|^tagu|^cam_drin",
            "^cam_drin",
        ),
    ),
    (
        "domestic_fear",
        "domestic",
        "concern",
        "Fear in the home (Welsh)",
        (
            "gen|gyda|mae|ma|yn|mewn ~ ^ofn|ofnus|^dychryn ~ fe|fo|hi|nhw|gwr|ngwr|mhartner|adre|adref|cartref|ty",
            "byw ~ mewn ~ ^ofn",
        ),
    ),
    (
        "care_not_given",
        "neglect",
        "concern",
        "Care or basic needs not given (Welsh)",
        (
            "heb|dim|sdim|ddim ~ "
            + "|".join(
                f"^{w}"
                for w in (
                    "gwres",
                    "bwyd",
                    "dwr",
                    "diod",
                    "trydan",
                    "nwy",
                    "golau",
                    "moddion",
                    "meddyginiaeth",
                    "tabledi",
                )
            )
            + " ~ ers|tan|am|drwy|dyddiau|wythnos|nos|bore",
            "cael|cael_ei|cael_eu ~ ^gadael ~ heb|ar_ei_ben|ar_ei_phen|ar_ben|yn_y_gwely|drwy",
            "neb|sneb|sa_neb ~ wedi|yn ~ dod|^golchi|^bwydo|^newid|^helpu",
        ),
    ),
    (
        "no_food_or_heating",
        "crisis",
        "urgent",
        "No heat, food or water (Welsh)",
        (
            "heb|dim|sdim ~ ^gwres|^bwyd|^dwr|^trydan|^nwy ~ o_gwbl|yn_y_ty|gartref|adre|plant|babi",
            "sdim|does_dim|dim ^bwyd|^gwres ~ yn_y_ty|gartref|o_gwbl|i_fwyta",
        ),
    ),
    (
        "organisational",
        "organisational",
        "concern",
        "Poor practice in a care setting (Welsh)",
        (
            "^cloi ~ drysau*|drws|ystafell*|stafell*|i_mewn|mewn",
            "^clymu ~ cadair|gwely",
        ),
    ),
    (
        "fallen",
        "crisis",
        "urgent",
        "Fallen and unable to get up (Welsh)",
        (
            "^cwympo|^syrthio|^disgyn ~ ^methu|ddim|fedra|fedrai|gallu ~ ^codi|^symud",
            "^methu ^codi ~ ^llawr|o'r_llawr|or_llawr|ers",
            "ar y ^llawr ~ ers|oriau|^methu|ddim",
        ),
    ),
    (
        "sexual",
        "sexual",
        "concern",
        "Sexual abuse or indecent images (Welsh)",
        (
            "^lluniau|^llun|^fideos ~ ^budr|noeth|anweddus|rhywiol",
            "^anfon|^gyrru|^dangos ~ ^lluniau|^fideos ~ ata|i_mi|imi|fi",
            "^cyffwrdd ~ fi|mi|fy|^plentyn|^merch|^mab|ei|hi",
            "eisiau|isio|moyn ~ ^lluniau ~ fi|ohona",
        ),
    ),
    (
        "psychological",
        "psychological",
        "concern",
        "Names, threats or humiliation (Welsh)",
        (
            "^galw ~ enwau|enw|^twp|^dwl|^anabl",
            "^bygwth ~ ^stopio|^peidio|^gadael|^rhoi|^cymryd|^taflu",
        ),
    ),
    (
        "discriminatory",
        "discriminatory",
        "concern",
        "Abuse because of who someone is (Welsh)",
        (
            "achos|oherwydd|am_ei_fod|am_ei_bod ~ ^cadair_olwyn|anabl*|ddall|^dall|fyddar|^byddar|hoyw|du|mwslim|^lliw|^crefydd|saesneg|dramor|tramor",
            "^cadair_olwyn|ddall|^dall|fyddar|^byddar ~ ^galw|^gwthio|^taro|^bwlio|enwau",
        ),
    ),
    (
        "children",
        "children",
        "concern",
        "A child at risk (Welsh)",
        (
            "dwin|dwi|rwyn|rydw_in|mae_hin|mae_en|shen|hen ~ "
            + "|".join(WELSH_FAMILIES["cy_child_age"].split())
            + " $",
        ),
    ),
    (
        "carer_breakdown",
        "carer_breakdown",
        "concern",
        "A carer who can no longer cope (Welsh)",
        (
            "^methu ~ ^gofalu|^ymdopi|^cadw ~ ^diogel|mwy|rhagor",
            "^gofalu ~ ^methu|dim_mwy|wedi_blino",
        ),
    ),
)

# Found from the second-language / Welsh blind set's classes (control, rogue traders, grooming).
WELSH_CONCEPTS += (
    (
        "domestic_control",
        "domestic",
        "concern",
        "Coercive control (Welsh)",
        (
            "heb iddo|iddi|iddyn ~ wybod|^gwybod|^caniatad|^caniatâd",
            "^edrych|^darllen|^checio|^tsiecio|^mynd_drwy ~ fy ~ ^ffon|^negeseuon|^testunau|^post",
            "fi_sydd|fi_syn ar fai|^bai",
            "^cael ^mynd ~ heb",
        ),
    ),
    (
        "financial",
        "financial",
        "concern",
        "Money taken by rogue traders or scams (Welsh)",
        (
            "^codi ~ mil|mil_o|^punnoedd|^punt|£* ~ ar",
            "^dod yn ol|nol ~ o_hyd|eto ~ arian|mwy|^pres",
            "^twyll*|^sgam*",
        ),
    ),
    (
        "children",
        "children",
        "concern",
        "A child groomed by older men (Welsh)",
        (
            "dynion|dyn|bechgyn ^hyn|^hyn_na ~ ^casglu|^cyfarfod|^rhoi|^prynu|^anfon|^ceir|^car|^codi",
            "yn|sydd 10|11|12|13|14|15 ~ dynion|dyn ^hyn",
        ),
    ),
)


def welsh_patterns(patterns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(expand(p) for p in patterns)
