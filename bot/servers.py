"""Start-up helpers for the servers that the benchmark and the tests run on loopback."""
from __future__ import annotations

import socket
import subprocess
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 240) -> None:
    """Until `url` answers; raise with the log's end if the process stops or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server stopped during start-up:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"server did not start within {timeout} s:\n{log.read_text()[-3000:]}")


@contextmanager
def web_app(rasa_url: str) -> Iterator[str]:
    """The web app (chat page, dashboard) served by waitress in a thread on a free loopback port,
    forwarding chat messages to `rasa_url`; yields its base URL."""
    from waitress.server import create_server

    from bot.web import create_app

    app = create_app()
    app.config["RASA_URL"] = rasa_url
    server = create_server(app, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
