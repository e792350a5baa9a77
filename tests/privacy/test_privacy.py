import logging

from bot.privacy.redaction import RedactingFormatter, address_hash, redact


def test_address_hash_is_stable_keyed_and_hides_the_number():
    first = address_hash("+447700900123", "k1")
    assert first == address_hash("+447700900123", "k1")
    assert first != address_hash("+447700900123", "k2")
    assert first != address_hash("+447700900124", "k1")
    assert "7700900123" not in first and len(first) == 15


def test_database_errors_never_quote_personal_data(db):
    import pytest
    from sqlalchemy.exc import IntegrityError

    from models import Resident

    with db.begin() as session:
        session.add(Resident(phone="+447700900999"))
    with pytest.raises(IntegrityError) as error, db.begin() as session:
        session.add(Resident(phone="+447700900999"))
    assert "SQL parameters hidden" in str(error.value)
    # PostgreSQL's own DETAIL still quotes the key, so the log formatter redacts it.
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed: %s", (error.value,), None)
    logged = RedactingFormatter("%(message)s").format(record)
    assert "7700900999" not in logged and "failed:" in logged


def test_redact_blanks_phone_numbers_and_chat_ids_but_keeps_short_numbers():
    text = "from +447700900123 and 07700 900123, chat 123456789, answer 4, at 2026-11-27 10:00, sid SM12"
    assert (
        redact(text) == "from [number] and [number], chat [number], answer 4, at 2026-11-27 10:00, sid SM12"
    )


def test_redact_keeps_twilio_sids_whole_but_not_a_number_glued_to_one():
    sid = "SM0123456789abcdef0123456789abcdef"
    assert redact(f"sent {sid} to +447700900123") == f"sent {sid} to [number]"
    # Not a SID (too short, or a number run on after it): the digits still go.
    assert redact("SM0123456789abcdef") == "SM[number]abcdef"
    assert "7700900123" not in redact(f"{sid}447700900123")


def test_app_log_handlers_redact(app, caplog):
    import logging as std_logging

    handlers = std_logging.getLogger().handlers
    assert handlers and all(isinstance(h.formatter, RedactingFormatter) for h in handlers if h.formatter)
