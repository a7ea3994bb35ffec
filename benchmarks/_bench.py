"""Shared helpers for the benchmark scripts: where the shared bench data lives."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
TOOLS = BENCH / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def tool(name: str):
    """A scorer module from the shared bench tools folder (``align_eval``, ``sim_eval``)."""
    return importlib.import_module(name)
