"""Renders the built-in themes (every component), the Puck fixtures and hostile input with the
real CLI, and parses every page with html5lib in strict mode: the output must be valid HTML5."""
import glob
import os
import sys

import html5lib

from clitest import Cli, Checks, FIXTURES

checks = Checks()
cli = Cli()
outputs = []

for theme in ("studio", "harbor"):
    out = cli.path("preview-" + theme)
    cli.run("themes", "preview", "--theme", theme, "-o", out)
    outputs.append(out)
    site = "Valid " + theme
    cli.run("sites", "create", site, "--theme", theme)
    for fixture in sorted(glob.glob(os.path.join(FIXTURES, "puck", "*.json"))):
        slug = "/" + os.path.basename(fixture).split(".")[0].lower()
        cli.run("import-puck", fixture, "--site", site, "--page", slug)
    hostile = os.path.join(os.path.dirname(__file__), "..", "data", "render", "hostile-page.json")
    cli.run("import-puck", hostile, "--site", site, "--page", "/hostile")
    out = cli.path("site-" + theme)
    cli.run("render", "--site", site, "-o", out)
    outputs.append(out)

pages = 0
for out in outputs:
    for page in sorted(glob.glob(os.path.join(out, "**", "*.html"), recursive=True)):
        pages += 1
        with open(page, "rb") as f:
            data = f.read()
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(data)
            ok, why = True, ""
        except Exception as e:  # html5lib raises ParseError with the position
            ok, why = False, f"{e} (line {parser.errors[-1][0] if parser.errors else '?'})"
        checks.check(ok, f"{os.path.relpath(page, cli.tmp.name)} is not valid HTML5: {why}")
        checks.check(b"<script" not in data.lower(), f"{page} contains a script element")
        checks.check(b"javascript:" not in data.lower(), f"{page} contains a javascript: URL")

checks.check(pages >= 2 * 23 + 2 * 5, f"expected every preview and site page, parsed {pages}")
print(f"parsed {pages} pages", file=sys.stderr)
checks.finish()
