#!/usr/bin/env python3
"""Times a command precisely: wall clock (perf_counter), CPU (user + system) and peak memory of the
child process, from os.wait4, with microsecond resolution (/usr/bin/time rounds to 10 ms).

    python3 Tests/Benchmarks/extract/timing.py OUTPUT -- COMMAND...

Runs COMMAND with standard output to OUTPUT (a file, or /dev/null) and prints one line:
"WALL_SECONDS CPU_SECONDS PEAK_RSS_KB EXIT_STATUS".
"""
import os
import sys
import time


def main():
    args = sys.argv[1:]
    if len(args) < 3 or args[1] != "--":
        sys.exit(__doc__)
    output, command = args[0], args[2:]
    with open(output, "wb") as out:
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(out.fileno(), 1)
            try:
                os.execvp(command[0], command)
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    print(f"{wall:.6f} {usage.ru_utime + usage.ru_stime:.6f} {usage.ru_maxrss} {code}")


if __name__ == "__main__":
    main()
