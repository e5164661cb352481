"""Settings: flags, then environment, then ``[tool.summarizer]`` in pyproject.toml.

The API key is read from flags or the environment only (never from a file we
might commit), and it never appears in ``repr`` or in any record.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .errors import ConfigError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

MODES = ("auto", "tools", "json_schema", "json", "llamacpp")
ENGINES = ("llm", "rules")
PROFILES = ("auto", "small", "large")

# Environment variables and the settings they fill.
_ENV = {
    "OPENAI_BASE_URL": "base_url",
    "SUMMARIZER_MODEL": "model",
    "SUMMARIZER_MODE": "mode",
    "SUMMARIZER_ENGINE": "engine",
    "SUMMARIZER_PROFILE": "profile",
    "SUMMARIZER_WINDOW_CHARS": "window_chars",
    "SUMMARIZER_MAX_REASKS": "max_reasks",
    "SUMMARIZER_RETRIES": "transport_attempts",
    "SUMMARIZER_RETRY_SECONDS": "transport_max_seconds",
    "SUMMARIZER_TIMEOUT": "timeout",
    "SUMMARIZER_LOCAL_MODEL": "local_model",
}

# Every environment variable summarizer reads, wherever it is read (tests
# isolate exactly these; tests/test_env.py fails when a new one is not listed).
ENV_VARS = (
    *_ENV,
    "OPENAI_API_KEY",  # resolve(), never from a file
    "SUMMARIZER_HOME",  # local.model_file: the cache directory
    "SUMMARIZER_PROMPTS",  # model.prompts: another prompts/ folder
    "SUMMARIZER_MAX_BYTES",  # article: the largest input accepted
    "SUMMARIZER_RAISE_ERRORS",  # cli: tracebacks instead of one-line errors
)


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know. Build with :func:`resolve`."""

    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str = "auto"
    engine: str = "llm"
    # small or large model (window size, token cap, whose speaker wins);
    # auto: small for the embedded model, large for any endpoint.
    profile: str = "auto"
    local: bool = False
    local_model: str | None = None
    # 0 means the whole article in one call (large-context models).
    window_chars: int | None = None
    max_reasks: int = 1
    transport_attempts: int = 5
    transport_max_seconds: float = 120.0
    # Seconds without a new token (the first one included: reading the prompt) before a
    # call counts as stalled; answers are streamed, so a long answer is never cut off.
    timeout: float = 300.0
    temperature: float = 0.0
    max_tokens: int = 1024
    cues: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}", hint=f"use one of {', '.join(MODES)}")
        if self.engine not in ENGINES:
            raise ConfigError(f"unknown engine {self.engine!r}", hint="use llm or rules")
        if self.profile not in PROFILES:
            raise ConfigError(f"unknown profile {self.profile!r}", hint=f"use one of {', '.join(PROFILES)}")
        if self.window_chars is not None and self.window_chars < 0:
            raise ConfigError("window_chars must be 0 (whole article) or positive")

    @property
    def uses_local(self) -> bool:
        """True when the embedded local model serves this run."""
        return self.engine == "llm" and (self.local or not (self.api_key or self.base_url))

    @property
    def model_size(self) -> str:
        """``profile`` with auto resolved: small for the embedded model, large otherwise."""
        if self.profile != "auto":
            return self.profile
        return "small" if self.uses_local else "large"

    @property
    def endpoint_host(self) -> str | None:
        if self.uses_local:
            return "127.0.0.1 (embedded)"
        url = self.base_url or "https://api.openai.com/v1"
        return urlparse(url).hostname

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        for name in ("summarizer.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def file_config(start: Path | None = None) -> dict[str, Any]:
    """``[tool.summarizer]`` of the nearest pyproject.toml (or a summarizer.toml's top level)."""
    path = _find_pyproject(start or Path.cwd())
    if path is None:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: cannot read configuration ({e})") from e
    table = data if path.name == "summarizer.toml" else data.get("tool", {}).get("summarizer", {})
    if "api_key" in table:
        raise ConfigError(
            f"{path}: api_key does not belong in a file",
            hint="set OPENAI_API_KEY in the environment instead",
        )
    return dict(table)


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if "int" in str(kind):
            return int(value)
        if "float" in str(kind):
            return float(value)
        if "bool" in str(kind):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
    except (TypeError, ValueError) as e:
        raise ConfigError(f"setting {name}: {value!r} is not a valid {kind}") from e
    return value


def resolve(start: Path | None = None, env: dict[str, str] | None = None, **flags: Any) -> Settings:
    """Merge defaults < pyproject < environment < flags (None flags are ignored)."""
    env = os.environ if env is None else env
    known = {f.name for f in fields(Settings)}
    merged: dict[str, Any] = {}
    for key, value in file_config(start).items():
        key = key.replace("-", "_")
        if key in known:
            merged[key] = _coerce(key, value)
    for var, key in _ENV.items():
        if env.get(var):
            merged[key] = _coerce(key, env[var])
    if env.get("OPENAI_API_KEY"):
        merged["api_key"] = env["OPENAI_API_KEY"]
    for key, value in flags.items():
        if value is not None:
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}")
            merged[key] = value
    return Settings(**merged)

def redact(text: str, secret: str | None) -> str:
    """Remove a secret (and anything shaped like a bearer key) from a message."""
    if secret:
        text = text.replace(secret, "***")
    return re.sub(r"(sk-|Bearer\s+)[A-Za-z0-9_\-]{8,}", r"\1***", text)
