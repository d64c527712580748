"""Procedurally drawn demo pictures (gradients and shapes; never photos), deterministic per seed so
running the demo seed twice produces the same bytes."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (640, 480)


def _vertical_gradient(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    width, height = SIZE
    column = Image.new("RGB", (1, height))
    for y in range(height):
        t = y / (height - 1)
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return column.resize(SIZE)


def landscape(seed: int) -> bytes:
    """Sunset sky, a sun, layered mountain ridges and a lake."""
    rng = random.Random(seed)
    image = _vertical_gradient((rng.randint(20, 70), rng.randint(40, 90), 160), (250, rng.randint(150, 200), 110))
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    sun_x, sun_y = rng.randint(120, 520), rng.randint(110, 200)
    draw.ellipse((sun_x - 45, sun_y - 45, sun_x + 45, sun_y + 45), fill=(255, 224, 140))
    for layer in range(4):
        base = 250 + layer * 45
        shade = 90 - layer * 20
        colour = (shade, shade + 25 + layer * 5, shade + 60)
        points = [(0, height)]
        x = 0
        while x <= width:
            points.append((x, base - rng.randint(20, 110) + layer * 10))
            x += rng.randint(40, 90)
        points += [(width, base), (width, height)]
        draw.polygon(points, fill=colour)
    draw.rectangle((0, 410, width, height), fill=(60, 110, 150))
    for _ in range(12):
        y = rng.randint(415, 470)
        x = rng.randint(0, width - 80)
        draw.line((x, y, x + rng.randint(30, 80), y), fill=(140, 180, 210), width=2)
    return _png(image)


def abstract_style(seed: int) -> bytes:
    """Overlapping translucent circles and bars: a 'style' reference."""
    rng = random.Random(seed)
    image = _vertical_gradient((rng.randint(200, 250), 235, rng.randint(200, 250)), (rng.randint(90, 140), 80, 150))
    overlay = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(18):
        r = rng.randint(20, 110)
        x, y = rng.randint(0, SIZE[0]), rng.randint(0, SIZE[1])
        colour = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), rng.randint(70, 160))
        if rng.random() < 0.6:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x - r, y - r // 4, x + r, y + r // 4), fill=colour)
    image = Image.alpha_composite(image.convert("RGBA"), overlay.filter(ImageFilter.GaussianBlur(1.5)))
    return _png(image.convert("RGB"))


def robot_character(seed: int) -> bytes:
    """A fictional boxy robot mascot (a 'character' reference made of rectangles)."""
    rng = random.Random(seed)
    image = _vertical_gradient((230, 240, 250), (170, 190, 215))
    draw = ImageDraw.Draw(image)
    body = (rng.randint(60, 200), rng.randint(90, 200), rng.randint(120, 220))
    cx = SIZE[0] // 2
    draw.rectangle((cx - 90, 190, cx + 90, 390), fill=body, outline=(40, 40, 60), width=4)
    draw.rectangle((cx - 70, 80, cx + 70, 180), fill=(200, 205, 215), outline=(40, 40, 60), width=4)
    draw.rectangle((cx - 45, 110, cx - 15, 135), fill=(255, 190, 40))
    draw.rectangle((cx + 15, 110, cx + 45, 135), fill=(255, 190, 40))
    draw.line((cx, 80, cx, 45), fill=(40, 40, 60), width=4)
    draw.ellipse((cx - 9, 32, cx + 9, 50), fill=(230, 60, 60))
    draw.rectangle((cx - 140, 210, cx - 95, 330), fill=body, outline=(40, 40, 60), width=3)
    draw.rectangle((cx + 95, 210, cx + 140, 330), fill=body, outline=(40, 40, 60), width=3)
    draw.rectangle((cx - 70, 390, cx - 25, 450), fill=(90, 95, 110))
    draw.rectangle((cx + 25, 390, cx + 70, 450), fill=(90, 95, 110))
    for i in range(3):
        draw.ellipse((cx - 50 + i * 40, 240, cx - 30 + i * 40, 260), fill=(120, 230, 160))
    return _png(image)


def pattern_tile(seed: int) -> bytes:
    """A concentric, rotating polygon pattern (a 'dataset' sample)."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, (20, 24, 38))
    draw = ImageDraw.Draw(image)
    cx, cy = SIZE[0] / 2, SIZE[1] / 2
    sides = rng.randint(3, 8)
    hue_shift = rng.randint(0, 120)
    for ring in range(22, 0, -1):
        radius = ring * 11
        angle0 = ring * 0.12
        points = [
            (cx + radius * math.cos(angle0 + 2 * math.pi * k / sides), cy + radius * math.sin(angle0 + 2 * math.pi * k / sides))
            for k in range(sides)
        ]
        draw.polygon(points, outline=((ring * 11 + hue_shift) % 256, 140, 255 - ring * 9), width=3)
    return _png(image)


DRAWINGS = {
    "landscape": landscape,
    "style": abstract_style,
    "character": robot_character,
    "pattern": pattern_tile,
}


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
