"""Markdown to HTML that is safe to show: rendered with ``markdown``, then sanitised with ``nh3``."""

from __future__ import annotations

import markdown
import nh3

_ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4",
    "hr", "table", "thead", "tbody", "tr", "th", "td",
}


def markdown_to_safe_html(text: str) -> str:
    """No raw HTML, no images (every image goes through the guard), links get rel=noopener."""
    html = markdown.markdown(text or "", extensions=["tables", "fenced_code"], output_format="html")
    return nh3.clean(html, tags=_ALLOWED_TAGS, link_rel="noopener noreferrer nofollow")
