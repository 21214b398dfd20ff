"""Import optional dependencies on first use, failing with the extra that installs them."""

import importlib
from typing import Any

__all__ = ["require"]


def require(module: str, extra: str) -> Any:
    """Import optional dependency ``module``, or fail naming the extra that installs it.

    Keeps the heavy dependencies optional: the pure-Python parts of cpecdata never import them.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"this needs {module.partition('.')[0]}: pip install 'cpecdata[{extra}]'"
        ) from exc
