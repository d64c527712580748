"""Fixtures for the tests of the pages that span apps: the shared bounty fixtures
(``bountyboard.testing.bounty_fixtures``) and the page fixtures (``bountyboard.testing.pages``)."""

from bountyboard.testing.bounty_fixtures import draft_bounty as draft_bounty
from bountyboard.testing.bounty_fixtures import funded_user as funded_user
from bountyboard.testing.bounty_fixtures import open_bounty as open_bounty
from bountyboard.testing.bounty_fixtures import submitted_entry as submitted_entry
from bountyboard.testing.bounty_fixtures import visible_entry as visible_entry
from bountyboard.testing.pages import backer as backer
from bountyboard.testing.pages import creator as creator
from bountyboard.testing.pages import poster as poster
