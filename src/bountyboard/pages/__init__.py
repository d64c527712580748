"""Pieces every app's pages share (not an app: no models, no URLs): the form page
(``form_page``), the refusal message in the visitor's language (``error_messages``) and the request
type of pages that answer htmx differently (``htmx``). The apps' ``views`` import them; ``web``
composes the site. They live outside ``web`` because ``web`` sits on top of every app."""
