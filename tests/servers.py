"""Start the real action server and Rasa server for a test, on free loopback ports."""
from __future__ import annotations

import os
import subprocess
import sys
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
