"""Service tests over the real stack: SQLite (or PostgreSQL under pgcluster), the ledger, the audit
chain and the real guard engine. One class per service function, one test per scenario; every
refusal also proves nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from bountyboard.audit.models import AuditEvent
from bountyboard.bounties import services
from bountyboard.bounties.models import Award, Bounty, BountyFile, Contribution, Entry
from bountyboard.errors import Conflict, InsufficientFunds, NotFound, PermissionDenied, ValidationFailed
from bountyboard.ledger.selectors import escrow_balance, ledger_discrepancies, wallet_balance
from bountyboard.screening.models import Screening
from bountyboard.testing.uploads import jpeg_with_metadata, landscape_png, safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


def _expire(bounty: Bounty, *, ago: dt.timedelta = dt.timedelta(minutes=1)) -> None:
    """Move a bounty's clock: tests cannot wait a week for expiry."""
    Bounty.objects.filter(pk=bounty.pk).update(expires_at=timezone.now() - ago,
                                               starts_at=timezone.now() - dt.timedelta(days=2))


class TestBountyCreate:
    def test_creates_a_draft_and_moves_no_money(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        assert bounty.status == "draft"
        assert wallet_balance(poster) == 1_000
        assert escrow_balance(bounty.pk) == 0
        assert "<script" not in services.bounty_create(
            poster=poster, title="x", description="hi <script>alert(1)</script> **bold**", type="image",
            prize=100, expires_at=timezone.now() + dt.timedelta(days=1),
        ).description_html

    @pytest.mark.parametrize("prize", [99, 1_000_001, 0, -5])
    def test_refuses_a_prize_out_of_range(self, funded_user, unchanged, prize):
        poster = funded_user()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_create(poster=poster, title="t", type="lora", prize=prize,
                                   expires_at=timezone.now() + dt.timedelta(days=1))

    def test_refuses_expiry_before_start(self, funded_user, unchanged):
        poster = funded_user()
        now = timezone.now()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_create(poster=poster, title="t", type="lora", prize=100, starts_at=now,
                                   expires_at=now - dt.timedelta(hours=1))

    def test_refuses_an_unknown_type(self, funded_user, unchanged):
        poster = funded_user()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_create(poster=poster, title="t", type="nsfw-pack", prize=100,
                                   expires_at=timezone.now() + dt.timedelta(days=1))


class TestBountyImageAdd:
    def test_stores_the_guards_clean_bytes_not_the_upload(self, funded_user, draft_bounty):
        poster = funded_user()
        original = jpeg_with_metadata()
        bounty = draft_bounty(poster, image=original)
        screening = Screening.objects.get(pk=bounty.images.get().screening_id)
        assert screening.status == "done" and screening.decision == "allow"
        with default_storage.open(screening.stored_name, "rb") as handle:
            stored = handle.read()
        assert stored != original
        assert b"SECRET-CAMERA-MODEL" in original and b"SECRET-CAMERA-MODEL" not in stored
        assert not screening.upload_name  # the quarantined upload is gone

    def test_refuses_a_file_that_is_not_an_image(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        screenings = Screening.objects.count()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=b"#!/bin/sh\nrm -rf /", filename="x.png")
        assert Screening.objects.count() == screenings

    def test_refuses_someone_elses_bounty(self, funded_user, draft_bounty, unchanged):
        bounty = draft_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_image_add(actor=funded_user(0), bounty_id=bounty.pk, data=landscape_png(3))


class TestBountyFileSizeCheck:
    def test_a_file_within_the_limit_passes(self, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 1024
        services.bounty_file_size_check(filename="fox.zip", size=1024)

    def test_a_file_over_the_limit_is_refused_with_its_name(self, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 1024
        with pytest.raises(ValidationFailed) as refused:
            services.bounty_file_size_check(filename="fox.zip", size=1025)
        assert refused.value.code == "file_too_large" and "fox.zip" in refused.value.message

    def test_an_unknown_size_is_left_to_the_bytes_check(self, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 1024
        services.bounty_file_size_check(filename="fox.zip", size=None)


class TestBountyFileAdd:
    def test_a_text_file_is_kept_and_allowed_by_the_text_scanner(self, funded_user, draft_bounty):
        poster = funded_user()
        bounty = draft_bounty(poster)
        notes = b"# Style notes\nWatercolour foxes in autumn woods, soft edges.\n"
        added = services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=notes, filename="notes.md")
        screening = Screening.objects.get(pk=added.screening_id)
        assert (added.kind, added.size, added.content_type) == ("text", len(notes), "text/markdown")
        assert (screening.kind, screening.status, screening.decision) == ("text", "done", "allow")
        with default_storage.open(added.stored_name, "rb") as handle:
            assert handle.read() == notes
        assert AuditEvent.objects.filter(action="bounty.file_add", target_id=str(bounty.pk)).count() == 1

    def test_refuses_a_file_over_the_size_limit(self, funded_user, draft_bounty, unchanged, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 16
        poster = funded_user()
        bounty = draft_bounty(poster)
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"x" * 17, filename="notes.txt")
        assert refused.value.code == "file_too_large"
        assert BountyFile.objects.count() == 0

    def test_refuses_a_pickle_model_file(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        screenings = Screening.objects.count()
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"\x80\x04K\x01.", filename="fox.ckpt")
        assert refused.value.code == "file_type_unsafe"
        assert (Screening.objects.count(), BountyFile.objects.count()) == (screenings, 0)

    def test_refuses_a_pdf_because_the_guard_cannot_scan_it(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"%PDF-1.7\n...", filename="brief.pdf")
        assert refused.value.code == "file_type_unscannable" and "cannot be scanned" in refused.value.message
        assert not BountyFile.objects.exists()

    def test_refuses_someone_elses_bounty(self, funded_user, draft_bounty, unchanged):
        bounty = draft_bounty(funded_user())
        screenings = Screening.objects.count()
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_file_add(actor=funded_user(0), bounty_id=bounty.pk, data=b"notes", filename="n.txt")
        assert (Screening.objects.count(), BountyFile.objects.count()) == (screenings, 0)

    @money
    def test_a_text_file_naming_a_celebrity_holds_the_bounty_for_consent(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        services.bounty_file_add(actor=poster, bounty_id=bounty.pk, filename="captions.txt",
                                 data=b"Emma Watson dressed as a medieval knight, close-up portrait.\n")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending", bounty.reasons
        assert escrow_balance(bounty.pk) == 500

    @money
    def test_a_reference_lora_trained_on_a_person_holds_the_bounty_for_consent(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        lora = safetensors_bytes({"ss_output_name": "emma_watson_v2",
                                  "ss_tag_frequency": '{"10_emma watson": {"emma watson": 30, "portrait": 12}}'})
        added = services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=lora, filename="style.safetensors")
        assert added.kind == "model" and added.screening.kind == "model"
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending", bounty.reasons

    def test_refuses_an_eleventh_file(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        for number in range(services.REFERENCE_FILES_MAX):
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"fox %d" % number, filename="n.txt")
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"one more", filename="n.txt")
        assert refused.value.code == "too_many_files"
        assert BountyFile.objects.filter(bounty=bounty).count() == services.REFERENCE_FILES_MAX


class TestBountyPublish:
    @money
    def test_escrows_the_prize_and_the_guard_opens_it(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, prize=400)
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "open"
        assert (wallet_balance(poster), escrow_balance(bounty.pk), bounty.pool) == (600, 400, 400)
        contribution = Contribution.objects.get(bounty=bounty)
        assert contribution.is_poster and contribution.status == "held"
        actions = list(AuditEvent.objects.filter(target_type="bounty", target_id=str(bounty.pk))
                       .values_list("action", flat=True))
        assert {"bounty.publish", "guard.decision", "bounty.screened"} <= set(actions)
        assert ledger_discrepancies() == []

    @money
    def test_refuses_without_enough_credits(self, funded_user, draft_bounty, unchanged):
        poster = funded_user(300)
        bounty = draft_bounty(poster, prize=500)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert not Contribution.objects.exists()

    def test_refuses_someone_elses_bounty(self, funded_user, draft_bounty, unchanged):
        bounty = draft_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_publish(actor=funded_user(0), bounty_id=bounty.pk)

    def test_refuses_without_a_rights_statement(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster, rights_statement="")
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)

    def test_refuses_without_a_reference_image(self, funded_user, unchanged):
        poster = funded_user()
        bounty = services.bounty_create(poster=poster, title="t", type="lora", prize=100, rights_statement="mine",
                                        expires_at=timezone.now() + dt.timedelta(days=1))
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)

    @money
    def test_a_real_persons_likeness_waits_for_consent_with_the_escrow_held(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending", bounty.reasons
        assert escrow_balance(bounty.pk) == 500
        assert bounty.decision == "consent_required"

    @money
    def test_a_sexual_request_of_a_real_person_is_rejected_and_refunded(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson nude",
                              description="Nude photos of Emma Watson, topless, NSFW.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "rejected"
        assert {r["code"] for r in bounty.reasons}
        assert (wallet_balance(poster), escrow_balance(bounty.pk), bounty.pool) == (1_000, 0, 0)
        assert Contribution.objects.get(bounty=bounty).status == "refunded"
        assert ledger_discrepancies() == []


class TestBountyContribute:
    @money
    def test_adds_to_the_pool_in_escrow(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        benefactor = funded_user(1_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        bounty.refresh_from_db()
        assert (bounty.pool, bounty.benefactor_count, escrow_balance(bounty.pk), wallet_balance(benefactor)) == (
            800, 2, 800, 700)

    @money
    @pytest.mark.parametrize("amount", [49, 2_001])
    def test_refuses_outside_min_and_max(self, funded_user, open_bounty, unchanged, amount):
        bounty = open_bounty(funded_user())
        benefactor = funded_user(5_000)
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=amount)

    @money
    def test_refuses_without_enough_credits(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        benefactor = funded_user(60)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)

    @money
    def test_refuses_a_second_stake(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)
        with unchanged(), pytest.raises(Conflict):
            services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)

    @money
    def test_refuses_after_expiry(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        _expire(bounty)
        with unchanged(), pytest.raises(Conflict):
            services.bounty_contribute(benefactor=funded_user(0), bounty_id=bounty.pk, amount=100)


class TestEntrySubmit:
    @money
    def test_is_visible_once_every_part_is_allowed(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        bounty.refresh_from_db()
        assert bounty.entry_count == 1
        kinds = set(Screening.objects.filter(subject_type="entry", subject_id=entry.pk).values_list("kind", flat=True))
        assert kinds == {"text", "image", "model"}

    @money
    def test_refuses_past_the_entry_limit(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user(), entry_limit=1)
        entrant = funded_user(0)
        visible_entry(entrant, bounty)
        with unchanged(), pytest.raises(Conflict, match="limit"):
            visible_entry(entrant, bounty)

    @money
    def test_refuses_before_the_start(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user(), starts_at=timezone.now() + dt.timedelta(days=1))
        with unchanged(), pytest.raises(Conflict, match="not started"):
            services.entry_submit(entrant=funded_user(0), bounty_id=bounty.pk, description="x",
                                  images=[("a.png", landscape_png(1))], files=[("m.safetensors", safetensors_bytes())])

    @money
    def test_refuses_after_expiry(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        _expire(bounty)
        with unchanged(), pytest.raises(Conflict, match="expired"):
            services.entry_submit(entrant=funded_user(0), bounty_id=bounty.pk, description="x",
                                  images=[("a.png", landscape_png(1))], files=[("m.safetensors", safetensors_bytes())])

    @money
    def test_benefactors_only_refuses_others_and_accepts_benefactors(self, funded_user, open_bounty, visible_entry,
                                                                     unchanged):
        bounty = open_bounty(funded_user(), entry_mode="benefactors")
        outsider = funded_user(0)
        with unchanged(), pytest.raises(PermissionDenied, match="benefactors"):
            services.entry_submit(entrant=outsider, bounty_id=bounty.pk, description="x",
                                  images=[("a.png", landscape_png(1))], files=[("m.safetensors", safetensors_bytes())])
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)
        assert visible_entry(benefactor, bounty).status == "visible"

    def test_refuses_pickled_model_files(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(ValidationFailed, match="safetensors"):
            services.entry_submit(entrant=funded_user(0), bounty_id=bounty.pk, description="x",
                                  images=[("a.png", landscape_png(1))], files=[("m.ckpt", b"\x80\x04K\x01.")])

    def test_refuses_an_entry_without_a_deliverable(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(ValidationFailed):
            services.entry_submit(entrant=funded_user(0), bounty_id=bounty.pk, description="x",
                                  images=[("a.png", landscape_png(1))], files=[])

    def test_refuses_the_poster(self, funded_user, open_bounty, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        with unchanged(), pytest.raises(PermissionDenied):
            services.entry_submit(entrant=poster, bounty_id=bounty.pk, description="x",
                                  images=[("a.png", landscape_png(1))], files=[("m.safetensors", safetensors_bytes())])


class TestEntryWithdraw:
    @money
    def test_withdraws_and_updates_the_counter(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        services.entry_withdraw(actor=entrant, entry_id=entry.pk)
        bounty.refresh_from_db()
        assert (Entry.objects.get(pk=entry.pk).status, bounty.entry_count) == ("withdrawn", 0)

    def test_refuses_anyone_but_the_entrant(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(PermissionDenied):
            services.entry_withdraw(actor=funded_user(0), entry_id=entry.pk)


class TestEntryUpdate:
    def test_rescreens_the_new_description(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        services.entry_update(actor=entrant, entry_id=entry.pk, description="Version 2, trained longer.")
        entry.refresh_from_db()
        assert entry.status == "visible" and "Version 2" in entry.description_html


class TestBountyAward:
    @money
    def test_pays_the_entrant_and_closes_when_every_stake_is_awarded(self, funded_user, open_bounty, visible_entry):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        award = services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        bounty.refresh_from_db()
        assert (award.amount, wallet_balance(entrant), escrow_balance(bounty.pk)) == (500, 500, 0)
        assert (bounty.status, bounty.pool) == ("awarded", 0)
        assert ledger_discrepancies() == []

    @money
    def test_takes_the_platform_fee_when_one_is_set(self, funded_user, open_bounty, visible_entry, settings):
        settings.BOUNTY_PLATFORM_FEE_PERCENT = 10
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        award = services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        assert (award.fee, wallet_balance(entrant), escrow_balance(bounty.pk)) == (50, 450, 0)
        assert ledger_discrepancies() == []

    @money
    def test_each_benefactor_awards_their_own_stake(self, funded_user, open_bounty, visible_entry):
        poster = funded_user()
        bounty = open_bounty(poster)
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=200)
        first, second = funded_user(0), funded_user(0)
        entry_a, entry_b = visible_entry(first, bounty), visible_entry(second, bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry_a.pk)
        assert Bounty.objects.get(pk=bounty.pk).status == "open"  # one stake still held
        services.bounty_award(benefactor=benefactor, bounty_id=bounty.pk, entry_id=entry_b.pk)
        assert (wallet_balance(first), wallet_balance(second)) == (500, 200)
        assert Bounty.objects.get(pk=bounty.pk).status == "awarded"

    @money
    def test_refuses_a_double_award(self, funded_user, open_bounty, visible_entry, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        services.bounty_contribute(benefactor=funded_user(), bounty_id=bounty.pk, amount=100)  # keeps it open
        entry = visible_entry(funded_user(0), bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        with unchanged(), pytest.raises(Conflict, match="already"):
            services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)

    @money
    def test_refuses_a_self_award(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)
        own = visible_entry(benefactor, bounty)
        with unchanged(), pytest.raises(PermissionDenied, match="own"):
            services.bounty_award(benefactor=benefactor, bounty_id=bounty.pk, entry_id=own.pk)

    @money
    def test_refuses_an_entry_the_guard_has_not_allowed(self, funded_user, open_bounty, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        # A PNG signature over garbage passes the upload check; the guard cannot decode it: blocked.
        entry = services.entry_submit(entrant=funded_user(0), bounty_id=bounty.pk, description="x",
                                      images=[("a.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50)],
                                      files=[("m.safetensors", safetensors_bytes())])
        entry.refresh_from_db()
        assert entry.status == "blocked"
        assert any(r["code"] == "unsafe_file" for r in entry.reasons)
        with unchanged(), pytest.raises(Conflict, match="allowed"):
            services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)

    @money
    def test_refuses_someone_who_is_not_a_benefactor(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_award(benefactor=funded_user(0), bounty_id=bounty.pk, entry_id=entry.pk)

    def test_refuses_an_entry_of_another_bounty(self, funded_user, open_bounty, visible_entry, unchanged):
        poster = funded_user()
        bounty, other = open_bounty(poster), open_bounty(funded_user())
        entry = visible_entry(funded_user(0), other)
        with unchanged(), pytest.raises(NotFound):
            services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)


class TestBountyCancel:
    @money
    def test_refunds_everyone(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        benefactor = funded_user(1_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=250)
        services.bounty_cancel(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert (bounty.status, bounty.pool, escrow_balance(bounty.pk)) == ("cancelled", 0, 0)
        assert (wallet_balance(poster), wallet_balance(benefactor)) == (1_000, 1_000)
        assert ledger_discrepancies() == []

    @money
    def test_refuses_once_there_are_entries(self, funded_user, open_bounty, visible_entry, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(Conflict, match="entries"):
            services.bounty_cancel(actor=poster, bounty_id=bounty.pk)

    def test_refuses_anyone_but_the_poster(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_cancel(actor=funded_user(0), bounty_id=bounty.pk)


class TestBountyRemove:
    @money
    def test_refunds_every_benefactor_who_has_not_awarded(self, funded_user, open_bounty, visible_entry):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        benefactor = funded_user(1_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        services.bounty_remove(moderator=funded_user(0, role="moderator"), bounty_id=bounty.pk, reason="spam")
        assert Bounty.objects.get(pk=bounty.pk).status == "removed"
        assert (wallet_balance(poster), wallet_balance(benefactor), wallet_balance(entrant)) == (500, 1_000, 500)

    def test_refuses_a_member(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_remove(moderator=funded_user(0), bounty_id=bounty.pk, reason="no")


class TestBountyExpire:
    @money
    def test_moves_to_awarding_when_there_are_entries(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        visible_entry(funded_user(0), bounty)
        _expire(bounty)
        bounty = services.bounty_expire(bounty_id=bounty.pk)
        assert bounty.status == "awarding" and bounty.awarding_ends_at is not None

    @money
    def test_refunds_everyone_without_eligible_entries(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        _expire(bounty)
        assert services.bounty_expire(bounty_id=bounty.pk).status == "expired"
        assert (wallet_balance(poster), escrow_balance(bounty.pk)) == (1_000, 0)


    @money
    def test_a_bounty_still_waiting_for_consent_at_expiry_is_refunded(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert Bounty.objects.get(pk=bounty.pk).status == "consent_pending"
        _expire(bounty)
        assert services.bounty_expire(bounty_id=bounty.pk).status == "expired"
        assert (wallet_balance(poster), escrow_balance(bounty.pk)) == (1_000, 0)


class TestBountyAwardWindowClose:
    """The rule of docs/decisions/0006-award-window-rule.md."""

    def _to_window_end(self, bounty: Bounty) -> Bounty:
        _expire(bounty, ago=dt.timedelta(hours=1))
        services.bounty_expire(bounty_id=bounty.pk)
        Bounty.objects.filter(pk=bounty.pk).update(awarding_ends_at=timezone.now() - dt.timedelta(seconds=1))
        return services.bounty_award_window_close(bounty_id=bounty.pk)

    @money
    def test_an_unawarded_stake_follows_the_posters_pick(self, funded_user, open_bounty, visible_entry):
        poster = funded_user()
        bounty = open_bounty(poster)
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        picked, other = funded_user(0), funded_user(0)
        entry = visible_entry(picked, bounty)
        visible_entry(other, bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        assert self._to_window_end(bounty).status == "awarded"
        assert (wallet_balance(picked), wallet_balance(other)) == (800, 0)
        assert Award.objects.filter(kind="poster_pick").count() == 1

    @money
    def test_splits_among_entrants_older_than_the_bounty(self, funded_user, open_bounty, visible_entry):
        old_a, old_b = funded_user(0), funded_user(0)
        poster = funded_user()
        bounty = open_bounty(poster, prize=501)
        Bounty.objects.filter(pk=bounty.pk).update(published_at=timezone.now())
        fresh = funded_user(0)  # a sock puppet created after publishing
        first = visible_entry(old_a, bounty)
        visible_entry(old_b, bounty)
        visible_entry(old_a, bounty)  # a second entry does not double old_a's share
        visible_entry(fresh, bounty)
        assert self._to_window_end(bounty).status == "awarded"
        assert (wallet_balance(old_a), wallet_balance(old_b), wallet_balance(fresh)) == (251, 250, 0)
        assert Award.objects.get(entry=first).amount == 251  # remainder to the earliest entry

    @money
    def test_refunds_when_only_fresh_accounts_entered(self, funded_user, open_bounty, visible_entry):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        Bounty.objects.filter(pk=bounty.pk).update(published_at=timezone.now())
        fresh = funded_user(0)
        visible_entry(fresh, bounty)
        assert self._to_window_end(bounty).status == "expired"
        assert (wallet_balance(poster), wallet_balance(fresh)) == (1_000, 0)
        assert ledger_discrepancies() == []

    def test_does_nothing_before_the_window_ends(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        visible_entry(funded_user(0), bounty)
        _expire(bounty)
        services.bounty_expire(bounty_id=bounty.pk)
        with unchanged():
            services.bounty_award_window_close(bounty_id=bounty.pk)


class TestTipCreate:
    @money
    def test_moves_credits_from_tipper_to_entrant(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entrant, tipper = funded_user(0), funded_user(100)
        entry = visible_entry(entrant, bounty)
        services.tip_create(tipper=tipper, entry_id=entry.pk, amount=40)
        assert (wallet_balance(tipper), wallet_balance(entrant)) == (60, 40)
        assert Entry.objects.get(pk=entry.pk).tip_total == 40

    @money
    def test_refuses_without_enough_credits(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        tipper = funded_user(10)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.tip_create(tipper=tipper, entry_id=entry.pk, amount=40)


class TestReactionSet:
    def test_counts_once_per_user_and_kind(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        fan = funded_user(0)
        services.reaction_set(user=fan, entry_id=entry.pk, kind="heart")
        services.reaction_set(user=fan, entry_id=entry.pk, kind="heart")
        assert Entry.objects.get(pk=entry.pk).reaction_count == 1
        services.reaction_set(user=fan, entry_id=entry.pk, kind="heart", on=False)
        assert Entry.objects.get(pk=entry.pk).reaction_count == 0


class TestCommentCreate:
    def test_a_harmless_comment_becomes_visible(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        comment = services.comment_create(author=funded_user(0), bounty_id=bounty.pk, body="Love the idea!")
        comment.refresh_from_db()
        assert comment.status == "visible"

    def test_a_comment_asking_for_a_real_persons_nudes_stays_hidden(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        comment = services.comment_create(author=funded_user(0), bounty_id=bounty.pk,
                                          body="Make it Emma Watson nude instead, topless please")
        comment.refresh_from_db()
        assert comment.status == "hidden"


class TestBountiesTick:
    @money
    def test_is_safe_to_run_twice(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        _expire(bounty)
        first = services.bounties_tick()
        second = services.bounties_tick()
        assert bounty.pk in first.expired and second.expired == []
        assert wallet_balance(poster) == 1_000
        assert ledger_discrepancies() == []


def _into_review(entry: Entry) -> None:
    """Arrange: an entry a scan sent to review (e.g. a failed scan), taken out of the visible count."""
    Entry.objects.filter(pk=entry.pk).update(status="in_review")
    Bounty.objects.filter(pk=entry.bounty_id).update(entry_count=0)


class TestEntryReviewResolve:
    def test_approval_makes_it_visible_and_counted(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        _into_review(entry)
        services.entry_review_resolve(moderator=funded_user(0, role="moderator"), entry_id=entry.pk, approve=True)
        assert (Entry.objects.get(pk=entry.pk).status, Bounty.objects.get(pk=bounty.pk).entry_count) == ("visible", 1)

    def test_refuses_a_member(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        _into_review(entry)
        member = funded_user(0)
        with unchanged(), pytest.raises(PermissionDenied):
            services.entry_review_resolve(moderator=member, entry_id=entry.pk, approve=True)


class TestEntryHide:
    def test_hides_and_uncounts_a_visible_entry(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        services.entry_hide(moderator=funded_user(0, role="moderator"), entry_id=entry.pk, reason="stolen work")
        assert (Entry.objects.get(pk=entry.pk).status, Bounty.objects.get(pk=bounty.pk).entry_count) == ("blocked", 0)


class TestEntryRestore:
    def test_a_hidden_entry_is_visible_and_counted_again(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        moderator = funded_user(0, role="moderator")
        services.entry_hide(moderator=moderator, entry_id=entry.pk, reason="stolen work")
        services.entry_restore(moderator=moderator, entry_id=entry.pk, note="appeal upheld")
        assert (Entry.objects.get(pk=entry.pk).status, Bounty.objects.get(pk=bounty.pk).entry_count) == ("visible", 1)
        assert AuditEvent.objects.filter(action="moderation.restore", target_id=str(entry.pk)).exists()

    def test_only_moderators(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        services.entry_hide(moderator=funded_user(0, role="moderator"), entry_id=entry.pk, reason="stolen work")
        with unchanged(), pytest.raises(PermissionDenied):
            services.entry_restore(moderator=bounty.poster, entry_id=entry.pk)

    def test_refuses_an_entry_that_is_not_hidden(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(Conflict):
            services.entry_restore(moderator=funded_user(0, role="moderator"), entry_id=entry.pk)


class TestBountyConsentRecheck:
    def test_without_the_persons_consent_it_stays_pending(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert services.bounty_consent_recheck(bounty_id=bounty.pk, consented_person_ids=[]).status == "consent_pending"

    def test_refuses_a_bounty_that_is_not_waiting_for_consent(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(Conflict):
            services.bounty_consent_recheck(bounty_id=bounty.pk, consented_person_ids=["p1"])
