#!/usr/bin/env python3
"""fake_cage.py CHILD_PID_FILE PROGRAM ARGS...: plays cage as the unit runs
it, for the watchdog test. systemd sets WATCHDOG_PID to the PID it starts,
cage's; this sets it to its own PID the same way, starts PROGRAM as its
child (as cage starts the kiosk), writes the child's PID to CHILD_PID_FILE,
passes SIGTERM on (systemd signals every process of the unit) and exits
with the child's status. It sends nothing to the notification socket."""
import os
import signal
import subprocess
import sys

pid_file, argv = sys.argv[1], sys.argv[2:]
env = dict(os.environ, WATCHDOG_PID=str(os.getpid()))
child = subprocess.Popen(argv, env=env)
signal.signal(signal.SIGTERM, lambda *_: child.send_signal(signal.SIGTERM))
with open(pid_file + ".tmp", "w") as f:
    f.write(f"{child.pid}\n")
os.rename(pid_file + ".tmp", pid_file)
sys.exit(child.wait())
