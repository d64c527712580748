"""Full-text search behind one interface: SQLite FTS5 or PostgreSQL ``to_tsvector``.

Both index ``Bounty.search_document``; on SQLite the services also write the FTS5 row
(``search_document_index``). Selectors call ``search_filter`` and never see the backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import connection
from django.db.models import QuerySet

from bountyboard.bounties.models import Bounty

_TOKEN = re.compile(r"\w+", re.UNICODE)
FTS_TABLE = "bounties_bounty_fts"


def search_document_for(*, title: str, description: str, tags: Iterable[str], base_model: str) -> str:
    return "\n".join([title, " ".join(tags), base_model, description])


def search_document_index(bounty_ids: Iterable[int]) -> None:
    """Refresh the FTS5 rows of these bounties from their ``search_document`` (SQLite only)."""
    ids = [int(i) for i in bounty_ids]
    if connection.vendor != "sqlite" or not ids:
        return
    marks = ",".join("%s" for _ in ids)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", ids)
        cursor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, search_document) "
            f"SELECT id, search_document FROM bounties_bounty WHERE id IN ({marks})",
            ids,
        )


def search_rebuild() -> None:
    """Rebuild the whole FTS5 table (after bulk inserts, e.g. the benchmark's seed)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")
        cursor.execute(f"INSERT INTO {FTS_TABLE}(rowid, search_document) SELECT id, search_document FROM bounties_bounty")


def _terms(query: str) -> list[str]:
    return _TOKEN.findall(query.lower())[:12]


def search_filter(queryset: QuerySet[Bounty], query: str) -> QuerySet[Bounty]:
    """Bounties matching every word of ``query`` (prefix match on the last word).

    The user's text never reaches the query syntax: it is split into word tokens, each quoted.
    """
    terms = _terms(query)
    if not terms:
        return queryset
    if connection.vendor == "postgresql":
        tsquery = " & ".join(f"{term}:*" if i == len(terms) - 1 else term for i, term in enumerate(terms))
        return queryset.extra(  # noqa: S610 - the parameter is bound, the terms are \w+ tokens
            where=["to_tsvector('simple'::regconfig, search_document) @@ to_tsquery('simple'::regconfig, %s)"],
            params=[tsquery],
        )
    match = " ".join(f'"{term}"' + ("*" if i == len(terms) - 1 else "") for i, term in enumerate(terms))
    return queryset.extra(  # noqa: S610
        # Unary plus: SQLite must not drive the query from the match list (a common word matches
        # tens of thousands of rows, each then fetched and sorted); it walks the sort/filter index
        # instead and probes the match set, which stays bounded by the number of open bounties.
        where=[f"+bounties_bounty.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"],
        params=[match],
    )


def rating_filter(queryset: QuerySet[Bounty], ratings: list[str], *, steer_to_sort_index: bool) -> QuerySet[Bounty]:
    """``rating IN ratings``. On SQLite, ``steer_to_sort_index`` writes it as ``+rating IN (...)``:
    without ANALYZE statistics (Django never runs it) SQLite would otherwise pick the
    ``(status, rating, hidden_at)`` index for a list and sort every open bounty; the unary plus keeps that
    index for counts only, so lists walk their sort index. PostgreSQL plans from its own statistics.
    """
    if connection.vendor != "sqlite" or not steer_to_sort_index or not ratings:
        return queryset.filter(rating__in=ratings)
    marks = ",".join("%s" for _ in ratings)
    return queryset.extra(where=[f"+bounties_bounty.rating IN ({marks})"], params=list(ratings))  # noqa: S610

