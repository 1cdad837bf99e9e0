"""Scale-out check (issue 7): PostgreSQL, two sitehostd instances started together on the same
database and the same data dir (assets, themes, backups), nginx load-balancing them with the config
`sitehostd nginx-config --upstream A --upstream B` prints. A sitestudio-cli device edits, syncs and
publishes a site through nginx, and a second device of the same account edits another site at the
same time, while a killer thread kills one instance at a time at random moments (SIGKILL, every
other time frozen first so requests die in flight; once SIGTERM) and restarts it, and a reader
thread fetches the published page through nginx all along. At the end nothing is lost (the server
has every edit, the outboxes are empty, each device has the other's site), nothing was applied twice
(no extra site, one revision per round, one deployment per publish; an Idempotency-Key replays on
the other instance), both instances serve the last published page and every asset uploaded through
either of them, and every page fetch through nginx succeeded.

Run under with_postgres.py (ctest: server_scaleout, about 35 s). For operators, by hand:
    SS_SITEHOSTD=build/app/sitehostd SS_CLI=build/app/sitestudio-cli \\
        python3 tests/server/with_postgres.py tests/server/scaleout_test.py [--rounds N] [--kills N] [--seed N] [--keep]
--keep leaves everything running after the checks until Ctrl-C (nginx address printed)."""
import argparse
import http.client
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zlib

from hostd import CliClient, Hostd, Checks, SITEHOSTD, free_port, nginx_binary, start_nginx

ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("--rounds", type=int, default=30, help="edit/sync/publish rounds at least (default 30)")
ap.add_argument("--kills", type=int, default=8, help="and until instances were killed this often (default 8)")
ap.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
ap.add_argument("--keep", action="store_true", help="leave the instances and nginx running until Ctrl-C")
opts = ap.parse_args()
seed = opts.seed if opts.seed is not None else int(time.time())
rng = random.Random(seed)
print(f"scaleout: seed {seed}, {opts.rounds} rounds")

DATABASE = os.environ.get("SS_TEST_DATABASE", "")
if not DATABASE.startswith("postgres"):
    print("scaleout_test.py needs PostgreSQL: run it as tests/server/with_postgres.py tests/server/scaleout_test.py")
    sys.exit(1)
nginx_binary()  # exits with a message when nginx is missing
FIXTURE = os.path.join(os.environ.get("SS_FIXTURES_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                                                         "shared", "fixtures")), "puck", "demo-home-slots.json")
HERO = "Hero-1687283596554"
EMAIL, PASSWORD = "scale@example.com", "correct horse battery staple"
c = Checks()


def get(port, path, host, timeout=10):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": host})
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def png(text):
    """A tiny valid PNG whose bytes depend on `text` (a distinct asset)."""
    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    raw = b"\x00" + bytes([len(text) % 256, 7, 42])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"tEXt", b"Comment\x00" + text.encode()) + chunk(b"IEND", b""))


# ---- two instances, one database, one data dir ----------------------------------------------
# Shared data dir: with --database, the data dir holds only files every instance must see —
# assets/ (uploaded through any instance, served by all), themes/ (installed themes) and backups/
# (automation backups). On several hosts it is one shared filesystem (NFS...) mounted there.
shared = tempfile.mkdtemp(prefix="ss-scaleout-")
data_dir = os.path.join(shared, "data")
started = {}


def start(name):  # both at once: the first start on an empty database migrates it
    started[name] = Hostd("--threads", "4", data_dir=data_dir, database=DATABASE)


threads = [threading.Thread(target=start, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
if set(started) != {"a", "b"}:
    print("FAIL: an instance did not start (two sitehostd starting together on an empty database)")
    for h in started.values():
        h.stop()
    sys.exit(1)
inst = [started["a"], started["b"]]
nginx_port = free_port()
prefix = os.path.join(shared, "nginx")
os.makedirs(prefix)
nginx = None
stop = threading.Event()
syncing = threading.Event()  # set while the client publishes/syncs
killer_log, fetch_log = [], {"ok": 0, "failed": [], "seen": []}
killer_errors = []
cli = dev2 = None
kt = None
published = []  # (time the client's publish of round i had completed, i)


def killer():
    """One instance at a time: SIGKILL (once SIGTERM) at a random moment, down for a while, restart on
    the same port; then at least fail_timeout (2 s) before the next, as in a rolling failure."""
    n = 0
    while not stop.wait(rng.uniform(0.3, 1.5)):
        victim = inst[n % 2]
        graceful = n == 3
        kind = "SIGTERM" if graceful else "SIGKILL"
        if n % 2 == 0:
            # Every other kill while the client syncs, the instance frozen first (SIGSTOP) for a
            # moment so that requests are in flight on it when it dies: cut mid-way.
            syncing.wait(5)
            time.sleep(rng.uniform(0, 0.05))
            victim.proc.send_signal(signal.SIGSTOP)
            time.sleep(rng.uniform(0.05, 0.3))
            kind = "SIGSTOP+SIGKILL"
        rc = victim.stop(signal.SIGTERM if graceful else signal.SIGKILL)
        killer_log.append((time.monotonic(), n % 2, kind, rc))
        time.sleep(rng.uniform(0.1, 1.0))
        try:
            victim.start()
        except RuntimeError as e:  # the checks see it; the other instance carries on
            killer_errors.append(str(e))
            return
        n += 1
        stop.wait(2.5)


def reader(host):
    while not stop.is_set():
        try:
            started_at = time.monotonic()
            status, body = get(nginx_port, "/", host)
            if status == 200:
                fetch_log["ok"] += 1
                i = body.find(b"Round ")
                if i >= 0:
                    fetch_log["seen"].append((started_at, int(body[i + 6:i + 9])))
            else:
                fetch_log["failed"].append((time.monotonic(), status, body[:200]))
        except OSError as e:
            fetch_log["failed"].append((time.monotonic(), "error", repr(e)))
        time.sleep(0.02)


try:
    gen = subprocess.run([SITEHOSTD, "nginx-config", "--data-dir", data_dir, "--database", DATABASE, "--nginx-listen",
                          f"127.0.0.1:{nginx_port}"] + [a for i in inst for a in ("--upstream", f"127.0.0.1:{i.port}")],
                         capture_output=True, text=True)
    conf = gen.stdout
    c.check(gen.returncode == 0 and all(f"server 127.0.0.1:{i.port} max_fails=1 fail_timeout=2s;" in conf for i in inst) and
            "proxy_next_upstream error timeout http_502 http_503;" in conf and "proxy_set_header Host $host;" in conf and
            "non_idempotent" not in conf, f"nginx-config with two upstreams: {conf} {gen.stderr}")
    bad = subprocess.run([SITEHOSTD, "nginx-config", "--data-dir", data_dir, "--database", DATABASE, "--upstream", "nowhere"],
                         capture_output=True, text=True)
    c.check(bad.returncode == 2 and "--upstream expects HOST:PORT" in bad.stderr and not bad.stdout, f"bad --upstream: {bad.stderr}")
    nginx = start_nginx(prefix, conf,
                        access_log='$msec "$request" $status upstream $upstream_addr $upstream_status $request_time')
    for _ in range(100):
        try:
            get(nginx_port, "/healthz", "localhost")
            break
        except OSError:
            time.sleep(0.05)
    url = f"http://127.0.0.1:{nginx_port}"

    # ---- the client: a site from a Puck fixture, synced and published through nginx --------------
    cli = CliClient("scaleout")
    cli.login(url, EMAIL)
    cli.run("sites", "create", "Shop", "--theme", "studio")
    cli.run("import-puck", FIXTURE, "--site", "Shop", "--page", "/")

    def fix_icons(v):  # Puck's demo uses the icon "Feather" the themes spell "feather" (as browser_test.py)
        if isinstance(v, dict):
            props = v.get("props", {})
            if isinstance(props, dict) and props.get("icon") == "Feather":
                cli.run("block", "set", "--site", "Shop", "--page", "/", "--id", props["id"], "--prop", "icon", "--value", '"feather"')
            for x in v.values():
                fix_icons(x)
        elif isinstance(v, list):
            for x in v:
                fix_icons(x)
    with open(FIXTURE) as f:
        fix_icons(json.load(f))
    cli.run("validate", "--site", "Shop")
    cli.run("block", "set", "--site", "Shop", "--page", "/", "--id", HERO, "--prop", "title", "--value", '"Round 000"')
    cli.run("publish", "--site", "Shop")
    site = json.loads(cli.run("--json", "sites", "list").stdout)[0]
    host = f"{site['slug']}.localhost"
    token = inst[0].api("POST", "/auth/login", {"email": EMAIL, "password": PASSWORD}).json["token"]
    workspaces = inst[0].api("GET", "/workspaces", token=token).json["workspaces"]
    wid = workspaces[0]["id"]
    cid = inst[0].api("GET", f"/workspaces/{wid}/customizations", token=token).json["customizations"][0]["id"]

    def revisions():
        return inst[0].api("GET", f"/customizations/{cid}/revisions", token=token).json["revisions"]

    def deployments():
        return inst[0].api("GET", f"/workspaces/{wid}/deployments", token=token).json["deployments"]

    revs0, deps0 = len(revisions()), len(deployments())
    status, body = get(nginx_port, "/", host)
    c.check(status == 200 and b"Round 000" in body, f"published through nginx: {status}")

    def settle(client, p):
        """Syncs again until the outbox is empty (a sync cut by a dying instance fails and leaves it
        queued: it must succeed on retry). Returns (sync runs that did not complete, status)."""
        for attempt in range(60):
            st = json.loads(client.run("--json", "status").stdout)
            if p.returncode == 0 and st["pending"] == 0:
                return attempt, st
            time.sleep(0.2)
            p = client.run("--json", "sync", ok=False)
        raise AssertionError(f"sync never completed: {p.stdout} {p.stderr}")

    # A second device of the same account edits another site at the same time: both devices'
    # commits for one account interleave on both instances, and each device must get the other's
    # through the change feed.
    dev2 = CliClient("scaleout-2")
    dev2.login(url, EMAIL, register=False)
    dev2.run("sites", "create", "Blog", "--theme", "harbor")
    settle(dev2, dev2.run("--json", "sync", ok=False))
    blog_hero = dev2.page("Blog")["content"][1]["props"]["id"]
    dev2_log = {"rounds": 0, "retries": 0, "errors": []}
    stop_dev2 = threading.Event()

    def second_device():
        try:
            while not stop_dev2.is_set():
                dev2_log["rounds"] += 1
                dev2.run("block", "set", "--site", "Blog", "--page", "/", "--id", blog_hero, "--prop", "title", "--value",
                         json.dumps(f"Blog {dev2_log['rounds']:03d}"))
                retried, st = settle(dev2, dev2.run("--json", "sync", ok=False))
                dev2_log["retries"] += retried
                if st["parked"] or st["conflicts"]:
                    dev2_log["errors"].append(f"parked or in conflict: {st}")
        except AssertionError as e:
            dev2_log["errors"].append(str(e))

    # ---- rounds of edits while instances die --------------------------------------------------
    d2 = threading.Thread(target=second_device, daemon=True)
    d2.start()
    kt = threading.Thread(target=killer, daemon=True)
    rt = threading.Thread(target=reader, args=(host,), daemon=True)
    kt.start()
    rt.start()
    retries, assets = 0, []
    t0 = time.monotonic()
    i = 0
    while i < opts.rounds or (len(killer_log) < opts.kills and kt.is_alive() and i < 500):
        i += 1
        title = f"Round {i:03d}"
        time.sleep(rng.uniform(0, 0.3))  # edits at random moments relative to the kills
        cli.run("block", "set", "--site", "Shop", "--page", "/", "--id", HERO, "--prop", "title", "--value", json.dumps(title))
        if i % 10 == 5:  # an asset through whichever instance nginx picks; every instance must serve it
            path = os.path.join(cli.dir, f"pic{i}.png")
            with open(path, "wb") as f:
                f.write(png(title))
            ref = cli.run("assets", "add", path, "--site", "Shop").stdout.strip()
            cli.run("block", "set", "--site", "Shop", "--page", "/", "--id", HERO, "--prop", "image.url", "--value", json.dumps(ref))
            assets.append((ref, png(title)))
        syncing.set()
        retried, st = settle(cli, cli.run("publish", "--site", "Shop", ok=False))  # the publish stays queued if cut
        retries += retried
        syncing.clear()
        c.check(st["parked"] == 0 and st["conflicts"] == 0, f"round {i}: nothing parked or in conflict: {st}")
        published.append((time.monotonic(), i))
    rounds = i
    stop_dev2.set()
    d2.join()
    stop.set()
    kt.join()
    rt.join()
    elapsed = time.monotonic() - t0
    kills = len(killer_log)
    print(f"scaleout: {rounds} rounds in {elapsed:.1f}s, {kills} kills "
          f"({sum(1 for k in killer_log if k[2] == 'SIGTERM')} graceful), {retries} incomplete syncs retried, "
          f"second device: {dev2_log['rounds']} rounds, {dev2_log['retries']} retried; "
          f"{fetch_log['ok']} page fetches ok, {len(fetch_log['failed'])} failed")
    # Informational: page fetches that began after a publish had completed and still showed an older
    # round (the other instance's PublicSiteCache remembers a host for up to 1 s).
    stale, worst = 0, 0.0
    for at, seen in fetch_log["seen"]:
        done = [(t, r) for t, r in published if t <= at]
        if done and seen < done[-1][1]:
            stale += 1
            worst = max(worst, at - next(t for t, r in published if r > seen))
    print(f"scaleout: {stale} page fetch(es) showed an older round after a publish, at most {worst:.2f}s after it")
    with open(os.path.join(prefix, "access.log")) as f:  # what clients got from nginx
        log = f.readlines()
    gateway = [line for line in log if line.split('"')[2].split()[0] in ("502", "503", "504")]
    moved = [line for line in log if ", " in line.split(" upstream ")[1]]
    print(f"scaleout: nginx moved {len(moved)} request(s) to the other instance; answered {len(gateway)} with 502/503/504 "
          "(the client retried those): " + "; ".join(sorted({line.split('"')[1].rsplit(" ", 1)[0][:60] for line in gateway})))
    if os.environ.get("SS_SCALEOUT_LOG"):
        shutil.copy(os.path.join(prefix, "access.log"), os.environ["SS_SCALEOUT_LOG"])
        with open(os.environ["SS_SCALEOUT_LOG"] + ".kills", "w") as f:
            f.writelines(f"{k[0] - time.monotonic() + time.time():.3f} {k[1]} {k[2]}\n" for k in killer_log)
    c.check(not dev2_log["errors"] and dev2_log["rounds"] > 5, f"the second device synced all along: {dev2_log}")
    c.check(not killer_errors, f"every killed instance restarted: {killer_errors}")
    c.check(kills >= opts.kills, f"instances were killed during the rounds ({kills})")
    c.check(all(k[3] == 0 for k in killer_log if k[2] == "SIGTERM"), f"SIGTERM exits 0: {killer_log}")
    c.check(all(k[3] == -signal.SIGKILL for k in killer_log if k[2] != "SIGTERM"), f"SIGKILL killed it: {killer_log}")

    # ---- nothing lost, nothing twice -----------------------------------------------------------
    for client in (cli, dev2, cli):
        client.run("--json", "sync")
    for client in (cli, dev2):
        st = json.loads(client.run("--json", "status").stdout)
        c.check(st["pending"] == 0 and st["parked"] == 0 and st["conflicts"] == 0, f"outbox empty after a final sync: {st}")
    c.check(dev2.page("Shop") == cli.page("Shop") and cli.page("Blog") == dev2.page("Blog"),
            "each device has the other's site as it is (nothing missed in the change feed)")
    c.check(cli.page("Blog")["content"][1]["props"]["title"] == f"Blog {dev2_log['rounds']:03d}", "the second device's last edit")
    last = f"Round {rounds:03d}"
    local = cli.page("Shop")
    server = inst[1].api("GET", f"/customizations/{cid}", token=token).json
    spage = next(pg for pg in server["document"]["pages"] if pg["slug"] == "/")["data"]
    c.check(spage == local, "the server's document is the client's page, edit for edit")
    hero = next(b for b in spage["content"] if b["props"].get("id") == HERO)["props"]
    c.check(hero["title"] == last and (not assets or hero["image"]["url"] == assets[-1][0]), f"last edit on the server: {hero['title']}")
    names = sorted(w["name"] for w in inst[0].api("GET", "/workspaces", token=token).json["workspaces"])
    c.check(names == ["Blog", "Shop"], f"two sites (no duplicate from a retry): {names}")
    revs, deps = revisions(), deployments()
    # Each round's edits go out as one batch: one revision; a batch or publish replayed after a lost
    # reply (same Idempotency-Key, on either instance) adds nothing.
    c.check(len(revs) == revs0 + rounds, f"one revision per round: {len(revs)} = {revs0} + {rounds}")
    c.check(len(deps) == deps0 + rounds, f"one deployment per publish: {len(deps)} = {deps0} + {rounds}")
    local_site = next(x for x in json.loads(cli.run("--json", "sites", "list").stdout) if x["name"] == "Shop")
    c.check(server["published_revision"] == server["revision"] == local_site.get("publishedRevision"),
            f"the last revision is published, client and server agree: {local_site} vs {server['revision']}")

    # ---- a POST retried on the other instance: replayed from the shared database, not redone -----
    other = inst[0].account("replay@example.com")
    first = inst[0].api("POST", "/workspaces", {"name": "Replay"}, token=other, headers={"Idempotency-Key": "replay-1"})
    again = inst[1].api("POST", "/workspaces", {"name": "Replay"}, token=other, headers={"Idempotency-Key": "replay-1"})
    c.check(first.status == 201 and again.status == 201 and again.headers.get("idempotent-replayed") == "true" and
            again.json["id"] == first.json["id"], f"a retry on the other instance replays the answer: {first} {again}")
    both = {}

    def send(n):
        both[n] = inst[n].api("POST", "/workspaces", {"name": "Twice"}, token=other, headers={"Idempotency-Key": "replay-2"})
    ts = [threading.Thread(target=send, args=(n,)) for n in (0, 1)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    c.check(both[0].status == both[1].status == 201 and both[0].json["id"] == both[1].json["id"],
            f"the same key on both instances at once: one effect, one answer: {both}")
    names = sorted(w["name"] for w in inst[1].api("GET", "/workspaces", token=other).json["workspaces"])
    c.check(names == ["Replay", "Twice"], f"no duplicate sites: {names}")

    # ---- both instances serve the last published page and every asset -------------------------
    for n, i in enumerate(inst):
        body = b""
        for _ in range(50):  # other instances see a publish within PublicSiteCache::kHostTtlMs (1 s)
            status, body = get(i.port, "/", host)
            if status == 200 and last.encode() in body:
                break
            time.sleep(0.1)
        c.check(status == 200 and last.encode() in body, f"instance {n} serves {last}: {status}")
        for ref, data in assets:
            status, got = get(i.port, "/" + ref, host)
            c.check(status == 200 and got == data, f"instance {n} serves {ref}: {status}")
    c.check(not fetch_log["failed"], f"the page was served throughout: {fetch_log['failed'][:5]}")
    c.check(fetch_log["ok"] > 50, f"the page was fetched all along ({fetch_log['ok']})")
    if opts.keep:
        print(f"scaleout: nginx on {url} (Host: {host}), instances on {[i.port for i in inst]}, data in {shared}; Ctrl-C stops")
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass
finally:
    stop.set()
    if kt:
        kt.join(30)  # it restarts what it killed before it stops
    if nginx:
        nginx.terminate()
        nginx.wait()
    for i in inst if "inst" in dir() else started.values():
        i.stop()
    if c.failed and os.path.exists(os.path.join(prefix, "error.log")):
        with open(os.path.join(prefix, "error.log")) as f:
            print("nginx error.log (last lines):\n" + "".join(f.readlines()[-20:]), file=sys.stderr)
    shutil.rmtree(shared, ignore_errors=True)
    for client in (cli, dev2):
        if client:
            shutil.rmtree(client.dir, ignore_errors=True)
c.finish()
