"""The production profile: N Rasa servers and M action servers behind nginx, PostgreSQL, Redis.

`./manage serve` runs this when $IA_PRODUCTION is set (after setting up the model and installing
Debian's nginx). It refuses to start without its secrets and addresses, all from the environment:
$IA_ENCRYPTION_KEY, $TRACKER_DB_URL and $IA_DATABASE_URL (two PostgreSQL databases, created when
missing; the notices' schema is brought up to date and the key checked against it), $IA_REDIS_URL
(the lock store). Then it starts and watches:
- $IA_ACTION_SERVERS action servers (default 2) on loopback ports, behind nginx on
  127.0.0.1:$ACTIONS_PORT (the action server has no authentication: never reachable from outside);
- $IA_RASA_SERVERS Rasa servers (default 2) on loopback ports, behind nginx on
  $RASA_INTERFACE:$RASA_PORT (the REST and Teams channels), with var/endpoints-production.yml:
  endpoints.yml plus the Redis lock store (`components/lock_store.py`);
- the web app on 127.0.0.1:$WEB_PORT, sending chat messages to that nginx front.
A server that stops is started again after $IA_RESTART_PAUSE_S seconds (default 1, doubling with
each restart of the same server up to 30; nginx sends its share to the others meanwhile); one
that stops before it ever answered stops everything with an error. SIGTERM or SIGINT stops all.
Each process logs to var/<name>.log through bot.logfile; var/cluster.json lists the processes
(name, pid, port) for tests and administrators. $IA_VAR moves var/ elsewhere (tests do).

Connection pools are set explicitly, since PostgreSQL allows 100 connections by default and
Rasa's SQL tracker store would keep up to 50 + 100 per Rasa server: $SQL_POOL_SIZE and
$SQL_MAX_OVERFLOW (Rasa's own variables) default here to 10 + 10 per Rasa server, our notices'
engine to 5 + 5 per process ($IA_DB_POOL_SIZE, $IA_DB_MAX_OVERFLOW; bot/storage/database.py).
With 2 + 2 servers: at most 2 x 20 + 4 x 10 = 80 connections.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import string
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from bot.servers import free_port, wait_until_up
from bot.storage import StorageUnavailable, prepare_storage
from bot.storage.encryption import EncryptionKeyError, check_production_key

ROOT = Path(__file__).resolve().parent.parent
VAR = Path(os.environ.get("IA_VAR") or ROOT / "var")
RASA = [sys.executable, "-m", "rasa"]
POOL_DEFAULTS = {"SQL_POOL_SIZE": "10", "SQL_MAX_OVERFLOW": "10", "IA_DB_POOL_SIZE": "5", "IA_DB_MAX_OVERFLOW": "5"}
LOCK_STORE = """
# Added by bot/cluster.py (production profile): several Rasa servers queue the messages of one
# conversation through Redis at $IA_REDIS_URL.
lock_store:
  type: components.lock_store.ResilientRedisLockStore
"""
START_TIMEOUT_S = 900  # two Rasa servers loading at once on two busy cores

logger = logging.getLogger("cluster")


class ConfigurationError(RuntimeError):
    """What is missing or wrong in the environment, in words for the administrator."""


def settings(env: Dict[str, str]) -> Dict[str, str]:
    """The environment checked for production: raises ConfigurationError naming what is wrong."""
    try:
        check_production_key()
    except RuntimeError as error:
        raise ConfigurationError(str(error)) from error
    for name in ("TRACKER_DB_URL", "IA_DATABASE_URL"):
        url = env.get(name, "")
        if not url.startswith(("postgresql://", "postgresql+psycopg2://")):
            raise ConfigurationError(f"{name} moet in productie een PostgreSQL-adres zijn (postgresql://...), "
                                     f"niet {make_url(url).render_as_string() if url else 'leeg'}")
    if make_url(env["TRACKER_DB_URL"]).database == make_url(env["IA_DATABASE_URL"]).database:
        raise ConfigurationError("TRACKER_DB_URL en IA_DATABASE_URL moeten twee verschillende databases zijn")
    if not env.get("IA_REDIS_URL", "").startswith(("redis://", "rediss://")):
        raise ConfigurationError("IA_REDIS_URL ontbreekt (redis://host:6379/1): de lock store van de Rasa-servers")
    return {**POOL_DEFAULTS, **env}


def ensure_database(url: str) -> None:
    """Create the database the URL names on its server if it does not exist yet."""
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            if connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": target.database}).first():
                return
            connection.execute(text(f'CREATE DATABASE "{target.database}"'))
            logger.info("database %s created", target.database)
    finally:
        admin.dispose()


@dataclass
class Process:
    name: str
    command: List[str]
    health: Optional[str]  # URL that answers once it is up; None: the port accepting is enough
    port: int
    env: Dict[str, str] = field(default_factory=dict)
    popen: Optional[subprocess.Popen] = None
    restarts: int = 0

    def start(self, base_env: Dict[str, str]) -> None:
        log_writer = subprocess.Popen([sys.executable, "-m", "bot.logfile", str(VAR / f"{self.name}.log")],
                                      stdin=subprocess.PIPE, cwd=ROOT, env=base_env)
        self.popen = subprocess.Popen(self.command, cwd=ROOT, env={**base_env, **self.env},
                                      stdout=log_writer.stdin, stderr=subprocess.STDOUT)
        log_writer.stdin.close()  # the server holds the pipe now; the writer ends when the server does

    def wait_until_up(self) -> None:
        url = self.health or f"http://127.0.0.1:{self.port}/"
        wait_until_up(url, self.popen, VAR / f"{self.name}.log", timeout=START_TIMEOUT_S, any_status=not self.health)

    def stop(self) -> None:
        if self.popen and self.popen.poll() is None:
            self.popen.terminate()


class Cluster:
    def __init__(self, env: Dict[str, str], model: str):
        self.env = env
        rasa_count = int(env.get("IA_RASA_SERVERS", "2"))
        action_count = int(env.get("IA_ACTION_SERVERS", "2"))
        self.rasa_port, self.actions_port = int(env["RASA_PORT"]), int(env["ACTIONS_PORT"])
        self.env["ACTION_ENDPOINT_URL"] = f"http://127.0.0.1:{self.actions_port}/webhook"
        self.actions = [self._action_server(i) for i in range(1, action_count + 1)]
        self.rasa = [self._rasa_server(i, model) for i in range(1, rasa_count + 1)]
        self.nginx = Process("nginx", ["nginx", "-p", str(VAR / "nginx"), "-c", str(VAR / "nginx" / "nginx.conf"),
                                       "-e", str(VAR / "nginx" / "error.log")], None, self.rasa_port)
        web_port = int(env.get("WEB_PORT", "8000"))
        self.web = Process("web", [sys.executable, "-m", "bot.web"], f"http://127.0.0.1:{web_port}/", web_port,
                           {"RASA_URL": f"http://127.0.0.1:{self.rasa_port}"})
        self.processes = [*self.actions, self.nginx, *self.rasa, self.web]
        self.stopping = False
        self.restart_pause_s = float(env.get("IA_RESTART_PAUSE_S", "1"))

    def _action_server(self, number: int) -> Process:
        port = free_port()
        return Process(f"actions-{number}", RASA + ["run", "actions", "--actions", "actions", "--port", str(port)],
                       f"http://127.0.0.1:{port}/health", port, {"SANIC_HOST": "127.0.0.1"})

    def _rasa_server(self, number: int, model: str) -> Process:
        port = free_port()
        return Process(f"rasa-{number}", RASA + ["run", "--model", model, "--interface", "127.0.0.1", "--port", str(port),
                                                 "--credentials", "credentials.yml",
                                                 "--endpoints", str(VAR / "endpoints-production.yml")],
                       f"http://127.0.0.1:{port}/", port)

    def write_configuration(self) -> None:
        (VAR / "endpoints-production.yml").write_text((ROOT / "endpoints.yml").read_text() + LOCK_STORE)
        nginx_dir = VAR / "nginx"
        nginx_dir.mkdir(parents=True, exist_ok=True)
        template = string.Template((Path(__file__).parent / "nginx.conf.in").read_text())
        interface = self.env.get("RASA_INTERFACE", "127.0.0.1")
        (nginx_dir / "nginx.conf").write_text(template.substitute(
            var=VAR,
            rasa_servers="\n".join(f"        server 127.0.0.1:{p.port} max_fails=0;" for p in self.rasa),
            action_servers="\n".join(f"        server 127.0.0.1:{p.port} max_fails=0;" for p in self.actions),
            rasa_listen=f"{interface}:{self.rasa_port}",
            actions_port=self.actions_port,
        ))

    def write_state(self) -> None:
        state = {p.name: {"pid": p.popen.pid if p.popen else None, "port": p.port} for p in self.processes}
        (VAR / "cluster.json").write_text(json.dumps(state, indent=2))

    def start(self) -> None:
        self.write_configuration()
        subprocess.run(["nginx", "-t", "-q", "-p", str(VAR / "nginx"), "-c", str(VAR / "nginx" / "nginx.conf"),
                        "-e", str(VAR / "nginx" / "error.log")], check=True)
        for group in (self.actions, [self.nginx], self.rasa, [self.web]):
            for process in group:  # a group starts at once: two Rasa servers load in parallel
                logger.info("starting %s on port %d (log: %s)", process.name, process.port, VAR / f"{process.name}.log")
                process.start(self.env)
            self.write_state()
            for process in group:
                process.wait_until_up()
        logger.info("ready: REST channel http://%s:%d/webhooks/rest/webhook, chat page http://127.0.0.1:%d/",
                    self.env.get("RASA_INTERFACE", "127.0.0.1"), self.rasa_port, self.web.port)

    def watch(self) -> None:
        """Start again every server that stops, until stopped."""
        while not self.stopping:
            for process in self.processes:
                if not self.stopping and process.popen.poll() is not None:
                    process.restarts += 1
                    pause = min(30, self.restart_pause_s * 2 ** min(process.restarts - 1, 5))
                    logger.error("%s stopped (exit code %s); starting it again in %d s",
                                 process.name, process.popen.returncode, pause)
                    time.sleep(pause)
                    if self.stopping:
                        break
                    process.start(self.env)
                    self.write_state()
            time.sleep(0.5)

    def stop(self, *_args) -> None:
        self.stopping = True
        for process in reversed(self.processes):
            process.stop()
        for process in self.processes:
            if process.popen:
                try:
                    process.popen.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.popen.kill()


def _interrupt(*_args) -> None:
    raise KeyboardInterrupt


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="[cluster] %(message)s")
    VAR.mkdir(parents=True, exist_ok=True)
    try:
        env = settings(dict(os.environ))
        ensure_database(env["TRACKER_DB_URL"])
        ensure_database(env["IA_DATABASE_URL"])
        prepare_storage(env["IA_DATABASE_URL"])  # here, once, not raced by the action servers' first notices
    except (ConfigurationError, EncryptionKeyError, StorageUnavailable) as error:
        logger.error("%s", error)
        return 2
    except OperationalError as error:
        logger.error("PostgreSQL is niet bereikbaar: %s", str(error.orig).strip())
        return 2
    cluster = Cluster(env, env["MODEL"])
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        cluster.start()
        cluster.watch()
    except KeyboardInterrupt:
        return 0
    except RuntimeError as error:
        logger.error("%s", error)
        return 1
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
