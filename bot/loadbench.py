"""Load benchmark: simulated employees holding whole conversations at once, against Rasa's reference bot.

Usage: ./manage bench load [--profiles embedded,production-1,production-2] [--concurrency 8]
                           [--conversations 100] [--turns 10] [--seed 1]

Each profile is started as `./manage serve` starts it, on free ports with throwaway databases:
- embedded: one Rasa server and one action server, SQLite (the defaults);
- production-N: `IA_PRODUCTION=1`, N Rasa servers and 2 action servers behind nginx, PostgreSQL
  (two databases ia_bench_<random>_*, dropped afterwards) and the Redis lock store
  ($IA_BENCH_REDIS_URL, default redis://127.0.0.1:6379/1).
Then `--concurrency` employees talk at once over the REST channel until `--conversations`
conversations of `--turns` turns are done: a dilemma in their words, answers to the questions
asked (a button where one is offered), the advice, and in about one conversation in four a
notice filed. Rasa's reference bot (`rasa init`, trained once into var/reference_bot) gets the
same number of English conversations with the same concurrency, one after the other in the same
run, with its own defaults (in-memory tracker store, no action server).

Printed per profile: throughput (turns per second), median/95th/99th percentile latency of a
turn, errors (no HTTP 200, or no answer within 120 s), lost replies (HTTP 200 with no message),
server memory (the largest sum of resident memory of the Rasa servers, action servers and nginx
seen during the run, read from /proc: Linux only), the cold start (from starting the servers, as
`./manage serve` does with the model trained, until all of them answer), and the ratios to the
reference bot.
The machine's load average before and after is printed too: figures from a busy machine are
slower than they would be on a quiet one.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional

import aiohttp
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text

from bot.servers import free_port, wait_until_up

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = ROOT / "var" / "reference_bot"
PG_ADMIN_URL = os.environ.get("IA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("IA_BENCH_REDIS_URL", "redis://127.0.0.1:6379/1")
REPLY_TIMEOUT_S = 120
SERVER_WORDS = ("rasa", "nginx")  # processes counted as server memory (not the web app, not log writers)

DILEMMAS = [
    "een leverancier wil me een kerstpakket sturen van ongeveer 40 euro, mag dat?",
    "ik kreeg gisteren een fles wijn van een aannemer",
    "een adviesbureau nodigt me uit voor een etentje in een sterrenrestaurant",
    "mag ik naast mijn baan een eigen webwinkel beginnen?",
    "mijn zwager heeft een offerte ingediend voor een klus bij ons team",
    "een collega maakt steeds grappen over mijn afkomst",
    "ik zag dat mijn teamleider declaraties indient voor ritten die hij niet maakte",
    "mag ik de printer van het werk gebruiken voor de uitnodigingen van mijn verjaardag?",
    "een burger vraagt me om het adres van zijn buurman op te zoeken",
    "ik kreeg een cadeaubon van 75 euro van een bedrijf waar we zaken mee doen",
]
FORM_ANSWERS = [  # (a word in the bot's question, the employee's answer)
    ("van wie", "een leverancier, Bouwbedrijf Jansen"),
    ("wat heb je", "een fles wijn"),
    ("hoeveel", "ongeveer 30 euro"),
    ("wanneer", "vorige week dinsdag"),
    ("naam", "Sanne de Vries, Burgerzaken"),
    ("wie", "een collega van een ander team"),
    ("waar", "op het stadskantoor"),
    ("uur", "4 uur per week"),
    ("welke organisatie", "de voetbalvereniging"),
]
FOLLOW_UPS = ["dank je wel", "wat zegt de gedragscode daar precies over?", "oké, duidelijk",
              "en als het minder dan 50 euro is?", "ik wil een melding doen"]
NOTICE_WORDS = ("melding", "versturen", "ja")

REFERENCE_TURNS = ["hello", "hi there", "I am sad", "not very good", "yes", "no", "great", "perfect",
                   "are you a bot?", "bye", "good morning", "I am happy"]


@dataclass
class Turn:
    seconds: float
    error: bool = False
    lost: bool = False


@dataclass
class Result:
    name: str
    turns: List[Turn] = field(default_factory=list)
    wall_s: float = 0.0
    memory_mb: float = 0.0
    start_s: float = 0.0  # from starting the servers until they answer (cold start; model trained)

    @property
    def answered(self) -> List[float]:
        return sorted(t.seconds * 1000 for t in self.turns if not t.error)

    def percentile(self, q: float) -> float:
        values = self.answered
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

    @property
    def throughput(self) -> float:
        return len(self.answered) / self.wall_s if self.wall_s else 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.answered) if self.answered else float("nan")

    @property
    def errors(self) -> int:
        return sum(t.error for t in self.turns)

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.turns)


class Employee:
    """One conversation with the assistant: what to say next, from what it said last."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.files_notice = rng.random() < 0.25
        self.first = True

    def next_message(self, reply: List[Dict]) -> str:
        if self.first:
            self.first = False
            return self.rng.choice(DILEMMAS)
        buttons = [b for m in reply for b in m.get("buttons", []) if b.get("title") != "Stoppen"]
        if buttons:
            wanted = [b for b in buttons if any(w in b["title"].lower() for w in NOTICE_WORDS)]
            return (self.rng.choice(wanted) if self.files_notice and wanted else self.rng.choice(buttons))["payload"]
        asked = " ".join(m.get("text", "") for m in reply).lower()
        if asked.rstrip().endswith("?"):
            for word, answer in FORM_ANSWERS:
                if word in asked:
                    return answer
        return self.rng.choice(FOLLOW_UPS + DILEMMAS[:3])


class ReferenceUser:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def next_message(self, reply: List[Dict]) -> str:
        buttons = [b for m in reply for b in m.get("buttons", [])]
        return self.rng.choice(buttons)["payload"] if buttons else self.rng.choice(REFERENCE_TURNS)


async def run_load(url: str, make_user: Callable[[random.Random], object], conversations: int, turns: int,
                   concurrency: int, seed: int) -> Result:
    result = Result(url)
    queue: asyncio.Queue = asyncio.Queue()
    for number in range(conversations):
        queue.put_nowait(number)
    timeout = aiohttp.ClientTimeout(total=REPLY_TIMEOUT_S)

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            number = queue.get_nowait()
            user, sender, reply = make_user(random.Random(seed * 100_003 + number)), uuid.uuid4().hex, []
            for _ in range(turns):
                message = user.next_message(reply)
                start = time.perf_counter()
                try:
                    async with session.post(f"{url}/webhooks/rest/webhook",
                                            json={"sender": sender, "message": message}) as response:
                        reply = await response.json() if response.status == 200 else None
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    reply = None
                turn = Turn(time.perf_counter() - start, error=reply is None, lost=reply == [])
                result.turns.append(turn)
                reply = reply or []

    start = time.perf_counter()
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
    result.wall_s = time.perf_counter() - start
    return result


def process_tree_rss_mb(root: int, words=SERVER_WORDS) -> float:
    """Resident memory of `root` and its descendants whose command line names one of `words`."""
    parents: Dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total_kb = 0
    for pid in tree:
        try:
            command = (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if "bot.logfile" in command or not any(word in command for word in words):
                continue
            for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


@contextmanager
def peak_memory(root: int) -> Iterator[List[float]]:
    """Samples the tree's server memory every half second; the list's one value is the peak so far."""
    peak, done = [process_tree_rss_mb(root)], threading.Event()

    def sample() -> None:
        while not done.wait(0.5):
            peak[0] = max(peak[0], process_tree_rss_mb(root))

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        done.set()
        thread.join()


@contextmanager
def started(command: List[str], env: Dict[str, str], health: str, log: Path, cwd: Path = ROOT) -> Iterator[int]:
    """A server tree started in its own process group; yields its root pid; stopped with SIGTERM."""
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        wait_until_up(health, process, log, timeout=1200)
        yield process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def profile(name: str, workdir: Path) -> Iterator[tuple]:
    """The assistant in profile `name` (embedded, production-1, production-2); yields (url, root pid)."""
    rasa_port, actions_port, web_port = free_port(), free_port(), free_port()
    env = {**os.environ, "RASA_PORT": str(rasa_port), "ACTIONS_PORT": str(actions_port), "WEB_PORT": str(web_port),
           "IA_ENCRYPTION_KEY": Fernet.generate_key().decode(), "IA_SMTP_HOST": ""}
    env.pop("ACTION_ENDPOINT_URL", None)
    databases: List[str] = []
    if name == "embedded":
        env.update(IA_PRODUCTION="", TRACKER_DB_URL=f"sqlite:///{workdir / 'tracker.db'}",
                   IA_DATABASE_URL=f"sqlite:///{workdir / 'integriteit.db'}")
    else:
        stem = f"ia_bench_{secrets.token_hex(4)}"
        databases = [f"{stem}_tracker", f"{stem}_meldingen"]
        admin = PG_ADMIN_URL.rsplit("/", 1)[0]
        env.update(IA_PRODUCTION="1", IA_RASA_SERVERS=name.split("-")[1], IA_ACTION_SERVERS="2",
                   TRACKER_DB_URL=f"{admin}/{databases[0]}", IA_DATABASE_URL=f"{admin}/{databases[1]}",
                   IA_REDIS_URL=REDIS_URL, IA_VAR=str(workdir / "var"))
    url = f"http://127.0.0.1:{rasa_port}"
    try:
        with started(["./manage", "serve"], env, f"http://127.0.0.1:{web_port}/", workdir / f"{name}.log") as pid:
            yield url, pid
    finally:
        drop_databases(databases)


def drop_databases(names: List[str]) -> None:
    """Drop the databases this run created (the cluster created them on the shared server)."""
    if not names:
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def reference_model() -> Path:
    """Rasa's reference bot (`rasa init --no-prompt`), trained once and kept in var/reference_bot."""
    models = sorted((REFERENCE_DIR / "models").glob("*.tar.gz"))
    if not models:
        REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
        print("training Rasa's reference bot once (rasa init --no-prompt) into var/reference_bot ...", flush=True)
        with (REFERENCE_DIR / "init.log").open("w") as log:
            subprocess.run([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(REFERENCE_DIR)],
                           cwd=REFERENCE_DIR, check=True, stdout=log, stderr=subprocess.STDOUT)
        models = sorted((REFERENCE_DIR / "models").glob("*.tar.gz"))
    return models[-1]


@contextmanager
def reference_bot(workdir: Path) -> Iterator[tuple]:
    model, port = reference_model(), free_port()
    command = [sys.executable, "-m", "rasa", "run", "--model", str(model), "--interface", "127.0.0.1", "--port", str(port)]
    with started(command, dict(os.environ), f"http://127.0.0.1:{port}/", workdir / "reference.log", cwd=REFERENCE_DIR) as pid:
        yield f"http://127.0.0.1:{port}", pid


def measure(name: str, server, make_user, args, workdir: Path) -> Result:
    print(f"\n{name}: starting ...", flush=True)
    started_at = time.perf_counter()
    with server as (url, pid):
        start_s = time.perf_counter() - started_at
        with peak_memory(pid) as peak:
            result = asyncio.run(run_load(url, make_user, args.conversations, args.turns, args.concurrency, args.seed))
        result.name, result.memory_mb, result.start_s = name, peak[0], start_s
    print(f"{name}: {len(result.turns)} turns in {result.wall_s:.0f} s", flush=True)
    return result


def load_average() -> str:
    return "%.2f, %.2f, %.2f" % os.getloadavg()


def print_table(results: List[Result], reference: Result) -> None:
    print(f"\n{'profile':16} {'turns/s':>8} {'median ms':>10} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7} "
          f"{'lost':>5} {'memory MB':>10} {'start s':>8}")
    for r in [*results, reference]:
        print(f"{r.name:16} {r.throughput:8.2f} {r.median:10.0f} {r.percentile(0.95):8.0f} {r.percentile(0.99):8.0f} "
              f"{r.errors:7d} {r.lost:5d} {r.memory_mb:10.0f} {r.start_s:8.1f}")
    print("\nratios to the reference bot (assistant / reference; throughput: higher is better, the rest lower)")
    print(f"{'profile':16} {'turns/s':>8} {'median':>8} {'p95':>8} {'p99':>8} {'memory':>8}")
    for r in results:
        print(f"{r.name:16} {r.throughput / reference.throughput:8.2f} {r.median / reference.median:8.2f} "
              f"{r.percentile(0.95) / reference.percentile(0.95):8.2f} {r.percentile(0.99) / reference.percentile(0.99):8.2f} "
              f"{r.memory_mb / reference.memory_mb:8.2f}")
    by_name = {r.name: r for r in results}
    if "production-1" in by_name and "production-2" in by_name:
        print(f"\ntwo Rasa servers / one: {by_name['production-2'].throughput / by_name['production-1'].throughput:.2f}x "
              f"throughput on {os.cpu_count()} cores (each Rasa server uses about one core under load, so two servers "
              "can only double it with at least two cores free for them)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profiles", default="embedded,production-1,production-2")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    names = [n.strip() for n in args.profiles.split(",") if n.strip()]
    for name in names:
        if name != "embedded" and not (name.startswith("production-") and name.split("-")[1].isdigit()):
            parser.error(f"unknown profile {name!r}: embedded, production-1, production-2, ...")
    print(f"load benchmark: {args.conversations} conversations of {args.turns} turns, {args.concurrency} at once, "
          f"seed {args.seed}; {os.cpu_count()} cores, load average before: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="ia_loadbench_") as tmp:
        workdir = Path(tmp)
        results = []
        for name in names:
            (workdir / name).mkdir()
            results.append(measure(name, profile(name, workdir / name), Employee, args, workdir / name))
        reference = measure("reference bot", reference_bot(workdir), ReferenceUser, args, workdir)
    print_table(results, reference)
    print(f"\nload average after: {load_average()} (1, 5, 15 min); other work on the machine slows every figure")


if __name__ == "__main__":
    main()
