"""The man pages keep up with the programs: every option and command that `sitehostd --help`
lists is in sitehostd(8), every command that `sitestudio-cli --help` lists is in
sitestudio-cli(1), and every option of `sitestudio --help` is in sitestudio(1). Also renders
each page with man(1) to catch troff errors."""
import os
import re
import subprocess
import sys

src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
man_dir = os.path.join(src, "packaging", "man")
failures = []


def page_text(name):
    """The page's words as a reader sees them (troff escapes and font changes removed)."""
    raw = open(os.path.join(man_dir, name), encoding="utf-8").read()
    text = raw.replace("\\-", "-").replace("\\(aq", "'").replace("\\(dq", '"')
    text = re.sub(r"\\f[BIRP]", "", text)
    return text


def help_of(binary):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([binary, "--help"], capture_output=True, text=True, env=env, timeout=60)
    if r.returncode != 0:
        failures.append(f"{binary} --help exited {r.returncode}: {r.stderr.strip()}")
    return r.stdout


def options(help_text):
    # --help-all is Qt's own (its options for every Qt program), not documented per program.
    found = set(re.findall(r"^\s+(?:-\w, )?(--[a-z][a-z0-9-]*)", help_text, re.M))
    return sorted(found - {"--help-all"})


def check(page, wanted, what):
    text = page_text(page)
    for w in wanted:
        if w not in text:
            failures.append(f"{page} lacks the {what} {w!r}")
    print(f"{page}: {len(wanted)} {what}s checked")


def render(page):
    r = subprocess.run(["man", "--warnings", "-l", os.path.join(man_dir, page)],
                       capture_output=True, text=True, env=dict(os.environ, MANWIDTH="100"))
    warnings = [l for l in r.stderr.splitlines() if l.strip()]
    if r.returncode != 0 or warnings:
        failures.append(f"man -l {page}: exit {r.returncode}: {' / '.join(warnings)}")


hostd = help_of(os.environ["SS_SITEHOSTD"])
check("sitehostd.8", options(hostd), "option")
usage = re.search(r"^Usage: \S+ \[options\] \[(.*)\]$", hostd, re.M)
commands = [c.split()[0] for c in usage.group(1).split("|")] if usage else []
if len(commands) < 4:
    failures.append(f"sitehostd --help: cannot read the commands from its usage line: {usage}")
check("sitehostd.8", commands, "command")

cli = help_of(os.environ["SS_CLI"])
cli_commands = []
for line in cli.split("Commands:", 1)[-1].splitlines():
    m = re.match(r"^  ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", line)
    if m and not line.startswith("      "):
        words = m.group(1).split()
        # "sites list" (a command and its verb) or "sync [--site ...]" (one word)
        cli_commands.append(" ".join(words[:2]) if len(words) > 1 and words[1].isalpha() else words[0])
if len(cli_commands) < 20:
    failures.append(f"sitestudio-cli --help: only {len(cli_commands)} commands found")
check("sitestudio-cli.1", cli_commands, "command")

app = help_of(os.environ["SS_APP"])
check("sitestudio.1", options(app), "option")

for page in ("sitehostd.8", "sitestudio-cli.1", "sitestudio.1"):
    render(page)

for f in failures:
    print("FAIL:", f)
print(f"{'FAILED' if failures else 'OK'}: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
