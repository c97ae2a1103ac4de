"""Draw Madoguchi's icon: 窓 in white on a blue rounded square (IPAex Gothic, shipped in
app/fonts). Writes ui/icons/madoguchi.png (the window icon) and installer/madoguchi.ico (the
Windows program, shortcut and installer icon). Run once after a change; both are committed.

    python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "app" / "fonts" / "ipaexg.ttf"
BLUE = (33, 94, 166, 255)
SIZE = 256


def draw(size: int) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(size * 0.72))
    left, top, right, bottom = pen.textbbox((0, 0), "窓", font=font)
    x = (size - (right - left)) / 2 - left
    y = (size - (bottom - top)) / 2 - top
    pen.text((x, y), "窓", font=font, fill="white")
    return image


def main() -> None:
    big = draw(SIZE)
    big.save(ROOT / "ui" / "icons" / "madoguchi.png")
    big.save(ROOT / "installer" / "madoguchi.ico",
             sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
