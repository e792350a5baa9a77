"""Violence and hate told in the words of a dialect or of a second language.

"Layin intae his auld da" (Scots: beating his father) and "they write on my car go home" use no
word the other concepts know as harm. Each kind is written by its structure, with its everyday
look-alikes tried in tests/safeguarding/test_voice_kinds.py:

- laying into, leathering or skelping a relative or a child (never "laid into me about the rent",
  which is a telling-off of the speaker);
- "go home" / "go back" written or sprayed on someone's car, door or house, or windows broken
  again and again by neighbours (discriminatory; never a sign saying it is home time).

rules.py adds these to the screen's layer.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.concepts import Concept

KIN = "da|dad|daddy|maw|mam|mum|ma|wife|wifie|missus|misses|wean|weans|bairn|bairns|wee_one|wee_yin|auld_da|auld_man|old_man|auld_maw|old_dear|granny|grandad|nan|gran|kids|son|daughter|lassie|laddie|brother|sister|girlfriend|partner|bidie_in"
BEAT = "layin_intae|laying_intae|layin_into|laying_into|layed_into|laid_into|lays_into|leatherin|leathering|leathered|leathers|skelpin|skelping|skelped|belting|beltin|kickin_fu|batterin|battering|givin_a_hidin|giving_a_hiding|gave_a_hiding|gie_a_doin|gave_a_doing|giving_a_doing|kicking_lumps_out_of|kickin_lumps_oot_o"
WROTE = "write|writes|wrote|written|writing|spray|sprayed|sprays|spraying|paint|painted|paints|scratch|scratched|scratches|keyed|key|carved|scrawled|sgwennu|ysgrifennu"
SURFACE = "car|door|front_door|house|wall|walls|fence|van|window|windows|gate|shop|drws|car|ty|wal"
GO_HOME = "go_home|go_back|go_back_home|get_out|not_welcome|foreigners_out|leave|dos_adre|cer_adre"

VOICE_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "abuse",
        "physical",
        "concern",
        "A relative or child beaten, told in dialect",
        (f"{BEAT} ~ his|her|their|the|ma|my|wee|auld|old ~ {KIN}", f"{BEAT} {KIN}"),
    ),
    Concept(
        "discriminatory",
        "discriminatory",
        "concern",
        "Hate written on a home or car, or windows broken again",
        (
            f"{WROTE} ~ on|over|across|ar ~ my|our|the|fy|ein ~ {SURFACE} ~~ {GO_HOME}",
            f"{GO_HOME} ~~ {WROTE} ~ on|over|across ~ my|our|the ~ {SURFACE}",
            "neighbours|they|kids|youths|lads|gang|cymdogion ~ break|broke|smash|smashed|breaks|smashes|torri ~ my|our|the ~ window|windows|ffenest|ffenestri ~ two_time|two_times|three_time|again|every_week|every_night|many_time|many_times|twice|2_time|2_times",
        ),
    ),
)
