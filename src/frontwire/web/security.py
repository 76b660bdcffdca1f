"""What keeps the API safe to expose: security headers on every response, opt-in CORS, the write token."""

from __future__ import annotations

import hmac

from fastapi import FastAPI, HTTPException
from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from frontwire.settings import Settings

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)
WRITING_OFF = "writing is off: set api_token"


class SecurityHeaders:
    """ASGI middleware that sets the security headers on every HTTP response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the headers as the response starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def add_security(app: FastAPI, settings: Settings) -> None:
    """Add CORS (only when settings name origins) and, outermost, the security headers."""
    origins = settings.cors_origin_list()
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"], max_age=600)
    app.add_middleware(SecurityHeaders)


def check_writer(settings: Settings, authorization: str | None) -> None:
    """Allow a write only with the configured token: 403 when none is set, 401 when it is missing or wrong."""
    if not settings.api_token:
        raise HTTPException(403, WRITING_OFF)
    scheme, _, token = (authorization or "").partition(" ")
    given = token.strip().encode("utf-8") if scheme.lower() == "bearer" else b""
    if not hmac.compare_digest(given, settings.api_token.encode("utf-8")):
        raise HTTPException(401, "give the API token as 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
