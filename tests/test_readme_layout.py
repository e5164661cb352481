"""The README's "How it works" diagram lists every module of the package."""

from __future__ import annotations

import re

from .conftest import ROOT


def _diagram() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it works", 1)[1]
    return section.split("```", 2)[1]


def test_every_module_is_in_the_how_it_works_diagram():
    diagram = _diagram()
    words = set(re.findall(r"[\w.]+", diagram))
    missing = []
    for path in sorted((ROOT / "summarizer").rglob("*.py")):
        rel = path.relative_to(ROOT / "summarizer")
        if rel.name == "__init__.py" and len(rel.parts) > 1:
            ok = f"{rel.parts[0]}/" in diagram
        elif len(rel.parts) == 1:
            ok = rel.name in words
        else:
            ok = f"{rel.parts[0]}/" in diagram and path.stem in words
        if not ok and rel.name != "__init__.py":
            missing.append(str(rel))
    assert not missing, f"add these to README.md, How it works: {missing}"
