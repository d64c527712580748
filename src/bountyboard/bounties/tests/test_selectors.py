"""Selector tests: who sees what (fail closed), rating ceilings, search on either backend, pools."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from bountyboard.bounties import selectors, services
from bountyboard.bounties.models import Bounty, BountyImage
from bountyboard.testing.uploads import landscape_png, safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True)]


class TestBountyList:
    def test_lists_only_public_statuses(self, funded_user, draft_bounty, open_bounty):
        poster = funded_user()
        draft = draft_bounty(poster)
        opened = open_bounty(poster)
        ids = [b.pk for b in selectors.bounty_list(viewer=AnonymousUser(), status="all").items]
        assert opened.pk in ids and draft.pk not in ids

    def test_never_exceeds_the_viewers_rating_preference(self, funded_user, open_bounty):
        poster = funded_user()
        safe = open_bounty(poster)
        mature = open_bounty(poster, rating="r")
        anonymous = [b.pk for b in selectors.bounty_list(viewer=AnonymousUser()).items]
        assert safe.pk in anonymous and mature.pk not in anonymous
        adult = funded_user(0, rating_preference="r")
        assert mature.pk in [b.pk for b in selectors.bounty_list(viewer=adult).items]
        assert mature.pk not in [b.pk for b in selectors.bounty_list(viewer=adult, rating="pg").items]

    def test_search_matches_words_and_ignores_query_syntax(self, funded_user, open_bounty):
        poster = funded_user()
        fox = open_bounty(poster)
        castle = open_bounty(poster, title="Gothic castle", description="A castle at dusk.", tags=["architecture"])
        assert [b.pk for b in selectors.bounty_list(q="castle dusk").items] == [castle.pk]
        assert [b.pk for b in selectors.bounty_list(q="architect").items] == [castle.pk]
        assert [b.pk for b in selectors.bounty_list(q="FOX").items] == [fox.pk]
        assert selectors.bounty_list(q='"unbalanced AND OR (').items == []

    def test_sorts_by_entries_with_the_denormalised_counter(self, funded_user, open_bounty, visible_entry):
        poster = funded_user()
        quiet, busy = open_bounty(poster), open_bounty(poster)
        visible_entry(funded_user(0), busy)
        assert [b.pk for b in selectors.bounty_list(sort="entries").items][:2] == [busy.pk, quiet.pk]


class TestBountyGet:
    def test_hidden_bounties_are_seen_only_by_poster_and_moderators(self, funded_user, draft_bounty):
        poster = funded_user()
        bounty = draft_bounty(poster)
        assert selectors.bounty_get(bounty_id=bounty.pk, viewer=AnonymousUser()) is None
        assert selectors.bounty_get(bounty_id=bounty.pk, viewer=funded_user(0)) is None
        assert selectors.bounty_get(bounty_id=bounty.pk, viewer=poster) is not None
        assert selectors.bounty_get(bounty_id=bounty.pk, viewer=funded_user(0, role="moderator")) is not None


class TestBountyEntries:
    def test_blocked_entries_are_shown_only_to_their_entrant(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        entrant = funded_user(0)
        entry = services.entry_submit(entrant=entrant, bounty_id=bounty.pk, description="x",
                                      images=[("a.png", b"\x89PNG\r\n\x1a\n" + b"\x00junk" * 40)],
                                      files=[("m.safetensors", safetensors_bytes())])
        assert selectors.bounty_entries(bounty=bounty, viewer=AnonymousUser()) == []
        assert [e.pk for e in selectors.bounty_entries(bounty=bounty, viewer=entrant)] == [entry.pk]


class TestEntryDeliverablesVisible:
    def test_only_after_the_award(self, funded_user, open_bounty, visible_entry):
        poster = funded_user()
        bounty = open_bounty(poster)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        stranger = funded_user(0)
        assert not selectors.entry_deliverables_visible(entry=entry, viewer=poster)
        assert selectors.entry_deliverables_visible(entry=entry, viewer=entrant)
        assert selectors.entry_deliverables_visible(entry=entry, viewer=funded_user(0, role="moderator"))
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        entry.refresh_from_db()
        assert selectors.entry_deliverables_visible(entry=entry, viewer=poster)
        assert not selectors.entry_deliverables_visible(entry=entry, viewer=stranger)


class TestBountyOpenPools:
    def test_matches_held_stakes(self, funded_user, open_bounty):
        poster = funded_user()
        bounty = open_bounty(poster)
        services.bounty_contribute(benefactor=funded_user(), bounty_id=bounty.pk, amount=120)
        assert selectors.bounty_open_pools()[bounty.pk] == 620 == Bounty.objects.get(pk=bounty.pk).pool


class TestBountyImages:
    def test_hides_blocked_references_from_the_public(self, funded_user, draft_bounty):
        poster = funded_user()
        bounty = draft_bounty(poster)
        services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(9))
        assert len(selectors.bounty_images(bounty=bounty, viewer=poster)) == 2


class TestBountyCoverImageIds:
    def test_one_allowed_cover_per_bounty_in_one_query(self, funded_user, open_bounty, django_assert_max_num_queries):
        poster = funded_user()
        bounties = [open_bounty(poster) for _ in range(3)]
        with django_assert_max_num_queries(1):
            covers = selectors.bounty_cover_image_ids(bounty_ids=[b.pk for b in bounties])
        assert covers == {b.pk: BountyImage.objects.get(bounty=b).pk for b in bounties}

    def test_a_blocked_first_image_is_never_the_cover(self, funded_user, draft_bounty):
        poster = funded_user()
        broken = landscape_png(3)
        bounty = draft_bounty(poster, image=broken[: len(broken) // 2])  # the guard refuses a truncated PNG
        allowed = services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(9), filename="b.png")
        first = BountyImage.objects.filter(bounty=bounty).order_by("position", "id").first()
        assert first is not None and first.pk != allowed.pk and not first.screening.is_allowed
        assert selectors.bounty_cover_image_ids(bounty_ids=[bounty.pk]) == {bounty.pk: allowed.pk}


class TestEntryReactionCounts:
    def test_counts_each_kind(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        for user in (funded_user(0), funded_user(0)):
            services.reaction_set(user=user, entry_id=entry.pk, kind="heart")
        services.reaction_set(user=funded_user(0), entry_id=entry.pk, kind="wow")
        assert selectors.entry_reaction_counts(entry_id=entry.pk) == {"heart": 2, "wow": 1}


class TestEntryReactionsOf:
    def test_only_the_viewers_own_and_none_for_anonymous(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        viewer, other = funded_user(0), funded_user(0)
        services.reaction_set(user=viewer, entry_id=entry.pk, kind="like")
        services.reaction_set(user=other, entry_id=entry.pk, kind="laugh")
        assert selectors.entry_reactions_of(entry_id=entry.pk, user=viewer) == {"like"}
        assert selectors.entry_reactions_of(entry_id=entry.pk, user=AnonymousUser()) == set()


class TestBountyListTotal:
    def test_total_is_counted_and_capped(self, funded_user, open_bounty, monkeypatch):
        poster = funded_user()
        for _ in range(3):
            open_bounty(poster)
        assert selectors.bounty_list(with_total=True).total == 3
        monkeypatch.setattr(selectors, "TOTAL_CAP", 2)
        page = selectors.bounty_list(with_total=True)
        assert (page.total, page.total_capped) == (2, True)
