"""Start the real action server and Rasa server for a test, on free loopback ports."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator

from bot.servers import free_port, wait_until_up

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def assistant(model: str, workdir: Path, env: Dict[str, str]) -> Iterator[str]:
    """Run both servers; yields the Rasa server's base URL."""
    actions_port, rasa_port = free_port(), free_port()
    env = {
        **os.environ,
        "SANIC_HOST": "127.0.0.1",
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{actions_port}/webhook",
        # the tracker store encrypts with the notices' key: a key of the test's own
        "IA_ENCRYPTION_KEY_FILE": str(workdir / "notice.key"),
        **env,
    }
    rasa = [sys.executable, "-m", "rasa"]
    commands = [
        ("actions", rasa + ["run", "actions", "--actions", "actions", "--port", str(actions_port)],
         f"http://127.0.0.1:{actions_port}/health"),
        ("rasa", rasa + ["run", "--model", model, "--interface", "127.0.0.1", "--port", str(rasa_port),
                         "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"],
         f"http://127.0.0.1:{rasa_port}/"),
    ]
    processes = []
    try:
        for name, command, health in commands:
            log = workdir / f"{name}.log"
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
            processes.append(process)
            wait_until_up(health, process, log)
        yield f"http://127.0.0.1:{rasa_port}"
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@contextmanager
def web_app(rasa_url: str) -> Iterator[str]:
    """The web app served by waitress in a thread on a free loopback port, forwarding chat
    messages to `rasa_url`; yields its base URL."""
    from waitress.server import create_server

    from bot.web import create_app

    app = create_app()
    app.config["RASA_URL"] = rasa_url
    server = create_server(app, host="127.0.0.1", port=0)
    threading.Thread(target=server.run, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
