import os
import signal
import threading

import pytest

from cpecdata._signals import interrupts_held


def _interrupt_self_held(seen: list[str]) -> None:
    """Send this process Ctrl-C inside a held block, noting where it is raised."""
    with interrupts_held():
        try:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # give Python the chance to run a handler inside the block
                pass
        except KeyboardInterrupt:
            seen.append("inside")
        seen.append("end of block")


def test_interrupt_in_block_is_raised_after_it() -> None:
    """A Ctrl-C that lands while workers fork or DuckDB runs a query is raised after, not lost."""
    seen: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        _interrupt_self_held(seen)
    assert seen == ["end of block"]


def test_block_restores_the_handler() -> None:
    """After the block Ctrl-C is handled as before, with or without an exception in it."""
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(ValueError, match="in the block"), interrupts_held():
        raise ValueError("in the block")
    assert signal.getsignal(signal.SIGINT) is before


def test_off_the_main_thread_the_block_just_runs() -> None:
    """A worker thread cannot set handlers: the block runs unchanged instead of failing."""
    ran: list[bool] = []

    def work() -> None:
        with interrupts_held():
            ran.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert ran == [True]
