"""Done when, over the real SMS webhook: a resident answers negatively, says YES, staff reply from
the admin (sent by the real Twilio client to the fake Twilio API), the answer comes back into the thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.callbacks.wording import say
from bot.outreach.outbox import drain
from bot.outreach.quiet_hours import next_allowed
from models import Callback
from settings import Environment
from tests.admin_support import make_user, sign_in
from tests.callbacks.support import NEGATIVE, PHONE, thread_of
from tests.scheduling import fast
from tests.twilio_requests import SMS_PATH, message_form, post_signed, twilio_env, twiml_messages  # noqa: F401


def test_resident_over_sms_and_staff_in_the_admin(fake_twilio, app, config):
    client = app.test_client()

    def text(body: str) -> list[str]:
        response = post_signed(
            client, SMS_PATH, message_form(body, sender=PHONE), token=fake_twilio.auth_token
        )
        assert response.status_code == 200
        return twiml_messages(response.data)

    for body in ["FEEDBACK EAST", *NEGATIVE[:-1]]:
        text(body)
    assert text(NEGATIVE[-1])[-1] == say(config, "question", "en", "east")
    assert text("YES")[0].startswith("Thank you. Someone from East locality team will contact you by")
    text("NO")  # "you said, we did"

    db = app.extensions["heard"].db
    with db.begin() as session:
        callback_id = session.scalar(select(Callback.id))
    staff = app.test_client()
    make_user(db, "east@example.org", "viewer", ("east",))
    sign_in(staff, "east@example.org")
    app.config["WTF_CSRF_ENABLED"] = False
    staff.post(f"/admin/callbacks/{callback_id}/reply", data={"text": "I am sorry. I will ring you today."})
    when = next_allowed(config, datetime.now(UTC)) + timedelta(minutes=1)
    assert drain(db, fast(config), Environment.from_environ(), when).sent == 1
    assert [(m["to"], m["body"]) for m in fake_twilio.messages] == [
        (PHONE, "East locality team: I am sorry. I will ring you today.")
    ]
    assert text("Thank you, after 2pm please") == [say(config, "received", "en", "east")]
    assert thread_of(db, callback_id) == [
        ("out", "I am sorry. I will ring you today."),
        ("in", "Thank you, after 2pm please"),
    ]
    staff.post(f"/admin/callbacks/{callback_id}/close", data={"outcome": "referred_on"})
    with db.begin() as session:
        assert session.get(Callback, callback_id).outcome == "referred_on"
    assert 'data-callbacks="east"' in staff.get("/admin/").get_data(as_text=True)
