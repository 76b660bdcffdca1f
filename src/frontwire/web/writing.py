"""POST /api/articles: code one article with the same core as the CLI and store it through the store's path.

Checks run cheapest first: is writing on (403), the token (401), the content type (415), the size
(413, counted while reading, so a large body is never held whole), then the body itself (400/422).
"""

from __future__ import annotations

import json
import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from frontwire.api import Resources, load_resources
from frontwire.models import Article
from frontwire.read import decode_bytes, read_record, read_text
from frontwire.settings import Settings
from frontwire.store.engine import Store
from frontwire.store.ingest import StoredArticle, ingest_article
from frontwire.web import schemas as s
from frontwire.web.context import context
from frontwire.web.convert import stored_out
from frontwire.web.params import country_hint
from frontwire.web.problems import BAD_VALUE, describe_errors
from frontwire.web.security import check_writer

SOURCE = "<api>"
_TYPES = {"application/json": "json", "text/plain": "text"}


class ArticleWriter:
    """Stores posted articles one at a time (the merge is store-wide); loads the NLP resources on first use."""

    def __init__(self, store: Store, settings: Settings, resources: Resources | None = None) -> None:
        self.store = store
        self.settings = settings
        self._resources = resources
        self._lock = threading.Lock()

    def store_article(self, article: Article, hint: str | None) -> StoredArticle:
        """Code, store and merge one article."""
        with self._lock:
            if self._resources is None:
                self._resources = load_resources(self.settings)
            return ingest_article(self.store, article, self._resources, country_hint=hint)


def _body_kind(content_type: str | None) -> str:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media not in _TYPES:
        raise HTTPException(415, f"send the article as application/json or text/plain, not {media or 'nothing'}")
    return _TYPES[media]


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    too_big = f"the body is over the {limit:,}-byte limit (setting max_body_bytes)"
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, too_big)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, too_big)
    if not bytes(body).strip():
        raise HTTPException(400, "the body is empty: send the article")
    return bytes(body)


def _from_json(body: bytes, default_date: date | None) -> tuple[Article, str | None]:
    try:
        value: Any = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(400, f"the body is not JSON ({exc})") from exc
    try:
        posted = s.ArticleIn.model_validate(value)
    except ValidationError as exc:
        raise HTTPException(422, describe_errors(exc.errors())) from exc
    record = {"title": posted.headline, "text": posted.text, "url": posted.url, "outlet": posted.outlet,
              "date": posted.date.isoformat() if posted.date else None}
    return read_record(record, source=SOURCE, default_date=default_date), posted.country


def _article(kind: str, body: bytes, default_date: date | None) -> tuple[Article, str | None]:
    if kind == "json":
        return _from_json(body, default_date)
    return read_text(decode_bytes(body, source=SOURCE), source=SOURCE, default_date=default_date), None


async def post_article(
    request: Request,
    day: Annotated[date | None, Query(alias="date", description="Publication date (YYYY-MM-DD) when the "
                                      "article does not give one.")] = None,
    country: Annotated[str | None, Query(description="The country the article is about (a hint).")] = None,
) -> s.StoredOut:
    """Code one article and store it (needs the API token); the answer lists the events it is part of."""
    ctx = context(request)
    check_writer(ctx.settings, request.headers.get("authorization"))
    kind = _body_kind(request.headers.get("content-type"))
    body = await _read_body(request, ctx.settings.max_body_bytes)
    article, posted_country = _article(kind, body, day)
    hint = country_hint(posted_country or country)
    stored = await run_in_threadpool(ctx.writer.store_article, article, hint)
    return stored_out(stored)


def _request_body() -> dict[str, Any]:
    """The OpenAPI requestBody: the handler reads the body itself, so FastAPI cannot describe it."""
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": s.ArticleIn.model_json_schema()},
        "text/plain": {"schema": {"type": "string", "description": "The article, in the copied-web-page layout."}},
    }}}


_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": s.Problem, "description": text} for code, text in (
        (400, "The body is empty or not JSON."), (401, "The token is missing or wrong."),
        (403, "Writing is off (no api_token set)."), (413, "The body is too large."),
        (415, "Not application/json or text/plain."))
}


def write_routes() -> APIRouter:
    """A router with POST /api/articles."""
    router = APIRouter(prefix="/api", responses={**BAD_VALUE, **_WRITE_ERRORS})
    router.add_api_route("/articles", post_article, methods=["POST"], status_code=201, tags=["articles"],
                         openapi_extra=_request_body())
    return router
