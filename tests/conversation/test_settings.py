"""config.yaml is validated at start-up; a bad file gives one clear line."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from settings import ROOT, ConfigError, Environment, load_config, parse_config, parse_duration
from tests.configuration import raw_test_config


@pytest.fixture(scope="module")
def raw() -> dict:
    return raw_test_config()


def broken(raw: dict, change) -> dict:
    data = copy.deepcopy(raw)
    change(data)
    return data


def test_test_config_loads_with_six_default_questions():
    config = load_config()
    assert [q.id for q in config.default_survey.questions] == [
        "overall",
        "listened",
        "what_matters",
        "strengths",
        "timely",
        "comment",
    ]
    assert config.organisation.languages == ["en", "cy"]
    assert "cy" in config.organisation.awaiting_review


def test_yes_and_no_stay_words_not_booleans():
    timely = load_config().survey("default").question("timely")
    assert "yes" in timely.choices[0].accept["en"] and "y" in timely.choices[0].accept["en"]


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda d: d["surveys"][0]["questions"][4]["choices"][2].update(value=1),
            "config.yaml: surveys[0].questions[4].choices: value 1 appears twice",
        ),
        (
            lambda d: d["outreach"].update(invite_after="soon"),
            "outreach.invite_after: 'soon' is not a duration",
        ),
        (lambda d: d["surveys"][0]["questions"][0].update(type="slider"), "surveys[0].questions[0].type"),
        (
            lambda d: d["surveys"][0]["questions"][5]["text"].pop("cy"),
            "surveys[0].questions[5].text.cy: missing",
        ),
        (lambda d: d["organisation"].update(time_zone="Mars/Olympus"), "organisation.time_zone"),
        (
            lambda d: d["goals"].update(nonsense={"positive_at_least": 50}),
            "goals.nonsense: no question with that id",
        ),
        (lambda d: d["goals"]["listened"].update(positive_at_least=150), "goals.listened.positive_at_least"),
        (lambda d: d.update(surprise=1), "surprise: Extra inputs are not permitted"),
        (lambda d: d["surveys"][0].update(default=False), "exactly one survey must have default: true"),
        (
            lambda d: d["teams"][1].update(keywords=["FEEDBACK EAST"]),
            "'FEEDBACK EAST' is also used by teams.east",
        ),
        (lambda d: d["outreach"]["quiet_hours"].update(send_from="9am"), "outreach.quiet_hours.send_from"),
        (lambda d: d.pop("messages"), "messages: Field required"),
    ],
)
def test_bad_config_names_the_key_and_the_problem(raw, change, message):
    with pytest.raises(ConfigError) as error:
        parse_config(broken(raw, change))
    text = str(error.value)
    assert message in text
    assert "\n" not in text


@pytest.mark.parametrize(
    "content, message",
    [
        ("surveys: [\n  - id: x\n    name: [unclosed\n", "config.yaml line"),
        ("- just\n- a list\n", "expected a mapping"),
        ("", "expected a mapping"),
    ],
)
def test_unparseable_files_get_one_line(tmp_path: Path, content, message):
    path = tmp_path / "config.yaml"
    path.write_text(content)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_missing_file(tmp_path: Path):
    with pytest.raises(ConfigError, match="cannot read the file"):
        load_config(tmp_path / "nope.yaml")


def test_binary_file(tmp_path: Path):
    path = tmp_path / "config.yaml"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_flask_command_with_a_broken_config_prints_one_line_and_no_traceback(tmp_path: Path, raw):
    path = tmp_path / "config.yaml"
    path.write_text(
        yaml.safe_dump(broken(raw, lambda d: d["surveys"][0]["questions"][1].update(type="slider")))
    )
    env = os.environ | {"HEARD_CONFIG": str(path), "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"}
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "web", "migrate"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "Heard cannot start: config.yaml: surveys[0].questions[1].type" in result.stderr


@pytest.mark.parametrize(
    "text, expected", [("30s", 30), ("10m", 600), ("2h", 7200), ("7d", 604800), (" 48h ", 172800)]
)
def test_durations(text, expected):
    assert parse_duration(text) == timedelta(seconds=expected)


def test_environment_defaults_and_overrides():
    env = Environment.from_environ({})
    assert (env.host, env.port) == ("127.0.0.1", 5000)
    assert env.database_url.startswith("sqlite:///") and env.database_url.endswith("instance/heard.sqlite3")
    env = Environment.from_environ({"PORT": "8080", "HOST": "0.0.0.0", "DATABASE_URL": "postgresql://x/y"})
    assert (env.host, env.port, env.database_url) == ("0.0.0.0", 8080, "postgresql://x/y")
    with pytest.raises(ConfigError, match="PORT"):
        Environment.from_environ({"PORT": "eighty"})


@pytest.mark.parametrize(
    "name, value",
    [
        ("SMTP_PORT", "twenty-five"),
        ("SMTP_PORT", "70000"),
        ("SMTP_PORT", "0"),
        ("SMTP_PORT", "²5"),  # a digit to str.isdigit, not to int()
        ("TRUSTED_PROXIES", "¹"),
        ("SESSION_COOKIE_SECURE", "maybe"),
    ],
)
def test_bad_environment_values_name_the_variable(name, value):
    with pytest.raises(ConfigError, match=f"^{name}: ") as error:
        Environment.from_environ({name: value})
    assert "\n" not in str(error.value)


def test_smtp_and_cookie_variables_are_read_in_settings():
    env = Environment.from_environ(
        {
            "SMTP_HOST": "mail.example.org",
            "SMTP_PORT": "587",
            "SMTP_FROM": "heard@example.org",
            "SAFEGUARDING_EMAIL_TO": " duty@example.org, ,lead@example.org ",
            "SMTP_USERNAME": "heard",
            "SMTP_PASSWORD": "pw",
            "SESSION_COOKIE_SECURE": "yes",
        }
    )
    assert (env.smtp.host, env.smtp.port, env.smtp.sender) == ("mail.example.org", 587, "heard@example.org")
    assert env.smtp.to == ("duty@example.org", "lead@example.org")
    assert (env.smtp.username, env.smtp.password, env.session_cookie_secure) == ("heard", "pw", True)
    unset = Environment.from_environ({})
    assert (unset.smtp.port, unset.smtp.to, unset.session_cookie_secure) == (None, (), False)


def test_flask_command_with_a_bad_smtp_port_prints_one_line_and_no_traceback(tmp_path: Path):
    env = os.environ | {"SMTP_PORT": "smtp", "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"}
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "web", "migrate"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "Heard cannot start: SMTP_PORT: 'smtp' is not a port number" in result.stderr


def test_no_module_reads_the_environment_outside_settings():
    readers = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("bot", "models", "web")
        for path in sorted((ROOT / package).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "os.environ" in line or "getenv(" in line
    ]
    assert readers == []


# vocabulary: keep (the old section name is what these tests feed in)
def test_the_old_section_name_still_loads_with_a_warning_naming_outreach(raw, caplog):
    old = copy.deepcopy(raw)
    old["followups"] = old.pop("outreach")  # vocabulary: keep
    old["followups"]["invite_after"] = "3h"  # vocabulary: keep
    with caplog.at_level("WARNING", logger="settings"):
        config = parse_config(old)
    assert config.outreach.invite_after == timedelta(hours=3)
    warning = " ".join(record.getMessage() for record in caplog.records)
    assert "'followups' is now called 'outreach'" in warning  # vocabulary: keep


def test_the_old_and_the_new_section_together_are_refused(raw):
    both = copy.deepcopy(raw)
    both["followups"] = copy.deepcopy(both["outreach"])  # vocabulary: keep
    with pytest.raises(ConfigError, match="both 'followups' and 'outreach'"):  # vocabulary: keep
        parse_config(both)
