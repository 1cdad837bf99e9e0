"""sitestudio-cli rules add|list|show|run --dry-run|delete through the real CLI: rules are
validated before anything is written (bad cron, abbreviated zone, unsafe webhook, a condition on
a field the event lacks, a self-triggering rule), listed with their next run, shown, and dry-run
with a sample or a given event without changing anything."""
import json
import os
import tempfile

from clitest import Cli, Checks

checks = Checks()
cli = Cli()
tmp = tempfile.mkdtemp()

cli.run("sites", "create", "Rule Site", "--theme", "studio")


def rule_file(name, body):
    path = os.path.join(tmp, name + ".json")
    with open(path, "w") as f:
        json.dump(body, f)
    return path


def rule_count():
    return len(json.loads(cli.run("--json", "rules", "list").stdout))


good = rule_file("good", {
    "name": "Publish on Monday",
    "trigger": {"type": "schedule"},
    "schedule": {"cron": "0 9 * * mon", "timezone": "Europe/Riga"},
    "actions": [{"type": "publish_theme"},
                {"type": "webhook", "url": "https://hooks.example.com/x", "secret": "s3cret"}],
    "max_executions_per_day": 1,
})
rule_id = cli.run("rules", "add", "--site", "Rule Site", "--file", good).stdout.strip()
checks.check(len(rule_id) == 36, f"rules add prints the id: {rule_id!r}")

listed = json.loads(cli.run("--json", "rules", "list").stdout)
checks.check(len(listed) == 1 and listed[0]["name"] == "Publish on Monday"
             and listed[0]["trigger"] == "schedule" and listed[0]["site"] == "Rule Site",
             f"rules list: {listed}")
text = cli.run("rules", "list").stdout
checks.check("At 09:00 on Monday, Europe/Riga" in text and "next:" in text, f"rules list text: {text!r}")

shown = json.loads(cli.run("--json", "rules", "show", rule_id[:8]).stdout)
checks.check(shown["credits"] == 3, f"credits of publish (2) + webhook (1): {shown.get('credits')}")
checks.check(len(shown["next_runs"]) == 10 and all(r.endswith("+02:00") or r.endswith("+03:00")
                                                   for r in shown["next_runs"]),
             f"next runs in the rule's zone: {shown['next_runs']}")
text = cli.run("rules", "show", rule_id).stdout
checks.check("Trigger:   At 09:00 on Monday, Europe/Riga" in text and "publish_theme" in text
             and "1 executions per day (Europe/Riga)" in text, f"rules show: {text!r}")

# Dry run: the trace, nothing written (no run rows, no outbox rows).
before = cli.run("--json", "status").stdout
dry = json.loads(cli.run("--json", "rules", "run", rule_id, "--dry-run").stdout)
checks.check(dry["status"] == "dry_run", f"dry run status: {dry.get('status')}")
checks.check([a["type"] for a in dry["actions"]] == ["publish_theme", "webhook"], f"dry actions: {dry['actions']}")
checks.check(cli.run("--json", "status").stdout == before, "a dry run changes nothing")
refused = cli.run("rules", "run", rule_id, ok=False)
checks.check(refused.returncode == 2 and "--dry-run" in refused.stderr, f"run without --dry-run: {refused.stderr!r}")

# An event rule with a condition, dry-run with a given event.
cond = rule_file("cond", {
    "name": "Alert on failed deploys of big sites",
    "trigger": {"type": "deployment_failed"},
    "conditions": {"all": [{"field": "kind", "op": "eq", "value": "publish_log"},
                           {"not": {"field": "subdomain", "op": "matches", "value": "^test-"}}]},
    "actions": [{"type": "notify", "message": "A deploy failed"}],
})
cond_id = cli.run("rules", "add", "--site", "Rule Site", "--file", cond).stdout.strip()
event = rule_file("event", {"kind": "publish_log", "subdomain": "test-site"})
text = cli.run("rules", "run", cond_id, "--dry-run", "--event", event).stdout
checks.check("[no]" in text and "not_matched" in text, f"dry run with a non-matching event: {text!r}")
event = rule_file("event2", {"kind": "publish_log", "subdomain": "shop"})
text = cli.run("rules", "run", cond_id, "--dry-run", "--event", event).stdout
checks.check("would notify: A deploy failed" in text and "dry_run" in text, f"matching dry run: {text!r}")


def refused_add(name, body, *must_mention):
    path = rule_file(name, body)
    count = rule_count()
    proc = cli.run("rules", "add", "--site", "Rule Site", "--file", path, ok=False)
    checks.check(proc.returncode == 2, f"{name}: exit code {proc.returncode}: {proc.stderr!r}")
    for m in must_mention:
        checks.check(m in proc.stderr, f"{name}: error does not mention {m!r}: {proc.stderr.strip()!r}")
    checks.check(rule_count() == count, f"{name}: nothing written")


base = {"name": "Bad", "trigger": {"type": "schedule"},
        "schedule": {"cron": "0 9 * * *", "timezone": "UTC"}, "actions": [{"type": "publish_theme"}]}
refused_add("cron", {**base, "schedule": {"cron": "0 0 31 2 *", "timezone": "UTC"}}, "schedule.cron")
refused_add("zone", {**base, "schedule": {"cron": "0 9 * * *", "timezone": "EST"}}, "EST")
refused_add("webhook", {**base, "actions": [{"type": "webhook", "url": "http://example.com/hook"}]},
            "actions[0]", "https")
event_base = {k: v for k, v in base.items() if k != "schedule"}
refused_add("field", {**event_base, "trigger": {"type": "deployment_failed"},
                      "conditions": {"all": [{"field": "tier_name", "op": "eq", "value": "pro"}]}},
            "tier_name")
refused_add("loop", {"name": "Loop", "trigger": {"type": "deployment_failed"},
                     "actions": [{"type": "rollback"}]}, "Loop")
refused_add("cap", {**base, "max_executions_per_day": -1}, "max_executions_per_day")

# Delete: gone from the list, queued for the server.
cli.run("rules", "delete", cond_id[:8])
checks.check(rule_count() == 1, "rules delete")
# Account-wide rules (every site of a connection profile). A profile comes from `login`, which
# needs a server: offline, the clear error comes first, then a profile is written into the cache
# the way `login` does (id, name, server) and the site is marked as that profile's.
wide = rule_file("wide", {"name": "Every conflict", "trigger": {"type": "sync_conflict"},
                          "actions": [{"type": "notify", "message": "A conflict somewhere"}]})
count = rule_count()
proc = cli.run("rules", "add", "--account", "--file", wide, ok=False)
checks.check(proc.returncode == 2 and 'no profile "default"' in proc.stderr and "login" in proc.stderr,
             f"rules add --account without a profile: {proc.returncode} {proc.stderr!r}")
proc = cli.run("rules", "add", "--account", "--profile", "work", "--file", wide, ok=False)
checks.check(proc.returncode == 2 and 'no profile "work"' in proc.stderr, f"--profile work: {proc.stderr!r}")
proc = cli.run("rules", "add", "--account", "--site", "Rule Site", "--file", wide, ok=False)
checks.check(proc.returncode == 2 and "either" in proc.stderr, f"--account with --site: {proc.stderr!r}")
checks.check(rule_count() == count, "refused account-wide rules write nothing")

import sqlite3  # noqa: E402
db = sqlite3.connect(os.path.join(cli.data_dir, "cache.sqlite"))
db.execute("INSERT INTO profiles (id, name, server_url, created_at) VALUES "
           "('prof-default', 'default', 'http://127.0.0.1:1', '2026-01-01T00:00:00Z')")
db.execute("UPDATE workspaces SET profile_id = 'prof-default'")
db.commit()
db.close()

wide_id = cli.run("rules", "add", "--account", "--file", wide).stdout.strip()
checks.check(len(wide_id) == 36, f"rules add --account prints the id: {wide_id!r}")
listed = {r["id"]: r for r in json.loads(cli.run("--json", "rules", "list").stdout)}
checks.check(listed.get(wide_id, {}).get("site") == "(every site)" and listed[wide_id]["account_wide"],
             f"rules list --json: {listed.get(wide_id)}")
text = cli.run("rules", "list").stdout
checks.check("(every site)" in text and "Every conflict" in text, f"rules list text: {text!r}")
on_site = [r["id"] for r in json.loads(cli.run("--json", "rules", "list", "--site", "Rule Site").stdout)]
checks.check(wide_id in on_site, f"a site's list has its profile's account-wide rules: {on_site}")
db = sqlite3.connect(os.path.join(cli.data_dir, "cache.sqlite"))
row = db.execute("SELECT workspace_id, profile_id FROM automation_rules WHERE id = ?", (wide_id,)).fetchone()
op = json.loads(db.execute("SELECT op_json FROM outbox WHERE entity_id = ? ORDER BY seq", (wide_id,)).fetchone()[0])
db.close()
checks.check(row == (None, "prof-default"), f"stored with workspace NULL + the profile: {row}")
checks.check(op["op"] == "create-rule" and "workspace" not in op and op.get("profile") == "prof-default",
             f"queued without a workspace: {op}")
dry = json.loads(cli.run("--json", "rules", "run", wide_id[:8], "--dry-run").stdout)
checks.check(dry["status"] == "dry_run", f"dry run of an account-wide rule: {dry.get('status')}")

# An account-wide schedule rule cannot act on a site (the server refuses it too).
proc = cli.run("rules", "add", "--account", "--file", rule_file("wide-publish", base), ok=False)
checks.check(proc.returncode == 2 and "publish_theme" in proc.stderr and "account-wide" in proc.stderr,
             f"account-wide schedule rule with publish_theme: {proc.stderr!r}")
cli.run("rules", "delete", wide_id)
checks.check(wide_id not in [r["id"] for r in json.loads(cli.run("--json", "rules", "list").stdout)],
             "rules delete of an account-wide rule")
checks.finish()
