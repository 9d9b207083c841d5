"""Faults survived by the production profile (bot/cluster.py): two Rasa servers and two action
servers behind nginx, Rasa's tracker store and the notices in two throwaway PostgreSQL databases
on the real server, the lock store in a Redis server of the test's own. Needs Debian's nginx,
which `./manage test` installs."""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from cryptography.fernet import Fernet
from sqlalchemy import text

from bot.advice import text as advice_text
from bot.profile import load_profile
from bot.servers import free_port, wait_until_up
from bot.storage import database
from tests.notice_fixtures import throwaway_pg_database
from tests.servers import ROOT
from tests.test_notices_rest import REFERENCE, Chat, file_a_gift

MODEL = os.environ.get("MODEL")
pytestmark = [
    pytest.mark.skipif(not MODEL, reason="needs a trained model: run through ./manage test"),
    pytest.mark.skipif(not shutil.which("nginx"), reason="needs Debian's nginx: run through ./manage test"),
]
RESTART_PAUSE_S = 20  # a stopped server stays down this long before the cluster starts it again


class RedisServer:
    """A redis-server of the test's own on a free port, to stop and start again."""

    def __init__(self, workdir: Path):
        self.port, self.workdir, self.process = free_port(), workdir, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--dir", str(self.workdir)], stdout=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def lock_writes(self) -> int:
        """How often a lock was written since this server started."""
        stats = redis.Redis.from_url(self.url).info("commandstats")
        return stats.get("cmdstat_set", {}).get("calls", 0)


class Cluster:
    def __init__(self, process: subprocess.Popen, var: Path, url: str, notices_url: str):
        self.process, self.var, self.url, self.notices_url = process, var, url, notices_url

    def state(self) -> dict:
        return json.loads((self.var / "cluster.json").read_text())

    def server_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.state()[name]['port']}"

    def kill(self, name: str) -> None:
        os.kill(self.state()[name]["pid"], signal.SIGKILL)

    def wait_until_back(self, name: str, old_pid: int) -> None:
        deadline = time.monotonic() + 600
        while self.state()[name]["pid"] == old_pid and time.monotonic() < deadline:
            time.sleep(0.5)
        health = "/health" if name.startswith("actions") else "/"
        for _ in range(1200):
            try:
                urllib.request.urlopen(self.server_url(name) + health, timeout=2).close()
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"{name} did not come back")

    def notices(self) -> list:
        with database.get_engine(self.notices_url).connect() as connection:
            return [row.reference for row in connection.execute(text("SELECT reference FROM notices"))]


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, redis_server):
    workdir = tmp_path_factory.mktemp("production")
    shutil.copy(ROOT / "organisatie.yml", workdir / "organisatie.yml")
    rasa_port, web_port = free_port(), free_port()
    with throwaway_pg_database() as tracker_url, throwaway_pg_database() as notices_url:
        env = {**os.environ, "IA_PRODUCTION": "1", "IA_ENCRYPTION_KEY": Fernet.generate_key().decode(),
               "IA_ENCRYPTION_KEY_FILE": "", "TRACKER_DB_URL": tracker_url, "IA_DATABASE_URL": notices_url,
               "IA_REDIS_URL": redis_server.url, "IA_VAR": str(workdir / "var"), "IA_PROFIEL": str(workdir / "organisatie.yml"),
               "RASA_PORT": str(rasa_port), "ACTIONS_PORT": str(free_port()), "WEB_PORT": str(web_port),
               "IA_RASA_SERVERS": "2", "IA_ACTION_SERVERS": "2", "IA_RESTART_PAUSE_S": str(RESTART_PAUSE_S),
               "IA_SMTP_HOST": ""}
        log = workdir / "cluster.log"
        process = subprocess.Popen([sys.executable, "-m", "bot.cluster"], cwd=ROOT, env=env,
                                   stdout=log.open("w"), stderr=subprocess.STDOUT)
        try:
            wait_until_up(f"http://127.0.0.1:{web_port}/", process, log, timeout=1200)
            yield Cluster(process, workdir / "var", f"http://127.0.0.1:{rasa_port}", notices_url)
        finally:
            process.terminate()
            process.wait(timeout=60)


def test_refuses_to_start_without_its_secrets(tmp_path):
    env = {**os.environ, "IA_PRODUCTION": "1", "IA_ENCRYPTION_KEY": "", "IA_VAR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot.cluster"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 2 and "IA_ENCRYPTION_KEY is niet gezet" in done.stderr
    env["IA_ENCRYPTION_KEY"] = Fernet.generate_key().decode()
    env["TRACKER_DB_URL"] = "sqlite:///tracker.db"
    done = subprocess.run([sys.executable, "-m", "bot.cluster"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 2 and "TRACKER_DB_URL moet in productie een PostgreSQL-adres zijn" in done.stderr


def test_the_action_servers_listen_on_loopback_only(cluster):
    conf = (cluster.var / "nginx" / "nginx.conf").read_text()
    actions_front = re.search(r"listen (\S+);\s*# the action server", conf).group(1)
    assert actions_front.startswith("127.0.0.1:")
    listening = listening_addresses()
    for name, process in cluster.state().items():
        if name.startswith("actions"):
            assert listening[process["port"]] == {"127.0.0.1"}


def listening_addresses() -> dict:
    """Port -> the IPv4 addresses a socket listens on, from /proc/net/tcp."""
    found: dict = {}
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        if state == "0A":  # LISTEN
            address, port = local.split(":")
            ip = ".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0))
            found.setdefault(int(port, 16), set()).add(ip)
    return found


class AlternatingChat(Chat):
    """Each turn to the next server in `urls`."""

    def __init__(self, urls):
        super().__init__(urls[0])
        self.urls, self.turns = urls, 0

    def say(self, message: str) -> str:
        self.url = self.urls[self.turns % len(self.urls)]
        self.turns += 1
        return super().say(message)


def test_one_conversation_alternating_between_two_rasa_servers_files_one_notice(cluster):
    chat = AlternatingChat([cluster.server_url("rasa-1"), cluster.server_url("rasa-2")])
    before = cluster.notices()
    summary = file_a_gift(chat, "Anna de Wit, Financiën")
    assert "Klopt dit?" in summary and "Anna de Wit" in summary
    reference = REFERENCE.search(chat.say("/affirm")).group(0)
    assert chat.turns == 8  # four turns on each server
    assert sorted(cluster.notices()) == sorted(before + [reference])


def test_the_action_servers_stop_mid_form_and_the_conversation_goes_on_when_they_return(cluster):
    chat = Chat(cluster.url)
    assert "Van wie kreeg je het?" in chat.say('/melding_doen{"melding_type": "geschenk"}')
    pids = {name: cluster.state()[name]["pid"] for name in ("actions-1", "actions-2")}
    for name in pids:
        cluster.kill(name)
    outage = advice_text("storing.actieserver", load_profile())
    assert chat.say("aannemer, Bouwbedrijf Jansen") == outage
    for name, pid in pids.items():
        cluster.wait_until_back(name, pid)
    assert "Wat heb je gekregen" in chat.say("aannemer, Bouwbedrijf Jansen")  # the same answer, now taken
    assert "Hoeveel is het ongeveer waard" in chat.say("een taart")


def test_a_rasa_server_restarts_mid_form_and_the_conversation_continues_where_it_was(cluster):
    chat = Chat(cluster.url)
    assert "Van wie kreeg je het?" in chat.say('/melding_doen{"melding_type": "geschenk"}')
    assert "Wat heb je gekregen" in chat.say("aannemer, Bouwbedrijf Jansen")
    old_pid = cluster.state()["rasa-1"]["pid"]
    cluster.kill("rasa-1")
    for answer, question in (("een taart", "Hoeveel is het ongeveer waard"), ("ongeveer 30 euro", "Wanneer was dat?")):
        assert question in chat.say(answer)  # nginx sends every turn to rasa-2 meanwhile
    cluster.wait_until_back("rasa-1", old_pid)
    chat.url = cluster.server_url("rasa-1")  # the restarted server reads the same conversation
    assert "Heb je het aangenomen?" in chat.say("vorige week dinsdag")


def test_redis_disappears_and_every_turn_is_still_answered_then_redis_is_used_again(cluster, redis_server):
    chat = Chat(cluster.url)
    assert "Van wie kreeg je het?" in chat.say('/melding_doen{"melding_type": "geschenk"}')
    redis_server.stop()
    try:
        assert "Wat heb je gekregen" in chat.say("aannemer, Bouwbedrijf Jansen")
        assert "Hoeveel is het ongeveer waard" in chat.say("een taart")
    finally:
        redis_server.start()
    assert redis_server.lock_writes() == 0
    assert "Wanneer was dat?" in chat.say("ongeveer 30 euro")
    assert redis_server.lock_writes() > 0  # the lock went through Redis again


@contextmanager
def postgresql_restarting_after(seconds: float):
    """Restarts the machine's PostgreSQL (shared; it is back within seconds) in the background."""
    restart = subprocess.Popen(["sh", "-c", f"sleep {seconds}; pg_ctlcluster 15 main restart"])
    try:
        yield
    finally:
        assert restart.wait(timeout=120) == 0


def test_postgresql_restarts_during_a_burst_of_notices_and_each_is_stored_exactly_once(cluster):
    count = 12
    chats = [Chat(cluster.url) for _ in range(count)]
    with ThreadPoolExecutor(max_workers=count) as pool:
        summaries = list(pool.map(lambda chat: file_a_gift(chat, f"Anna de Wit, team {chats.index(chat)}"), chats))
    assert all("Klopt dit?" in s for s in summaries), [s for s in summaries if "Klopt dit?" not in s]
    before = cluster.notices()

    def confirm(chat: Chat) -> str:
        """Confirm; whatever the database does, try again as a user would until a reference comes."""
        message = "/affirm"
        for _ in range(60):
            try:
                answer = chat.say(message)
            except OSError:  # a turn lost in the restart: send it again
                time.sleep(1)
                continue
            found = REFERENCE.search(answer)
            if found:
                return found.group(0)
            message = chat.buttons.get("Opnieuw proberen", "/affirm")
            time.sleep(1)
        raise AssertionError("no reference after 60 tries")

    with postgresql_restarting_after(0.5):
        with ThreadPoolExecutor(max_workers=count) as pool:
            references = list(pool.map(confirm, chats))
    assert len(set(references)) == count
    stored = cluster.notices()
    assert len(stored) == len(before) + count
    assert sorted(set(stored) - set(before)) == sorted(references)
