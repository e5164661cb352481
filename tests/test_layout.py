"""The layout holds: the rules engine stays model-free, and the README's diagram lists every module."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import EXAMPLES, ROOT


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


def _modules_loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return set(done.stdout.split())


def test_the_rules_engine_runs_without_the_model_modules():
    loaded = _modules_loaded_by(
        "from click.testing import CliRunner\n"
        "from summarizer.cli import main\n"
        f"r = CliRunner().invoke(main, ['summarize', '--engine', 'rules', '-f', 'json', {str(EXAMPLES / 'en_port_dispute.md')!r}])\n"
        "assert r.exit_code == 0, r.output")
    assert "summarizer.pipeline.run" in loaded and "summarizer.rules" in loaded
    assert not {"openai", "instructor"} & loaded
    assert not [m for m in loaded if m.startswith("summarizer.model")]


def test_rules_imports_no_model_module():
    loaded = _modules_loaded_by("import summarizer.rules")
    assert not [m for m in loaded if m.startswith("summarizer.model")]
