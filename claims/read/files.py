"""Turning the paths a user gives into the inputs to read, in a deterministic order."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claims.errors import InputError

STDIN = "-"
FORMAT_BY_EXTENSION = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
# Files inside a folder that document it rather than hold articles (read when named explicitly).
FOLDER_DOCUMENTATION = ("readme", "license", "licence", "changelog", "attribution")


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    format: str  # "text", "markdown", "html" or "jsonl"; "stdin" for "-"
    regular: bool = True  # False for FIFOs and devices given by name: size unknown until read


def os_error_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno is not None:
        return os.strerror(exc.errno).lower()
    return str(exc).lower() or "cannot be read"


def iter_input_files(paths: Sequence[str]) -> Iterator[InputFile | InputError]:
    """Files to read: each given path, directories walked recursively in sorted order.

    In directories, hidden entries, files without a supported extension and README/LICENSE
    files are skipped;
    a file named explicitly is read whatever its extension (as text when unknown).
    Directory symlinks are followed once; a link back to a directory being walked is
    reported as a loop.
    """
    for path in paths:
        if path == STDIN:
            yield InputFile(STDIN, "stdin")
            continue
        try:
            info = os.stat(path)
        except OSError as exc:
            yield InputError(path, os_error_reason(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path, info)
        else:
            extension = os.path.splitext(path)[1].lower()
            yield InputFile(path, FORMAT_BY_EXTENSION.get(extension, "text"), stat.S_ISREG(info.st_mode))


def _walk(root: str, root_info: os.stat_result) -> Iterator[InputFile | InputError]:
    visited: set[tuple[int, int]] = set()
    # One frame per directory being walked: its key and the sorted entries left to visit.
    stack: list[tuple[tuple[int, int], Iterator[str], str]] = []
    ancestors: set[tuple[int, int]] = set()

    def enter(path: str, info: os.stat_result) -> InputError | None:
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            return InputError(path, "symbolic link loop")
        if key in visited:
            return None  # the same directory reached again through another link
        try:
            names = sorted(os.listdir(path))
        except OSError as exc:
            return InputError(path, os_error_reason(exc))
        visited.add(key)
        ancestors.add(key)
        stack.append((key, iter(names), path))
        return None

    error = enter(root, root_info)
    if error:
        yield error
    while stack:
        key, names, directory = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            ancestors.discard(key)
            continue
        if name.startswith(".") or os.path.splitext(name)[0].lower() in FOLDER_DOCUMENTATION:
            continue
        path = os.path.join(directory, name)
        try:
            info = os.stat(path)
        except OSError as exc:
            yield InputError(path, os_error_reason(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            error = enter(path, info)
            if error:
                yield error
        elif stat.S_ISREG(info.st_mode):
            file_format = FORMAT_BY_EXTENSION.get(os.path.splitext(name)[1].lower())
            if file_format:
                yield InputFile(path, file_format)
