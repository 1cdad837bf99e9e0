"""The result counter the script tests share: prints "N passed, N failed" and sets the exit code."""
import sys


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}", file=sys.stderr)

    def expect(self, reply, status, code=None, what=""):
        ok = reply.status == status and (code is None or reply.error().get("code") == code)
        self.check(ok, f"{what}: expected {status} {code or ''}, got {reply!r}")
        return ok

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)
