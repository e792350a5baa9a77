"""Route × role × team: every admin page and API route, from the app's URL map (issue 21).

A route added without a line in POLICY fails `test_every_route_has_a_policy`, so
nobody has to remember to add it here; the other tests then check it for each staff
role (a viewer of the east team, a manager, an admin) on east and west records, and
each API route with tokens that lack its scope or are limited to the east team.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from models import Alert, Answer, ApiToken, Callback, Conversation, OutreachMessage, Resident, User
from models.you_said_we_did_register import RegisterEntry
from tests.admin_support import make_user, sign_in
from tests.factories import T0, api_token, send
from tests.scheduling import record, row
from web.api import SCOPE_OF

ALL, MANAGERS, ADMINS = ("viewer", "manager", "admin"), ("manager", "admin"), ("admin",)
WEST_WORD = "Westquillon"  # only in the west resident's comment: must never reach an east-only viewer
ARGUMENT = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")
NOT_ADMIN_PAGES = {"auth.sign_in", "auth.sign_out", "static", "healthz"}


@dataclass(frozen=True)
class Rule:
    roles: tuple[str, ...]
    record: str | None = None  # the kind of team-owned record in the URL, if any


# Who may use each admin endpoint, and which team-owned record its URL names.
POLICY = {
    "admin.dashboard": Rule(ALL),
    "admin.alerts": Rule(ALL),
    "admin.alert_detail": Rule(ALL, "alert_id"),
    "admin.alert_conversation": Rule(ALL, "alert_id"),
    "admin.alert_acknowledge": Rule(ALL, "alert_id"),
    "admin.alert_assign": Rule(ALL, "alert_id"),
    "admin.alert_note": Rule(ALL, "alert_id"),
    "admin.alert_close": Rule(ALL, "alert_id"),
    "admin.alert_reopen": Rule(ALL, "alert_id"),
    "admin.alert_contact": Rule(MANAGERS, "alert_id"),
    "admin.alert_false_alarm": Rule(MANAGERS, "alert_id"),
    "admin.audit": Rule(ADMINS),
    "admin.callbacks": Rule(ALL),
    "admin.callback_detail": Rule(ALL, "callback_id"),
    "admin.callback_reply": Rule(ALL, "callback_id"),
    "admin.callback_note": Rule(ALL, "callback_id"),
    "admin.callback_assign": Rule(ALL, "callback_id"),
    "admin.callback_close": Rule(ALL, "callback_id"),
    "admin.callback_reopen": Rule(ALL, "callback_id"),
    "admin.callback_resident": Rule(MANAGERS, "callback_id"),
    "admin.comments": Rule(ALL),
    "admin.emerging_topics_page": Rule(ALL),
    "admin.comment_missed": Rule(MANAGERS, "answer_id"),
    "admin.service_contacts_upload": Rule(MANAGERS),
    "admin.service_contacts_check": Rule(MANAGERS),
    "admin.service_contacts_import_good": Rule(MANAGERS),
    "admin.conversation": Rule(ALL, "conversation_id"),
    "admin.conversation_contact": Rule(MANAGERS, "conversation_id"),
    "admin.export_comments": Rule(ALL),
    "admin.export_responses": Rule(ALL),
    "admin.people": Rule(ADMINS),
    "admin.person": Rule(ADMINS, "public_id"),
    "admin.person_download": Rule(ADMINS, "public_id"),
    "admin.person_erase": Rule(ADMINS, "public_id"),
    "admin.outreach": Rule(ALL),
    "admin.old_prompts": Rule(ALL),
    "admin.old_contacts_upload": Rule(MANAGERS),
    "admin.outreach_message_cancel": Rule(MANAGERS, "outreach_message_id"),
    "admin.screen": Rule(MANAGERS),
    "admin.screen_feedback_csv": Rule(MANAGERS),
    "admin.teams": Rule(ALL),
    "admin.team_qr": Rule(ALL, "team_id"),
    "admin.tokens": Rule(ADMINS),
    "admin.token_create": Rule(ADMINS),
    "admin.token_revoke": Rule(ADMINS, "token_id"),
    "admin.try_survey": Rule(ALL),
    "admin.try_start": Rule(ALL),
    "admin.try_reply": Rule(ALL),
    "admin.users": Rule(ADMINS),
    "admin.user_new": Rule(ADMINS),
    "admin.user_edit": Rule(ADMINS, "user_id"),
    "admin.user_password": Rule(ADMINS, "user_id"),
    "admin.you_said_we_did": Rule(MANAGERS),
    "admin.you_said_we_did_register": Rule(MANAGERS),
    "admin.you_said_we_did_register_entry": Rule(MANAGERS),
}


def admin_rules(app) -> list[tuple[str, str, str]]:
    """(endpoint, method, rule) for every staff route."""
    found = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/admin") and rule.endpoint not in NOT_ADMIN_PAGES:
            found += [(rule.endpoint, m, rule.rule) for m in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return found


def api_rules(app) -> list[tuple[str, str, str]]:
    found = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            found += [(rule.endpoint, m, rule.rule) for m in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return found


def test_every_route_has_a_policy(app):
    assert {e for e, _, _ in admin_rules(app)} == set(POLICY), "add the new admin route to POLICY"
    missing = {e for e, _, _ in api_rules(app)} - set(SCOPE_OF)
    assert not missing, f"API routes with no @needs(scope): {missing} (they refuse every token)"


def resident(db, config, phone: str, keyword: str, comment: str, at) -> None:
    answers = [keyword, "2", "no", "2", "not sure", "yes", f"{comment}, and I want to die"]  # "no": negative
    for i, text in enumerate(answers):
        send(db, config, text, channel="sms", address=phone, at=at + timedelta(minutes=i))
    # A negative survey ends with the callback offer: YES opens a callback for the team.
    send(db, config, "YES", channel="sms", address=phone, at=at + timedelta(minutes=len(answers)))


@pytest.fixture
def records(app, db, config) -> dict[str, dict[str, str]]:
    """One east and one west resident (answers, a comment, an alert, a scheduled prompt)."""
    resident(db, config, "+447700900301", "FEEDBACK EAST", "Eastfinch was kind", T0)
    resident(db, config, "+447700900302", "FEEDBACK WEST", f"{WEST_WORD} was kind", T0)
    record(db, config, [row("+447700900303", "east", T0), row("+447700900304", "west", T0)], T0)
    make_user(db, "viewer@example.org", "viewer", ("east",))
    make_user(db, "manager@example.org", "manager")
    make_user(db, "admin@example.org", "admin")
    api_token(app.test_cli_runner(), "some token")
    ids: dict[str, dict[str, str]] = {"east": {}, "west": {}}
    with db.begin() as session:
        for team in ("east", "west"):
            ids[team]["alert_id"] = str(session.scalar(select(Alert.id).where(Alert.team == team)))
            conversation = session.scalar(select(Conversation).where(Conversation.team == team))
            ids[team]["conversation_id"] = str(conversation.id)
            ids[team]["answer_id"] = str(
                session.scalar(select(Answer.id).where(Answer.conversation_id == conversation.id).limit(1))
            )
            ids[team]["public_id"] = session.scalar(
                select(Resident.public_id).where(Resident.id == conversation.resident_id)
            )
            ids[team]["callback_id"] = str(session.scalar(select(Callback.id).where(Callback.team == team)))
            ids[team]["outreach_message_id"] = str(
                session.scalar(select(OutreachMessage.id).where(OutreachMessage.team == team))
            )
            ids[team]["team_id"] = team
            ids[team]["token_id"] = str(session.scalar(select(ApiToken.id)))
            ids[team]["user_id"] = str(session.scalar(select(User.id).where(User.role == "viewer")))
            entry = RegisterEntry(
                team=team, you_said="Slow replies", we_did="A duty line", recorded_on=T0.date()
            )
            session.add(entry)
            session.flush()
            ids[team]["entry_id"] = str(entry.id)
    return ids


def url_for_team(rule: str, values: dict[str, str]) -> str:
    return ARGUMENT.sub(lambda m: values[m[1]], rule)


@pytest.mark.parametrize("role", ALL)
def test_each_role_reaches_only_its_pages_and_its_teams_records(app, records, role):
    client = app.test_client()
    assert sign_in(client, f"{role}@example.org").status_code == 302
    app.config["WTF_CSRF_ENABLED"] = False  # reach the access checks, not the CSRF check
    wrong = []
    for endpoint, method, rule in admin_rules(app):
        policy = POLICY[endpoint]
        for team in ("east", "west"):
            url = url_for_team(rule, records[team])
            response = client.open(url, method=method, query_string={"team": team})
            status, body = response.status_code, response.get_data(as_text=True)
            sees_team = role != "viewer" or team == "east"
            if role not in policy.roles:
                ok = status == 403
            elif policy.record and not sees_team:
                ok = status in (403, 404) and WEST_WORD not in body
            else:
                ok = status not in (401, 403) and status < 500
            if role == "viewer" and WEST_WORD in body:
                ok = False
            if not ok:
                wrong.append(f"{role} {method} {url}?team={team}: {status}")
            if status == 302 and "/admin/sign-in" in (response.location or ""):
                assert (
                    sign_in(client, f"{role}@example.org").status_code == 302
                )  # e.g. after a password reset
    assert not wrong, "\n".join(wrong)


ALL_SCOPES = ("responses:read", "alerts:read", "contacts:write", "callbacks:reply")


def call(client, method: str, url: str, token: str, team: str):
    headers = {"Authorization": f"Bearer {token}"}
    if method == "POST" and url.endswith("/replies"):
        return client.post(url, json={"text": "We are looking into it"}, headers=headers)
    if method == "POST":
        resident = {
            "phone": "+447700900399",
            "team": team,
            "contacted_at": "2026-11-27T10:00:00Z",
            "consent": True,
        }
        return client.post(url, json={"contacts": [resident]}, headers=headers)
    return client.open(url, method=method, query_string={"team": team}, headers=headers)


def test_each_api_route_needs_its_scope_and_keeps_to_the_tokens_teams(app, records):
    client, runner = app.test_client(), app.test_cli_runner()
    wrong = []
    for endpoint, method, url in api_rules(app):
        scope = SCOPE_OF[endpoint]
        others = [a for s in ALL_SCOPES if s != scope for a in ("--scope", s)]
        without = api_token(runner, "without", *others)
        east = api_token(runner, "east", "--team", "east", "--scope", scope)
        everyone = api_token(runner, "everyone", "--scope", scope)
        for team in ("east", "west"):
            target = url_for_team(url, records[team])  # a route naming one record: that team's
            refused = call(client, method, target, without, team)
            if refused.status_code != 403 or refused.json.get("error") != "forbidden":
                wrong.append(f"{method} {url} without {scope}: {refused.status_code}")
            scoped = call(client, method, target, east, team)
            answer = dict(scoped.json or {})
            answer.pop("filters", None)  # /summary echoes the query's team: that is not west's data
            body = json.dumps(answer, separators=(",", ":"))
            if target != url:  # one west record through an east-only token: not there at all
                expected = (202 if method == "POST" else 200) if team == "east" else 404
                if scoped.status_code != expected or '"team":"west"' in body or WEST_WORD in body:
                    wrong.append(f"{method} {target} east token, {team} record: {scoped.status_code}")
            elif method == "POST":
                expected = 201 if team == "east" else 422
                if scoped.status_code != expected:
                    wrong.append(f"{method} {url} east token, {team} contact: {scoped.status_code}")
            elif scoped.status_code != 200 or '"team":"west"' in body or WEST_WORD in body:
                wrong.append(f"{method} {url}?team={team} east token: {scoped.status_code} or west data")
            if method == "GET" and call(client, method, target, everyone, team).status_code != 200:
                wrong.append(f"{method} {url}?team={team} with {scope}: refused")
    assert not wrong, "\n".join(wrong)
