"""sitehostd automation (issue 6, "Where rules run"): rule validation with the engine (400 with the
field, 422 rule_loop, 403 admin_only), events after commit reaching a signed webhook, the scheduler
ticked through the test hook (schedule rule publishes), dry runs that change nothing, the runs API
(server and desktop runs), the plan's daily execution limit, runs deleted with their rule, and
account-wide rules (POST /rules: site_created for the account's new sites only, no site actions on
a schedule, loops with site rules)."""
import calendar
import hashlib
import hmac
import json
import os
import sqlite3
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hostd import Hostd, Checks

c = Checks()


class Receiver:
    """A local webhook endpoint: records every POST (path, headers, body)."""

    def __init__(self):
        self.requests = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with outer.lock:
                    outer.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    first = sum(1 for r in outer.requests if r[0] == self.path) == 1
                if self.path == "/hang":  # a receiver that never answers in time
                    time.sleep(40)
                # /flaky fails the first time (the retry succeeds)
                self.send_response(500 if self.path == "/flaky" and first else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, pred, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            with self.lock:
                hits = [r for r in self.requests if pred(r)]
            if hits:
                return hits
            time.sleep(0.05)
        return []


def signed(secret, headers, body):
    want = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers.get("x-sitestudio-signature", ""), want)


rx = Receiver()
hd = Hostd("--automation-test-hooks", "--admin-email", "boss@example.com")
try:
    token = hd.account("owner@example.com")
    ws = hd.api("POST", "/workspaces", {"name": "Shop"}, token=token).json
    wid = ws["id"]
    cust = hd.api("POST", f"/workspaces/{wid}/customizations", {"template_id": "studio"}, token=token).json
    cid = cust["id"]
    c.expect(hd.api("POST", f"/customizations/{cid}/publish", token=token), 200, what="first publish")

    def rules(body):
        return hd.api("POST", f"/workspaces/{wid}/rules", body, token=token)

    # ---- validation: the engine's, with the field --------------------------------------------
    base = {"name": "Monday", "trigger": {"type": "schedule"}, "schedule": {"cron": "0 9 * * 1", "timezone": "Europe/Riga"},
            "actions": [{"type": "notify", "message": "hi"}]}
    r = rules(dict(base, schedule={"cron": "0 9 * *", "timezone": "Europe/Riga"}))
    c.expect(r, 400, "invalid_value", "4-field cron")
    c.check(r.error().get("field", "").startswith("schedule"), f"the field is named {r.error()}")
    r = rules({"name": "Bad field", "trigger": {"type": "theme_published"},
               "conditions": {"all": [{"field": "no_such_field", "op": "eq", "value": 1}]}, "actions": [{"type": "notify", "message": "x"}]})
    c.expect(r, 400, "invalid_value", "condition on a field the event lacks")
    c.check(r.error().get("field", "").startswith("conditions"), f"condition path {r.error()}")
    r = rules(dict(base, actions=[{"type": "webhook", "url": "http://example.com/hook"}]))
    c.expect(r, 400, "invalid_value", "unsafe webhook URL")
    c.expect(rules(dict(base, surprise=1)), 400, "unknown_field", "unknown field")

    # ---- loops: refused at save time with the cycle ---------------------------------------------
    r = rules({"name": "Self", "trigger": {"type": "theme_published"}, "actions": [{"type": "publish_theme"}]})
    c.expect(r, 422, "rule_loop", "a rule that re-triggers itself")
    c.check("Self" in r.error().get("message", ""), f"the loop names the rule {r.error()}")
    r = rules({"name": "Saved publishes", "trigger": {"type": "theme_saved"}, "actions": [{"type": "publish_theme"}]})
    c.expect(r, 201, what="first half of a cycle")
    half = r.json["id"]
    r = rules({"name": "Published syncs", "trigger": {"type": "theme_published"}, "actions": [{"type": "sync_workspace"}]})
    c.expect(r, 422, "rule_loop", "a cycle of two rules")
    msg = r.error().get("message", "")
    c.check("Saved publishes" in msg and "Published syncs" in msg, f"the cycle names both rules: {msg}")
    # An edit that closes a cycle is refused too.
    r = hd.api("PUT", f"/rules/{half}", {"name": "Saved publishes", "trigger": {"type": "theme_published"},
                                         "actions": [{"type": "publish_theme"}]}, token=token, headers={"If-Match": '"1"'})
    c.expect(r, 422, "rule_loop", "an edit into a loop")
    c.expect(hd.api("DELETE", f"/rules/{half}", token=token), 204, what="delete the half")

    # ---- set_tier: admin accounts only ---------------------------------------------------------
    tier_rule = {"name": "Upgrade", "trigger": {"type": "asset_uploaded"}, "actions": [{"type": "set_tier", "tier": "pro"}]}
    r = rules(tier_rule)
    c.expect(r, 403, "admin_only", "set_tier by a normal account")
    c.check(r.error().get("field") == "actions[0].type", f"the field {r.error()}")
    boss = hd.account("boss@example.com")
    bws = hd.api("POST", "/workspaces", {"name": "Boss"}, token=boss).json
    c.expect(hd.api("POST", f"/workspaces/{bws['id']}/rules", tier_rule, token=boss), 201, what="set_tier by an admin")
    flaky = {"name": "Flaky hook", "trigger": {"type": "asset_uploaded"},
             "conditions": {"all": [{"field": "size", "op": "gt", "value": 3}]},
             "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/flaky", "retries": 2}]}
    r = hd.api("POST", f"/workspaces/{bws['id']}/rules", flaky, token=boss)
    c.expect(r, 201, what="webhook with retries")
    flaky_id = r.json["id"]
    blob = b"0123456789"
    r = hd.request("PUT", f"/api/v1/assets/{hashlib.sha256(blob).hexdigest()}?workspace={bws['id']}", raw=blob, token=boss,
                   headers={"Content-Type": "text/plain"})
    c.expect(r, 201, what="upload an asset")
    hits = rx.wait(lambda req: req[0] == "/flaky" and len([x for x in rx.requests if x[0] == "/flaky"]) >= 2)
    c.check(len(hits) == 2 and "x-sitestudio-signature" not in hits[0][1], f"a 500 is retried; unsigned without a secret ({len(hits)})")
    if hits:
        p = json.loads(hits[0][2])["payload"]
        c.check(p["sha256"] == hashlib.sha256(blob).hexdigest() and p["size"] == 10 and p["mime"] == "text/plain", f"asset payload {p}")
    for _ in range(100):
        runs = hd.api("GET", f"/rules/{flaky_id}/runs", token=boss).json["runs"]
        if runs and runs[0]["status"] != "running":
            break
        time.sleep(0.05)
    c.check(runs and runs[0]["status"] == "succeeded" and runs[0]["trace"]["actions"][0]["output"].get("attempts") == 2,
            f"the run says 2 attempts {runs}")
    for _ in range(100):
        if hd.api("GET", "/account", token=boss).json["tier"] == "pro":
            break
        time.sleep(0.05)
    acct = hd.api("GET", "/account", token=boss).json
    c.check(acct["tier"] == "pro", f"the admin's set_tier rule moved the account to pro {acct['tier']}")
    c.check(acct["usage"]["executions_today"] >= 2, f"executions today {acct['usage']}")

    # ---- an event after commit -> signed webhook ----------------------------------------------
    secret = "s3cret-key"
    hook = {"name": "Tell the shop", "trigger": {"type": "theme_published"},
            "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/published", "secret": secret,
                         "timeout_ms": 5000, "retries": 1}]}
    r = rules(hook)
    c.expect(r, 201, what="webhook rule")
    hook_id = r.json["id"]
    c.expect(hd.api("POST", f"/customizations/{cid}/publish", token=token), 200, what="publish again")
    hits = rx.wait(lambda req: req[0] == "/published")
    c.check(len(hits) == 1, f"one webhook POST for the publish ({len(hits)})")
    if hits:
        _, headers, body = hits[0]
        c.check(signed(secret, headers, body), f"HMAC-SHA256 signature verifies {headers.get('x-sitestudio-signature')}")
        c.check(not signed("wrong", headers, body), "and not with another key")
        doc = json.loads(body)
        c.check(doc["rule"]["id"] == hook_id and doc["event"]["type"] == "theme_published", f"rule and event {doc}")
        c.check(doc["payload"]["workspace_id"] == wid and doc["payload"]["customization_id"] == cid
                and doc["payload"]["revision"] == 1, f"the payload {doc['payload']}")
        c.check(isinstance(doc.get("run_id"), str) and doc["run_id"], f"the run id {doc.get('run_id')}")
    # The run is recorded (after the webhook answered).
    runs = []
    for _ in range(100):
        runs = hd.api("GET", f"/rules/{hook_id}/runs", token=token).json["runs"]
        if runs and runs[0]["status"] != "running":
            break
        time.sleep(0.05)
    c.check(len(runs) == 1 and runs[0]["status"] == "succeeded" and runs[0]["origin"] == "server", f"the run {runs}")
    if runs:
        run = runs[0]
        c.check(hits and json.loads(hits[0][2])["run_id"] == run["id"], "the webhook named this run")
        c.check(run["slot"].startswith("event:") and run["executed_at"], f"event slot and time {run}")
        acts = run["trace"].get("actions", [])
        c.check(len(acts) == 1 and acts[0]["type"] == "webhook" and acts[0]["ok"], f"the trace {run['trace']}")

    # A 412 on a customization: sync_conflict, although the request fails.
    conflict = {"name": "Conflicts", "trigger": {"type": "sync_conflict"},
                "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/conflict", "secret": secret}]}
    r = rules(conflict)
    c.expect(r, 201, what="conflict rule")
    conflict_id = r.json["id"]
    full = hd.api("GET", f"/customizations/{cid}", token=token).json
    c.expect(hd.api("PUT", f"/customizations/{cid}", {"document": full["document"]}, token=token, headers={"If-Match": '"0"'}),
             412, "revision_mismatch", "stale save")
    hits = rx.wait(lambda req: req[0] == "/conflict")
    c.check(len(hits) == 1 and json.loads(hits[0][2])["payload"]["entity_id"] == cid, f"sync_conflict delivered {hits}")
    c.expect(hd.api("DELETE", f"/rules/{conflict_id}", token=token), 204, what="delete conflict rule")

    # ---- dry run: the trace, nothing changes --------------------------------------------------
    doc = full["document"]
    doc["name"] = "Shop v2"
    r = hd.api("PUT", f"/customizations/{cid}", {"document": doc}, token=token, headers={"If-Match": '"1"'})
    c.expect(r, 200, what="draft revision 2")
    sched = {"name": "Every minute", "trigger": {"type": "schedule"}, "schedule": {"cron": "* * * * *", "timezone": "UTC"},
             "actions": [{"type": "publish_theme"}]}
    r = rules(sched)
    c.expect(r, 201, what="schedule rule")
    sched_id = r.json["id"]
    r = hd.api("POST", f"/rules/{sched_id}/test", {}, token=token)
    c.check(r.status == 200 and r.json["status"] == "dry_run", f"dry run {r!r}")
    if r.status == 200:
        acts = r.json.get("actions", [])
        c.check(len(acts) == 1 and acts[0]["type"] == "publish_theme" and "would publish" in acts[0]["message"], f"it describes {acts}")
    after = hd.api("GET", f"/customizations/{cid}", token=token).json
    c.check(after["published_revision"] == 1, f"the dry run published nothing {after['published_revision']}")
    c.check(hd.api("GET", f"/rules/{sched_id}/runs", token=token).json["runs"] == [], "and recorded no run")
    r = hd.api("POST", f"/rules/{hook_id}/test", {"event": {"revision": 42}}, token=token)
    c.check(r.status == 200 and r.json["status"] == "dry_run" and "would POST" in r.json["actions"][0]["message"], f"webhook dry run {r!r}")
    time.sleep(0.3)
    c.check(not rx.wait(lambda req: b'"revision":42' in req[2], timeout=0.5), "the dry run sent nothing")

    # ---- the scheduler: a tick through the test hook ------------------------------------------
    r = hd.api("POST", "/automation/tick", {}, token=token)  # the rule is seen: its slots start now
    c.expect(r, 200, what="tick")
    early = [x for x in r.json["runs"] if x["rule_id"] == sched_id]  # only if a minute just began
    r = hd.api("POST", "/automation/tick", {"advance_secs": 120}, token=token)
    mine = [x for x in r.json["runs"] if x["rule_id"] == sched_id]
    c.check(len(mine) == 1 and mine[0]["status"] == "succeeded", f"the schedule rule ran once (run_once) {r.json}")
    after = hd.api("GET", f"/customizations/{cid}", token=token).json
    c.check(after["published_revision"] == 2, f"and published revision 2 {after['published_revision']}")
    # Its publish is an event: the webhook rule ran for it (depth 1).
    hits = rx.wait(lambda req: req[0] == "/published" and json.loads(req[2])["payload"]["revision"] == 2)
    c.check(len(hits) == 1 + len(early) and json.loads(hits[0][2])["event"]["depth"] == 1,
            "the scheduled publish triggered the webhook rule")
    r = hd.api("POST", "/automation/tick", {}, token=token)
    c.check([x for x in r.json["runs"] if x["rule_id"] == sched_id] == [], "a slot never runs twice")
    runs = hd.api("GET", f"/rules/{sched_id}/runs?limit=5", token=token).json["runs"]
    c.check(len(runs) == 1 + len(early) and runs[0]["slot"].endswith("Z") and runs[0]["origin"] == "server", f"runs listed {runs}")

    # ---- desktop runs: recorded idempotently by (rule, slot) ----------------------------------
    drun = {"slot": "2026-11-23T09:00:00Z", "scheduled_at": "2026-11-23T09:00:00Z", "status": "succeeded",
            "executed_at": "2026-11-23T09:00:02Z", "trace": {"actions": [{"type": "export_static", "ok": True}]}}
    r = hd.api("POST", f"/rules/{sched_id}/runs", drun, token=token)
    c.check(r.status == 201 and r.json["origin"] == "desktop" and r.json["slot"] == "desktop:2026-11-23T09:00:00Z", f"desktop run {r!r}")
    first_id = r.json["id"] if r.json else None
    r = hd.api("POST", f"/rules/{sched_id}/runs", drun, token=token)
    c.check(r.status == 200 and r.json["id"] == first_id, f"the same slot again: the same run {r!r}")
    c.expect(hd.api("POST", f"/rules/{sched_id}/runs", dict(drun, status="exploded"), token=token), 400, "invalid_value", "bad status")
    r = hd.api("POST", f"/rules/{sched_id}/runs", dict(drun, slot="desktop:later", status="running", executed_at=0), token=token)
    c.check(r.status == 201 and r.json["executed_at"] is None, f"a running desktop run {r!r}")
    r = hd.api("POST", f"/rules/{sched_id}/runs", dict(drun, slot="desktop:later", status="failed", reason="disk full"), token=token)
    c.check(r.status == 200 and r.json["status"] == "failed" and r.json["reason"] == "disk full", f"gets its outcome {r!r}")
    r = hd.api("POST", f"/rules/{sched_id}/runs", dict(drun, slot="desktop:later", status="succeeded"), token=token)
    c.check(r.status == 200 and r.json["status"] == "failed", f"a finished run never changes {r!r}")
    runs = hd.api("GET", f"/rules/{sched_id}/runs", token=token).json["runs"]
    c.check(len(runs) == 3 + len(early) and runs[0]["origin"] == "desktop" and runs[-1]["origin"] == "server",
            f"newest first, both origins {[(x['slot'], x['origin']) for x in runs]}")
    other = hd.account("intruder@example.com")
    c.expect(hd.api("GET", f"/rules/{sched_id}/runs", token=other), 404, "not_found", "another account's runs")
    c.expect(hd.api("POST", f"/rules/{sched_id}/test", {}, token=other), 404, "not_found", "another account's dry run")
    c.expect(hd.api("DELETE", f"/rules/{sched_id}", token=token), 204, what="delete the schedule rule")

    # ---- the plan's daily executions (basic: 50 per UTC day) -----------------------------------
    many = {"name": "Chatty", "trigger": {"type": "schedule"}, "schedule": {"cron": "* * * * *", "timezone": "UTC"},
            "missed_runs": "run_all", "actions": [{"type": "notify", "message": "tick"}]}
    r = rules(many)
    c.expect(r, 201, what="every-minute notify rule")
    many_id = r.json["id"]
    hd.api("POST", "/automation/tick", {}, token=token)
    r = hd.api("POST", "/automation/tick", {"advance_secs": 7200}, token=token)
    mine = [x for x in r.json["runs"] if x["rule_id"] == many_id]
    ran = [x for x in mine if x["status"] == "succeeded"]
    limited = [x for x in mine if x["status"] == "skipped" and "plan limit" in x["reason"]]
    c.check(len(ran) >= 40 and limited, f"runs up to the plan limit, then skipped with the reason ({len(ran)} ran, {len(limited)} limited)")
    if limited:
        c.check("50" in limited[0]["reason"] and "basic" in limited[0]["reason"], f"the reason {limited[0]['reason']}")

    # ---- more server events: theme_saved, tier_changed, deployment_succeeded --------------------
    ev = hd.account("events@example.com")
    ews = hd.api("POST", "/workspaces", {"name": "Events"}, token=ev).json["id"]
    ecust = hd.api("POST", f"/workspaces/{ews}/customizations", {"template_id": "studio"}, token=ev).json
    for name, trigger, cond in [("saved", "theme_saved", None), ("tier", "tier_changed", None),
                                ("migrated", "deployment_succeeded", {"field": "kind", "op": "eq", "value": "tier_migration"})]:
        body = {"name": name, "trigger": {"type": trigger},
                "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/{name}", "secret": secret}]}
        if cond:
            body["conditions"] = {"all": [cond]}
        c.expect(hd.api("POST", f"/workspaces/{ews}/rules", body, token=ev), 201, what=f"{trigger} rule")
    edoc = ecust["document"]
    edoc["name"] = "Events v2"
    c.expect(hd.api("PUT", f"/customizations/{ecust['id']}", {"document": edoc}, token=ev, headers={"If-Match": '"1"'}), 200, what="save")
    hits = rx.wait(lambda req: req[0] == "/saved")
    p = json.loads(hits[0][2])["payload"] if hits else {}
    c.check(p.get("revision") == 2 and p.get("customization_id") == ecust["id"] and p.get("theme") == "studio"
            and p.get("pages") == len(edoc["pages"])
            and p.get("workspace_id") == ews and p.get("account_tier") == "basic" and p.get("occurred_at", "").endswith("Z"),
            f"theme_saved payload {p}")
    c.expect(hd.api("PUT", "/account/plan", {"tier": "pro"}, token=ev), 200, what="upgrade")
    hits = rx.wait(lambda req: req[0] == "/tier")
    p = json.loads(hits[0][2])["payload"] if hits else {}
    c.check(p.get("from_tier") == "basic" and p.get("to_tier") == "pro" and p.get("workspace_id") == ews, f"tier_changed payload {p}")
    hits = rx.wait(lambda req: req[0] == "/migrated")
    p = json.loads(hits[0][2])["payload"] if hits else {}
    c.check(len(hits) == 1 and p.get("kind") == "tier_migration" and p.get("status") == "succeeded", f"deployment_succeeded payload {p}")

    # ---- account-wide rules (POST /rules): site_created, tenancy, validation, loops ------------
    wide = hd.account("wide@example.com")
    first_site = hd.api("POST", "/workspaces", {"name": "Wide first"}, token=wide).json["id"]
    wsecret = "wide-secret"
    new_site = {"name": "New sites", "trigger": {"type": "site_created"},
                "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/site-created", "secret": wsecret}]}
    wide_rule_id = "7d444840-9dc0-11d1-b245-5ffdce74fad2"  # the desktop's outbox sends its own id
    r = hd.api("POST", "/rules", dict(new_site, id=wide_rule_id), token=wide)
    c.expect(r, 201, what="an account-wide site_created rule")
    c.check(r.json and r.json["id"] == wide_rule_id and r.json["workspace_id"] is None and "account_id" not in r.json,
            f"account-wide: workspace_id null {r.json}")
    c.expect(hd.api("POST", "/rules", dict(new_site, id=wide_rule_id), token=wide), 409, "id_taken", "the same id again")
    got = hd.api("GET", f"/rules/{wide_rule_id}", token=wide)
    c.check(got.status == 200 and got.json["workspace_id"] is None and got.json["trigger"]["type"] == "site_created", f"GET it {got!r}")
    c.expect(hd.api("GET", f"/rules/{wide_rule_id}", token=token), 404, "not_found", "another account's account-wide rule")
    # A site rule of the account, listed with ?all=1 only.
    c.expect(hd.api("POST", f"/workspaces/{first_site}/rules", {"name": "Site note", "trigger": {"type": "theme_saved"},
             "actions": [{"type": "notify", "message": "saved"}]}, token=wide), 201, what="a site rule of the same account")
    listed = hd.api("GET", "/rules", token=wide).json["rules"]
    c.check([x["id"] for x in listed] == [wide_rule_id], f"GET /rules lists the account-wide rules {listed}")
    listed = hd.api("GET", "/rules?all=1", token=wide).json["rules"]
    c.check(len(listed) == 2 and {x["workspace_id"] for x in listed} == {None, first_site}, f"?all=1: every rule {listed}")
    c.check(hd.api("GET", "/rules", token=other).json["rules"] == [], "another account sees none of them")
    # An event-triggered account-wide rule acts on the event's site: a backup of each new site.
    r = hd.api("POST", "/rules", {"name": "Back up new sites", "trigger": {"type": "site_created"},
                                  "actions": [{"type": "backup"}]}, token=wide)
    c.expect(r, 201, what="an account-wide site_created rule with a site action")
    backup_rule = r.json["id"]
    # The account creates a site: the rule fires with the new site's payload (signed).
    created = hd.api("POST", "/workspaces", {"name": "Wide second"}, token=wide).json
    hits = rx.wait(lambda req: req[0] == "/site-created")
    c.check(len(hits) == 1, f"site_created reached the account-wide rule ({len(hits)})")
    if hits:
        _, headers, body = hits[0]
        c.check(signed(wsecret, headers, body), "the webhook is signed")
        doc = json.loads(body)
        p = doc["payload"]
        c.check(p.get("workspace_id") == created["id"] and p.get("name") == "Wide second" and p.get("slug") == created["slug"],
                f"the new site's payload {p}")
        c.check(doc["rule"]["id"] == wide_rule_id and doc["rule"]["workspace_id"] is None
                and doc["event"]["workspace_id"] == created["id"], f"rule and event {doc['rule']} {doc['event']}")
    # Tenancy: another account creating a site does not fire it.
    stranger = hd.account("stranger@example.com")
    hd.api("POST", "/workspaces", {"name": "Not yours"}, token=stranger)
    time.sleep(0.5)
    hits = rx.wait(lambda req: req[0] == "/site-created", timeout=1)
    c.check(len(hits) == 1, f"another account's new site does not fire it ({len(hits)})")
    runs = []
    for _ in range(100):
        runs = hd.api("GET", f"/rules/{wide_rule_id}/runs", token=wide).json["runs"]
        if runs and runs[0]["status"] != "running":
            break
        time.sleep(0.05)
    c.check(len(runs) == 1 and runs[0]["status"] == "succeeded" and runs[0]["origin"] == "server", f"its run is listed {runs}")
    for _ in range(100):
        runs = hd.api("GET", f"/rules/{backup_rule}/runs", token=wide).json["runs"]
        if runs and runs[0]["status"] != "running":
            break
        time.sleep(0.05)
    c.check(len(runs) == 1 and runs[0]["status"] == "succeeded", f"the backup rule ran once (not for the stranger's site) {runs}")
    new_backups = os.path.join(hd.data_dir, "backups", created["id"])
    files = os.listdir(new_backups) if os.path.isdir(new_backups) else []
    c.check(len(files) == 1 and json.load(open(os.path.join(new_backups, files[0])))["workspace"]["id"] == created["id"],
            f"the new site was backed up {files}")
    c.expect(hd.api("DELETE", f"/rules/{backup_rule}", token=wide), 204, what="delete the backup rule")
    # A dry run acts on the site the event names (one of the caller's).
    r = hd.api("POST", f"/rules/{wide_rule_id}/test", {"event": {"workspace_id": created["id"]}}, token=wide)
    c.check(r.status == 200 and r.json["status"] == "dry_run" and "would POST" in r.json["actions"][0]["message"], f"dry run {r!r}")
    c.expect(hd.api("POST", f"/rules/{wide_rule_id}/test", {"event": {"workspace_id": first_site}}, token=stranger), 404, "not_found",
             "another account's dry run")
    # Validation: an account-wide schedule rule has no site to act on.
    r = hd.api("POST", "/rules", {"name": "Publish all", "trigger": {"type": "schedule"},
                                  "schedule": {"cron": "0 9 * * *", "timezone": "UTC"},
                                  "actions": [{"type": "notify", "message": "x"}, {"type": "publish_theme"}]}, token=wide)
    c.expect(r, 400, "invalid_value", "an account-wide schedule rule with publish_theme")
    c.check(r.error().get("field") == "actions[1].type" and "account-wide schedule rule has no site" in r.error().get("message", ""),
            f"the action's path {r.error()}")
    r = hd.api("POST", "/rules", {"name": "Hourly hook", "trigger": {"type": "schedule"},
                                  "schedule": {"cron": "0 * * * *", "timezone": "UTC"},
                                  "actions": [{"type": "notify", "message": "hourly"}]}, token=wide)
    c.expect(r, 201, what="an account-wide schedule rule without site actions")
    hourly = r.json["id"]
    # Loops: an account-wide rule closing a cycle with a site rule is refused.
    c.expect(hd.api("POST", f"/workspaces/{first_site}/rules", {"name": "Site publishes on save", "trigger": {"type": "theme_saved"},
             "actions": [{"type": "publish_theme"}]}, token=wide), 201, what="a site rule: saved -> publish")
    r = hd.api("POST", "/rules", {"name": "Wide syncs on publish", "trigger": {"type": "theme_published"},
                                  "actions": [{"type": "sync_workspace"}]}, token=wide)
    c.expect(r, 422, "rule_loop", "an account-wide rule closing a loop with a site rule")
    c.check("Site publishes on save" in r.error().get("message", ""), f"the cycle names the site rule {r.error()}")
    # PUT and DELETE work on account-wide rules.
    r = hd.api("PUT", f"/rules/{hourly}", {"name": "Hourly note", "trigger": {"type": "schedule"},
                                           "schedule": {"cron": "0 * * * *", "timezone": "UTC"},
                                           "actions": [{"type": "notify", "message": "hourly"}]}, token=wide)
    c.check(r.status == 200 and r.json["name"] == "Hourly note" and r.json["workspace_id"] is None and r.json["revision"] == 2, f"PUT {r!r}")
    r = hd.api("PUT", f"/rules/{hourly}", {"name": "Hourly backup", "trigger": {"type": "schedule"},
                                           "schedule": {"cron": "0 * * * *", "timezone": "UTC"},
                                           "actions": [{"type": "backup"}]}, token=wide)
    c.expect(r, 400, "invalid_value", "an edit adding a site action to an account-wide schedule rule")
    # The scheduler runs it without a site (the plan gate goes by the rule's account).
    hd.api("POST", "/automation/tick", {}, token=wide)
    r = hd.api("POST", "/automation/tick", {"advance_secs": 3600}, token=wide)
    mine = [x for x in r.json["runs"] if x["rule_id"] == hourly]
    c.check(mine and all(x["status"] == "succeeded" for x in mine), f"the account-wide schedule rule ran {mine}")
    c.check(len(hd.api("GET", f"/rules/{hourly}/runs", token=wide).json["runs"]) == len(mine), "its runs are listed")
    c.expect(hd.api("DELETE", f"/rules/{hourly}", token=wide), 204, what="delete an account-wide rule")
    c.expect(hd.api("GET", f"/rules/{hourly}", token=wide), 404, "not_found", "gone")

    # ---- backup and rollback on a schedule (the admin's account, now on pro) ------------------
    bid = bws["id"]
    bcust = hd.api("POST", f"/workspaces/{bid}/customizations", {"template_id": "studio"}, token=boss).json
    c.expect(hd.api("POST", f"/customizations/{bcust['id']}/publish", token=boss), 200, what="boss publishes 1")
    bdoc = bcust["document"]
    bdoc["name"] = "Boss v2"
    c.expect(hd.api("PUT", f"/customizations/{bcust['id']}", {"document": bdoc}, token=boss, headers={"If-Match": '"1"'}), 200, what="rev 2")
    c.expect(hd.api("POST", f"/customizations/{bcust['id']}/publish", token=boss), 200, what="boss publishes 2")
    nightly = {"name": "Nightly", "trigger": {"type": "schedule"}, "schedule": {"cron": "* * * * *", "timezone": "Europe/Riga"},
               "actions": [{"type": "backup", "keep": 2}, {"type": "rollback"}, {"type": "notify", "message": "nightly done"}]}
    r = hd.api("POST", f"/workspaces/{bid}/rules", nightly, token=boss)
    c.expect(r, 201, what="backup + rollback rule")
    nightly_id = r.json["id"]
    # The scheduler's clock is ahead by now (the test hook), so the rule, saved "in the past" within
    # the on-time grace, may already run on the first tick: count the runs.
    mine = []
    for advance in (0, 60):
        r = hd.api("POST", "/automation/tick", {"advance_secs": advance}, token=boss)
        mine += [x for x in r.json["runs"] if x["rule_id"] == nightly_id]
    n = len(mine)
    c.check(n >= 1 and all(x["status"] == "succeeded" for x in mine), f"the nightly rule ran {mine}")
    live = hd.api("GET", f"/customizations/{bcust['id']}", token=boss).json["published_revision"]
    c.check(live == (1 if n % 2 else 2), f"each rollback put the previous revision live ({n} runs, live {live})")
    backups = os.path.join(hd.data_dir, "backups", bid)
    files = sorted(os.listdir(backups)) if os.path.isdir(backups) else []
    c.check(len(files) == min(n, 2), f"a backup bundle per run {files}")
    if files:
        bundle = json.load(open(os.path.join(backups, files[0])))
        c.check(bundle["format"] == "sitestudio-site-bundle" and bundle["workspace"]["id"] == bid
                and bundle["customizations"][0]["document"]["name"] == "Boss v2", "the bundle holds the site")
    for _ in range(2):
        hd.api("POST", "/automation/tick", {"advance_secs": 60}, token=boss)
    files = sorted(os.listdir(backups)) if os.path.isdir(backups) else []
    c.check(len(files) == 2, f"keep: 2 bundles after {n + 2} runs {files}")
    live = hd.api("GET", f"/customizations/{bcust['id']}", token=boss).json["published_revision"]
    c.check(live == (1 if n % 2 else 2), f"rollback twice more: back where it was ({live})")
    r = hd.api("POST", f"/rules/{nightly_id}/test", {}, token=boss)
    c.check(r.status == 200 and [a["ok"] for a in r.json["actions"]] == [True, True, True], f"the dry run of it {r!r}")
    files2 = sorted(os.listdir(backups)) if os.path.isdir(backups) else []
    c.check(files2 == files, "the dry run wrote no backup")
    # The desktop's record-run op sends this shape (integers, executed_at 0 while not run).
    r = hd.api("POST", f"/rules/{nightly_id}/runs", {"id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "slot": "desktop:2026-11-22T07:00:00Z",
                                                     "scheduled_at": calendar.timegm((2026, 11, 22, 7, 0, 0)), "day_key": "2026-11-22", "status": "succeeded",
                                                     "reason": "", "executed_at": calendar.timegm((2026, 11, 22, 7, 0, 1)), "trace": {}}, token=boss)
    c.check(r.status == 201 and r.json["id"] == "1b4e28ba-2fa1-11d2-883f-0016d3cca427" and r.json["executed_at"] == "2026-11-22T07:00:01Z",
            f"the desktop runner's body {r!r}")

    # ---- events raised outside a request: `sitehostd set-tier` in another process ------------
    offline = hd.account("offline@example.com")
    ows = hd.api("POST", "/workspaces", {"name": "Offline tier"}, token=offline).json["id"]
    tier_hook = {"name": "Tier hook", "trigger": {"type": "tier_changed"},
                 "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/offline-tier"}]}
    c.expect(hd.api("POST", f"/workspaces/{ows}/rules", tier_hook, token=offline), 201, what="a tier_changed rule")
    db_url = os.environ.get("SS_TEST_DATABASE")
    where = ["--database", db_url] if db_url else ["--data-dir", hd.data_dir]
    r = subprocess.run([os.environ["SS_SITEHOSTD"], "set-tier", "--email", "offline@example.com", "--tier", "pro", *where],
                       capture_output=True, text=True, timeout=60)
    c.check(r.returncode == 0, f"set-tier: {r.stdout} {r.stderr}")
    hd.api("POST", "/automation/tick", {}, token=offline)  # the running sitehostd drains it
    hits = rx.wait(lambda req: req[0] == "/offline-tier")
    p = json.loads(hits[0][2])["payload"] if hits else {}
    c.check(len(hits) == 1 and p.get("from_tier") == "basic" and p.get("to_tier") == "pro" and p.get("workspace_id") == ows,
            f"set-tier's tier_changed reached the running sitehostd's rules {p}")
    hd.api("POST", "/automation/tick", {}, token=offline)
    time.sleep(0.3)
    c.check(len(rx.wait(lambda req: req[0] == "/offline-tier", timeout=1)) == 1, "a stored event runs once")
    # An account-wide tier_changed rule runs once per change, not once per site of the account.
    hd.api("POST", "/workspaces", {"name": "Offline tier two"}, token=offline)
    wide_hook = {"name": "Wide tier hook", "trigger": {"type": "tier_changed"},
                 "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/wide-tier"}]}
    c.expect(hd.api("POST", "/rules", wide_hook, token=offline), 201, what="an account-wide tier_changed rule")
    # A rule saved after an event happened does not see it, also when the event waited (here in
    # automation_events) until after the rule was saved.
    r = subprocess.run([os.environ["SS_SITEHOSTD"], "set-tier", "--email", "offline@example.com", "--tier", "enterprise", *where],
                       capture_output=True, text=True, timeout=60)
    c.check(r.returncode == 0, f"set-tier enterprise: {r.stdout} {r.stderr}")
    late_hook = dict(tier_hook, name="Late hook",
                     actions=[{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/late-tier"}])
    c.expect(hd.api("POST", f"/workspaces/{ows}/rules", late_hook, token=offline), 201, what="a rule saved after the event")
    hd.api("POST", "/automation/tick", {}, token=offline)
    hits = rx.wait(lambda req: req[0] == "/offline-tier" and b"enterprise" in req[2])
    c.check(len(hits) == 1, f"the rule saved before the event sees it ({len(hits)} calls)")
    time.sleep(0.3)
    c.check(len(rx.wait(lambda req: req[0] == "/late-tier", timeout=1)) == 0,
            "a rule saved after the event does not see it")
    wide = rx.wait(lambda req: req[0] == "/wide-tier")
    time.sleep(0.3)
    wide = rx.wait(lambda req: req[0] == "/wide-tier", timeout=1)
    wp = json.loads(wide[0][2])["payload"] if wide else {}
    c.check(len(wide) == 1 and wp.get("to_tier") == "enterprise" and wp.get("workspace_id") == "",
            f"the account-wide rule ran once for the account's two sites ({len(wide)} calls, {wp})")

    # ---- runs go with their rule --------------------------------------------------------------
    def count(rid):
        sql = f"SELECT COUNT(*) FROM automation_runs WHERE rule_id = '{rid}'"
        url = os.environ.get("SS_TEST_DATABASE")
        if url:  # PostgreSQL (with_postgres.py)
            out = subprocess.run(["psql", "-At", url, "-c", sql], capture_output=True, text=True, check=True).stdout
            return int(out.strip())
        return sqlite3.connect(os.path.join(hd.data_dir, "sitehostd.sqlite")).execute(sql).fetchone()[0]

    c.check(count(hook_id) >= 2, "the webhook rule has runs")
    c.expect(hd.api("DELETE", f"/rules/{hook_id}", token=token), 204, what="delete the webhook rule")
    c.check(count(hook_id) == 0, "its runs are deleted with it")
    c.check(count(sched_id) == 0, "and the schedule rule's")
    c.check(count(many_id) > 0, "the other rule keeps its runs")
    c.expect(hd.api("DELETE", f"/workspaces/{wid}", token=token), 204, what="delete the workspace")
    c.check(count(many_id) == 0, "a deleted workspace takes its rules' runs")

    # ---- shutdown while a webhook waits for its receiver ----------------------------------------
    hang = {"name": "Slow receiver", "trigger": {"type": "theme_saved"},
            "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/hang", "timeout_ms": 30000, "retries": 5}]}
    c.expect(hd.api("POST", f"/workspaces/{ews}/rules", hang, token=ev), 201, what="slow webhook rule")
    edoc["name"] = "Events v3"
    c.expect(hd.api("PUT", f"/customizations/{ecust['id']}", {"document": edoc}, token=ev, headers={"If-Match": '"2"'}), 200, what="save 3")
    c.check(rx.wait(lambda req: req[0] == "/hang"), "the slow webhook is in flight")
    # hd.stop() below: a clean exit 0 within its 15 s (the automation thread gives up the webhook)
finally:
    code = hd.stop()
    c.check(code == 0, f"sitehostd exits cleanly with the automation thread ({code})")

    log = hd.proc.stderr.read()
    c.check("notify: rule" in log and "nightly done" in log, "notify writes a server log line")
    if c.failed:
        print("sitehostd's log:\n" + log[-4000:])

# --no-scheduler: no schedule runs on this instance, event rules still run.
hd2 = Hostd("--no-scheduler")
try:
    t2 = hd2.account("solo@example.com")
    w2 = hd2.api("POST", "/workspaces", {"name": "Solo"}, token=t2).json["id"]
    c2 = hd2.api("POST", f"/workspaces/{w2}/customizations", {"template_id": "studio"}, token=t2).json["id"]
    c.expect(hd2.api("POST", f"/workspaces/{w2}/rules", {"name": "Solo hook", "trigger": {"type": "theme_published"},
             "actions": [{"type": "webhook", "url": f"http://127.0.0.1:{rx.port}/solo"}]}, token=t2), 201, what="rule")
    c.expect(hd2.api("POST", "/automation/tick", {}, token=t2), 404, "not_found", "no test hook without --automation-test-hooks")
    c.expect(hd2.api("POST", f"/customizations/{c2}/publish", token=t2), 200, what="publish")
    c.check(rx.wait(lambda req: req[0] == "/solo"), "event rules run with --no-scheduler")
finally:
    c.check(hd2.stop() == 0, "exits cleanly")
    rx.server.shutdown()
c.finish()
