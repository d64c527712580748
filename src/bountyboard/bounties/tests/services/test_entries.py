"""``bounties.services.entries``: submitting, editing and withdrawing entries, over the real stack (SQLite or
PostgreSQL under pgcluster, the ledger, the audit chain, the real guard). One class per service function,
one test per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from bountyboard.bounties import services
from bountyboard.bounties.models import Entry
from bountyboard.bounties.tests.services.clock import expire
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.screening.models import Screening
from bountyboard.testing.uploads import landscape_png, safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


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
        expire(bounty)
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
