#!/usr/bin/env python3
"""notify_listener.py SOCKET SECONDS: stands in for systemd's notification
socket; prints "<seconds since start> <message>" for every datagram."""
import os
import socket
import sys
import time

path, seconds = sys.argv[1], float(sys.argv[2])
if os.path.exists(path):
    os.unlink(path)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
s.settimeout(0.05)
start = time.monotonic()
while time.monotonic() - start < seconds:
    try:
        data = s.recv(4096).decode(errors="replace")
    except socket.timeout:
        continue
    for line in data.splitlines():
        print(f"{time.monotonic() - start:.3f} {line}", flush=True)
