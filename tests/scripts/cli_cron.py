"""sitestudio-cli cron next / cron describe through the real CLI: runs in a DST zone, JSON output,
descriptions, and bad expressions refused with exit code 2 and the message on stderr."""
import json

from clitest import Cli, Checks

checks = Checks()
cli = Cli()

# A fixed time in Riga's spring-forward gap runs right after the change, then daily.
out = cli.run("cron", "next", "30 3 * * *", "--tz", "Europe/Riga", "--from", "2026-03-28T12:00",
              "--count", "3").stdout.split()
checks.check(out == ["2026-03-29T04:00:00+03:00", "2026-03-30T03:30:00+03:00", "2026-03-31T03:30:00+03:00"],
             f"cron next in the gap: {out}")

# '*' in the minute field follows real time: both repeated hours in New York in November.
data = json.loads(cli.run("--json", "cron", "next", "*/30 1 * * *", "--tz", "America/New_York",
                          "--from", "2026-11-01T00:59:00-04:00", "--count", "5").stdout)
utc = [r["utc"] for r in data["runs"]]
checks.check(utc == ["2026-11-01T05:00:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:00:00Z",
                     "2026-11-01T06:30:00Z", "2026-11-02T06:00:00Z"], f"repeated hour: {utc}")
checks.check(data["timeZone"] == "America/New_York" and data["description"] == "At 01:00 and 01:30",
             f"json fields: {data}")
checks.check(data["runs"][0]["at"] == "2026-11-01T01:00:00-04:00", f"local time: {data['runs'][0]}")

# Default count 5; far future stops at 2200.
out = cli.run("cron", "next", "0 0 29 2 *", "--tz", "UTC", "--from", "2196-01-01T00:00:00Z").stdout.split("\n")
checks.check(out[0] == "2196-02-29T00:00:00Z" or out[0] == "2196-02-29T00:00:00+00:00", f"leap day: {out}")
checks.check("no run" not in out[0], f"leap day: {out}")

desc = cli.run("cron", "describe", "0 9 * * 1", "--tz", "Europe/Riga").stdout.strip()
checks.check(desc == "At 09:00 on Monday, Europe/Riga", f"describe: {desc!r}")
desc = cli.run("cron", "describe", "*/15 * * * *").stdout.strip()
checks.check(desc == "Every 15 minutes", f"describe: {desc!r}")

help_text = cli.run("cron", "next", "--help").stdout
checks.check("--tz ZONE" in help_text and "--count N" in help_text, f"help: {help_text!r}")


def refused(args, *must_mention):
    proc = cli.run(*args, ok=False)
    checks.check(proc.returncode == 2, f"{args}: exit code {proc.returncode}")
    checks.check(proc.stderr.startswith("sitestudio-cli: "), f"{args}: stderr {proc.stderr!r}")
    for m in must_mention:
        checks.check(m in proc.stderr, f"{args}: error does not mention {m!r}: {proc.stderr.strip()!r}")


refused(["cron", "next", "0 0 31 2 *", "--tz", "UTC"], "that date never occurs")
refused(["cron", "next", "0 9 * * *", "--tz", "EST"], "EST", "IANA")
refused(["cron", "next", "0 9 * *", "--tz", "UTC"], "expected 5 fields")
refused(["cron", "next", "0 9 * * *"], "--tz is required")
refused(["cron", "next", "0 9 * * *", "--tz", "UTC", "--count", "0"], "--count")
refused(["cron", "next", "0 9 * * *", "--tz", "UTC", "--from", "yesterday"], "ISO 8601")
refused(["cron", "describe", "@reboot"], "@reboot")
refused(["cron", "describe", "0 0 L * *"], "day-of-month", "'L'")
checks.finish()
