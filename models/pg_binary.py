"""Array parameters in PostgreSQL's binary format: psycopg's dumpers, registered per connection.

Kept apart from `models.bulk` so a worker on SQLite never imports psycopg (about 20 MB).
"""

from __future__ import annotations

import struct
from itertools import chain, repeat

from psycopg.adapt import Dumper
from psycopg.pq import Format
from psycopg.types.array import ListBinaryDumper

from models.bulk import Ints

INT8_OID, INT8_ARRAY_OID = 20, 1016  # PostgreSQL's bigint and bigint[]


def send_lists_binary(dbapi_connection, _record) -> None:
    """Array parameters in PostgreSQL's binary format (a psycopg connection's `connect` hook).

    psycopg writes a text array element by element in Python, testing each for
    quoting with a regex: five times slower than binary for a sweep's batch.
    """
    dbapi_connection.adapters.register_dumper(list, ListBinaryDumper)
    dbapi_connection.adapters.register_dumper(Ints, _IntsDumper)


class _IntsDumper(Dumper):
    """A list of ints as a binary int8[], packed by one struct call.

    psycopg's own list dumper packs and appends each element in Python: the id
    arrays of a sweep's batch hold most of the elements it sends.
    """

    format = Format.BINARY
    oid = INT8_ARRAY_OID

    def dump(self, obj: list[int]) -> bytes:
        # ndim, has nulls, element type, length, lower bound; then (size, value) per element.
        head = struct.pack(">iiIii", 1, 0, INT8_OID, len(obj), 1)
        return head + struct.pack(">" + "iq" * len(obj), *chain.from_iterable(zip(repeat(8), obj)))
