"""What every request handler reaches: the settings, the open store, and the article writer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastapi import Request

from frontwire.settings import Settings
from frontwire.store.engine import Store

if TYPE_CHECKING:
    from frontwire.web.writing import ArticleWriter


@dataclass(frozen=True, slots=True)
class AppContext:
    """The app's state, set once by create_app."""

    settings: Settings
    store: Store
    writer: ArticleWriter


def context(request: Request) -> AppContext:
    """The AppContext of the app serving this request (a FastAPI dependency)."""
    found = request.app.state.frontwire
    if not isinstance(found, AppContext):
        raise RuntimeError("the app was not built by frontwire.web.app.create_app")
    return found
