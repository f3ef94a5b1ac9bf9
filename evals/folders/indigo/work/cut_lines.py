#!/usr/bin/env python3
"""Replace a line range (1-based, inclusive) of a doc with a single '[...]' line. Usage: cut_lines.py file start end"""
import sys
f, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
L = open(f, encoding="utf-8").read().split("\n")
L = L[:a-1] + ["[...]", ""] + L[b:]
open(f, "w", encoding="utf-8").write("\n".join(L))
