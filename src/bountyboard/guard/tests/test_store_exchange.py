"""bank_import / bank_export over a real SqliteStore."""

from __future__ import annotations

from pathlib import Path

import pytest

from bountyboard.guard.errors import GuardError
from bountyboard.guard.store.exchange import bank_export, bank_import
from bountyboard.guard.store.interfaces import BankEntry, HashKind
from bountyboard.guard.store.sqlite import SqliteStore

PDQ_1 = "a" * 64
PDQ_2 = "0123456789abcdef" * 4
PDQ_3 = "f" * 32 + "0" * 32
MD5_1 = "d41d8cd98f00b204e9800998ecf8427e"
SHA_1 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    return SqliteStore.open(tmp_path, create=True)


def contents(store: SqliteStore, bank: str) -> set[tuple[str, str, str | None]]:
    return {(e.kind.value, e.value, e.case_id) for e in store.hash_list(bank)}


class TestImport:
    def test_plain_pdq_lines_with_comments_blanks_and_tags(self, store):
        lines = ["# a takedown list\n", f"{PDQ_1}\n", "\n", f"  {PDQ_2.upper()}  \r\n", f"md5:{MD5_1}\n",
                 f"SHA256:{SHA_1}\n", f"pdq:{PDQ_3}"]
        result = bank_import(store, "takedowns", lines)
        assert result.ok and (result.added, result.removed, result.unchanged) == (5, 0, 0)
        assert contents(store, "takedowns") == {
            ("pdq", PDQ_1, None), ("pdq", PDQ_2, None), ("md5", MD5_1, None), ("sha256", SHA_1, None),
            ("pdq", PDQ_3, None),
        }

    def test_csv_adds_and_withdraws_with_case_ids(self, store):
        store.hash_add(BankEntry("ncii", HashKind.PDQ, PDQ_3, case_id="old"))
        lines = [
            "hash,status,case_id",
            f"{PDQ_1},Active,case-1",
            f"{PDQ_2},Received,\"case, two\"",
            f"{PDQ_3},Withdrawn,old",
            f"md5:{MD5_1},Deleted,",
        ]
        result = bank_import(store, "ncii", lines)
        assert result.ok
        assert (result.added, result.removed, result.unchanged) == (2, 1, 1)  # the md5 was never there
        assert contents(store, "ncii") == {("pdq", PDQ_1, "case-1"), ("pdq", PDQ_2, "case, two")}

    def test_the_last_line_for_a_hash_wins(self, store):
        result = bank_import(store, "b", [f"{PDQ_1},Active,c1", f"{PDQ_1},Withdrawn,c1", f"{PDQ_2},Deleted,",
                                          f"{PDQ_2},Active,c2"])
        assert result.ok
        assert contents(store, "b") == {("pdq", PDQ_2, "c2")}

    def test_importing_twice_is_idempotent(self, store):
        lines = [PDQ_1, PDQ_2]
        bank_import(store, "b", lines)
        revision = store.revision()
        again = bank_import(store, "b", lines)
        assert (again.added, again.removed, again.unchanged) == (0, 0, 2)
        assert store.revision() == revision

    def test_bad_lines_are_reported_by_number_and_nothing_is_written(self, store):
        store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_3))
        revision = store.revision()
        lines = [
            PDQ_1,                      # 1 fine
            "abc",                      # 2 too short
            MD5_1,                      # 3 an untagged md5
            f"{PDQ_2},Pending,x",       # 4 unknown status
            f"sha1:{SHA_1}",            # 5 unknown kind
            f"{PDQ_2},Active,x,extra",  # 6 too many fields
            f"{PDQ_3},Withdrawn,",      # 7 fine, but must not be applied
            "z" * 5000,                 # 8 absurdly long
        ]
        result = bank_import(store, "b", lines)
        assert not result.ok
        assert [e.line for e in result.errors] == [2, 3, 4, 5, 6, 8]
        assert "tag md5" in result.errors[1].reason
        assert "Pending" in result.errors[2].reason
        assert "line 2" in str(result.errors[0])
        assert (result.added, result.removed) == (0, 0)
        assert contents(store, "b") == {("pdq", PDQ_3, None)}
        assert store.revision() == revision
        assert result.to_json()["errors"][0]["line"] == 2

    def test_a_store_without_batch_writes_gets_the_same_result(self, store):
        class PlainBankStore:  # only the BankStore methods, delegating to a real store
            def __init__(self, inner):
                self.inner = inner

            def __getattr__(self, name):
                if name in {"hash_apply", "changes_since"}:
                    raise AttributeError(name)
                return getattr(self.inner, name)

        plain = PlainBankStore(store)
        result = bank_import(plain, "b", [f"{PDQ_1},Active,c", f"{PDQ_2},Active,", f"{PDQ_2},Withdrawn,"])
        assert (result.added, result.removed, result.unchanged) == (1, 0, 1)
        assert contents(store, "b") == {("pdq", PDQ_1, "c")}


class TestExport:
    def test_round_trip_through_csv_and_plain(self, store, tmp_path: Path):
        source = [f"{PDQ_1},Active,case-1", f"md5:{MD5_1},Active,\"a,b\"", f"sha256:{SHA_1},Received,",
                  f"{PDQ_2},Active,gone", f"{PDQ_2},Withdrawn,gone"]
        assert bank_import(store, "src", source).ok
        csv_path = tmp_path / "bank.csv"
        with open(csv_path, "w", encoding="utf-8") as fh:
            fh.writelines(bank_export(store, "src", "csv"))
        with open(csv_path, encoding="utf-8") as fh:
            assert bank_import(store, "copy", fh).ok
        assert contents(store, "copy") == contents(store, "src")
        plain = list(bank_export(store, "src", "plain"))
        assert plain == [f"{PDQ_1}\n", f"md5:{MD5_1}\n", f"sha256:{SHA_1}\n"]
        assert bank_import(store, "plain-copy", plain).ok
        assert {(k, v) for k, v, _ in contents(store, "plain-copy")} == {(k, v) for k, v, _ in contents(store, "src")}

    def test_csv_starts_with_its_header(self, store):
        store.bank_ensure("empty")
        assert list(bank_export(store, "empty", "csv")) == ["hash,status,case_id\n"]

    def test_an_unknown_bank_or_format_is_refused(self, store):
        with pytest.raises(GuardError, match="no bank named"):
            bank_export(store, "nope", "plain")
        store.bank_ensure("b")
        with pytest.raises(ValueError, match="plain or csv"):
            bank_export(store, "b", "json")  # type: ignore[arg-type]
