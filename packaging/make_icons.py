"""Renders the app and file icons from their SVGs for every package: PNGs, .ico and .icns.

Usage: python packaging/make_icons.py OUT_DIR

Writes OUT_DIR/hicolor/<n>x<n>/apps/leitplanken.png and .../mimetypes/application-x-leitplanken.png
(16 to 512 px, the Linux icon theme layout), leitplanken.ico and leitplanken-file.ico (Windows:
16 to 256 px in one file) and leitplanken.icns and leitplanken-file.icns (macOS). Qt's SVG
renderer does the drawing (offscreen, no display needed); .ico and .icns are written here,
each size stored as PNG, which both formats accept.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"

#: The sizes of the freedesktop icon theme, Windows' .ico and macOS's .icns.
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
#: .icns entries: type code and pixel size (ic11-ic14 are the @2x variants).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))

#: (SVG file, theme context, theme name, .ico/.icns base name)
ICON_SETS = (
    ("leitplanken.svg", "apps", "leitplanken", "leitplanken"),
    ("leitplanken-file.svg", "mimetypes", "application-x-leitplanken", "leitplanken-file"),
)


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn at size × size pixels, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file holding one PNG per size (Vista and later read PNG entries)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(images: dict[str, bytes]) -> bytes:
    """A macOS icon file: one PNG-carrying element per type code."""
    body = b"".join(code.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
                    for code, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(out: Path) -> list[Path]:
    """Writes every icon into `out`; returns the files written."""
    written: list[Path] = []
    for svg_name, context, theme_name, base in ICON_SETS:
        svg = ICONS / svg_name
        cache: dict[int, bytes] = {}

        def png(size: int, svg: Path = svg, cache: dict[int, bytes] = cache) -> bytes:
            """Each size rendered once."""
            if size not in cache:
                cache[size] = render(svg, size)
            return cache[size]

        for size in THEME_SIZES:
            target = out / "hicolor" / f"{size}x{size}" / context / f"{theme_name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png(size))
            written.append(target)
        scalable = out / "hicolor" / "scalable" / context / f"{theme_name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        scalable.write_bytes(svg.read_bytes())
        written.append(scalable)
        for name, data in ((f"{base}.ico", ico({s: png(s) for s in ICO_SIZES})),
                           (f"{base}.icns", icns({c: png(s) for c, s in ICNS_TYPES}))):
            (out / name).write_bytes(data)
            written.append(out / name)
    return written


def main(argv: list[str]) -> int:
    """Command line: the output folder."""
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    _app = QGuiApplication.instance() or QGuiApplication([])
    written = write_all(Path(argv[0]))
    print(f"{len(written)} icon files written to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
