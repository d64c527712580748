"""Bounded field types for the JSON API's input schemas, so absurd numbers answer 422 saying what was
wrong instead of overflowing the database (a 500). The bounds are far beyond any real use and inside
the column types (credits: bigint; counts and offsets: PostgreSQL integer)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

MAX_CREDITS = 10**12  # a trillion credits: no bounty, wallet or tip comes near it
MAX_COUNT = 2**31 - 1  # PostgreSQL integer

Credits = Annotated[int, Field(le=MAX_CREDITS, ge=-MAX_CREDITS)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
RowId = Annotated[int, Field(le=2**63 - 1)]
