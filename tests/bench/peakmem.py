#!/usr/bin/env python3
"""peakmem.py CMD...: runs CMD and prints its wall time and the peak memory
of its whole process tree (a browser starts many processes), sampled every
5 ms from /proc: the sum of resident sizes (RSS, counts shared pages once
per process) and the sum of proportional set sizes (PSS, shared pages
divided among their users). Output: "wall_ms N rss_kb N pss_kb N"."""
import os
import subprocess
import sys
import time


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children(p))
    return out


def field(path, name):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    start = time.monotonic()
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        pids = tree(proc.pid)
        rss = sum(field(f"/proc/{p}/status", "VmRSS:") for p in pids)
        pss = sum(field(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.005)
    wall = (time.monotonic() - start) * 1000
    print(f"wall_ms {wall:.1f} rss_kb {peak_rss} pss_kb {peak_pss} status {proc.returncode}")


if __name__ == "__main__":
    main()
