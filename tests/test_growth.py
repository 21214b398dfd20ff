"""Hostile inputs are processed in time linear in their size (parse and extraction together).

Each family builds an input of size n and 10n and compares the best of four CPU-time
measurements, interleaved, in the same run: 10x the input may cost at most ~12x the time.
Ratios of process CPU time, not wall-clock thresholds, so a slow or busy machine does not make
the tests flaky; a quadratic scan or a backtracking regex costs ~100x and fails every time.
"""

import gc
import time
from collections.abc import Callable

import pytest

from cpecdata.corpus import parse

HEADER = " date 2022-11-21 Headline\n\n"

FAMILIES: dict[str, Callable[[int], str]] = {
    "one huge paragraph": lambda n: HEADER + "China and Pakistan agreed. " * n,
    "many paragraphs": lambda n: (
        HEADER + "\n\n".join(f"Paragraph {i} about CPEC." for i in range(n))
    ),
    "runs of quote marks": lambda n: HEADER + "“" * n + " she said " + "”" * n + '"' * n,
    "reporting verbs": lambda n: HEADER + "He said she said that they told reporters, " * n,
    "capitalised words": lambda n: HEADER + "Minister President Chairman Gwadar Port Beijing " * n,
    "brackets": lambda n: HEADER + "(" * n + "CPEC" + ")" * n + " [" * n,
    "pronoun chains": lambda n: (
        HEADER
        + "\n\n".join(
            f"Minister Sara Khan{i} said the plan works. She said it again." for i in range(n)
        )
    ),
    "visits and dates": lambda n: (
        HEADER + "The minister visited China on Monday and will visit Gwadar in March. " * n
    ),
    "also read trailer": lambda n: HEADER + "Body.\n\nAlso Read " + "Word " * n + "...",
    "long header": lambda n: " date 2022-11-21 " + "  x " * n + "\n\nBody.",
    "spaces after dateline": lambda n: HEADER + "BEIJING" + " " * n + "x",
    "many records": lambda n: "\n".join(f" date 2022-11-21 H{i}\n\nBody {i}." for i in range(n)),
}


def _time(text: str) -> float:
    start = time.process_time()  # CPU time: other processes on the machine do not count
    parse(text)
    return time.process_time() - start


def _ratio(small: str, big: str) -> float:
    """Best big time over best small time, measured interleaved so load affects both alike."""
    best_small = best_big = float("inf")
    gc.collect()
    gc.disable()  # a collection landing in one run but not the other would skew the ratio
    try:
        for _ in range(4):
            best_small = min(best_small, _time(small))
            best_big = min(best_big, _time(big))
    finally:
        gc.enable()
    return best_big / best_small


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_linear_growth(family: str) -> None:
    """10x the input costs at most ~12x the time: no backtracking blow-up, no quadratic scan."""
    make = FAMILIES[family]
    small = 300
    # Grow the base until it takes long enough to time reliably.
    while _time(make(small)) < 0.02 and len(make(small * 20)) < 1_500_000:
        small *= 2
    small_text, big_text = make(small), make(small * 10)
    ratio = _ratio(small_text, big_text)
    for _ in range(2):  # a busy machine can spoil one measurement; a quadratic scan fails all
        if ratio <= 12:
            break
        ratio = min(ratio, _ratio(small_text, big_text))
    assert ratio <= 12, f"{family}: 10x input took {ratio:.1f}x the time"
