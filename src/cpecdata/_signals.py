"""Hold Ctrl-C back over a block whose code would lose or garble it, and raise it right after."""

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Note a Ctrl-C that arrives while the block runs and deliver it once the block is done.

    Two places need it: forking workers runs fork hooks, and Python ignores an exception raised
    in one, so a Ctrl-C then would be lost and the run would go on to the end; a DuckDB query
    turns a Ctrl-C into its own error, which would end the run with a traceback. The SIGINT
    handler is swapped for one that only notes the signal (a signal mask would not do: the
    kernel hands the signal to any thread that does not block it). Off the main thread, where
    handlers cannot be set and Python never runs them, the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    previous = signal.signal(signal.SIGINT, note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            signal.raise_signal(signal.SIGINT)  # now handled as before: KeyboardInterrupt
