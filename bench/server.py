"""A gunicorn master on loopback for the load rows (and ``make loadtest``)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return float("nan")


class Server:
    """A gunicorn master on loopback, with its workers' peak RSS read from /proc."""

    def __init__(self, app: str, workers: int, env: dict[str, str] | None = None) -> None:
        self.port = _free_port()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        cmd = [
            str(gunicorn), app, "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
            "--worker-class", "sync", "--timeout", "120", "--log-level", "warning",
            "--chdir", str(ROOT),
        ]  # fmt: skip
        environment = {**os.environ, **(env or {})}
        self.process = subprocess.Popen(cmd, cwd=ROOT, env=environment)  # noqa: S603 - our own command line
        self.base = f"http://127.0.0.1:{self.port}"

    def wait(self, path: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited during start-up")
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer {path} within 60 s")

    def worker_peak_rss_mb(self) -> list[float]:
        return sorted(_peak_rss_mb(pid) for pid in _children(self.process.pid))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
