#!/usr/bin/env python3
"""peakmem.py CMD...: runs CMD and prints its wall time and the peak memory
of all its processes (a browser starts many), sampled from /proc as often as
the machine allows with 5 ms sleeps between samples (the mean interval is
printed: sampling many processes takes time of its own). Its processes are
its process tree and every process in its session (CMD starts a new one), so
that helpers a browser double-forks away from the tree (crashpad) count too.
Two sums per sample: proportional set sizes from smaps_rollup (PSS: a page
shared by n processes counts 1/n in each; the fair total) and resident sizes
(RSS: a shared page counts once in every process that maps it, so a tree of
processes sharing a library counts it many times). Output:
"wall_ms N pss_kb N rss_kb N maxrss_kb N processes N samples N interval_ms N
status N" (processes: the most seen in one sample; maxrss_kb: the kernel's
exact peak RSS of the largest single process, which no sampling can miss: for
a program of one process, its true peak RSS)."""
import os
import resource
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
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        if p not in out:
            out.add(p)
            todo.extend(children(p))
    return out


def session(sid):
    out = set()
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                # pid (comm) state ppid pgrp session ...; comm may hold spaces
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) == sid:
                out.add(int(name))
        except (OSError, IndexError, ValueError):
            pass
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
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    peak_rss = peak_pss = most = samples = 0
    while proc.poll() is None:
        pids = tree(proc.pid) | session(proc.pid)
        rss = sum(field(f"/proc/{p}/status", "VmRSS:") for p in pids)
        pss = sum(field(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        most = max(most, len(pids))
        samples += 1
        time.sleep(0.005)
    wall = (time.monotonic() - start) * 1000
    interval = wall / samples if samples else 0
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"wall_ms {wall:.1f} pss_kb {peak_pss} rss_kb {peak_rss} maxrss_kb {maxrss} "
          f"processes {most} samples {samples} interval_ms {interval:.1f} "
          f"status {proc.returncode}")


if __name__ == "__main__":
    main()
