"""Retention rules from config: old contact details and message logs go, answers stay, alerts hold."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.privacy.retention import apply_retention
from models import Alert, Answer, AuditEntry, Conversation, Message, Resident
from settings import ConfigError, parse_config
from tests.configuration import raw_test_config
from tests.factories import T0, send


def count(db, model, *where) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def retention(db, config, days):
    with db.begin() as session:
        return apply_retention(session, config, T0 + timedelta(days=days))


def test_contact_details_go_after_90_days_but_answers_stay(db, config):
    send(db, config, "Hi", address="old")
    send(db, config, "1", address="old", at=T0 + timedelta(minutes=1))
    send(db, config, "Hi", address="recent", at=T0 + timedelta(days=60))
    report = retention(db, config, 91)
    assert (report.residents_deleted, report.messages_deleted) == (1, 0)
    assert count(db, Resident, Resident.local_address == "old") == 0
    assert count(db, Resident, Resident.local_address == "recent") == 1
    assert count(db, Answer) == 1 and count(db, Conversation, Conversation.resident_id.is_(None)) == 1
    assert retention(db, config, 89).residents_deleted == 0  # run again earlier: nothing more


def test_message_logs_go_after_180_days(db, config):
    send(db, config, "Hi", address="a")
    send(db, config, "Hi", address="b", at=T0 + timedelta(days=100))
    report = retention(db, config, 181)
    assert report.messages_deleted == 3  # a's message and its two replies
    assert count(db, Message) == 3 and count(db, Message, Message.created_at < T0 + timedelta(days=1)) == 0


def test_an_open_alert_keeps_the_resident_and_messages_until_closed(db, config):
    send(db, config, "I feel hopeless", address="flagged")
    report = retention(db, config, 400)
    assert (report.residents_deleted, report.residents_kept_for_alerts, report.messages_deleted) == (0, 1, 0)
    assert count(db, Resident) == 1
    with db.begin() as session:
        session.scalar(select(Alert)).status = "closed"
    report = retention(db, config, 400)
    assert (report.residents_deleted, report.residents_kept_for_alerts) == (1, 0)
    assert count(db, Alert, Alert.resident_id.is_(None)) == 1


def test_opted_out_people_stay_on_the_suppression_list(db, config):
    send(db, config, "Hi", address="out")
    send(db, config, "STOP", address="out", at=T0 + timedelta(minutes=1))
    assert retention(db, config, 365).residents_deleted == 0
    data = raw_test_config()
    data["retention"]["keep_opt_outs"] = False
    assert retention(db, parse_config(data), 365).residents_deleted == 1


def test_answers_rule_and_null_rules(db, config):
    send(db, config, "Hi", address="a")
    send(db, config, "1", address="a", at=T0 + timedelta(minutes=1))
    data = raw_test_config()
    data["retention"] = {"contact_details_after": None, "message_logs_after": None, "answers_after": "365d"}
    strict = parse_config(data)
    assert set(retention(db, strict, 364).as_dict().values()) == {0}
    assert retention(db, strict, 366).conversations_deleted == 1
    assert count(db, Answer) == 0 and count(db, Resident) == 1


def test_each_run_is_in_the_audit_log_and_the_cli_prints_the_report(db, config, runner):
    send(db, config, "Hi", address="a")
    result = runner.invoke(args=["apply-retention"])
    assert result.exit_code == 0, result.output
    assert "residents deleted: 0" in result.output and "messages deleted: 0" in result.output
    with db.begin() as session:
        entry = session.scalar(select(AuditEntry))
        assert (entry.action, entry.actor, entry.detail["residents_deleted"]) == ("retention", "system", 0)


def test_bad_retention_setting_is_one_clear_line():
    data = raw_test_config()
    data["retention"]["message_logs_after"] = "six months"
    with pytest.raises(ConfigError, match=r"^config.yaml: retention.message_logs_after: 'six months' is not"):
        parse_config(data)
