"""The embedded local model: its file (``model_file``) and its server process (``server``)."""

from .model_file import (
    MODEL_ALIAS,
    MODEL_FILENAME,
    MODEL_SHA256,
    MODEL_SIZE,
    PART_PACKAGES,
    Progress,
    default_model_path,
    ensure_model,
    home,
    info,
    model_parts,
    model_state,
    parts_installed,
    runtime_installed,
)
from .server import LocalServer, free_port

__all__ = [
    "MODEL_ALIAS",
    "MODEL_FILENAME",
    "MODEL_SHA256",
    "MODEL_SIZE",
    "PART_PACKAGES",
    "LocalServer",
    "Progress",
    "default_model_path",
    "ensure_model",
    "free_port",
    "home",
    "info",
    "model_parts",
    "model_state",
    "parts_installed",
    "runtime_installed",
]
