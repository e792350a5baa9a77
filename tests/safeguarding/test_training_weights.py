"""Training weights: rows by outside writers (the blind sets) count more than the corpus's own families."""

from __future__ import annotations

from bot.safeguarding import train
from bot.safeguarding.corpus import Row
from bot.text.linear import LinearTextModel

ORDINARY = [
    "the bin men came late again this week and left rubbish on the road",
    "the bus to the surgery was late again and the driver was rude to us",
    "the parking at the centre is still terrible and the signs are wrong",
    "the repair man came on time and the boiler works again thank you",
    "the library opening hours are too short for people who work all week",
    "the new crossing near the school is a big help with the children",
]
RISK = [
    "my son hits me when he has been drinking and I am scared of him",
    "he hits me and takes my money and I am scared to go home",
    "the carer hits my mum and shouts at her and she is scared of him",
    "my partner hits me every night and I am scared for the children",
]
# An outside writer's disclosure in words the corpus mostly uses for ordinary comments.
OUTSIDE = "the man came again this week and I am scared to go out on the road"


def _rows(template_of_outside: str) -> list[Row]:
    rows = [Row(t, "ordinary", "ordinary", "", f"o{i}", "plain", "en") for i, t in enumerate(ORDINARY)]
    rows += [Row(t, "risk", "physical", "concern", f"r{i}", "plain", "en") for i, t in enumerate(RISK)]
    return [*rows, Row(OUTSIDE, "risk", "physical", "concern", template_of_outside, "plain", "en")]


def _risk_of_outside(rows: list[Row]) -> float:
    model = LinearTextModel(train._train(rows, [train._label(r) for r in rows]))
    return model.probabilities(OUTSIDE)["risk"]


def test_a_blind_set_row_weighs_more_than_the_same_row_from_a_source_family():
    from_a_family = _risk_of_outside(_rows("own_family"))
    from_a_blind_set = _risk_of_outside(_rows("blindZ:z001"))
    assert train.BLIND_WEIGHT > 1
    assert from_a_blind_set > from_a_family


def test_the_risk_model_is_regularised_harder_than_the_category_model():
    # Round 17: smaller weights on single words carry less of one writer's look-alikes to the next.
    rows = _rows("own_family")
    rows[-1] = Row(OUTSIDE, "risk", "domestic", "concern", "own_family", "plain", "en")  # two categories
    labels = [train._label(r) for r in rows]
    shipped = train.train_model(rows, train.THRESHOLD)
    assert train.RISK_C < train.C
    assert shipped["risk"] == train._train(rows, labels, train.RISK_C)
    assert shipped["risk"] != train._train(rows, labels, train.C)
    risky = [r for r in rows if r.label == "risk"]
    assert shipped["category"] == train._train(risky, [r.category for r in risky], train.C)
