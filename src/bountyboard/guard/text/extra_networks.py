"""Add-on models named inside a prompt: ``<lora:NAME:0.8>``, ``<lyco:NAME>``, ``<hypernet:NAME>`` (Automatic1111's
"extra networks") and ComfyUI's ``embedding:NAME``.

Why they matter (round 12, decision 0035): a LoRA trained on one person's photos is that person's likeness,
whatever the rest of the prompt says, and uploaders name the file after the person in every way but the plain
one: ``liYitongChinese_v10``, ``sxz-ashley-graham``, ``jingyiJuJingyi_juJingyiv1``. ``words`` undoes the naming
habits (CamelCase, separators, version and epoch suffixes, the model kind) so the name detectors can read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KINDS = r"(?:lora|lyco|lycoris|locon|loha|lokr|hypernet|hypernetwork|embedding|ti)"
_TAG = re.compile(
    rf"<\s*{_KINDS}\s*:\s*([^:<>\n]{{1,160}})(?::[^<>\n]{{0,40}})?>"
    r"|(?<![\w:])embedding:([\w.\-]{2,160})",
    re.IGNORECASE,
)
# An add-on model's tag right before its file name, in a folded view ("<lora:" before "ruthhalloran"): where the model's
# subject stands (session 39)
MODEL_TAG_BEFORE = re.compile(rf"<\s*{_KINDS}\s*:\s*$")
# A word boundary inside a file name: a separator, a lower-case letter before a capital, a letter next to a digit.
_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# What uploaders add to a file name besides its subject: the model's kind, base model, version, training step,
# a nationality that sorts the file, and "likeness" words.
_NOT_SUBJECT = frozenset(
    """
    lora loras locon loha lokr lyco lycoris lycoriss hypernet embedding embed ti ckpt safetensors pt bin
    sd sdxl xl pony ponyxl illustrious il noob flux sd15 v vs ver version fix fixed final last epoch step steps
    beta alpha test offset merged merge mix lite full realistic real photoreal
    chinese korean japanese thai taiwanese vietnamese asian cn kr jp tw
    likeness face character char style concept
    """.split()
)

_GLUED_SUFFIX = re.compile(r"(?<=[A-Za-z])(?:[vV]\d+|lora|locon|lycoris|loha)(?=$|[^a-z])")


@dataclass(frozen=True, slots=True)
class ExtraNetwork:
    name: str  # the file name as written
    span: tuple[int, int]  # the file name's span in the original text
    words: tuple[str, ...]  # lower-case words of the name, without the uploader's additions
    stem: str | None  # the one piece left once versions and model words are cut, digits kept ("kmb4pp3"), or None


def extra_networks(text: str) -> list[ExtraNetwork]:
    """Every add-on model the text names, in order."""
    out = []
    for m in _TAG.finditer(text):
        group = 1 if m.group(1) is not None else 2
        name = m.group(group).strip()
        start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
        name = re.split(r"[/\\]", name)[-1]  # a folder before the file name
        name = re.sub(r"\.(?:safetensors|pt|ckpt|bin)$", "", name, flags=re.IGNORECASE)
        end = m.start(group) + len(m.group(group).rstrip())
        out.append(ExtraNetwork(name=name, span=(start, end), words=words_of(name), stem=stem_of(name)))
    return out


def words_of(name: str) -> tuple[str, ...]:
    """The subject words of a file name ("liYitongChinese_v10" -> li, yitong): a capital, a separator or a
    digit begins a word; lower-case letters run together stay one word ("dingzhen")."""
    words: list[str] = []
    name = _GLUED_SUFFIX.sub("_", name)  # "juJingyiv1", "dingzhenlora": the suffix written onto the name
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        for piece in _PIECE.findall(chunk):
            word = piece.lower()
            if not (word.isdigit() or word in _NOT_SUBJECT):
                words.append(word)
    return tuple(words)


def stem_of(name: str) -> str | None:
    """The file name's one subject piece with its digits ("kmb4pp3_v3" -> "kmb4pp3", "ggadot_lora" -> "ggadot"): a
    trigger token is often the file's name too; None when more than one piece is left ("sxz-tzuyu")."""
    pieces = [
        piece.lower() for piece in re.split(r"[^A-Za-z0-9]+", _GLUED_SUFFIX.sub("_", name))
        if piece and not piece.isdigit() and piece.lower() not in _NOT_SUBJECT and not re.fullmatch(r"[vV]\d+\w*", piece)
    ]  # fmt: skip
    return pieces[0] if len(pieces) == 1 else None
