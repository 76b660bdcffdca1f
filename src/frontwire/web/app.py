"""create_app: the FastAPI app over one event store, with the page, the JSON API and its safeguards."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib import resources as package_files
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from frontwire import __version__
from frontwire.api import Resources
from frontwire.settings import Settings
from frontwire.store.engine import Store, open_store
from frontwire.web.context import AppContext
from frontwire.web.problems import add_problem_handlers
from frontwire.web.reading import read_routes
from frontwire.web.security import add_security
from frontwire.web.writing import ArticleWriter, write_routes

PAGE = "index.html"


def static_dir() -> Path:
    """The folder of the page's files (package data: frontwire/web/static)."""
    return Path(str(package_files.files("frontwire.web") / "static"))


def _closing(store: Store) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    return lifespan


def _add_page(app: FastAPI, folder: Path) -> None:
    def page() -> FileResponse:
        """The map and timeline page."""
        index = folder / PAGE
        if not index.is_file():
            raise HTTPException(404, f"no page to serve: {index} is missing")
        return FileResponse(index, media_type="text/html")

    app.add_api_route("/", page, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=folder, check_dir=False), name="static")


def create_app(settings: Settings, store: Store | None = None, *, resources: Resources | None = None,
               static: Path | None = None) -> FastAPI:
    """The app over store (else the store settings.db names, opened now and closed at shutdown).

    resources (the NLP pipeline, gazetteer, catalogue) are loaded on the first POST unless given;
    static is the page's folder (default: the packaged one).
    """
    owned = store is None
    opened = store if store is not None else open_store(settings.db)
    app = FastAPI(title="frontwire", version=__version__, summary="Sourced, geolocated conflict events.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  lifespan=_closing(opened) if owned else None)
    app.state.frontwire = AppContext(settings, opened, ArticleWriter(opened, settings, resources))
    app.include_router(read_routes())
    app.include_router(write_routes())
    add_problem_handlers(app)
    _add_page(app, static or static_dir())
    add_security(app, settings)
    return app
