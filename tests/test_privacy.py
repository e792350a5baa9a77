from bot.privacy import address_hash


def test_address_hash_is_stable_keyed_and_hides_the_number():
    first = address_hash("+447700900123", "k1")
    assert first == address_hash("+447700900123", "k1")
    assert first != address_hash("+447700900123", "k2")
    assert first != address_hash("+447700900124", "k1")
    assert "7700900123" not in first and len(first) == 15
