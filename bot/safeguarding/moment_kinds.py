"""Tiredness and hunger of a passing moment told beside its own cause, and a game's beating in Welsh.

Round 22 (false alarms). After round 21 the rules' false alarms on the natural sets were read by
their frame; three families stood out whose twins differ by a word the message says anywhere:

- *tiredness from an ordinary event, or from age*: "exhausted after the school play", "wedi blino'n
  lân ar ôl yr wythnos", "efo'r arholiadau", "newydd orffen shifft nos, wedi blino'n racs", "wedi
  blino ond mae hynny'n naturiol yn fy oed i". Bare tiredness is a carer's breakdown to the rules
  (concepts.py), so its twin is tiredness from caring: "exhausted after the week with Mum", "wedi
  blino'n lân yn gofalu". Never set aside when the message names caring, a kin, dementia, no help
  or no sleep anywhere (CARING).
- *hunger said on its own beside the meal that ends it*: "starving. tea soon", "hungry. lunch now.
  bye", "Starving! Amser cinio.", "starving rn but that's bc my lunch break is late". Only when a
  meal is said to be near (MEAL_NEAR) and, as passing_kinds.py's hunger of a moment, never with a
  lasting lack anywhere (no food, a food bank, days, the kids' hunger: passing_kinds.LASTING).
- *a beating at a game in Welsh and a club by its nickname*: "neith o'n waldio fi yn FIFA", "Pools
  got battered again" (trivial_kinds.py reads the English and the clubs it lists).

The kinds are the screen's only, read in their own pass (`Rules._findings`), so the classifier's
features and model.json are unchanged. Tested both ways in tests/safeguarding/test_moment_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

from bot.safeguarding.passing_kinds import HARMED_BY_PLAY, HUNGER, MEAL
from bot.safeguarding.trivial_kinds import GAME

# --- tiredness from an ordinary event, or from age -----------------------------------------------
TIRED = "exhausted|knackered|shattered|worn_out|drained|blino|blinon|wedi_blino|di_blino"
# what tires a person for a day: a week, an event, exams, a market day, a night's work
EVENT = "week|the_week|wythnos|yr_wythnos|school_play|the_school_play|nativity|the_nativity|concert|the_concert|party|the_party|wedding|the_wedding|christening|parti|priodas|exams|the_exams|arholiad|arholiadau|arholiada|arholiadaur|mart|y_mart|sioe|eisteddfod|steddfod|the_show|sports_day|open_day|trip|the_trip|holiday|the_holiday|fair|the_fair"
# "natural at my age", "naturiol yn fy oed i"
AGE_NATURAL = (
    "naturiol|natural|normal|expected|to_be_expected ~ yn_fy_oed|at_my_age|for_my_age|at_our_age|yn_ein_hoed"
)
MOMENT_IDIOMS: list[str] = [
    # "exhausted after the school play", "wedi blino'n lân ar ôl yr wythnos", "efo'r arholiada"
    f"{TIRED} ~ after|from|ar_ol|efor|efo_r|efo|with|achos|oherwydd ~ {EVENT}",
    # "newydd orffen shifft nos, wedi blino'n racs": a shift just finished, then the tiredness
    f"orffen|gorffen|finished|done|off ~ shifft|shift|night_shift|nights|nos ~ {TIRED}",
    # tiredness said to be the age's: "wedi blino ond mae hynny'n naturiol yn fy oed i"
    f"{TIRED} ~~ {AGE_NATURAL}",
    f"{TIRED} ~ but ~ {AGE_NATURAL}",
]
PLAY_IDIOMS: list[str] = [
    # a beating at a game in Welsh ("neith o'n waldio fi yn FIFA"), a club by its nickname
    f"waldio|curo|chwalu|malu|stido|leinio ~ fi|ni|chdi|ti|fo|hi|nhw ~ yn|ar|mewn|efo ~ {GAME}",
    f"pools ~ are|is|s|got|get|getting|were|was|have_been|been|keep|keeps ~ {HARMED_BY_PLAY}",
]
# caring, a kin, dementia, no help or no sleep anywhere: tiredness is a carer's, never set aside
CARING: list[str] = [
    "care|caring|carer|carers|cared|look_after|looking_after|looked_after|gofalu|gofal|gofalwr|respite|dementia|alzheimers|{kin}",
    "no|dim ~ help|cymorth|sleep|cwsg|break|seibiant|one",
    "cant|cannot|couldnt|not|methu ~ cope|coping|sleep|slept|ymdopi|cysgu",
    "up_all_night|every_night|bob_nos|nothing_left|on_my_own|ar_ben_fy_hun|on_my_knees",
]

# --- hunger said on its own beside the meal that ends it -----------------------------------------
# hunger as a whole sentence, or before "but": "starving.", "hungry!", "starving rn but …"
HUNGER_ALONE: list[str] = [
    f"{HUNGER} $",
    f"{HUNGER} rn|now|atm|already|literally|right_now $",
]
# a meal said to be near, ending its clause (or a "lol" before the end): "tea soon", "lunch now",
# "amser cinio", "my lunch break is late lol"; never "dinner time is when he locks the fridge"
NEAR = f"{MEAL} soon|now|next|nearly|ready|time|in_a_bit|in_a_minute|on_the_way|is_ready|is_on|is_nearly|is_late|break_is_late"
SOON = f"amser|nearly|almost|off_for|off_to ~ {MEAL}"
AFTERWORD = "lol|haha|hah|ha|x|xx|bye|tho|though|innit|thank_god|thankfully"
MEAL_NEAR: list[str] = [f"{near} {end}" for near in (NEAR, SOON) for end in ("$", f"{AFTERWORD} $")]
