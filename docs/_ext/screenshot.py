"""Render the HTML view of the bundled sample article and screenshot it for the docs.

Usage: ``python docs/_ext/screenshot.py`` (needs headless Chromium: ``apt-get install
chromium``). Writes ``docs/_static/article_html.png``; commit it when the view changes. The docs
also embed the live HTML, so the screenshot is only what readers without HTML rendering see.
"""

import shutil
import subprocess
import sys
import tempfile
from importlib.resources import files
from pathlib import Path

from PIL import Image, ImageOps

from cpecdata.display import article_html
from cpecdata.extract import extract
from cpecdata.model import Article
from cpecdata.rawformat import parse_bytes

_OUT = Path(__file__).resolve().parent.parent / "_static" / "article_html.png"
_NAME = "000_83d993cbec17adfe.txt"


def main() -> int:
    """Screenshot the view; 1 when no Chromium is installed."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 1
    [article] = parse_bytes((files("cpecdata") / "data" / _NAME).read_bytes(), _NAME)
    assert isinstance(article, Article)
    view = article_html(extract(article))
    page = f'<!doctype html><meta charset="utf-8"><body style="margin:16px">{view}'
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "article.html"
        html.write_text(page, encoding="utf-8")
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={tmp}/profile", "--window-size=1000,1900",
             f"--screenshot={_OUT}", html.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    with Image.open(_OUT) as shot:  # crop the blank page below; 64 colours keep the file small
        box = ImageOps.invert(shot.convert("RGB")).getbbox() or (0, 0, *shot.size)
        cropped = shot.crop((0, 0, shot.width, min(shot.height, box[3] + 16)))
        cropped.quantize(colors=64).save(_OUT, optimize=True)
    print(f"wrote {_OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
