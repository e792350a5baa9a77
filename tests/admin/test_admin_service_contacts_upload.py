"""The admin's CSV upload: the checked report, all or nothing, the good rows on request, limits, escaping."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from sqlalchemy import delete, func, select

from bot.privacy.erasure import erase_person
from bot.privacy.retention import apply_retention
from models import OutreachMessage, PendingUpload, Resident, User
from models.base import utcnow
from models.outreach import ServiceContact
from tests.admin_support import csrf_token, make_user, sign_in
from web import create_app
from web.admin.service_contacts import MAX_UPLOAD_BYTES

PAGE = "/admin/service-contacts/upload"
GOOD_ROWS = "/admin/service-contacts/upload/good-rows"
YESTERDAY = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%d 10:00")
HEADER = "phone,team,contacted_at,referred_at,language,consent"
_UPLOAD_TOKEN = re.compile(r'name="upload" type="hidden" value="([^"]+)"')


def csv_of(*lines: str) -> bytes:
    return "\n".join([HEADER, *lines]).encode()


def good(n: int) -> str:
    return f"+4477009001{n:02d},east,{YESTERDAY},,en,yes"


@pytest.fixture
def manager(client, app):
    make_user(app.extensions["heard"].db, "manager@example.org", "manager")
    sign_in(client, "manager@example.org")
    return client


def upload(client, data: bytes, name: str = "contacts.csv"):
    token = csrf_token(client.get(PAGE).text)
    form = {"csrf_token": token, "file": (io.BytesIO(data), name)}
    return client.post(PAGE, data=form, content_type="multipart/form-data")


def counts(app) -> tuple[int, int]:
    with app.extensions["heard"].db.begin() as session:
        service_contacts = session.scalar(select(func.count()).select_from(ServiceContact))
        invites = session.scalar(
            select(func.count()).select_from(OutreachMessage).where(OutreachMessage.kind == "invite")
        )
    return service_contacts, invites


def test_a_clean_file_is_imported_and_its_invitations_are_upcoming(manager, app):
    response = upload(manager, csv_of(good(1), good(2)))
    assert response.status_code == 200 and "Imported 2 service contacts" in response.text
    assert response.headers["Cache-Control"] == "no-store"
    assert counts(app) == (2, 2)
    upcoming = manager.get("/admin/outreach").text
    assert upcoming.count("<td>Invitation</td>") == 2 and "7700" not in upcoming


def test_a_file_with_a_bad_row_imports_nothing_until_staff_choose_the_good_rows(manager, app):
    response = upload(manager, csv_of(good(1), "07700 9001,east,2026-11-20,,en,yes", good(2)))
    assert "Nothing was imported: 1 problem found" in response.text
    assert "<li>row 3: 07700 9001 is not a valid UK mobile</li>" in response.text
    assert counts(app) == (0, 0)
    [upload_token] = _UPLOAD_TOKEN.findall(response.text)
    assert "7700" not in upload_token  # the file stays on the server, not in the page
    form = {"csrf_token": csrf_token(response.text), "upload": upload_token}
    imported = manager.post(GOOD_ROWS, data=form)
    assert imported.status_code == 200 and "Imported 2 service contacts" in imported.text
    assert "row 3: 07700 9001 is not a valid UK mobile" in imported.text  # still listed, not imported
    assert counts(app) == (2, 2)
    again = manager.post(GOOD_ROWS, data=form)  # a double click or the back button
    assert again.status_code == 400 and "expired or was already imported" in again.text
    assert counts(app) == (2, 2)


def test_the_good_rows_cannot_be_imported_with_a_made_up_or_another_users_upload(manager, app):
    response = upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
    [upload_token] = _UPLOAD_TOKEN.findall(response.text)
    made_up = manager.post(GOOD_ROWS, data={"csrf_token": csrf_token(response.text), "upload": "x" * 32})
    assert made_up.status_code == 400
    make_user(app.extensions["heard"].db, "admin@example.org", "admin")
    other = app.test_client()
    sign_in(other, "admin@example.org")
    stolen = other.post(
        GOOD_ROWS, data={"csrf_token": csrf_token(other.get(PAGE).text), "upload": upload_token}
    )
    assert stolen.status_code == 400 and counts(app) == (0, 0)
    mine = manager.post(GOOD_ROWS, data={"csrf_token": csrf_token(response.text), "upload": upload_token})
    assert mine.status_code == 200 and counts(app) == (1, 1)


def test_cells_with_html_or_formulas_are_shown_as_text(manager):
    script = "<script>alert(1)</script>"
    formula = '=HYPERLINK("http://evil.example";"x")'
    response = upload(
        manager,
        csv_of(
            f"+447700900101,{script},{YESTERDAY},,en,yes",
            f'"{formula.replace(chr(34), chr(34) * 2)}",east,{YESTERDAY},,en,yes',
        ),
    )
    assert script not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "=HYPERLINK(&#34;http://evil.example&#34;;&#34;x&#34;)" in response.text


def test_a_file_over_the_size_limit_is_refused_with_a_clear_error(manager, app):
    big = csv_of(*[good(1)] * (MAX_UPLOAD_BYTES // len(good(1)) + 10))
    assert MAX_UPLOAD_BYTES < len(big) < MAX_UPLOAD_BYTES + 100_000  # read, then refused by the form
    response = upload(manager, big)
    assert response.status_code == 400 and "larger than 2 MB" in response.text
    huge = upload(manager, big * 2)  # refused before it is read
    assert huge.status_code == 413 and "larger than 2 MB" in huge.text
    assert counts(app) == (0, 0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,team\nAnn,east\n", "missing column(s): phone or telegram_chat_id, contacted_at, consent"),
        (b"", "the file is empty"),
        (
            "phone,team,contacted_at,consent\n+447700900101,éast,2026-11-20,yes\n".encode("latin-1"),
            "save it as",
        ),
    ],
)
def test_a_file_that_is_not_service_contacts_says_why(manager, data, message):
    response = upload(manager, data)
    assert response.status_code == 400 and message in response.text


def test_viewers_cannot_upload(client, app):
    make_user(app.extensions["heard"].db, "viewer@example.org", "viewer", ("east",))
    sign_in(client, "viewer@example.org")
    assert client.get(PAGE).status_code == 403
    token = csrf_token(client.get("/admin/").text)
    form = {"csrf_token": token, "file": (io.BytesIO(csv_of(good(1))), "c.csv")}
    assert client.post(PAGE, data=form, content_type="multipart/form-data").status_code == 403
    assert counts(app) == (0, 0)
    assert "/admin/service-contacts/upload" not in client.get("/admin/").text  # not in their nav either


def waiting(app) -> int:
    """How many checked files wait in the database for "import the good rows"."""
    with app.extensions["heard"].db.begin() as session:
        return session.scalar(select(func.count()).select_from(PendingUpload)) or 0


def test_the_kept_file_is_deleted_once_used_and_expires_after_30_minutes(manager, app):
    response = upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
    [upload_token] = _UPLOAD_TOKEN.findall(response.text)
    assert waiting(app) == 1
    with app.extensions["heard"].db.begin() as session:
        kept = session.scalars(select(PendingUpload)).one()
        assert upload_token not in kept.token_hash  # only a hash of the token is stored
    form = {"csrf_token": csrf_token(response.text), "upload": upload_token}
    # The session cookie is signed with the time: stay in the future once there.
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=31)):
        late = manager.post(GOOD_ROWS, data=form)
        assert late.status_code == 400 and counts(app) == (0, 0)
        assert waiting(app) == 0
        upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
        assert waiting(app) == 1
        upload(manager, csv_of(good(2)))  # a clean file replaces the one waiting
        assert waiting(app) == 0 and counts(app) == (1, 1)


def test_another_web_worker_on_another_host_finishes_the_upload(manager, app, config, database_url, tmp_path):
    response = upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
    [upload_token] = _UPLOAD_TOKEN.findall(response.text)
    # A second app on the same database with a disk of its own: what a load balancer may pick.
    other_host = create_app(
        {"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "test"}
    )
    other_host.instance_path = str(tmp_path / "other-host")
    other_host.config["SERVICE_CONTACT_UPLOAD_DIR"] = str(tmp_path / "other-host" / "uploads")
    worker = other_host.test_client()
    worker.set_cookie("session", manager.get_cookie("session").value)
    form = {"csrf_token": csrf_token(response.text), "upload": upload_token}
    imported = worker.post(GOOD_ROWS, data=form)
    assert imported.status_code == 200 and "Imported 1 service contact" in imported.text
    assert counts(app) == (1, 1) and waiting(app) == 0
    other_host.extensions["heard"].db.dispose()


def test_retention_forgets_expired_uploads_and_erasure_forgets_them_all(manager, app, config):
    upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
    db = app.extensions["heard"].db
    with db.begin() as session:
        assert apply_retention(session, config, utcnow()).uploads_deleted == 0
    assert waiting(app) == 1
    with db.begin() as session:
        report = apply_retention(session, config, utcnow() + timedelta(minutes=31))
    assert report.uploads_deleted == 1 and waiting(app) == 0

    upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
    with db.begin() as session:
        person = Resident(phone="+447700900777")
        session.add(person)
        session.flush()
        report = erase_person(session, person, None, utcnow())
    assert report.uploads_deleted == 1 and waiting(app) == 0


def test_a_deleted_staff_members_waiting_upload_goes_with_them(manager, app):
    upload(manager, csv_of(good(1), "nope,east,2026-11-20,,en,yes"))
    with app.extensions["heard"].db.begin() as session:
        session.execute(delete(User).where(User.email == "manager@example.org"))
    assert waiting(app) == 0
