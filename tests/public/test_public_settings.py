"""public_results in config.yaml: off by default, every offered language worded, bad values refused."""

from __future__ import annotations

import pytest

from settings import ROOT, ConfigError, parse_config, read_yaml
from tests.configuration import raw_test_config


def shipped_config_data() -> dict:
    return read_yaml((ROOT / "config.yaml").read_text(encoding="utf-8"))


def test_the_shipped_config_keeps_public_results_off_with_a_minimum_of_ten():
    public = parse_config(shipped_config_data()).public_results
    assert (public.enabled, public.min_count, public.embed_allowed_on) == (False, 10, [])
    assert set(public.text) == {"en", "cy"}


def test_without_the_section_it_is_off():
    data = raw_test_config()
    del data["public_results"]
    assert parse_config(data).public_results.enabled is False


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda p: p["text"].pop("cy"), "public_results.text.cy: missing"),
        (lambda p: p.update(min_count=4), "min_count"),
        (lambda p: p["text"]["cy"]["team_names"].update(north="Gogledd"), "team_names.north"),
        (lambda p: p["text"]["cy"]["theme_names"].update(parking="parcio"), "theme_names.parking"),
        (lambda p: p["text"]["en"].pop("suppressed"), "suppressed"),
        (lambda p: p["text"]["en"].update(months=["Jan"]), "months"),
        (lambda p: p.update(embed_allowed_on=["https://a.example; script-src *"]), "embed_allowed_on"),
        (lambda p: p.update(embed_allowed_on=["javascript:alert(1)"]), "embed_allowed_on"),
    ],
)
def test_when_enabled_bad_public_settings_stop_start_up_with_one_line(change, message):
    data = raw_test_config()
    data["public_results"]["enabled"] = True
    change(data["public_results"])
    with pytest.raises(ConfigError) as error:
        parse_config(data)
    assert message in str(error.value) and "\n" not in str(error.value)
