"""Bounty pages, one module per concept: ``browse`` (home and browse), ``detail`` (the bounty page),
``lifecycle`` (the poster's create, edit, uploads, publish, cancel), ``entries``, ``awards`` (moves of
credits), ``engagement`` (comments, follows, reactions), ``media`` (files through the visibility check)
``mine`` (my bounties, entries and contributions) and ``lookups`` (the bounty or entry a page acts on). ``bounties/urls.py`` maps them."""
