"""Runs a test script against a throw-away PostgreSQL cluster on loopback:
initdb into a temporary folder, start it on a free port, create a database, run the script with
SS_TEST_DATABASE=postgresql://..., stop and delete the cluster."""
import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile

from hostd import free_port


def main():
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        print("PostgreSQL is not installed (apt-get install postgresql)", file=sys.stderr)
        return 1
    bindir = bins[-1]
    root = os.geteuid() == 0
    tmp = tempfile.mkdtemp(prefix="ss-pg-")
    os.chmod(tmp, 0o755)
    data = os.path.join(tmp, "data")
    run_as = []
    if root:  # PostgreSQL refuses to run as root
        pw = pwd.getpwnam("postgres")
        os.chown(tmp, pw.pw_uid, pw.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    try:
        subprocess.run(run_as + [f"{bindir}/initdb", "-D", data, "-U", "ss", "--auth=trust", "-E", "UTF8", "--no-instructions"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(run_as + [f"{bindir}/pg_ctl", "-D", data, "-l", os.path.join(tmp, "log"), "-w", "-o",
                                 f"-p {port} -c listen_addresses=127.0.0.1 -k {tmp} -c fsync=off", "start"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "ss", "sitehostd"], check=True)
        env = dict(os.environ, SS_TEST_DATABASE=f"postgresql://ss@127.0.0.1:{port}/sitehostd",
                   SS_PG_BIN=bindir, SS_PG_PORT=str(port))
        return subprocess.run([sys.executable] + sys.argv[1:], env=env).returncode
    finally:
        subprocess.run(run_as + [f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


sys.exit(main())
