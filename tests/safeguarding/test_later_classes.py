"""Classes of disclosure the first concepts missed (Welsh, texting, scams, hate, control, ...), and idioms.

Each sentence is a new phrasing of a class, not a copy of the blind sets it was
found from; the rules are tested alone (classifier off) so a pass is theirs.
"""

from __future__ import annotations

import pytest

from bot.safeguarding import context, corpus, train
from bot.safeguarding.classifier import classifier
from bot.safeguarding.rules import normalise
from bot.safeguarding.screen import screen
from bot.safeguarding.welsh import expand, mutated
from settings import load_config

SETTINGS = load_config().safeguarding
RULES_ONLY = SETTINGS.model_copy(update={"classifier": False})


def category_of(text: str) -> str | None:
    match = screen(RULES_ONLY, text)
    return match.category if match else None


@pytest.mark.parametrize(
    "text, category",
    [
        # Welsh, with mutated forms of the stems
        ("mae e'n fy nharo i pan mae e wedi meddwi", "physical"),
        ("roedd hi wedi cael ei cham-drin gan ei gŵr", "physical"),
        ("mae'r staff yn cloi'r drws arni hi bob nos", "organisational"),
        ("mae mam wedi cwympo a mae hi'n methu codi", "crisis"),
        ("dwi eisiau lladd fy hun heno", "suicide_self_harm"),
        ("mae taid heb fwyd ers dydd Llun", "neglect"),
        ("mae rhywun yn anfon lluniau budr at fy merch", "sexual"),
        ("maen nhw'n ei alw fe'n dwp achos ei fod e'n fyddar", "psychological"),
        # texting shorthand
        ("hes outside smashing the door down rn", "physical"),
        ("honestly my family wd be better off w/o me", "suicide_self_harm"),
        ("bro n me got no1 2 look after our nan when im in hosp tmrw", "carer_breakdown"),
        # financial scams and rogue traders
        ("a man said he was from the bank fraud team and made me buy vouchers for him", "financial"),
        ("rang claiming to be hmrc and said i'd be arrested unless i paid", "financial"),
        ("the roofers charged my gran twelve thousand for a few tiles", "financial"),
        # hate incidents
        ("kids on the bus keep shouting spastic at my brother", "discriminatory"),
        ("someone spray painted a swastika on the synagogue wall near my house", "discriminatory"),
        ("a man grabbed my hijab in the supermarket queue", "discriminatory"),
        # intimate images and grooming of under-18s
        ("a man online keeps sending my daughter naked photos", "sexual"),
        ("my uncle walks in on me in the bath and laughs", "sexual"),
        ("i dont want to say who it is but im only 14", "children"),
        # controlling behaviour
        ("he checks all my texts every night before bed", "domestic"),
        ("she listens in on my phone calls from the other room", "domestic"),
        ("I'm not supposed to talk to anyone from outside the family", "domestic"),
        # threats to withdraw care or family
        ("if I report the carer she says she'll stop coming and I'll be on my own", "psychological"),
        # medication in care settings
        ("the night staff give him his tablets early so he sleeps through", "organisational"),
        ("night staff hand out everyone's meds at once to save time", "organisational"),
        # a carer going into hospital
        ("I have surgery next week and nobody to look after my husband", "carer_breakdown"),
        # means and intent, told calmly
        ("I have been putting by my sleeping tablets, saving them for when I decide", "suicide_self_harm"),
        ("I swallowed the whole strip of my wife's codeine", "suicide_self_harm"),
        # formal reports of institutional neglect
        ("I wish to report that residents are left unattended in soiled clothing", "organisational"),
        ("Staff repeatedly failed to reposition my father overnight", "organisational"),
        # heat off for days, someone sat in the cold
        ("my aunt's boiler has been broken since Sunday and she is 90", "crisis"),
        # found from the second-language, formal and Welsh set (after its first read)
        ("he counts every penny and checks the receipts when I get back", "domestic"),
        ("I can't go to my sister's without asking him first", "domestic"),
        ("dw i ddim yn cael mynd i'r siop heb iddo wybod", "domestic"),
        ("mae o'n darllen fy negeseuon i gyd bob nos", "domestic"),
        ("Staff found my aunt undressed with a male resident in the lounge", "sexual"),
        ("mae'r adeiladwyr wedi codi pum mil o bunnoedd ar fy nhad", "financial"),
        ("the men next door are picked up by a van at 5am every day and look half starved", "modern_slavery"),
        ("My son is gay and has had threats from the people opposite for months", "discriminatory"),
        ("the agency keep missing his insulin at lunchtime", "neglect"),
        ("her boyfriend minds the baby when he is off his head on drink", "children"),
        ("his family plan to take my niece abroad this summer to be cut", "children"),
        ("mae dynion hŷn yn codi fy chwaer o'r ysgol yn eu ceir", "children"),
    ],
)
def test_later_classes_are_caught_by_rule(text, category):
    assert category_of(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "starving for news about my housing application",
        "these hills are murder on my back but the bus helps",
        "it's like banging your head against a brick wall with the phone line",
        "my daughter keeps me on track with appointments",
        "I thought the receptionist was going to kill me for being late",
        "I take a lot of tablets and the chemist sorts them into a box",
        "he reads my letters out to me because my eyes are bad",
        "the boiler left us without hot water for a day but was repaired promptly",
        "the nurse asked if I ever felt scared at home and I said no",
        "cefais fy moddion i gyd gan y fferyllfa ddoe",
        "they have left me alone ever since the debt advice",
    ],
)
def test_later_idioms_and_everyday_words_raise_nothing(text):
    assert screen(RULES_ONLY, text) is None


@pytest.mark.parametrize(
    "word, forms",
    [
        ("taro", {"taro", "daro", "nharo", "tharo"}),
        ("cam_drin", {"cam_drin", "gam_drin", "ngham_drin", "cham_drin"}),
        ("llun", {"llun", "lun"}),
        ("gwres", {"gwres", "wres", "ngwres"}),
        ("rhoi", {"rhoi", "roi"}),
        ("ofn", {"ofn"}),
    ],
)
def test_welsh_stems_match_every_mutation(word, forms):
    assert set(mutated(word)) == forms
    assert set(expand(f"^{word} x").split()[0].split("|")) == forms | {form + "r" for form in forms}


def test_texting_shorthand_is_folded():
    assert normalise("some1 pls help rn, no1 cares w/o me") == (
        "someone please help right now noone cares without me"
    )


@pytest.mark.parametrize(
    "text, unsettled",
    [
        ("She is a lifesaver. I'd be lost without her.", ""),
        ("Dad is home after his fall and doing well", ""),
        ("The carer is a godsend. He took all his tablets last night", "he took all his tablets last night"),
        ("I'm not doing well at all", None),
        ("The new ramp arrived on Tuesday", None),
    ],
)
def test_settled_sentences_are_set_aside(text, unsettled):
    assert context.unsettled(text) == unsettled


class _Scores:
    """A stand-in model scoring by word, so the dampening is tested apart from training."""

    threshold = 0.5

    def risk(self, text: str) -> float:
        return 0.9 if "tablets" in text or "lifesaver" in text else 0.1


def test_classifier_is_dampened_only_on_settled_sentences():
    model = _Scores()
    assert context.risk(model, "My carer is a lifesaver") == 0.0
    assert context.risk(model, "My carer is a lifesaver. I have saved my tablets") == 0.9
    assert context.risk(model, "I have saved my tablets") == 0.9


@pytest.mark.parametrize(
    "text",
    [
        "I am writing to confirm that the carers have come on time every day",
        "Kindly note we will be on holiday abroad for two weeks from Friday",
        "She was in a bad way in the winter but she's back to her old self now",
    ],
)
def test_warm_or_formal_evaluations_are_settled(text):
    assert context.unsettled(text) == ""


@pytest.mark.skipif(classifier() is None, reason="no trained model")
def test_the_screen_does_not_alarm_on_warm_words_about_a_carer():
    assert (
        screen(SETTINGS, "Honestly my carer Pam is a lifesaver, don't know what we'd do without her") is None
    )


def test_blind_sets_are_trained_on_and_each_is_read_without_itself():
    # Once read, a blind set is training data; its honest figure comes from a model that never saw it.
    blind = sorted((corpus.DATA / "blind").glob("set_*.csv"))
    assert len(blind) >= 6  # A to F, and any later set
    assert set(blind) <= set(train.corpus_files())
    rows = [row for path in blind for row in corpus.read(path)]
    sets = {train.blind_set(row) for row in rows}
    assert None not in sets and len(sets) == len(blind)
    # whole sets are one source each, so source-held-out folds never split a writer's set
    assert {train.source_of(row) for row in rows} == sets


def test_leave_one_set_out_never_trains_on_the_set_it_reads(monkeypatch):
    rows = [
        row for path in sorted((corpus.DATA / "blind").glob("set_*.csv"))[:3] for row in corpus.read(path)
    ]
    seen: list[set[str]] = []
    real = train._train

    def recording(texts, labels):
        seen.append(set(texts))
        return real(texts, labels)

    monkeypatch.setattr(train, "_train", recording)
    readings = train.leave_one_set_out(rows)
    assert len(readings) == 3 == len(seen)
    for (name, (texts, scores)), trained in zip(readings.items(), seen, strict=True):
        assert texts and len(scores) == len(texts)
        assert all(train.blind_set(row) == name for row in texts)
        assert not {row.text for row in texts} & trained
