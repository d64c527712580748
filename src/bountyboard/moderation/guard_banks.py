"""The guard's ``BankStore`` over the web app's own tables (``HashBank``, ``BankHash``).

The web Guard matches uploads against these banks, so a hash added by a takedown (or imported from
a StopNCII-style list) blocks re-uploads at once. Every write appends a ``BankChange`` row; its id
is the revision, so a matcher in another process sees the change without a full rebuild.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.db import IntegrityError, transaction
from django.db.models import Max

from bountyboard.guard.store.interfaces import Bank, BankEntry, HashKind
from bountyboard.moderation.models import BankChange, BankHash, HashBank

_HEX_LENGTHS = {HashKind.PDQ: 64, HashKind.MD5: 32, HashKind.SHA256: 64}


def _normalise(kind: HashKind, value: str) -> str:
    value = value.strip().lower()
    if len(value) != _HEX_LENGTHS[kind] or any(c not in "0123456789abcdef" for c in value):
        raise ValueError(f"not a {kind.value} hash: {value!r}")
    return value


class DjangoBankStore:
    """Implements ``guard.store.interfaces.BankStore``; safe to share, every call is its own query."""

    def bank_ensure(self, name: str, *, pdq_threshold: int = 31) -> Bank:
        if not name or len(name) > 64:
            raise ValueError("a bank name is 1 to 64 characters")
        with transaction.atomic():
            bank, created = HashBank.objects.get_or_create(name=name, defaults={"pdq_threshold": pdq_threshold})
            if created:
                BankChange.objects.create(bank_name=name, op=BankChange.Op.BANK)
        return Bank(name=bank.name, pdq_threshold=bank.pdq_threshold)

    def bank_list(self) -> list[Bank]:
        return [Bank(name=b.name, pdq_threshold=b.pdq_threshold) for b in HashBank.objects.order_by("name")]

    def hash_add(self, entry: BankEntry) -> bool:
        kind = HashKind(entry.kind)
        value = _normalise(kind, entry.value)
        with transaction.atomic():
            bank = HashBank.objects.filter(name=entry.bank).first()
            if bank is None:
                bank = HashBank.objects.create(name=entry.bank)
                BankChange.objects.create(bank_name=entry.bank, op=BankChange.Op.BANK)
            if BankHash.objects.filter(bank=bank, kind=kind.value, value=value).exists():
                return False
            try:
                # A savepoint, so losing a race to a concurrent add leaves the outer transaction usable.
                with transaction.atomic():
                    BankHash.objects.create(
                        bank=bank, kind=kind.value, value=value, case_id=entry.case_id or "", note=entry.note or ""
                    )
            except IntegrityError:
                return False
            BankChange.objects.create(bank_name=bank.name, op=BankChange.Op.ADD, kind=kind.value, value=value)
        return True

    def hash_remove(self, bank: str, kind: HashKind, value: str) -> bool:
        kind = HashKind(kind)
        try:
            value = _normalise(kind, value)
        except ValueError:
            return False
        with transaction.atomic():
            deleted, _ = BankHash.objects.filter(bank__name=bank, kind=kind.value, value=value).delete()
            if not deleted:
                return False
            BankChange.objects.create(bank_name=bank, op=BankChange.Op.REMOVE, kind=kind.value, value=value)
        return True

    def hash_list(self, bank: str) -> Iterator[BankEntry]:
        rows = BankHash.objects.filter(bank__name=bank).order_by("id").values_list("kind", "value", "case_id", "note")
        for kind, value, case_id, note in rows.iterator(chunk_size=2000):
            yield BankEntry(bank=bank, kind=HashKind(kind), value=value, case_id=case_id or None, note=note or None)

    def revision(self) -> int:
        return int(BankChange.objects.aggregate(top=Max("id"))["top"] or 0)
