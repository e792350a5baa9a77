"""Recording contacts to follow up: every row checked, by CSV, CLI, API and the admin's function."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.outreach.service_contacts import ImportFileError, import_rows, read_csv
from models import ServiceContact
from tests.factories import T0, api_token, resident_of
from tests.scheduling import outreach_messages, record, row

GOOD = "+447700900001"


def service_contacts(db) -> list[ServiceContact]:
    with db.begin() as session:
        return list(session.scalars(select(ServiceContact).order_by(ServiceContact.id)))


@pytest.mark.parametrize(
    "change, error",
    [
        ({"phone": "07700 9001"}, "07700 9001 is not a valid UK mobile"),
        ({"phone": "020 7946 0000"}, "020 7946 0000 is not a valid UK mobile"),  # a landline
        ({"phone": "not a number"}, "not a number is not a valid UK mobile"),
        ({"phone": ""}, "phone or telegram_chat_id is missing"),
        ({"telegram_chat_id": "123"}, "give a phone number or a telegram_chat_id, not both"),
        ({"team": "north"}, "unknown team 'north' (teams: east, west, hospital, carers)"),
        ({"team": ""}, "team is missing"),
        ({"contacted_at": "yesterday"}, "contacted_at 'yesterday' is not a date like 2026-11-27"),
        ({"contacted_at": "2026-13-01"}, "contacted_at '2026-13-01' is not a date"),
        ({"contacted_at": ""}, "contacted_at is missing"),
        ({"contacted_at": "2027-01-01"}, "contacted_at 2027-01-01 is in the future"),
        ({"referred_at": "2026-11-28T10:00"}, "referred_at is after contacted_at"),
        ({"consent": ""}, "consent is missing (yes or no): without it nobody is invited"),
        ({"consent": "maybe"}, "consent 'maybe' is not yes or no"),
        ({"language": "fr"}, "unknown language 'fr' (languages: en, cy)"),
        ({"channel": "telegram"}, "channel 'telegram' does not go with a phone number"),
    ],
)
def test_each_problem_is_named_with_its_row(db, config, change, error):
    rows = [row(GOOD, "east", T0), row("+447700900002", "east", T0) | change]
    report = record(db, config, rows, T0)
    assert report.imported == 0 and service_contacts(db) == []
    [problem] = report.errors
    assert problem.row == 3  # header is row 1; the second data row is row 3
    assert str(problem).startswith(f"row 3: {error}")


def test_one_row_can_have_several_problems(db, config):
    report = record(db, config, [{"phone": "0770", "team": "x", "contacted_at": "", "consent": ""}], T0)
    assert [e.row for e in report.errors] == [2, 2, 2, 2]


def test_partial_imports_the_good_rows(db, config):
    rows = [row(GOOD, "east", T0), row("07700 9001", "east", T0), row("+447700900003", "west", T0)]
    report = record(db, config, rows, T0, partial=True)
    assert report.imported == 2 and [str(e) for e in report.errors] == [
        "row 3: 07700 9001 is not a valid UK mobile"
    ]
    assert [f.team for f in service_contacts(db)] == ["east", "west"]


def test_days_waited_formats_and_local_time(db, config):
    rows = [
        row(GOOD, "east", "27/11/2026 10:30", referred_at="2026-11-13"),
        row("07700 900002", "west", "2026-06-01T12:00", referred_at="20/05/2026"),
        {"telegram_chat_id": 4242, "team": "carers", "contacted_at": "2026-11-26T09:00:00Z", "consent": True},
    ]
    report = record(db, config, rows, T0)
    assert report.ok and report.imported == 3
    east, west, carers = service_contacts(db)
    assert east.contacted_at == datetime(2026, 11, 27, 10, 30, tzinfo=UTC)  # GMT
    assert west.contacted_at == datetime(2026, 6, 1, 11, 0, tzinfo=UTC)  # BST
    assert (east.days_waited, west.days_waited, carers.days_waited) == (14, 12, None)
    assert (east.channel, carers.channel) == ("sms", "telegram")
    assert resident_of(db, "+447700900002", "sms") is not None  # stored as E.164
    assert resident_of(db, "4242", "telegram").language is None


def test_the_same_row_twice_is_recorded_once(db, config):
    first = record(db, config, [row(GOOD, "east", T0)], T0)
    again = record(db, config, [row(GOOD, "east", T0), row(GOOD, "west", T0)], T0)
    assert (first.imported, again.imported, again.duplicates) == (1, 1, 1)
    assert len(outreach_messages(db, kind="invite")) == 2


def test_an_old_service_contact_is_invited_now_not_in_the_past(db, config):
    old = T0 - timedelta(days=100)
    record(db, config, [row(GOOD, "east", old)], T0)
    assert [(p.kind, p.due_at) for p in outreach_messages(db)] == [
        ("invite", T0)
    ]  # the re-contact date passed


def test_read_csv_normalises_headers_and_names_missing_columns():
    rows = read_csv("\ufeffPhone,Team,Contacted At,Consent\n07700 900001,east,2026-11-27,yes\n")
    assert rows == [{"phone": "07700 900001", "team": "east", "contacted_at": "2026-11-27", "consent": "yes"}]
    with pytest.raises(ImportFileError, match="missing column.*phone or telegram_chat_id, consent"):
        read_csv("team,contacted_at\neast,2026-11-27\n")
    with pytest.raises(ImportFileError, match="empty"):
        read_csv("")


def test_import_rows_is_the_function_the_admin_upload_calls(db, config):
    with db.begin() as session:
        report = import_rows(session, config, read_csv(CSV), partial=False, now=T0)
    assert report.ok and report.imported == 2 and report.as_dict() == {"imported": 2, "errors": []}


CSV = (
    "phone,telegram_chat_id,team,contacted_at,referred_at,language,consent\n"
    "07700 900001,,east,2026-11-27 09:00,2026-11-20,en,yes\n"
    ",555,west,2026-11-27 09:30,,cy,no\n"
)


# --- the API ---------------------------------------------------------------


@pytest.fixture
def token(runner) -> str:
    return api_token(runner, "cms", "--scope", "contacts:write")


def post(client, token, body, query=""):
    return client.post(f"/api/v1/contacts{query}", json=body, headers={"Authorization": f"Bearer {token}"})


def api_row(**change) -> dict:
    base = {
        "phone": "+447700900123",
        "telegram_chat_id": None,
        "team": "east",
        "contacted_at": "2026-11-27T10:00:00Z",
        "referred_at": None,
        "language": "en",
        "consent": True,
    }
    return base | change


def test_api_imports_the_documented_shape(client, app, token):
    body = {"contacts": [api_row(), api_row(phone=None, telegram_chat_id=12345, team="west")]}
    response = post(client, token, body)
    assert response.status_code == 201 and response.json == {"imported": 2, "errors": []}
    assert len(service_contacts(app.extensions["heard"].db)) == 2


def test_api_with_a_bad_row_imports_nothing_unless_partial(client, app, token):
    body = {
        "contacts": [api_row(), api_row(phone="07700 9001"), api_row(phone="+447700900124", team="north")]
    }
    response = post(client, token, body)
    assert response.status_code == 422
    assert response.json == {
        "imported": 0,
        "errors": [
            {"row": 2, "error": "07700 9001 is not a valid UK mobile"},
            {"row": 3, "error": "unknown team 'north' (teams: east, west, hospital, carers)"},
        ],
    }
    assert service_contacts(app.extensions["heard"].db) == []
    partial = post(client, token, body, "?partial=true")
    assert partial.status_code == 201 and partial.json["imported"] == 1 and len(partial.json["errors"]) == 2


@pytest.mark.parametrize("body", [None, [], {"contacts": "x"}, {"contacts": ["x"]}])
def test_api_rejects_a_body_of_the_wrong_shape(client, token, body):
    response = post(client, token, body)
    assert response.status_code in (400, 422)
    if response.status_code == 422:
        assert response.json["errors"] == [
            {"row": 1, "error": "expected an object with the contact's fields"}
        ]


def test_api_needs_a_token(client):
    assert client.post("/api/v1/contacts", json={"contacts": [api_row()]}).status_code == 401


# --- the CLI ---------------------------------------------------------------


def test_cli_imports_a_csv_with_a_progress_bar(runner, app, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(CSV)
    result = runner.invoke(args=["import-service-contacts", str(path)])
    assert result.exit_code == 0, result.output
    assert (
        "Importing" in result.output and "Imported 2 service contact(s); 0 already recorded." in result.output
    )
    db = app.extensions["heard"].db
    assert [f.consent for f in service_contacts(db)] == [True, False]
    with db.begin() as session:
        assert session.scalar(select(func.count()).select_from(ServiceContact)) == 2


def test_cli_reports_every_bad_row_and_imports_nothing(runner, app, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(CSV + "07700 9001,,east,2026-11-27,,en,yes\n,,east,2026-11-27,,en,\n")
    result = runner.invoke(args=["import-service-contacts", str(path)])
    assert result.exit_code == 1
    assert "row 4: 07700 9001 is not a valid UK mobile" in result.output
    assert "row 5: phone or telegram_chat_id is missing" in result.output
    assert "row 5: consent is missing" in result.output
    assert "nothing imported: 3 problem(s) above" in result.output
    assert service_contacts(app.extensions["heard"].db) == []
    partial = runner.invoke(args=["import-service-contacts", str(path), "--partial"])
    assert partial.exit_code == 0 and "Imported 2 service contact(s)" in partial.output


def test_cli_names_a_missing_column(runner, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("phone,team\n07700 900001,east\n")
    result = runner.invoke(args=["import-service-contacts", str(path)])
    assert result.exit_code == 1 and "missing column(s): contacted_at, consent" in result.output


def test_the_old_command_name_still_works_and_says_it_is_deprecated(runner, app, tmp_path):
    path = tmp_path / "service_contacts.csv"
    path.write_text(CSV)
    result = runner.invoke(args=["import-contacts", str(path)])
    assert result.exit_code == 0, result.output
    assert "import-contacts is deprecated: use import-service-contacts" in result.output
    assert len(service_contacts(app.extensions["heard"].db)) == 2
