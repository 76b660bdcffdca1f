"""The serve command: the map page and the JSON API over the event store, through uvicorn."""

from __future__ import annotations

import gc
import logging

import click

from frontwire.commands.options import command_settings
from frontwire.commands.store import db_option

log = logging.getLogger(__name__)
_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int) -> None:
    """Serve the map page and the JSON API (/api/events, /api/openapi.json …) over the store.

    Writing (POST /api/articles) is off unless an API token is set (setting api_token,
    FRONTWIRE_API_TOKEN); CORS is off unless cors_origins names origins.

    Example: frontwire serve --db events.db --port 8000
    """
    import uvicorn

    from frontwire.web.app import create_app

    settings = command_settings(ctx, db=db)
    if host not in _LOOPBACK:
        log.warning("listening on %s: the API is reachable from other machines", host)
    app = create_app(settings)
    # What is loaded by now lives as long as the server: kept out of the collector's full passes,
    # which otherwise walk it every few large answers and double their time.
    gc.collect()
    gc.freeze()
    click.echo(f"frontwire: serving on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
