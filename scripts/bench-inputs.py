"""Writes the benchmark inputs: the seed with a front matter, its body repeated 1, 10 and 100 times."""
import pathlib
import sys

seed = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
out = pathlib.Path(sys.argv[2])
front = (pathlib.Path(__file__).parent.parent / "Tests/Fixtures/seed-front-matter.md").read_text(encoding="utf-8")
title_end = seed.index("#### I.")
closing = seed.index("**Nơi nhận:**")
title, body, tail = seed[:title_end], seed[title_end:closing], seed[closing:]
for n in (1, 10, 100):
    # Footnote numbers must stay unique: the n-th copy's notes are renumbered.
    copies = []
    for i in range(n):
        copy = body
        for note in (4, 3, 2, 1):
            copy = copy.replace(f"<sup>{note}</sup>", f"<sup>{i * 4 + note}</sup>")
        copies.append(copy)
    (out / f"seed-x{n}.md").write_text(front + title + "\n".join(copies) + tail, encoding="utf-8")
