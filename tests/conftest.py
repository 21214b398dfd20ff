"""Shared test configuration: the hypothesis profiles.

``default`` is quick, for local runs; ``ci`` runs ten times as many examples and keeps no
example database. ``ci`` is chosen by ``HYPOTHESIS_PROFILE=ci``, or when ``CI=true`` as CI
services set it.
"""

import os

from hypothesis import settings

settings.register_profile("default", max_examples=50)
settings.register_profile("ci", max_examples=500, database=None, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("ci" if os.environ.get("CI", "").lower() == "true" else "default")
)
