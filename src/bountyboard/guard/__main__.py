"""`python -m bountyboard.guard`: the guard CLI for platforms that embed the engine without Django."""

from bountyboard.guard.cli import main

raise SystemExit(main())
