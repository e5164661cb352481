"""schemas/ is generated from the models; drift is a test failure."""

from __future__ import annotations

import json

from summarizer import schemas

from .conftest import ROOT


def test_committed_schemas_match_the_models():
    assert schemas.drift(ROOT / "schemas") == [], "run `summarizer schema` and commit schemas/"


def test_schema_check_exits_1_on_drift(tmp_path, cli):
    schemas.write(tmp_path)
    assert cli("schema", "--check", "--dir", str(tmp_path)).exit_code == 0
    (tmp_path / "article_summary.schema.json").write_text("{}", encoding="utf-8")
    result = cli("schema", "--check", "--dir", str(tmp_path))
    assert result.exit_code == 1


def test_record_schema_requires_grounding_fields():
    schema = json.loads(schemas.generate()["article_summary.schema.json"])
    quote = schema["$defs"]["Quote"]
    assert {"span", "match", "text", "speaker"} <= set(quote["required"])
