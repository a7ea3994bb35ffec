"""Helpers shared by the tests: Pilot settling, and what the Markdown export must contain."""

from __future__ import annotations


async def settle(pilot) -> None:
    """Wait for the app's comparison and for its first pair to be shown (set after a refresh)."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    for _ in range(50):
        if app.cmp is None or not app.cmp.pairs or app.current is not None:
            break
        await pilot.pause(0.02)


#: The second-level sections of the pair Markdown export, in order.
MARKDOWN_SECTIONS = [
    "Summary",
    "What each article leads with",
    "Aligned pairs",
    "Found in A only",
    "Found in B only",
    "Who is credited",
    "Entities",
]
