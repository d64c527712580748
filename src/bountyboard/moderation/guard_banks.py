"""The guard's ``BankStore`` over the web app's own tables (``HashBank``, ``BankHash``).

The web Guard matches uploads against these banks, so a hash added by a takedown (or imported from
a StopNCII-style list) blocks re-uploads at once. Every write appends a ``BankChange`` row; its id
is the revision, and ``changes_since`` replays them, so a matcher in another process (a worker)
updates its index in place instead of rebuilding. Also a ``BankBatchWriter`` (``hash_apply``) so a
whole imported list is written in one transaction or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from django.db import transaction
from django.db.models import Max

from bountyboard.guard.store.interfaces import Bank, BankEntry, Change, ChangeKind, HashKind
from bountyboard.moderation.models import BankChange, BankHash, BankWriteLock, HashBank

_HEX_LENGTHS = {HashKind.PDQ: 64, HashKind.MD5: 32, HashKind.SHA256: 64}
_CHANGE_KINDS = {
    BankChange.Op.BANK: ChangeKind.BANK,
    BankChange.Op.ADD: ChangeKind.HASH_ADDED,
    BankChange.Op.REMOVE: ChangeKind.HASH_REMOVED,
}


def hash_normalised(kind: HashKind | str, value: str) -> str:
    """Lower-case hex of the right length for its kind; ``ValueError`` otherwise."""
    kind = HashKind(kind)
    value = value.strip().lower()
    if len(value) != _HEX_LENGTHS[kind] or any(c not in "0123456789abcdef" for c in value):
        raise ValueError(f"not a {kind.value} hash: {value!r}")
    return value


def bank_write_lock() -> None:
    """Hold the banks' write lock to the end of the current transaction. Every bank write takes it;
    a takedown takes it before looking for copies, and a scan's verdict before checking the banks
    again, so a copy is either found by the takedown or blocked by its own verdict (never neither)."""
    BankWriteLock.objects.select_for_update().get_or_create(pk=1)


_write_lock = bank_write_lock


def _bank_get_or_create(name: str, pdq_threshold: int = 31) -> HashBank:
    if not name or len(name) > 64:
        raise ValueError("a bank name is 1 to 64 characters")
    bank = HashBank.objects.filter(name=name).first()
    if bank is None:
        bank = HashBank.objects.create(name=name, pdq_threshold=pdq_threshold)
        BankChange.objects.create(bank_name=name, op=BankChange.Op.BANK)
    return bank


class DjangoBankStore:
    """Implements ``guard.store.interfaces.BankStore``, ``ChangeLog`` and ``BankBatchWriter``.
    Stateless: every call is its own query, so one instance can be shared by threads."""

    def bank_ensure(self, name: str, *, pdq_threshold: int = 31) -> Bank:
        with transaction.atomic():
            _write_lock()
            bank = _bank_get_or_create(name, pdq_threshold)
        return Bank(name=bank.name, pdq_threshold=bank.pdq_threshold)

    def bank_list(self) -> list[Bank]:
        return [Bank(name=b.name, pdq_threshold=b.pdq_threshold) for b in HashBank.objects.order_by("name")]

    def _add(self, bank: HashBank, kind: HashKind, value: str, case_id: str | None, note: str | None) -> bool:
        if BankHash.objects.filter(bank=bank, kind=kind.value, value=value).exists():
            return False
        BankHash.objects.create(bank=bank, kind=kind.value, value=value, case_id=case_id or "", note=note or "")
        BankChange.objects.create(
            bank_name=bank.name, op=BankChange.Op.ADD, kind=kind.value, value=value, case_id=case_id or ""
        )
        return True

    def _remove(self, bank: str, kind: HashKind, value: str) -> bool:
        deleted, _ = BankHash.objects.filter(bank__name=bank, kind=kind.value, value=value).delete()
        if not deleted:
            return False
        BankChange.objects.create(bank_name=bank, op=BankChange.Op.REMOVE, kind=kind.value, value=value)
        return True

    def hash_add(self, entry: BankEntry) -> bool:
        kind = HashKind(entry.kind)
        value = hash_normalised(kind, entry.value)
        with transaction.atomic():
            _write_lock()  # also makes the exists-then-insert above race-free
            bank = _bank_get_or_create(entry.bank)
            return self._add(bank, kind, value, entry.case_id, entry.note)

    def hash_remove(self, bank: str, kind: HashKind, value: str) -> bool:
        kind = HashKind(kind)
        try:
            value = hash_normalised(kind, value)
        except ValueError:
            return False  # a malformed hash cannot be in the bank
        with transaction.atomic():
            _write_lock()
            return self._remove(bank, kind, value)

    def hash_apply(
        self, bank: str, add: Sequence[BankEntry], remove: Sequence[tuple[HashKind, str]]
    ) -> tuple[int, int]:
        """Removals, then additions, in one transaction; a malformed hash anywhere writes nothing."""
        additions = [(HashKind(e.kind), hash_normalised(e.kind, e.value), e.case_id, e.note) for e in add]
        removals = [(HashKind(kind), hash_normalised(kind, value)) for kind, value in remove]
        with transaction.atomic():
            _write_lock()
            removed = sum(self._remove(bank, kind, value) for kind, value in removals)
            target = _bank_get_or_create(bank)
            added = sum(self._add(target, kind, value, case_id, note) for kind, value, case_id, note in additions)
        return added, removed

    def hash_list(self, bank: str) -> Iterator[BankEntry]:
        rows = BankHash.objects.filter(bank__name=bank).order_by("id").values_list("kind", "value", "case_id", "note")
        for kind, value, case_id, note in rows.iterator(chunk_size=2000):
            yield BankEntry(bank=bank, kind=HashKind(kind), value=value, case_id=case_id or None, note=note or None)

    def revision(self) -> int:
        return int(BankChange.objects.aggregate(top=Max("id"))["top"] or 0)

    def changes_since(self, revision: int, *, limit: int = 10_000) -> list[Change] | None:
        rows = BankChange.objects.filter(id__gt=revision).order_by("id")[:limit]
        return [
            Change(
                revision=row.pk,
                kind=_CHANGE_KINDS[BankChange.Op(row.op)],
                bank=row.bank_name,
                hash_kind=HashKind(row.kind) if row.kind else None,
                value=row.value or None,
                case_id=row.case_id or None,
            )
            for row in rows
        ]
