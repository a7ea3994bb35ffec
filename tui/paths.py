"""Where compare keeps its config and data; ``COMPARE_CONFIG_DIR``/``COMPARE_DATA_DIR`` override."""

from __future__ import annotations

import os
import re
from pathlib import Path


def config_dir() -> Path:
    """The user config folder (not created here)."""
    env = os.environ.get("COMPARE_CONFIG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_path

    return user_config_path("compare", appauthor=False)


def data_dir() -> Path:
    """The user data folder for notes (not created here)."""
    env = os.environ.get("COMPARE_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("compare", appauthor=False)


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """A path in ``folder`` that does not exist yet: ``stem.md``, ``stem-2.md``, …"""
    cand = folder / f"{stem}{suffix}"
    n = 2
    while cand.exists():
        cand = folder / f"{stem}-{n}{suffix}"
        n += 1
    return cand


def slug(text: str) -> str:
    """``text`` as a short, safe piece of a file name (letters, digits, dashes)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "article"
