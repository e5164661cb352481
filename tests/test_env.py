"""Every environment variable summarizer reads is listed once (config.ENV_VARS), so tests isolate them all."""

from __future__ import annotations

import os
import re

from summarizer.config import ENV_VARS

from .conftest import ROOT

_READ = re.compile(r"""(?:environ\.get|getenv|environ\[|env\.get)\(?\s*["']([A-Z][A-Z0-9_]+)["']""")
_MAPPED = re.compile(r"""^\s*["']((?:OPENAI|SUMMARIZER)_[A-Z0-9_]+)["']\s*:""", re.M)


def _names_read_in(source: str) -> set[str]:
    return set(_READ.findall(source)) | set(_MAPPED.findall(source))


def test_every_variable_the_package_reads_is_listed():
    read: set[str] = set()
    for path in (ROOT / "summarizer").rglob("*.py"):
        read |= _names_read_in(path.read_text(encoding="utf-8"))
    assert read, "the scan found nothing: the pattern no longer matches the code"
    assert read <= set(ENV_VARS), sorted(read - set(ENV_VARS))


def test_the_scan_sees_each_way_of_reading_a_variable():
    source = 'os.environ.get("SUMMARIZER_A")\nos.getenv("SUMMARIZER_B")\nenv.get("OPENAI_C")\n    "SUMMARIZER_D": "d",\n'
    assert _names_read_in(source) == {"SUMMARIZER_A", "SUMMARIZER_B", "OPENAI_C", "SUMMARIZER_D"}


def test_tests_run_without_any_of_them_but_their_own_cache():
    assert [v for v in ENV_VARS if v in os.environ] == ["SUMMARIZER_HOME"]
