"""Themes from ``themes/*.toml`` (bundled) and the user's config folder, validated first."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.articles import themes_dir
from tui.paths import config_dir

#: Diff colours every theme provides (defaults come from the dark theme).
DIFF_VARIABLES = {
    "diff-current-bg": "#25405F",
    "diff-linked": "#5B9BD5",
    "diff-only": "#C27BD0",
    "diff-conflict": "#FF6B6B",
    "diff-differ": "#F2C14E",
    "diff-words": "#8FD3FE",
    "diff-mention-bg": "#4A3B5C",
    "diff-search-bg": "#6B5A1E",
}
_COLOUR_KEYS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
_ALPHA = re.compile(r"\s+\d{1,3}%$")


def _check_colour(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a colour string")
    try:
        Color.parse(_ALPHA.sub("", value.strip()))
    except ColorParseError as exc:
        raise ValueError(f"{key}: {value!r} is not a colour") from exc
    return value


def theme_from_toml(path: Path) -> Theme:
    """One validated Theme from a TOML file; ValueError with a short reason otherwise."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read it ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML ({exc})") from exc
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][\w-]{0,40}", name):
        raise ValueError("needs a name (letters, digits, - and _)")
    if "primary" not in data:
        raise ValueError("needs a primary colour")
    kwargs: dict = {k: _check_colour(data[k], k) for k in _COLOUR_KEYS if k in data}
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError("dark must be true or false")
    raw_vars = data.get("variables", {})
    if not isinstance(raw_vars, dict):
        raise ValueError("[variables] must be a table")
    variables = dict(DIFF_VARIABLES)
    for key, value in raw_vars.items():
        variables[str(key)] = _check_colour(value, f"variables.{key}")
    theme = Theme(name=name, dark=dark, variables=variables, **kwargs)
    try:
        theme.to_color_system()
    except (ColorParseError, ValueError, TypeError) as exc:
        raise ValueError(f"invalid colours ({exc})") from exc
    return theme


def load_themes() -> tuple[list[Theme], list[str]]:
    """Bundled themes then user themes (``<config>/themes/*.toml``); plus one line per failure."""
    themes: dict[str, Theme] = {}
    errors: list[str] = []
    for folder in (themes_dir(), config_dir() / "themes"):
        try:
            files = sorted(folder.glob("*.toml"))
        except OSError:
            continue
        for path in files:
            try:
                theme = theme_from_toml(path)
            except ValueError as exc:
                errors.append(f"{path.name}: {exc}")
                continue
            themes[theme.name] = theme
    return list(themes.values()), errors
