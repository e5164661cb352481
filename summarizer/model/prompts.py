"""Prompt templates are data: files in prompts/, validated when loaded.

Each template starts with a header comment naming its version and the
variables it uses::

    {#- version: 1 | vars: language, sentences -#}

Loading fails when the header is missing or when the template uses a variable
the header does not declare (or declares one it never uses); rendering fails
when a declared variable is not supplied. Versions go into provenance.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta

from ..errors import ConfigError

_HEADER = re.compile(r"\{#-?\s*version:\s*([\w.\-]+)\s*\|\s*vars:\s*([\w,\s]*?)\s*-?#\}")


def prompts_dir() -> Path:
    """SUMMARIZER_PROMPTS, else the prompts/ folder beside the package, else the packaged copy."""
    override = os.environ.get("SUMMARIZER_PROMPTS")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent / "prompts", package / "prompts"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("cannot find the prompts/ folder", hint="set SUMMARIZER_PROMPTS")


@dataclass(frozen=True)
class Template:
    name: str
    version: str
    variables: frozenset[str]
    _template: jinja2.Template

    def render(self, **values: Any) -> str:
        missing = self.variables - values.keys()
        if missing:
            raise ConfigError(f"prompt {self.name}: missing variables {sorted(missing)}")
        return self._template.render(**values).strip()


_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False
)


def parse_template(name: str, source: str) -> Template:
    """Validate a template's header against the variables it really uses."""
    m = _HEADER.match(source.lstrip())
    if not m:
        raise ConfigError(f"prompt {name}: first line must be {{#- version: N | vars: a, b -#}}")
    declared = frozenset(v.strip() for v in m.group(2).split(",") if v.strip())
    try:
        used = frozenset(meta.find_undeclared_variables(_ENV.parse(source)))
    except jinja2.TemplateSyntaxError as e:
        raise ConfigError(f"prompt {name}: syntax error on line {e.lineno}: {e.message}") from e
    if used != declared:
        raise ConfigError(
            f"prompt {name}: header declares {sorted(declared)} but template uses {sorted(used)}"
        )
    return Template(name, m.group(1), declared, _ENV.from_string(source))


@lru_cache(maxsize=None)
def load(name: str, folder: str | None = None) -> Template:
    """Load and validate ``prompts/<name>.j2``."""
    path = Path(folder) if folder else prompts_dir()
    file = path / f"{name}.j2"
    try:
        source = file.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read prompt {file}: {e.strerror or e}") from e
    return parse_template(name, source)


PROMPT_NAMES = ("system", "article", "extract", "summary")


def prompt_version() -> str:
    """The versions of every template a run uses, e.g. 'system@1+article@1+...'."""
    return "+".join(f"{n}@{load(n).version}" for n in PROMPT_NAMES)
