"""Sphinx configuration for the cpecdata documentation (MyST markdown pages, furo theme).

Build with ``sphinx-build -W -b html docs docs/_build/html``. The build works offline:
intersphinx links are only enabled when ``CPECDATA_DOCS_ONLINE=1``, because an unreachable
inventory is a warning that ``-W`` turns into a failure and that cannot be silenced.
"""

import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE / "_ext"))
sys.path.insert(0, str(_HERE.parent / "src"))

project = "cpecdata"
author = "cpecdata developers"
copyright = "2026, cpecdata developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "cpecdata_docs",
]
if os.environ.get("CPECDATA_DOCS_ONLINE") == "1":
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
    }

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_ext", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

html_theme = "furo"
html_title = "cpecdata"
html_static_path = ["_static"]
