"""A small HTTP/1.1 proxy in front of sitehostd that places faults exactly: each rule matches a
request line substring and, for its next `times` matches, does one thing instead of forwarding
normally: "lose" (forward, then close without answering), "cut" (send half the answer and close),
a status code (answer it, e.g. 503, 429 with Retry-After, 401), or a function that rewrites the
answer body. Counts what it saw."""
import socket
import threading


class Rule:
    def __init__(self, needle, action, times=1, retry_after=None):
        self.needle, self.action, self.times, self.retry_after = needle.encode(), action, times, retry_after
        self.hits = 0


class FaultProxy:
    def __init__(self, target_port):
        self.target = target_port
        self.rules = []
        self.seen = []
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def add(self, needle, action, times=1, retry_after=None):
        rule = Rule(needle, action, times, retry_after)
        with self.lock:
            self.rules.append(rule)
        return rule

    def clear(self):
        with self.lock:
            self.rules = []

    def count(self, needle):
        with self.lock:
            return sum(1 for line in self.seen if needle.encode() in line)

    def _accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    @staticmethod
    def _read_message(sock, buf):
        while b"\r\n\r\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                return None, b""
            buf += chunk
        head, _, rest = buf.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                return None, b""
            rest += chunk
        return (head, rest[:length]), rest[length:]

    def _rule_for(self, line):
        with self.lock:
            self.seen.append(line)
            for r in self.rules:
                if r.needle in line and r.hits < r.times:
                    r.hits += 1
                    return r
        return None

    def _serve(self, client):
        upstream = socket.create_connection(("127.0.0.1", self.target))
        cbuf, ubuf = b"", b""
        try:
            while True:
                msg, cbuf = self._read_message(client, cbuf)
                if msg is None:
                    return
                head, body = msg
                line = head.split(b"\r\n")[0]
                rule = self._rule_for(line)
                if rule and isinstance(rule.action, int):
                    extra = f"Retry-After: {rule.retry_after}\r\n" if rule.retry_after is not None else ""
                    payload = b'{"error":{"code":"fault","message":"injected"}}'
                    client.sendall(f"HTTP/1.1 {rule.action} Fault\r\nContent-Type: application/json\r\n{extra}Content-Length: {len(payload)}\r\n\r\n".encode() + payload)
                    continue
                upstream.sendall(head + b"\r\n\r\n" + body)
                resp, ubuf = self._read_message(upstream, ubuf)
                if resp is None:
                    return
                rhead, rbody = resp
                if rule and rule.action == "lose":
                    return
                if rule and rule.action == "cut":
                    client.sendall(rhead + b"\r\n\r\n" + rbody[: len(rbody) // 2])
                    return
                if rule and callable(rule.action):
                    rbody = rule.action(rbody)
                    lines = [l for l in rhead.split(b"\r\n") if not l.lower().startswith(b"content-length:")]
                    rhead = b"\r\n".join(lines) + f"\r\nContent-Length: {len(rbody)}".encode()
                client.sendall(rhead + b"\r\n\r\n" + rbody)
        except OSError:
            pass
        finally:
            upstream.close()
            client.close()
