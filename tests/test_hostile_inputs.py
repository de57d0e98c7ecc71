"""`claims ingest` given hostile and broken inputs beside good ones, in one call, in a real process."""

from __future__ import annotations

import ctypes
import json
import os
import sqlite3
import subprocess

import pytest

from process_support import child_env, claims_command

DEEP = 100_000
MAX_RSS_BYTES = 400 * 1024 * 1024


def french(quote: str, speaker: str) -> str:
    """A short French article long enough for language detection, quoting SPEAKER."""
    return (
        f"« {quote} », a déclaré {speaker} mardi. Le ministre a rappelé que la réforme "
        "entrera en vigueur le 1er janvier et que les syndicats seront reçus dans la semaine."
    )


GOOD_QUOTE = french("Nous ne céderons pas aux pressions", "Anne Dubois")
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _without_file_permission_override() -> None:
    """In the child, as root: drop the capabilities that let root read a mode-000 file."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop capability")


# Runs the CLI and, on exit, records the process's own peak resident size (VmHWM).
# ru_maxrss would not do: Linux carries the forking parent's (pytest's) peak over exec.
_MEASURED = (
    "import atexit, sys\n"
    "target = sys.argv.pop(1)\n"
    "def record():\n"
    "    peak = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "    open(target, 'w').write(peak)\n"
    "atexit.register(record)\n"
    "from claims.cli import main\n"
    "sys.argv[0] = 'claims'\n"
    "main()\n"
)


def _run_measured(args: list[str], tmp_path) -> tuple[int, str, str, int]:
    """Exit code, stdout, stderr and peak resident bytes of one `python -m claims ...` call."""
    assert args[1:3] == ["-m", "claims"], args
    out_path, err_path, peak_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt", tmp_path / "peak.txt"
    command = [args[0], "-c", _MEASURED, str(peak_path), *args[3:]]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen(
            command, stdout=out, stderr=err, env=child_env(),
            preexec_fn=_without_file_permission_override if os.geteuid() == 0 else None,
        )
        process.wait()
    # VmHWM is in kibibytes.
    return (
        process.returncode, out_path.read_text(encoding="utf-8"),
        err_path.read_text(encoding="utf-8"), int(peak_path.read_text()) * 1024,
    )


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = {
        "01-good.txt": GOOD_QUOTE.encode(),
        "02-empty.txt": b"",
        "03-binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64,
        "04-invalid-utf8.txt": (
            (french("Nous résisterons", "Paul Durand") + " Les élèves étaient très nombreux. ").encode()
            + b"\xff\xfe" + "Fin de l'été.".encode()
        ),
        "05-cp1252.txt": french("Nous réouvrirons l'école", "Hélène Mercier").encode("cp1252"),
        "07-scripts.html": (
            "<html><head><script>" + "var s = '« Faux », a dit Eve Piratée.';" * 3000 + "</script>"
            "<style>" + "p::before { content: '« Non »' }" * 3000 + "</style></head><body>"
            "<script>document.write('<p>injecté</p>')</script>"
            f"<p>{french('Les scripts sont ignorés', 'Marc Legrand')}</p><noscript>Activez JS</noscript>"
            "</body></html>"
        ).encode(),
        "08-deep.html": (
            "<html><body>" + "<div>" * DEEP + f"<p>{french('Tout au fond', 'Louis Roux')}</p>"
            + "</div>" * DEEP + "</body></html>"
        ).encode(),
        "09-mixed.jsonl": "\n".join([
            json.dumps({"text": french("Première ligne", "Julie Simon"), "outlet": "Le Fil"}, ensure_ascii=False),
            '{"text": "coupé',
            "",
            "[1, 2]",
            '{"title": "sans texte"}',
            '{"text": 5}',
            "pas du JSON",
            json.dumps({"text": french("Dernière ligne", "Hugo Bonnet"), "outlet": "Le Fil"}, ensure_ascii=False),
        ]).encode() + b"\n",
        "10-unreadable.txt": b"secret",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "06-huge.txt", "w", encoding="utf-8") as stream:
        line = "Une phrase ordinaire qui se répète pour faire un très long texte.\n"
        for _ in range(20 * 1024 * 1024 // len(line.encode()) + 1):
            stream.write(line)
    os.chmod(folder / "10-unreadable.txt", 0)
    (folder / "11-loop").symlink_to(folder, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    yield tmp_path
    os.chmod(folder / "10-unreadable.txt", 0o600)


def test_bad_inputs_get_one_line_each_and_good_ones_land(inputs):
    folder, db = inputs / "in", inputs / "claims.db"
    missing, loop = inputs / "missing.txt", inputs / "self.txt"
    code, out, errors, peak = _run_measured(
        claims_command(db, "ingest", folder, loop, missing), inputs
    )

    assert code == 1
    assert "Traceback" not in errors and out == ""
    assert errors.splitlines() == [
        f"{folder}/02-empty.txt: empty file",
        f"{folder}/03-binary.txt: binary file, not text",
        f"{folder}/06-huge.txt: file is 20.0 MB; the limit for one article is 5 MB",
        f"{folder}/09-mixed.jsonl:2: invalid JSON: Unterminated string starting at column 10",
        f"{folder}/09-mixed.jsonl:4: not a JSON object but a list",
        f"{folder}/09-mixed.jsonl:5: no text or html field",
        f"{folder}/09-mixed.jsonl:6: text: not a string but a number",
        f"{folder}/09-mixed.jsonl:7: invalid JSON: Expecting value at column 1",
        f"{folder}/10-unreadable.txt: permission denied",
        f"{folder}/11-loop: symbolic link loop",
        f"{loop}: symbolic link loop",
        f"{missing}: no such file or directory",
        "7 ingested, 0 already present, 12 failed",
    ]
    assert peak < MAX_RSS_BYTES

    conn = sqlite3.connect(db)
    stored = dict(conn.execute("SELECT source_path, text FROM articles").fetchall())
    assert set(stored) == {
        f"{folder}/01-good.txt", f"{folder}/04-invalid-utf8.txt", f"{folder}/05-cp1252.txt",
        f"{folder}/07-scripts.html", f"{folder}/08-deep.html",
        f"{folder}/09-mixed.jsonl:1", f"{folder}/09-mixed.jsonl:8",
    }
    assert stored[f"{folder}/05-cp1252.txt"] == french("Nous réouvrirons l'école", "Hélène Mercier")
    assert stored[f"{folder}/04-invalid-utf8.txt"].endswith("nombreux. \ufffd\ufffdFin de l'été.")
    assert stored[f"{folder}/07-scripts.html"] == french("Les scripts sont ignorés", "Marc Legrand")
    assert stored[f"{folder}/08-deep.html"] == french("Tout au fond", "Louis Roux")
    speakers = {name for (name,) in conn.execute(
        "SELECT s.name FROM claims c JOIN speakers s ON s.id = c.speaker_id"
    )}
    assert {"Anne Dubois", "Hélène Mercier", "Marc Legrand", "Louis Roux", "Julie Simon", "Hugo Bonnet"} <= speakers
    assert "Eve Piratée" not in speakers
    assert not conn.execute("SELECT count(*) FROM claims WHERE content LIKE '%Faux%' OR content LIKE '%Non%'").fetchone()[0]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_hostile_stdin_is_one_line_and_exit_1(tmp_path):
    db = tmp_path / "claims.db"
    done = subprocess.run(
        claims_command(db, "ingest", "-"), input=b"\x00\x01\x02 binary \xff" * 1000,
        capture_output=True, env=child_env(), timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "<stdin>: binary file, not text",
        "0 ingested, 0 already present, 1 failed",
    ]


def test_only_good_inputs_exit_0(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_QUOTE, encoding="utf-8")
    done = subprocess.run(
        claims_command(tmp_path / "claims.db", "ingest", good), capture_output=True, text=True,
        env=child_env(), timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == ["1 ingested, 0 already present, 0 failed"]


def test_file_names_with_control_characters_stay_on_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\nforged: 0 ingested\x1b[2J.txt").write_bytes(b"")
    (folder / "b\u202etxt.exe.txt").write_bytes(b"")
    done = subprocess.run(
        claims_command(tmp_path / "claims.db", "ingest", folder), capture_output=True, text=True,
        env=child_env(), timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"{folder}/a\\x0aforged: 0 ingested\\x1b[2J.txt: empty file",
        f"{folder}/b\\u202etxt.exe.txt: empty file",
        "0 ingested, 0 already present, 2 failed",
    ]
