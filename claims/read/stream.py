"""A byte stream whose first bytes were already read (to sniff the format) and are served first."""

from __future__ import annotations

from typing import BinaryIO


class PrefixedStream:
    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._rest = rest

    def readline(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.readline(size)
        end = self._head.find(b"\n") + 1 or len(self._head)
        if size >= 0:
            end = min(end, size)
        line, self._head = self._head[:end], self._head[end:]
        if line.endswith(b"\n") or self._head or (0 <= size <= len(line)):
            return line
        return line + self._rest.readline(-1 if size < 0 else size - len(line))

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            data, self._head = self._head + self._rest.read(), b""
            return data
        data, self._head = self._head[:size], self._head[size:]
        if len(data) < size:
            data += self._rest.read(size - len(data))
        return data
