"""sitehostd backup DIR / restore DIR (server/ops/backup.h): an online backup while another thread
keeps writing through the API, a restore that a fresh sitehostd serves (published page, assets),
a new epoch so a client that synced after the backup re-sends what the backup lacks, and every bad
input refused with a message that names the problem while the data stays untouched.
Runs on SQLite, or on PostgreSQL when SS_TEST_DATABASE is set (with_postgres.py)."""
import fcntl
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time
import urllib.parse

from hostd import SITEHOSTD, CliClient, Hostd, Checks

c = Checks()
PG = os.environ.get("SS_TEST_DATABASE")
started = time.monotonic()


def hostd_cmd(hd, *args):
    cmd = [SITEHOSTD, "--data-dir", hd.data_dir, *(["--database", PG] if PG else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def psql(sql):
    u = urllib.parse.urlparse(PG)
    p = subprocess.run([os.path.join(os.environ["SS_PG_BIN"], "psql"), "-X", "-At", "-h", u.hostname, "-p", str(u.port), "-U", u.username,
                        u.path[1:], "-c", sql], capture_output=True, text=True, check=True)
    return p.stdout.strip()


def state(hd):
    """What must not change when a restore is refused: the database file (SQLite, the daemon is
    stopped so its WAL is folded in) or the row counts and epoch (PostgreSQL), plus the assets."""
    assets = sorted(os.path.relpath(os.path.join(d, f), hd.data_dir) for d, _, fs in os.walk(os.path.join(hd.data_dir, "assets")) for f in fs)
    if PG:
        return psql("SELECT (SELECT count(*) FROM workspaces), (SELECT count(*) FROM revisions), (SELECT count(*) FROM assets), "
                    "(SELECT value FROM meta WHERE key = 'epoch')"), assets
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = os.path.join(hd.data_dir, "sitehostd.sqlite" + suffix)
        if os.path.exists(path):
            with open(path, "rb") as f:
                h.update(f.read())
    return h.hexdigest(), assets


def integrity(path):
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def epoch_of(hd, token):
    r = hd.api("GET", "/changes?limit=1", token=token)
    assert r.status == 200, r
    return r.json["epoch"]


class Client(CliClient):
    def sync(self, *extra):
        return json.loads(self.run("--json", "sync", *extra).stdout)


hd = Hostd()
tmp = tempfile.mkdtemp(prefix="ss-backup-test-")
try:
    url = f"http://127.0.0.1:{hd.port}"
    a = Client("a")
    a.login(url, "owner@example.com")
    a.run("sites", "create", "Shop", "--theme", "studio")
    hero = a.page("Shop")["content"][1]["props"]["id"]
    nav = a.page("Shop")["content"][0]["props"]["id"]
    a.set("Shop", hero, "title", "Before the backup")
    png = os.path.join(a.dir, "logo.png")
    with open(png, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
    ref = json.loads(a.run("--json", "assets", "add", png, "--site", "Shop").stdout)["reference"]
    a.set("Shop", nav, "logo", ref)
    c.check("Published" in a.run("publish", "--site", "Shop").stdout, "Shop published")
    token = hd.api("POST", "/auth/login", {"email": "owner@example.com", "password": "correct horse battery staple"}).json["token"]
    shop = [w for w in hd.api("GET", "/workspaces", token=token).json["workspaces"] if w["name"] == "Shop"][0]
    host = f"{shop['slug']}.localhost"
    c.check(b"Before the backup" in hd.request("GET", "/", host=host).body, "the live page before the backup")
    # A theme the operator installed in DATA_DIR/themes (copied as files, whatever they are).
    os.makedirs(os.path.join(hd.data_dir, "themes", "extra"), exist_ok=True)
    with open(os.path.join(hd.data_dir, "themes", "extra", "notes.txt"), "w") as f:
        f.write("kept by backups\n")

    # Another account keeps saving drafts and uploading assets while the backup runs.
    wtoken = hd.account("writer@example.com")
    ws = hd.api("POST", "/workspaces", {"name": "Busy"}, token=wtoken).json
    cust = hd.api("POST", f"/workspaces/{ws['id']}/customizations", {"template_id": "studio"}, token=wtoken).json
    writes, errors, stop = [0], [], threading.Event()

    def writer():
        doc, rev, i = cust["document"], cust["revision"], 0
        while not stop.is_set():
            i += 1
            blob = b"asset %d " % i + os.urandom(512)
            sha = hashlib.sha256(blob).hexdigest()
            r = hd.request("PUT", f"/api/v1/assets/{sha}?workspace={ws['id']}", raw=blob, token=wtoken,
                           headers={"Content-Type": "application/octet-stream"})
            if r.status != 201:
                errors.append(r)
            # Large revisions: the database grows, so the snapshot overlaps many writes.
            doc["pages"][0]["data"]["content"][1]["props"]["description"] = f"write {i} " + "x" * 300_000
            doc["pages"][0]["data"]["content"][1]["props"]["title"] = f"write {i}"
            r = hd.api("PUT", f"/customizations/{cust['id']}", {"document": doc}, token=wtoken, headers={"If-Match": f'"{rev}"'})
            if r.status != 200:
                errors.append(r)
                return
            rev = r.json["revision"]
            writes[0] = i

    t = threading.Thread(target=writer)
    t.start()
    while writes[0] < 60 and t.is_alive():
        time.sleep(0.05)
    b1 = os.path.join(tmp, "b1")
    before_backup = writes[0]
    p = hostd_cmd(hd, "backup", b1)
    during = writes[0] - before_backup
    print(f"{during} saves while the backup ran ({before_backup} before)")
    while writes[0] < before_backup + during + 5 and t.is_alive():
        time.sleep(0.05)
    stop.set()
    t.join()
    c.check(not errors, f"the writer never failed: {errors[:2]}")
    c.check(p.returncode == 0, f"backup while serving writes: {p.returncode} {p.stderr}")
    print(p.stdout, end="")
    manifest = json.load(open(os.path.join(b1, "manifest.json")))
    c.check(manifest["format"] == "sitehostd-backup" and manifest["dialect"] == ("postgresql" if PG else "sqlite")
            and manifest["schema_version"] >= 1 and manifest["sitehostd_version"], f"manifest {dict((k, v) for k, v in manifest.items() if k != 'files')}")
    listed = {f["path"]: f for f in manifest["files"]}
    logo = re.search(r"[0-9a-f]{64}", ref).group(0)
    c.check(f"assets/{logo[:2]}/{logo}" in listed, f"the published logo is in the backup ({ref})")
    c.check("themes/extra/notes.txt" in listed, "the themes folder is in the backup")
    c.check("assets" in p.stdout and "Backed up" in p.stdout, f"summary: {p.stdout}")
    if not PG:
        snap = os.path.join(b1, "sitehostd.sqlite")
        c.check(integrity(snap) == "ok", "the snapshot passes PRAGMA integrity_check")
        db = sqlite3.connect(snap)
        referenced = [r[0] for r in db.execute("SELECT sha256 FROM assets")]
        db.close()
        c.check(all(f"assets/{s[:2]}/{s}" in listed for s in referenced), f"every asset the snapshot references is in the backup ({len(referenced)})")
    else:
        c.check(os.path.getsize(os.path.join(b1, "sitehostd.pgdump")) > 1000, "a pg_dump file")
    epoch_before = epoch_of(hd, token)

    # After the backup: the owner's client adds a site and edits the published one, and syncs.
    a.run("sites", "create", "Later", "--theme", "studio")
    a.set("Shop", hero, "title", "After the backup")
    r = a.sync()
    c.check(r["complete"], f"client synced after the backup: {r}")
    names = {w["name"] for w in hd.api("GET", "/workspaces", token=token).json["workspaces"]}
    c.check("Later" in names, "the server has the new site before the restore")

    # Bad input: refused, with the reason, nothing touched.
    p = hostd_cmd(hd, "backup", b1)
    c.check(p.returncode != 0 and "not empty" in p.stderr and b1 in p.stderr, f"backup into a non-empty folder: {p.stderr}")
    # A backup that fails leaves no folder behind.
    nodb = os.path.join(tmp, "failed")
    if PG:
        cmd = [SITEHOSTD, "--data-dir", hd.data_dir, "--database", PG.rsplit("/", 1)[0] + "/nosuchdb", "backup", nodb]
    else:
        cmd = [SITEHOSTD, "--data-dir", os.path.join(tmp, "empty-data"), "backup", nodb]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    print(f"backup of nothing: {p.stderr.strip()}")
    c.check(p.returncode == 1 and ("nosuchdb" in p.stderr if PG else "no database here" in p.stderr) and not os.path.exists(nodb),
            f"a failed backup: exit {p.returncode}, {p.stderr}, no folder left")
    p = hostd_cmd(hd, "restore", b1)
    c.check(p.returncode != 0 and ("serving" in p.stderr or "connected" in p.stderr), f"restore under a serving sitehostd: {p.stderr}")
    if PG:  # an instance on another machine (another data folder) holds the database's serve lock
        p = subprocess.run([SITEHOSTD, "--data-dir", os.path.join(tmp, "elsewhere"), "--database", PG, "restore", b1],
                           capture_output=True, text=True, timeout=60)
        c.check(p.returncode != 0 and "instance is connected to this database" in p.stderr, f"restore under an instance elsewhere: {p.stderr}")
    hd.stop()
    good = state(hd)

    def variant(name, change):
        d = os.path.join(tmp, name)
        shutil.copytree(b1, d)
        change(d)
        return d

    def edit_manifest(**kw):
        def change(d):
            m = json.load(open(os.path.join(d, "manifest.json")))
            m.update(kw)
            json.dump(m, open(os.path.join(d, "manifest.json"), "w"))
        return change

    def flip(rel, fix_manifest=False):
        def change(d):
            path = os.path.join(d, rel)
            data = bytearray(open(path, "rb").read())
            for i in range(len(data) // 2, min(len(data), len(data) // 2 + 4096)):
                data[i] ^= 0x5A
            open(path, "wb").write(bytes(data))
            if fix_manifest:  # a backup whose checksums match but whose database is damaged
                m = json.load(open(os.path.join(d, "manifest.json")))
                for f in m["files"]:
                    if f["path"] == rel:
                        f["sha256"] = hashlib.sha256(data).hexdigest()
                json.dump(m, open(os.path.join(d, "manifest.json"), "w"))
        return change

    asset_rel = next(p for p in listed if p.startswith("assets/"))
    dbfile = manifest["database"]
    cases = [
        ("missing folder", os.path.join(tmp, "nope"), ["no such folder"]),
        ("no manifest", variant("nomanifest", lambda d: os.remove(os.path.join(d, "manifest.json"))), ["no manifest.json"]),
        ("corrupt manifest", variant("badjson", lambda d: open(os.path.join(d, "manifest.json"), "w").write('{"format": "sitehostd-bac')),
         ["corrupt manifest"]),
        ("damaged asset", variant("badasset", flip(asset_rel)), ["checksum mismatch", asset_rel.split("/")[-1]]),
        ("damaged database", variant("baddb", flip(dbfile)), ["checksum mismatch", dbfile]),
        ("missing file", variant("missingfile", lambda d: os.remove(os.path.join(d, asset_rel))), ["missing", asset_rel.split("/")[-1]]),
        ("newer schema", variant("newer", edit_manifest(schema_version=999)), ["schema 999", "newer"]),
        ("wrong dialect", variant("dialect", edit_manifest(dialect="sqlite" if PG else "postgresql")), ["configured for"]),
        ("unreadable database", variant("garbage", flip(dbfile, fix_manifest=True)), ["pg_restore" if PG else "database"]),
    ]
    for what, d, words in cases:
        p = hostd_cmd(hd, "restore", d)
        print(f"{what}: {p.stderr.strip()}")
        c.check(p.returncode != 0 and all(w in p.stderr for w in words), f"{what}: exit {p.returncode}, {p.stderr.strip()!r} names {words}")
        c.check(state(hd) == good, f"{what}: the data is untouched")
    if PG:  # psql fails half-way through the script (a sequence the dump creates is in the way): rolled back
        psql("ALTER SEQUENCE changes_seq_seq OWNED BY NONE")
        good = state(hd)
        p = hostd_cmd(hd, "restore", b1)
        print(f"psql fails: {p.stderr.strip()}")
        c.check(p.returncode != 0 and "psql failed" in p.stderr and "already exists" in p.stderr and "rolled back" in p.stderr,
                f"a failing psql is reported: {p.stderr}")
        c.check(state(hd) == good, "a failing psql leaves the database untouched")
        psql("ALTER SEQUENCE changes_seq_seq OWNED BY changes.seq")
    p = hostd_cmd(hd, "restore")
    c.check(p.returncode == 2 and "DIR" in p.stderr, f"restore without a folder: {p.stderr}")

    # While a restore holds the data folder's lock, sitehostd does not start on it.
    with open(os.path.join(hd.data_dir, "sitehostd.lock"), "a") as lockf:
        fcntl.flock(lockf, fcntl.LOCK_EX)
        p = subprocess.run(hd.args, capture_output=True, text=True, timeout=60)
        c.check(p.returncode == 1 and "a restore is replacing" in p.stderr, f"no start during a restore: {p.returncode} {p.stderr}")
        fcntl.flock(lockf, fcntl.LOCK_UN)

    # The restore.
    with open(os.path.join(hd.data_dir, "themes", "extra", "added-later.txt"), "w") as f:
        f.write("after the backup\n")
    lost = os.path.join(hd.data_dir, "assets", logo[:2], logo)
    os.remove(lost)  # a blob lost on the server comes back from the backup
    p = hostd_cmd(hd, "restore", b1)
    c.check(p.returncode == 0 and "Restored" in p.stdout and "epoch" in p.stdout, f"restore: {p.returncode} {p.stdout} {p.stderr}")
    print(p.stdout, end="")
    if not PG:
        c.check(integrity(os.path.join(hd.data_dir, "sitehostd.sqlite")) == "ok", "the restored database passes PRAGMA integrity_check")
        c.check(not os.path.exists(os.path.join(hd.data_dir, "sitehostd.sqlite-wal")), "no stale -wal next to it")
    c.check(os.path.exists(os.path.join(hd.data_dir, "themes", "extra", "notes.txt"))
            and not os.path.exists(os.path.join(hd.data_dir, "themes", "extra", "added-later.txt")), "themes are the backup's")
    c.check(os.path.exists(lost), "a lost asset is restored")
    hd.start()
    page = hd.request("GET", "/", host=host)
    c.check(page.status == 200 and b"Before the backup" in page.body, f"a fresh sitehostd serves the published page: {page.status}")
    c.check(hd.request("GET", "/" + ref, host=host).status == 200, "and its asset")
    r = hd.api("GET", f"/assets/{logo}", token=token)
    c.check(r.status == 200, f"the asset downloads through the API: {r!r}")
    names = {w["name"] for w in hd.api("GET", "/workspaces", token=token).json["workspaces"]}
    c.check("Later" not in names and "Shop" in names, f"changes after the backup are gone: {names}")
    busy = hd.api("GET", f"/customizations/{cust['id']}", token=wtoken).json
    c.check(busy["revision"] <= before_backup + during + 1 + 1, f"the writer's later saves are gone (revision {busy['revision']})")
    epoch_after = epoch_of(hd, token)
    c.check(epoch_after != epoch_before, "a new epoch")

    # The client that synced after the backup: one sync puts its data back.
    r = a.sync()
    c.check(r["complete"], f"resync: {r}")
    names = {w["name"] for w in hd.api("GET", "/workspaces", token=token).json["workspaces"]}
    c.check("Later" in names, f"the site created after the backup is back on the server: {names}")
    c.check(a.page("Shop")["content"][1]["props"]["title"] == "After the backup", "the client kept its edit")
    c.check("Published" in a.run("publish", "--site", "Shop").stdout, "publish after the restore")
    page = hd.request("GET", "/", host=host)
    c.check(page.status == 200 and b"After the backup" in page.body, "the edit made after the backup is live again")
    c.check(hd.request("GET", "/" + ref, host=host).status == 200, "with its asset")

    # Restored again while the client has an edit queued (made offline): its push finds the
    # server older than its last sync and sends the whole working copy, nothing is dropped.
    hd.stop()
    a.set("Shop", hero, "subtitle", "Queued while the server was down")
    p = hostd_cmd(hd, "restore", b1)
    c.check(p.returncode == 0, f"second restore: {p.stderr}")
    hd.start()
    r = a.sync()
    c.check(r["complete"], f"resync with a queued edit: {r}")
    cust_shop = hd.api("GET", f"/workspaces/{shop['id']}/customizations", token=token).json["customizations"][0]
    props = hd.api("GET", f"/customizations/{cust_shop['id']}", token=token).json["document"]["pages"][0]["data"]["content"][1]["props"]
    c.check(props["title"] == "After the backup" and props.get("subtitle") == "Queued while the server was down",
            f"the server has the synced and the queued edit: {props.get('title')!r} / {props.get('subtitle')!r}")
    local = a.page("Shop")["content"][1]["props"]
    c.check(local["title"] == "After the backup" and local.get("subtitle") == "Queued while the server was down", "and so does the client")
    names = {w["name"] for w in hd.api("GET", "/workspaces", token=token).json["workspaces"]}
    c.check("Later" in names, f"the later site is back again: {names}")
    hd.stop()
    if not PG:
        c.check(any(n.startswith("sitehostd.sqlite.replaced-") for n in os.listdir(hd.data_dir)), "the replaced database is kept")

        # A backup from an older schema (3: before automation_events) is migrated on restore.
        def older(d):
            snap = os.path.join(d, "sitehostd.sqlite")
            db = sqlite3.connect(snap)
            db.execute("DROP TABLE automation_events")
            db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
            db.commit()
            db.close()
            m = json.load(open(os.path.join(d, "manifest.json")))
            m["schema_version"] = 3
            for f in m["files"]:
                if f["path"] == "sitehostd.sqlite":
                    data = open(snap, "rb").read()
                    f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)
            json.dump(m, open(os.path.join(d, "manifest.json"), "w"))
        p = hostd_cmd(hd, "restore", variant("older", older))
        c.check(p.returncode == 0 and "schema 3 migrated to" in p.stdout, f"an older backup restores: {p.stdout} {p.stderr}")
        db = sqlite3.connect(os.path.join(hd.data_dir, "sitehostd.sqlite"))
        version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        has_events = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'automation_events'").fetchone()[0]
        db.close()
        c.check(int(version) > 3 and has_events == 1, f"and is migrated (schema {version})")
        hd.start()
        c.check(b"Before the backup" in hd.request("GET", "/", host=host).body, "the migrated restore is served")
        hd.stop()
finally:
    hd.stop()
    shutil.rmtree(tmp, ignore_errors=True)
print(f"backup_test: {time.monotonic() - started:.1f} s")
c.finish()
