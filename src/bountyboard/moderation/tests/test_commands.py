"""``bountyboard hashes import|export`` over the site's own bank store."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from bountyboard.audit.models import AuditEvent
from bountyboard.guard.store.interfaces import BankEntry, HashKind
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import QueueItem
from bountyboard.moderation.tests.conftest import jpeg, pdq_of, picture, png

pytestmark = pytest.mark.django_db

PDQ_1 = "f" * 32 + "0" * 32
PDQ_2 = "0123456789abcdef" * 4
MD5_1 = "d41d8cd98f00b204e9800998ecf8427e"


class TestHashesCommand:
    def test_import_adds_active_and_honours_withdrawals(self, tmp_path: Path) -> None:
        store = DjangoBankStore()
        store.hash_add(BankEntry("stopncii", HashKind.PDQ, PDQ_2, case_id="C-2"))
        listing = tmp_path / "list.csv"
        listing.write_text(
            f"hash,status,case_id\n{PDQ_1},Active,C-1\n{PDQ_2},Withdrawn,C-2\nmd5:{MD5_1},Received,C-3\n"
        )
        out = StringIO()
        call_command("hashes", "import", str(listing), "--bank", "stopncii", stdout=out)
        assert "added 2" in out.getvalue() and "removed 1" in out.getvalue()
        assert {(e.kind, e.value, e.case_id) for e in store.hash_list("stopncii")} == {
            (HashKind.PDQ, PDQ_1, "C-1"),
            (HashKind.MD5, MD5_1, "C-3"),
        }

    def test_a_bad_line_is_named_and_nothing_is_imported(self, tmp_path: Path) -> None:
        listing = tmp_path / "bad.csv"
        listing.write_text(f"hash,status,case_id\n{PDQ_1},Active,C-1\nnot-a-hash,Active,C-9\n")
        err = StringIO()
        with pytest.raises(CommandError, match="nothing was imported"):
            call_command("hashes", "import", str(listing), "--bank", "stopncii", stderr=err)
        assert "line 3" in err.getvalue()
        assert list(DjangoBankStore().hash_list("stopncii")) == []

    def test_export_round_trips(self, tmp_path: Path) -> None:
        store = DjangoBankStore()
        store.hash_add(BankEntry("takedown", HashKind.PDQ, PDQ_1, case_id="takedown:1"))
        store.hash_add(BankEntry("takedown", HashKind.MD5, MD5_1, case_id="takedown:1"))
        target = tmp_path / "out.csv"
        call_command("hashes", "export", "--bank", "takedown", "-o", str(target))
        lines = target.read_text().splitlines()
        assert lines == ["hash,status,case_id", f"{PDQ_1},Active,takedown:1", f"md5:{MD5_1},Active,takedown:1"]
        call_command("hashes", "import", str(target), "--bank", "copy", stdout=StringIO())
        assert {(e.kind, e.value) for e in store.hash_list("copy")} == {(HashKind.PDQ, PDQ_1), (HashKind.MD5, MD5_1)}

    def test_export_of_an_unknown_bank_is_refused(self) -> None:
        with pytest.raises(CommandError, match="no bank named"):
            call_command("hashes", "export", "--bank", "nope", stdout=StringIO())

    def test_an_unreadable_file_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(CommandError, match="cannot read"):
            call_command("hashes", "import", str(tmp_path / "missing.csv"))


@pytest.mark.postgres
class TestHashesSweep:
    def test_content_already_on_the_site_that_a_new_list_matches_is_hidden_and_queued(
        self, tmp_path: Path, make_bounty: Any
    ) -> None:
        original = picture(400)
        listed = make_bounty(image=jpeg(original.resize((300, 225))))  # a resized copy was posted earlier
        other = make_bounty(image=png(picture(401)))
        listing = tmp_path / "stopncii.csv"
        listing.write_text(f"hash,status,case_id\n{pdq_of(png(original))},Active,SNC-77\n")
        out = StringIO()
        call_command("hashes", "import", str(listing), "--bank", "stopncii", "--sweep", stdout=out)
        assert "hid 1 item(s)" in out.getvalue()
        listed.image.refresh_from_db()
        other.image.refresh_from_db()
        assert (listed.image.decision, other.image.decision) == ("block", "allow")
        item = QueueItem.objects.get(source_key=f"hash_match:{listed.image.pk}")
        assert item.severity == 95 and item.owner == listed.bounty.poster
        event = AuditEvent.objects.get(action="guard.decision", reasons=["hash_match"])
        assert event.data["case_id"] == "SNC-77" and event.automated
        call_command("hashes", "sweep", stdout=(again := StringIO()))
        assert "hid 0 item(s)" in again.getvalue()
