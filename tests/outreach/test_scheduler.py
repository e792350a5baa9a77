"""Sweeping due prompts into the outbox: invitations, the reminder, re-contact, the cap, opt-outs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.outreach.outbox import drain
from bot.outreach.sweep import sweep
from models import Conversation
from tests.factories import T0, answers_of, conversations_of, send, texts
from tests.scheduling import (
    ENV,
    RecordingSender,
    fast,
    outbox,
    outreach_messages,
    record,
    registered,
    row,
    with_outreach,
)

PHONE = "+447700900001"
HOUR = timedelta(hours=1)


@pytest.fixture
def cfg(config):
    return fast(config)


@pytest.fixture
def sms():
    sender = RecordingSender()
    with registered(sender, RecordingSender("whatsapp"), RecordingSender("telegram")):
        yield sender


def tick(db, config, now):
    """What the scheduler job does once, with the clock at `now`."""
    sweep(db, config, now)
    return drain(db, config, ENV, now)


def test_invitation_goes_out_after_invite_after_and_the_reply_answers_the_first_question(db, cfg, sms):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    invite, recontact = outreach_messages(db)
    assert (invite.kind, invite.due_at, invite.status) == ("invite", T0 + 2 * HOUR, "pending")
    assert recontact.kind == "recontact" and recontact.survey_id == "recontact"
    assert recontact.due_at.date() == (T0 + timedelta(days=90)).date()

    tick(db, cfg, T0 + 2 * HOUR - timedelta(seconds=1))
    assert sms.sent == []
    tick(db, cfg, T0 + 2 * HOUR)
    assert [address for address, _ in sms.sent] == [PHONE, PHONE]
    assert sms.sent[0][1].startswith("Thank you for talking to Anytown Council")
    assert sms.sent[1][1].startswith("Overall, how was your experience of our service?")
    assert [p.status for p in outreach_messages(db, kind="invite")] == ["sent"]
    assert [m.status for m in outbox(db)] == ["sent", "sent"]

    replies = send(db, cfg, "2", address=PHONE, channel="sms", at=T0 + 3 * HOUR)
    assert texts(replies)[0].startswith("Did the person you spoke to listen carefully")
    [conversation] = conversations_of(db, PHONE, "sms")
    assert conversation.team == "east" and conversation.survey_id == "default"
    assert answers_of(db, conversation.id)["overall"].value_num == 2


def test_the_reminder_goes_once_to_an_unanswered_invitation(db, cfg, sms):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    tick(db, cfg, T0 + 2 * HOUR)
    # 48h later is Sunday 29 Nov 12:00, outside the sending days: Monday 09:00.
    monday = T0.replace(day=30, hour=9)
    [reminder] = outreach_messages(db, kind="reminder")
    assert reminder.due_at == monday and reminder.status == "pending"
    tick(db, cfg, T0 + 50 * HOUR)
    tick(db, cfg, monday - timedelta(seconds=1))
    assert len(sms.sent) == 2
    tick(db, cfg, monday)
    assert [body.split(":")[0] for _, body in sms.sent[2:3]] == ["A reminder from Anytown Council"]
    assert sms.sent[3][1] == sms.sent[1][1]  # the first question again
    tick(db, cfg, monday + timedelta(days=3))
    assert len(sms.sent) == 4
    assert [p.status for p in outreach_messages(db, kind="reminder")] == ["sent"]


@pytest.mark.parametrize("reply", ["1", "SKIP"])
def test_the_reminder_is_cancelled_the_moment_the_resident_answers(db, cfg, sms, reply):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    tick(db, cfg, T0 + 2 * HOUR)
    send(db, cfg, reply, address=PHONE, channel="sms", at=T0 + 5 * HOUR)
    [reminder] = outreach_messages(db, kind="reminder")
    assert (reminder.status, reminder.last_error) == ("cancelled", "answered")
    tick(db, cfg, T0 + timedelta(days=4))
    assert len(sms.sent) == 2


def test_an_answer_after_the_reminder_was_queued_still_stops_it(db, cfg, sms):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    tick(db, cfg, T0 + 2 * HOUR)
    monday = T0.replace(day=30, hour=9)
    sweep(db, cfg, monday)  # the reminder is in the outbox, not yet sent
    assert [m.status for m in outbox(db)][2:] == ["pending", "pending"]
    send(db, cfg, "1", address=PHONE, channel="sms", at=monday + timedelta(seconds=5))
    drain(db, cfg, ENV, monday + timedelta(seconds=10))
    assert len(sms.sent) == 2
    assert [m.status for m in outbox(db)][2:] == ["cancelled", "cancelled"]


def test_frequency_cap_holds_across_teams_and_lifts_after_max_invites_per(db, cfg, sms):
    rows = [
        row(PHONE, "east", T0),
        row(PHONE, "west", T0 + HOUR),
        row(PHONE, "carers", T0 + timedelta(days=3)),
    ]
    record(db, cfg, rows, T0 + timedelta(days=3))
    for day in range(0, 40):
        tick(db, cfg, T0 + timedelta(days=3 + day, hours=1))
    invites = outreach_messages(db, kind="invite")
    assert [p.status for p in invites] == ["sent", "cancelled", "cancelled"], [p.last_error for p in invites]
    assert invites[1].last_error.startswith("frequency cap: invited 2026-11-30")
    intros = [body for _, body in sms.sent if body.startswith("Thank you for talking")]
    assert len(intros) == 1

    later = T0 + timedelta(days=40)
    record(db, cfg, [row(PHONE, "hospital", later)], later)
    tick(db, cfg, later + 2 * HOUR)
    assert [p.status for p in outreach_messages(db, kind="invite")][-1] == "sent"


def test_the_cap_counts_the_recontact_too(db, cfg, sms):
    config = with_outreach(cfg, recontact_after=timedelta(days=10), reminder_after=None)
    record(db, config, [row(PHONE, "east", T0)], T0)
    tick(db, config, T0 + 2 * HOUR)
    tick(db, config, T0 + timedelta(days=11))
    [recontact] = outreach_messages(db, kind="recontact")
    assert recontact.status == "cancelled" and recontact.last_error.startswith("frequency cap")


def test_the_recontact_asks_the_recontact_survey(db, cfg, sms):
    config = with_outreach(cfg, recontact_after=timedelta(days=40), reminder_after=None)
    record(db, config, [row(PHONE, "west", T0)], T0)
    tick(db, config, T0 + 2 * HOUR)
    send(db, config, "1", address=PHONE, channel="sms", at=T0 + 3 * HOUR)
    tick(db, config, T0 + timedelta(days=40, hours=1))
    assert sms.sent[-2][1].startswith("Hello from Anytown Council. We spoke to you a few months ago.")
    assert sms.sent[-1][1].startswith("Since we spoke, have things got better or worse for you?")
    latest = conversations_of(db, PHONE, "sms")[-1]
    assert (latest.survey_id, latest.team) == ("recontact", "west")


@pytest.mark.parametrize("stop_channel", ["sms", "whatsapp"])
def test_an_opted_out_person_gets_no_outreach_message_on_any_channel(db, cfg, sms, stop_channel):
    rows = [row(PHONE, "east", T0, channel="sms"), row(PHONE, "west", T0 + HOUR, channel="whatsapp")]
    record(db, cfg, rows, T0 + HOUR)
    send(db, cfg, "STOP", address=PHONE, channel=stop_channel, at=T0 + HOUR)
    for day in range(0, 100):
        report = drain(db, cfg, ENV, T0 + timedelta(days=day, hours=3))
        sweep(db, cfg, T0 + timedelta(days=day, hours=3))
        assert report.sent == 0
    assert all(p.status == "cancelled" for p in outreach_messages(db))
    assert outbox(db) == []


def test_opting_out_after_the_sweep_stops_the_send(db, cfg, sms):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    sweep(db, cfg, T0 + 2 * HOUR)
    send(db, cfg, "STOP", address=PHONE, channel="whatsapp", at=T0 + 2 * HOUR)
    drain(db, cfg, ENV, T0 + 2 * HOUR)
    assert sms.sent == []
    assert {m.status for m in outbox(db)} == {"cancelled"}


def test_no_consent_records_the_service_contact_but_invites_nobody(db, cfg, sms):
    report = record(db, cfg, [row(PHONE, "east", T0, consent="no", referred_at="2026-11-20")], T0)
    assert report.imported == 1 and outreach_messages(db) == []


def test_a_resident_mid_survey_is_not_interrupted(db, cfg, sms):
    send(db, cfg, "FEEDBACK WEST", address=PHONE, channel="sms", at=T0 + HOUR)
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    tick(db, cfg, T0 + 2 * HOUR)
    assert sms.sent == []
    [invite] = outreach_messages(db, kind="invite")
    assert invite.last_error == "in a survey already"
    [conversation] = conversations_of(db, PHONE, "sms")
    assert conversation.status == "in_progress" and conversation.team == "west"


def test_telegram_and_welsh(db, cfg, sms):
    record(db, cfg, [{"telegram_chat_id": "4242", "team": "east", "contacted_at": T0.isoformat(),
                      "language": "cy", "consent": "true"}], T0)  # fmt: skip
    with registered(telegram := RecordingSender("telegram")):
        tick(db, cfg, T0 + 2 * HOUR)
    assert telegram.sent[0] == ("4242", telegram.sent[0][1])
    assert telegram.sent[0][1].startswith("Diolch am siarad gyda Anytown Council")
    assert sms.sent == []


def test_a_channel_without_a_sender_keeps_its_messages_waiting(db, cfg):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    with registered():
        sweep(db, cfg, T0 + 2 * HOUR)
        report = drain(db, cfg, ENV, T0 + 2 * HOUR)
    assert report.no_sender == 1 and {m.status for m in outbox(db)} == {"pending"}


def test_conversation_started_by_the_sweep_is_tagged_with_the_team(db, cfg, sms):
    record(db, cfg, [row(PHONE, "hospital", T0)], T0)
    tick(db, cfg, T0 + 2 * HOUR)
    with db.begin() as session:
        conversation = session.get(Conversation, outreach_messages(db, kind="invite")[0].conversation_id)
        assert (conversation.team, conversation.channel, conversation.current_question) == (
            "hospital",
            "sms",
            "overall",
        )


def test_no_reminder_when_the_invitation_was_never_delivered(db, cfg):
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    with registered():  # no sms sender: the invitation stays queued
        tick(db, cfg, T0 + 2 * HOUR)
        tick(db, cfg, T0.replace(day=30, hour=9))
    [reminder] = outreach_messages(db, kind="reminder")
    assert (reminder.status, reminder.last_error) == ("cancelled", "the invitation was not delivered")


def test_the_background_job_sweeps_and_sends(db, cfg, sms):
    import time

    import time_machine

    from bot.outreach.sweep import SchedulerService

    config = with_outreach(cfg, sweep_every=timedelta(seconds=1))
    with time_machine.travel(T0 + 2 * HOUR, tick=True):
        record(db, config, [row(PHONE, "east", T0)], T0)
        service = SchedulerService(db, config, ENV)
        job = service.scheduler.get_job("heard-sweep")
        assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, None)
        service.start()
        try:
            deadline = time.monotonic() + 20
            while len(sms.sent) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            service.stop()
    assert len(sms.sent) == 2


def test_scheduler_once_command(runner, app, config, sms):
    import time_machine

    db = app.extensions["heard"].db
    record(db, config, [row(PHONE, "east", T0)], T0)
    with time_machine.travel(T0 + 2 * HOUR, tick=False):
        result = runner.invoke(args=["scheduler", "--once"])
    assert result.exit_code == 0, result.output
    assert [address for address, _ in sms.sent] == [PHONE, PHONE]
