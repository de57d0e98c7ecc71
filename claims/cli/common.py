"""What every command shares: the database option, error reporting, output helpers."""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass

import typer

from claims.errors import ClaimsError


_INTEGER = re.compile(r"[+-]?\d+\Z")
_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\Z")


def _install_fast_option_coercion() -> None:
    """Coerce plain option values without pydantic; keeps `claims search` start-up short.

    typer >= 0.2x converts every option value (even an absent one) through a pydantic
    TypeAdapter: importing pydantic and building adapters costs ~300 ms per command
    call. Here str, int, float, Enum and Literal options (and lists of them) are
    converted directly; any value the fast path does not accept, and every other
    annotation, goes through typer's own conversion, so behaviour and error messages
    are typer's. If typer's internals change, typer's conversion is simply kept.
    """
    try:
        from typer import _coercion, _param_types
        from typer import core as typer_core
    except ImportError:
        return
    build_typer = getattr(typer_core, "build_runtime_param", None)
    if build_typer is None or not hasattr(typer_core, "_TyperParameter"):
        return

    def leaf_converter(annotation, info):
        if info.parser is not None or getattr(info, "clamp", False):
            return None
        if annotation is str:
            return lambda value: value if isinstance(value, str) else _fail()
        if annotation is int or annotation is float:
            pattern = _INTEGER if annotation is int else _DECIMAL
            low, high = info.min, info.max

            def number(value):
                if type(value) is not annotation:
                    if not (isinstance(value, str) and pattern.match(value.strip())):
                        _fail()
                    value = annotation(value)
                if (low is not None and value < low) or (high is not None and value > high):
                    _fail()
                return value

            return number
        choice = _param_types.choice_coercion_annotation(annotation, info)
        if choice is not None:
            choices, case_sensitive = choice
            return lambda value: _param_types.coerce_cli_choice(
                value, choices=choices, case_sensitive=case_sensitive
            )
        return None

    class FastRuntimeParam:
        def __init__(self, descriptor):
            self.descriptor = descriptor
            self.typer_param = None
            annotation, info = descriptor.annotation, descriptor.parameter_info
            self.convert = None
            if descriptor.file_annotation is None:
                if descriptor.is_list:
                    leaf = leaf_converter(_coercion.get_args(annotation)[0], info)
                    if leaf is not None:
                        self.convert = lambda values: (
                            [leaf(v) for v in values] if isinstance(values, (list, tuple)) else _fail()
                        )
                elif not descriptor.is_tuple:
                    self.convert = leaf_converter(annotation, info)

        def coerce(self, value, param, ctx):
            if value is None:
                return () if (param.multiple or param.nargs == -1) else None
            if self.convert is not None:
                try:
                    return self.convert(value)
                except Exception:
                    pass
            if self.typer_param is None:
                self.typer_param = build_typer(self.descriptor)
            return self.typer_param.coerce(value, param=param, ctx=ctx)

    typer_core.build_runtime_param = FastRuntimeParam


def _fail():
    raise ValueError("left to typer")


_install_fast_option_coercion()


@dataclass
class _State:
    db_location: str | None = None


state = _State()


def open_db(upgrade: bool = True):
    from claims.store.db import Database

    return Database(state.db_location, upgrade=upgrade)


def err(message: str) -> None:
    typer.echo(message, err=True)


def handle_errors(func):
    """Turn a ClaimsError raised by a command into one line on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ClaimsError as exc:
            err(f"error: {exc}")
            raise typer.Exit(exc.exit_code)
        except KeyboardInterrupt:
            err("interrupted")
            raise typer.Exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0)

    return wrapper


class output_file:
    """stdout, or FILE opened for writing (newline-safe for CSV); errors become ClaimsError."""

    def __init__(self, path: str | None):
        self.path = path
        self.stream = None

    def __enter__(self):
        if not self.path or self.path == "-":
            return sys.stdout
        try:
            self.stream = open(self.path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise ClaimsError(f"{self.path}: cannot write: {exc.strerror}") from exc
        return self.stream

    def __exit__(self, *exc):
        if self.stream is not None:
            self.stream.close()
        return False
