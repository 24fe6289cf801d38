# Reads a cProfile dump (Python source, stdlib pstats) into JSON: one entry per function with ncalls,
# tottime and cumtime, file paths made relative to the repository so base and head worktrees match.

import json
import os
import pstats
import sys


def main():
    prof, root, out = sys.argv[1], sys.argv[2], sys.argv[3]
    stats = pstats.Stats(prof).stats
    entries = []
    for (filename, line, func), (cc, nc, tt, ct, callers) in stats.items():
        if filename.startswith(root + os.sep):
            filename = os.path.relpath(filename, root)
        elif filename != "~" and os.sep in filename:
            filename = "…/" + os.path.basename(filename)   # stdlib and site-packages: the file name is enough
        entries.append({"function": "%s:%d(%s)" % (filename, line, func), "ncalls": nc, "tottime": tt, "cumtime": ct})
    with open(out, "w") as f:
        json.dump(entries, f)


main()
