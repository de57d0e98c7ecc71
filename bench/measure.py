"""Measuring helpers for bench/run.py: timed subprocesses with peak memory, the machine, statistics."""

from __future__ import annotations

import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class RunResult:
    command: list[str]
    seconds: float
    returncode: int
    peak_rss_mb: float  # the largest single process (ru_maxrss of the child and its reaped children)
    peak_tree_rss_mb: float  # sampled sum over the process and its children (workers), 0.1 s period
    stderr_tail: str = ""
    stdout: str = ""
    extra: dict = field(default_factory=dict)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _tree_rss_bytes(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE_SIZE
        except OSError:
            continue
        stack.extend(_children(current))
    return total


def run_measured(command: list[str], *, cwd: str | None = None, env: dict | None = None,
                 capture_stdout: bool = False) -> RunResult:
    """Run a command to completion; wall time, exit code, peak RSS of the largest process and of the tree."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE if capture_stdout else subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            peak_tree = max(peak_tree, _tree_rss_bytes(process.pid))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout_chunks: list[bytes] = []
    stderr_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda: stderr_chunks.append(process.stderr.read()), daemon=True)]
    if capture_stdout:
        readers.append(threading.Thread(target=lambda: stdout_chunks.append(process.stdout.read()), daemon=True))
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = b"".join(stderr_chunks).decode("utf-8", "replace")
    return RunResult(
        command=command,
        seconds=seconds,
        returncode=process.returncode,
        peak_rss_mb=usage.ru_maxrss / 1024,
        peak_tree_rss_mb=peak_tree / 2**20,
        stderr_tail="\n".join(stderr.strip().splitlines()[-5:]),
        stdout=b"".join(stdout_chunks).decode("utf-8", "replace"),
    )


def time_command(command: list[str], runs: int, *, warmup: int = 2, env: dict | None = None) -> dict:
    """Wall time of a short command over `runs` runs (ms): mean, median, min, max, p95, and median CPU time.

    CPU time (user + system) is less disturbed than wall time when other work shares the machine.
    """
    samples = []
    cpu_samples = []
    for index in range(warmup + runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        completed = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, env=env)
        elapsed = (time.perf_counter() - started) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if completed.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(command)} exited {completed.returncode}: "
                               f"{completed.stderr.decode(errors='replace')[-500:]}")
        if index >= warmup:
            samples.append(elapsed)
            cpu_samples.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    return {**summarise(samples), "cpu_median": statistics.median(cpu_samples)}


def summarise(samples_ms: list[float]) -> dict:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"mean": statistics.fmean(ordered), "median": statistics.median(ordered), "min": ordered[0],
            "max": ordered[-1], "p95": p95, "runs": len(ordered)}


def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def count_rows(db_path: Path, table: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return -1
    finally:
        conn.close()


def claims_command() -> list[str]:
    """The `claims` console script next to this Python, else `python -m claims`."""
    script = Path(sys.executable).with_name("claims")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claims"]
