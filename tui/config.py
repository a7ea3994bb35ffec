"""``config.toml`` in the user config folder: theme, threshold, keymap, scroll-follow."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field

from tui.align import DEFAULT_THRESHOLD
from tui.paths import config_dir

EXAMPLE = """\
# compare configuration
theme = "compare-dark"        # or "newsprint", "high-contrast", or a theme of yours
threshold = 0.35              # alignment threshold, 0..1 (+ and - change it live)
follow_scroll = true          # the other pane follows when you scroll one

[keymap]                      # binding id = "keys"; see the help screen (?) for ids
# "pair.next" = "j,down"
"""


@dataclass(frozen=True)
class Config:
    """Settings with their defaults."""

    theme: str = "compare-dark"
    threshold: float = DEFAULT_THRESHOLD
    follow_scroll: bool = True
    keymap: dict[str, str] = field(default_factory=dict)


def load_config() -> tuple[Config, str | None]:
    """The config, and a one-line warning when the file was unusable (defaults are used then)."""
    path = config_dir() / "config.toml"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(), None
    except (OSError, UnicodeDecodeError) as exc:
        return Config(), f"cannot read {path}: {exc}; using defaults"
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        return Config(), f"{path} is not valid TOML ({exc}); using defaults"
    problems: list[str] = []
    kwargs: dict = {}
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            kwargs["theme"] = theme.strip()
        else:
            problems.append("theme must be a name")
    thr = data.get("threshold")
    if thr is not None:
        if isinstance(thr, int | float) and not isinstance(thr, bool) and 0 <= thr <= 1:
            kwargs["threshold"] = float(thr)
        else:
            problems.append("threshold must be a number from 0 to 1")
    follow = data.get("follow_scroll")
    if follow is not None:
        if isinstance(follow, bool):
            kwargs["follow_scroll"] = follow
        else:
            problems.append("follow_scroll must be true or false")
    keymap = data.get("keymap")
    if keymap is not None:
        if isinstance(keymap, dict) and all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in keymap.items()
        ):
            kwargs["keymap"] = {k: v.replace(" ", "") for k, v in keymap.items()}
        else:
            problems.append('keymap entries must look like "pair.next" = "j,down"')
    unknown = sorted(set(data) - {"theme", "threshold", "follow_scroll", "keymap"})
    if unknown:
        problems.append("unknown setting " + ", ".join(unknown))
    warning = f"{path}: " + "; ".join(problems) + " (ignored)" if problems else None
    return Config(**kwargs), warning
