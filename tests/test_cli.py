"""The CLI: help that explains, exit codes, stdin, JSON that pipes, README coverage."""

from __future__ import annotations

import json
import re

import click
import pytest
from click.testing import CliRunner

from summarizer.cli import main

from .conftest import EXAMPLES, ROOT


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, prefix + name + " ")
    return out


@pytest.mark.parametrize("name,cmd", _commands(main))
def test_every_command_has_help_and_is_in_the_readme(name, cmd):
    assert cmd.help, f"`summarizer {name}` has no help text"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"summarizer {name}" in readme, f"README does not mention `summarizer {name}`"


def test_help_documents_the_exit_codes():
    out = CliRunner().invoke(main, ["summarize", "--help"]).output
    for code in ("0", "1", "2", "3"):
        assert re.search(rf"^\s+{code}\s+\w", out, re.M), f"exit code {code} missing from --help"


def test_missing_file_is_exit_2_with_one_line():
    result = CliRunner().invoke(main, ["summarize", "--engine", "rules", "no/such/file.txt"])
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_no_provider_and_no_local_runtime_is_exit_3_naming_both_ways(monkeypatch):
    from summarizer import local

    monkeypatch.setattr(local, "runtime_installed", lambda: False)
    result = CliRunner().invoke(main, ["summarize", str(EXAMPLES / "zh_trade_talks.txt")])
    assert result.exit_code == 3
    assert "[local]" in result.output and "OPENAI_API_KEY" in result.output


def test_rules_engine_from_stdin_pipes_json():
    text = (EXAMPLES / "en_port_dispute.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["summarize", "--engine", "rules", "-"], input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["article"]["source"] == "<stdin>"
    assert data["provenance"]["engine"] == "rules"
    for q in data["quotes"]:
        assert text[q["span"][0] : q["span"][1]] == q["text"]


def test_several_articles_give_jsonl_and_resume_from_the_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    args = ["summarize", "--engine", "rules", str(EXAMPLES / "zh_trade_talks.txt"),
            str(EXAMPLES / "en_port_dispute.md"), "-o", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["article"]["sha256"] for line in lines)
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert "skipped 2" in second.output


def test_markdown_format_renders_sections():
    result = CliRunner().invoke(
        main, ["summarize", "--engine", "rules", "-f", "md", str(EXAMPLES / "en_port_dispute.md")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Port talks stall")


def test_python_dash_m_entry_point_exists():
    assert (ROOT / "summarizer" / "__main__.py").is_file()


def test_local_serve_prepares_the_embedded_model_with_a_progress_bar(tmp_path, monkeypatch):
    from summarizer import local

    from .test_local import standin

    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    reported: list[tuple[int, int]] = []

    def ensure_model(progress=None):
        for step in ((0, 2), (2, 2)):
            reported.append(step)
            if progress:
                progress(*step)
        return gguf

    class Standin(local.LocalServer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, command=standin(), **kwargs)

        def wait(self, timeout=None):
            raise KeyboardInterrupt

    monkeypatch.setattr(local, "ensure_model", ensure_model)
    monkeypatch.setattr(local, "LocalServer", Standin)
    result = CliRunner().invoke(main, ["local", "serve", "--port", str(local.free_port())])
    assert result.exit_code == 0, result.output
    assert reported == [(0, 2), (2, 2)] and "OPENAI_BASE_URL=" in result.output
