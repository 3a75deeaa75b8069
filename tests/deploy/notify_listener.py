#!/usr/bin/env python3
"""notify_listener.py SOCKET SECONDS: stands in for systemd's notification
socket; prints "<seconds since start> <message> <sender pid>" for every
datagram. The sender's PID comes from the kernel (SO_PASSCRED), as systemd
gets it, so a test can tell which process sent a message."""
import os
import socket
import struct
import sys
import time

path, seconds = sys.argv[1], float(sys.argv[2])
if os.path.exists(path):
    os.unlink(path)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
s.bind(path)
s.settimeout(0.05)
creds_size = struct.calcsize("iII")  # struct ucred: pid, uid, gid
start = time.monotonic()
while time.monotonic() - start < seconds:
    try:
        data, anc, _, _ = s.recvmsg(4096, socket.CMSG_SPACE(creds_size))
    except socket.timeout:
        continue
    pid = 0
    for level, kind, value in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
            pid = struct.unpack("iII", value[:creds_size])[0]
    for line in data.decode(errors="replace").splitlines():
        print(f"{time.monotonic() - start:.3f} {line} {pid}", flush=True)
