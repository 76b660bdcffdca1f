"""Option callbacks shared by the command modules."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from frontwire.settings import Settings


def command_settings(ctx: click.Context, **flags: Any) -> Settings:
    """The settings for a command: the root group's --config and --model, then the command's flags."""
    from frontwire.settings import load_settings

    obj = ctx.find_root().obj or {}
    return load_settings(obj.get("config"), model=obj.get("model"), **flags)


def parse_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """A click callback turning YYYY-MM-DD into a date (None stays None)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc
