"""The JSON Schemas in schemas/ are generated from the Pydantic models; drift is an error."""

from __future__ import annotations

import json
from pathlib import Path

from .records import ArticleSummary


def generate() -> dict[str, str]:
    """File name -> JSON text, for every exported schema."""
    # Imported here: the answer models pull in grounding and the cues, which
    # every other command the CLI loads this module for (check above all) can do without.
    from .model.answers import Extraction

    models = {
        "article_summary.schema.json": ArticleSummary,
        "llm_extraction.schema.json": Extraction,
    }
    return {
        name: json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        for name, model in models.items()
    }


def drift(folder: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    out = []
    for name, text in generate().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            out.append(name)
    return out


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
