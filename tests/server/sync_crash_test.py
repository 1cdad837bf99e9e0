"""The client is killed (SIGKILL) at each crash point of a sync in turn; a restart converges with
no edit lost or applied twice."""
import json
import os
import signal
import subprocess
import tempfile

from hostd import Hostd, Checks

CLI = os.environ["SS_CLI"]
c = Checks()


def run(d, *args, crash=None, stdin=None):
    env = dict(os.environ, SITESTUDIO_NO_KEYCHAIN="1")
    if crash:
        env["SITESTUDIO_TEST_CRASH_AT"] = crash
    return subprocess.run([CLI, "--data-dir", d, *args], capture_output=True, text=True, input=stdin, env=env, timeout=120)


hd = Hostd()
try:
    url = f"http://127.0.0.1:{hd.port}"
    a, b = tempfile.mkdtemp(), tempfile.mkdtemp()
    for d in (a, b):
        run(d, "login", "--server", url, "--email", "crash@example.com", "--password-stdin", "--register", stdin="correct horse battery staple\n")
    run(a, "sites", "create", "Crashy", "--theme", "studio")
    r = run(a, "sync")
    c.check(r.returncode == 0, f"initial sync {r.stderr}")
    token = hd.api("POST", "/auth/login", {"email": "crash@example.com", "password": "correct horse battery staple"}).json["token"]
    ws = hd.api("GET", "/workspaces", token=token).json["workspaces"][0]
    cid = hd.api("GET", f"/workspaces/{ws['id']}/customizations", token=token).json["customizations"][0]["id"]
    page = json.loads(run(a, "export-puck", "--site", "Crashy", "--page", "/").stdout)
    hero = page["content"][1]["props"]["id"]

    for point in ("after-batch-key", "after-reply"):
        rev_before = hd.api("GET", f"/customizations/{cid}", token=token).json["revision"]
        for i in range(3):
            run(a, "block", "set", "--site", "Crashy", "--page", "/", "--id", hero, "--prop", f"crash_{point}_{i}", "--value", json.dumps(i))
        r = run(a, "sync", crash=point)
        c.check(r.returncode == -signal.SIGKILL, f"{point}: killed ({r.returncode})")
        r = run(a, "--json", "sync")
        rep = json.loads(r.stdout)
        c.check(r.returncode == 0 and rep["parked"] == 0, f"{point}: restart converges {rep}")
        after = hd.api("GET", f"/customizations/{cid}", token=token).json
        props = after["document"]["pages"][0]["data"]["content"][1]["props"]
        c.check(all(props.get(f"crash_{point}_{i}") == i for i in range(3)), f"{point}: every edit is there")
        c.check(after["revision"] == rev_before + 1, f"{point}: applied once ({rev_before} -> {after['revision']})")
        c.check(json.loads(run(a, "--json", "status").stdout)["pending"] == 0, f"{point}: nothing left")

    # A pull killed before its transaction: nothing half-applied; the next pull takes it all.
    run(b, "sync")
    run(a, "block", "set", "--site", "Crashy", "--page", "/", "--id", hero, "--prop", "title", "--value", '"pulled after a crash"')
    run(a, "sync")
    r = run(b, "pull", crash="before-pull-commit")
    c.check(r.returncode == -signal.SIGKILL, "pull killed")
    title = json.loads(run(b, "export-puck", "--site", "Crashy", "--page", "/").stdout)["content"][1]["props"]["title"]
    c.check(title != "pulled after a crash", "nothing applied before the commit")
    r = run(b, "pull")
    title = json.loads(run(b, "export-puck", "--site", "Crashy", "--page", "/").stdout)["content"][1]["props"]["title"]
    c.check(r.returncode == 0 and title == "pulled after a crash", "the next pull converges")
    # A sync killed in the middle of its request (the server may or may not have it).
    for i in range(3):
        run(a, "block", "set", "--site", "Crashy", "--page", "/", "--id", hero, "--prop", f"mid_{i}", "--value", json.dumps(i))
    env = dict(os.environ, SITESTUDIO_NO_KEYCHAIN="1")
    p = subprocess.Popen([CLI, "--data-dir", a, "sync"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import time
    time.sleep(0.03)
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = run(a, "--json", "sync")
    props = hd.api("GET", f"/customizations/{cid}", token=token).json["document"]["pages"][0]["data"]["content"][1]["props"]
    c.check(r.returncode == 0 and all(props.get(f"mid_{i}") == i for i in range(3)), f"mid-request kill converges {r.stdout[-200:]}")

    # The server is killed (SIGKILL) while a push is in flight: after a restart the queued batch is
    # applied exactly once (replayed by its key if it had committed).
    rng = __import__("random").Random(3)
    for round_ in range(5):
        rev_before = hd.api("GET", f"/customizations/{cid}", token=token).json["revision"]
        for i in range(3):
            run(a, "block", "set", "--site", "Crashy", "--page", "/", "--id", hero, "--prop", f"server_kill_{round_}_{i}", "--value", json.dumps(i))
        p = subprocess.Popen([CLI, "--data-dir", a, "sync"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, 0.04))
        hd.proc.send_signal(signal.SIGKILL)
        hd.proc.wait()
        p.wait()
        hd.start()
        token = hd.api("POST", "/auth/login", {"email": "crash@example.com", "password": "correct horse battery staple"}).json["token"]
        r = run(a, "--json", "sync")
        after = hd.api("GET", f"/customizations/{cid}", token=token).json
        props = after["document"]["pages"][0]["data"]["content"][1]["props"]
        c.check(r.returncode == 0 and all(props.get(f"server_kill_{round_}_{i}") == i for i in range(3)), f"round {round_}: converged")
        c.check(after["revision"] == rev_before + 1, f"round {round_}: applied once ({rev_before} -> {after['revision']})")
finally:
    hd.stop()
c.finish()
