"""One alternation of many cues, grouped by the character each cue can start with.

Python's ``re`` tries every branch of an alternation at every position; a branch that opens with a literal is
skipped at once when the character differs, but a branch that opens with a group (``(?:seductive|sultry)``) is
entered first. With four hundred cues the suggestive tier spent most of its time there. Grouped by first character
behind a lookahead, the engine enters one group at a position, and the branches inside keep their order, so the
expression matches exactly what the plain alternation matches (the tests compare the two on every suggestive tier).

Only the shapes the cue lists are written in are read: a cue opening with a letter, or with a non-capturing group
whose branches open with letters (recursively). A cue of any other shape joins every group, in its place. A list of a
few long cues is faster plain (measured: the private-person lists, whose cost is inside each cue), so it stays so.
"""

from __future__ import annotations

from collections.abc import Iterator

_QUANTIFIERS = frozenset("?*+{")


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters ``pattern`` can start a match with, or None when that is not read from its shape (a class, an
    escape, an optional first item, a flag, an empty branch)."""
    found: set[str] = set()
    for branch in _top_level_branches(pattern):
        if branch.startswith("(?:"):
            close = _closing_parenthesis(branch)
            if close is None or branch[close + 1 : close + 2] in _QUANTIFIERS:
                return None  # "(?:being )?licked": the group may match nothing
            inner = first_characters(branch[3:close])
            if inner is None:
                return None
            found |= inner
        elif branch[:1].isalpha() and branch[1:2] not in _QUANTIFIERS:
            found.add(branch[0])
        else:
            return None
    return frozenset(found)


def _syntax(pattern: str) -> Iterator[tuple[int, str]]:
    """The characters of ``pattern`` that are syntax: neither escaped nor inside a character class."""
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)  # "[]a]": a leading "]" is a member
        else:
            yield index, char
        index += 1


def _top_level_branches(pattern: str) -> list[str]:
    """``pattern`` split on the ``|`` outside groups."""
    branches, depth, start = [], 0, 0
    for index, char in _syntax(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    return [*branches, pattern[start:]]


def _closing_parenthesis(pattern: str) -> int | None:
    """Where the group opening ``pattern`` closes."""
    depth = 0
    for index, char in _syntax(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ")" and depth == 0:
            return index
    return None


def grouped_pattern(alternation: str) -> str:
    """One written alternation (``a|(?:b|c)d|...``) as ``grouped_alternation`` of its top-level branches."""
    return grouped_alternation(_top_level_branches(alternation))


def grouped_alternation(patterns: list[str]) -> str:
    """``(?:p1|p2|...)``, written as one group per first character; matches exactly what the plain alternation
    matches at every position."""
    readings = [(pattern, first_characters(pattern)) for pattern in patterns]
    characters = sorted({c for _, chars in readings if chars for c in chars})
    if all(chars is None for _, chars in readings):
        return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
    groups = []
    for character in characters:
        members = [p for p, chars in readings if chars is None or character in chars]
        groups.append(f"(?={_escaped(character)})(?:" + "|".join(f"(?:{p})" for p in members) + ")")
    # at a character no cue of a known shape starts with, only the cues of other shapes can match
    others = [p for p, chars in readings if chars is None]
    if others:
        groups.append(f"(?![{''.join(_escaped(c) for c in characters)}])(?:" + "|".join(f"(?:{p})" for p in others) + ")")
    return "(?:" + "|".join(groups) + ")"


def _escaped(character: str) -> str:
    return "\\" + character if character in "\\^-]" else character
