"""Pieces every app's pages share (not an app: no models, no URLs): the form page and the refusal
message in the visitor's language. The apps' ``views`` import them; ``web`` composes the site."""
