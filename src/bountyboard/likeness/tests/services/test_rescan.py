"""Retroactive re-scans: a new registration finds what is already on the site, and resumes after a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus, Entry, EntryStatus
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.likeness import services
from bountyboard.likeness.models import RescanRun, RescanStatus
from bountyboard.likeness.services import rescan
from bountyboard.likeness.tests.conftest import bounty_published, entry_with_image, funded_user, reference
from bountyboard.moderation.models import QueueItem
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind

pytestmark = pytest.mark.models


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestRescanExecute:
    def _site_with_her_content(
        self, shared_data: Path, her_photos: list[Path]
    ) -> tuple[Bounty, Entry, Entry]:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="A knight in armour", description="fantasy art"
        )
        hers = entry_with_image(shared_data, bounty, her_photos[5])
        someone = shared_data / "faces" / "deepface" / "img26.jpg"  # another identity (id01)
        other = entry_with_image(shared_data, bounty, someone)
        hers.refresh_from_db()
        other.refresh_from_db()
        assert hers.status == EntryStatus.VISIBLE and other.status == EntryStatus.VISIBLE
        return bounty, hers, other

    def test_registration_hides_existing_matching_content_and_queues_it(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        bounty, hers, other = self._site_with_her_content(shared_data, her_photos)
        likeness = services.likeness_register(
            actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau"
        )
        run = RescanRun.objects.get(likeness=likeness)
        assert run.status == RescanStatus.DONE and run.done == run.total >= 5 and run.matched == 1
        hers.refresh_from_db()
        other.refresh_from_db()
        assert hers.status == EntryStatus.IN_REVIEW and other.status == EntryStatus.VISIBLE
        image = Screening.objects.get(subject_type="entry", subject_id=hers.pk, kind=ScreeningKind.IMAGE)
        assert image.decision == ScreeningDecision.REVIEW and likeness.id in image.person_ids
        assert image.evidence["rescan"]["previous_decision"] == ScreeningDecision.ALLOW
        item = QueueItem.objects.get(screening_id=image.pk)
        assert item.evidence["rescan_id"] == run.pk and item.evidence["person_ids"] == [likeness.id]
        assert AuditEvent.objects.filter(action="guard.rescan_match", target_id=str(hers.pk)).count() == 1
        assert audit_verify().ok

    def test_a_crash_mid_way_resumes_from_the_cursor_without_redoing_or_skipping(
        self, her: User, her_photos: list[Path], shared_data: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self._site_with_her_content(shared_data, her_photos)
        rows = list(Screening.objects.filter(status="done").order_by("pk").values_list("pk", flat=True))
        crash_at = rows[len(rows) // 2]
        scanned: list[int] = []
        real_rescan = rescan.screening_rescan

        def crashing_rescan(row: Screening, **kwargs: Any) -> services.RescanFinding | None:
            if row.pk == crash_at and crash_at not in scanned:
                scanned.append(row.pk)
                raise RuntimeError("worker killed")
            scanned.append(row.pk)
            return real_rescan(row, **kwargs)

        # rescan_execute looks the scan up in its own module, so that is where it is replaced.
        monkeypatch.setattr(rescan, "screening_rescan", crashing_rescan)
        with pytest.raises(RuntimeError, match="worker killed"):
            services.likeness_register(actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau")
        run = RescanRun.objects.get()
        assert run.status == RescanStatus.FAILED and "worker killed" in run.last_error
        assert run.cursor == rows[rows.index(crash_at) - 1] and run.done == rows.index(crash_at)

        assert services.likeness_tick().resumed == [run.pk]  # the periodic job delivers it again

        run.refresh_from_db()
        assert run.status == RescanStatus.DONE and run.done == len(rows) and run.cursor == rows[-1]
        # every row before the crash once, the crashed row twice (its first try never committed), the rest once
        assert scanned == [*rows[: rows.index(crash_at) + 1], *rows[rows.index(crash_at) :]]
        assert run.matched == 1
        services.rescan_execute(run_id=run.pk)  # a third delivery finds it done and scans nothing
        assert len(scanned) == len(rows) + 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestRescanBountyImages:
    def test_an_open_bounty_whose_reference_image_shows_her_goes_to_review_when_she_registers(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_services.bounty_create(
            poster=poster,
            title="Portrait in this style",
            description="oil painting",
            type="lora",
            prize=100,
            expires_at=timezone.now() + dt.timedelta(days=14),
            rights_statement="I took the reference photo myself.",
        )
        bounty_services.bounty_image_add(
            actor=poster, bounty_id=bounty.pk, data=her_photos[6].read_bytes(), filename="ref.jpg"
        )
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN  # an unknown face is nobody the guard can name
        likeness = services.likeness_register(
            actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau"
        )
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.IN_REVIEW
        image = Screening.objects.get(subject_type="bounty", subject_id=bounty.pk, kind=ScreeningKind.IMAGE)
        assert likeness.id in image.person_ids and image.decision == ScreeningDecision.REVIEW
        assert QueueItem.objects.filter(screening_id=image.pk).exists()
        assert wallet_balance(poster) == 900  # nothing refunded yet: a moderator decides


@pytest.mark.django_db(transaction=True)
class TestRescanLooksOnlyAtWhatCanMatch:
    """After a registration, a re-scan scans again only what can show that person: texts and captions
    sharing a word with their names (evasions undone first) and images where a face was found."""

    def _likeness(self) -> Any:
        from bountyboard.likeness.models import ProtectedLikeness

        return ProtectedLikeness.objects.create(legal_name="Lea Moreau", aliases=["Leamo"])

    def _row(self, **fields: Any) -> Screening:
        values: dict[str, Any] = {"subject_type": "test", "subject_id": 1, "status": "done", "decision": "allow"}
        values.update(fields)
        return Screening.objects.create(**values)

    def test_a_text_that_cannot_name_her_is_not_scanned_again(self) -> None:
        likeness = self._likeness()
        row = self._row(kind=ScreeningKind.TEXT, text="A red fox in watercolour, autumn forest.")
        assert rescan.screening_rescan(row, likeness=likeness) is None
        assert rescan.screening_rescan(row) is not None  # without a person: the full scan, as before

    @pytest.mark.parametrize("text", ["Lea Moreau at the beach", "L3a M0reau at the beach",
                                      "l e a  m o r e a u at the beach", "leamo on a bike",
                                      "Laa Moreu at the beach"])
    def test_a_text_naming_her_even_disguised_is_scanned_again(self, text: str) -> None:
        likeness = self._likeness()
        finding = rescan.screening_rescan(self._row(kind=ScreeningKind.TEXT, text=text), likeness=likeness)
        assert finding is not None

    def test_an_image_where_no_face_was_found_is_not_scanned_again(self) -> None:
        likeness = self._likeness()
        row = self._row(kind=ScreeningKind.IMAGE, stored_name="screened/none.png", evidence={"faces": []})
        assert rescan.screening_rescan(row, likeness=likeness) is None  # the stored file is not even opened
