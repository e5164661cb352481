"""The command line: a thin layer over the library (commands in summarize.py and commands.py).

Exit codes: 0 done, 1 extraction failed, 2 bad usage or input, 3 provider
unreachable or refused; 130 interrupted (Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import signal
import sys

import click

from .. import __version__
from .commands import check_command, eval_command, local_group, schema
from .common import EXIT_CODES, error_line, setup_logging
from .summarize import summarize

__all__ = ["entry", "main", "setup_logging"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="summarizer")
def main() -> None:
    """Grounded, structured summaries of news articles.

    Positions, verbatim quotes (with character offsets), expert assessments and
    stated preconditions, from any OpenAI-compatible LLM - or, with no provider
    configured, from an embedded local model.

    Configuration comes from flags, then the environment (OPENAI_API_KEY,
    OPENAI_BASE_URL, SUMMARIZER_MODEL, ...), then [tool.summarizer] in
    pyproject.toml.
    """


for command in (summarize, check_command, schema, eval_command, local_group):
    main.add_command(command)


def _terminated(signum: int, frame: object) -> None:
    # SIGTERM unwinds like Ctrl-C, so the embedded server is stopped and every
    # finished record is already on disk.
    raise KeyboardInterrupt


def entry() -> None:
    """The ``summarizer`` command: Ctrl-C and SIGTERM stop the run (exit 130), cleaning up."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        code = main(standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        error_line("interrupted")
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except BrokenPipeError:
        # `summarizer ... | head`: the reader left; say nothing more.
        sys.stderr.close()
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    entry()
