"""Keyset paging for the API's lists: a page after a cursor id, and the next cursor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute, Session


def page_after(
    session: Session, query: Select[Any], id_column: InstrumentedAttribute[int], after_id: int, limit: int
) -> tuple[Sequence[Any], int | None]:
    """Up to `limit` rows of `query` after `after_id`, oldest first, and the next cursor (None: last page).

    One row more than asked for is read, so the last page is known without a count.
    """
    rows = session.scalars(query.where(id_column > after_id).order_by(id_column).limit(limit + 1)).all()
    page = rows[:limit]
    return page, (page[-1].id if len(rows) > limit else None)
