from bot.privacy import address_hash


def test_address_hash_is_stable_keyed_and_hides_the_number():
    first = address_hash("+447700900123", "k1")
    assert first == address_hash("+447700900123", "k1")
    assert first != address_hash("+447700900123", "k2")
    assert first != address_hash("+447700900124", "k1")
    assert "7700900123" not in first and len(first) == 15


def test_database_errors_never_quote_personal_data(db):
    import pytest
    from sqlalchemy.exc import IntegrityError

    from models import Contact

    with db.begin() as session:
        session.add(Contact(phone="+447700900999"))
    with pytest.raises(IntegrityError) as error, db.begin() as session:
        session.add(Contact(phone="+447700900999"))
    assert "7700900999" not in str(error.value)
