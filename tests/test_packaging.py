"""The package declares what it imports, imports what it declares, and runs on Python 3.10."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions

from .conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# The one module that runs inside the embedded server's process: it may import the [local] extra.
LOCAL_RUNTIME = ROOT / "summarizer" / "local" / "runtime.py"
SOURCES = sorted(p for p in (ROOT / "summarizer").rglob("*.py") if p != LOCAL_RUNTIME)


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imports(sources: list | None = None) -> dict[str, list[ast.stmt]]:
    """Top-level module names imported anywhere in the package, with the statements."""
    found: dict[str, list[ast.stmt]] = {}
    for path in SOURCES if sources is None else sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], []).append(node)
    return found


def test_every_third_party_import_is_a_declared_dependency_and_every_dependency_is_imported():
    declared = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    dists = packages_distributions()
    third_party = {m for m in _imports() if m not in sys.stdlib_module_names and m != "summarizer"}
    third_party -= {"tomli", "tomllib"}  # stdlib from 3.11, tomli before: checked below
    imported = {_name(d) for m in third_party for d in dists.get(m, [m])}
    assert imported - declared == set(), "imported but not declared"
    assert declared - imported - {"tomli"} == set(), "declared but never imported"


def test_tomllib_falls_back_to_tomli_on_python_3_10():
    assert any(_name(r) == "tomli" and "python_version" in r for r in PYPROJECT["project"]["dependencies"])
    assert PYPROJECT["project"]["requires-python"] == ">=3.10"
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and any(
                    isinstance(h.type, ast.Name) and h.type.id in {"ImportError", "ModuleNotFoundError"}
                    and any(isinstance(s, ast.Import) and s.names[0].name == "tomli" for s in h.body)
                    for h in node.handlers):
                guarded |= {id(s) for s in node.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "tomllib" for a in node.names):
                assert id(node) in guarded, f"{path.name}:{node.lineno} imports tomllib with no tomli fallback"


def test_every_package_folder_is_packaged():
    from fnmatch import fnmatch

    include = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    for init in (ROOT / "summarizer").rglob("__init__.py"):
        package = ".".join(init.parent.relative_to(ROOT).parts)
        assert any(fnmatch(package, pattern) for pattern in include), package


def test_the_server_runtime_imports_only_the_local_extra():
    declared = {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["local"]}
    dists = packages_distributions()
    third_party = {m for m in _imports([LOCAL_RUNTIME]) if m not in sys.stdlib_module_names}
    assert third_party == {"llama_cpp"}
    assert {_name(d) for m in third_party for d in dists.get(m, [m])} <= declared
