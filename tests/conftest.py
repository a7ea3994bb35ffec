"""Shared test set-up: isolated config/data folders, async tests without a plugin."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own config and data folders and a clean theme setting."""
    monkeypatch.setenv("COMPARE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COMPARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    return tmp_path


@pytest.fixture
def seed_paths() -> list[Path]:
    """The five bundled seed articles."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run ``async def`` tests in a fresh event loop (no pytest-asyncio needed)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {n: pyfuncitem.funcargs[n] for n in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None
