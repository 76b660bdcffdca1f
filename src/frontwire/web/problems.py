"""Error bodies: every failure answers {"detail": "one sentence"}, with the status that fits it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from frontwire.errors import FrontwireError, InputError, SettingsError
from frontwire.store.engine import StoreError
from frontwire.web.schemas import Problem

log = logging.getLogger(__name__)

BAD_VALUE: dict[int | str, dict[str, Any]] = {
    422: {"model": Problem, "description": "A parameter or the body has a value that cannot be used."},
}


def describe_errors(errors: Iterable[Mapping[str, Any]]) -> str:
    """pydantic's validation errors as one line: 'limit: Input should be ...; since: ...'."""
    parts = []
    for error in errors:
        loc = [str(x) for x in error.get("loc", ())]
        where = ".".join(loc[1:] if len(loc) > 1 and loc[0] in ("query", "path", "body") else loc)
        parts.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _problem(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


async def _validation(_request: Request, exc: Exception) -> JSONResponse:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else ()
    return _problem(422, describe_errors(errors))


async def _frontwire(_request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, (SettingsError, InputError)):
        return _problem(422, str(exc))
    log.error("request failed: %s", exc)
    if isinstance(exc, StoreError):
        return _problem(503, "the event store is not available; see the server log")
    return _problem(500, str(exc))


def add_problem_handlers(app: FastAPI) -> None:
    """Turn validation errors and FrontwireErrors into {"detail": ...} bodies."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(FrontwireError, _frontwire)
