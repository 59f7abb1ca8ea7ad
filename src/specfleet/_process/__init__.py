"""The processes and files of one run: children that die with it, scratch, background work, progress, GC pauses."""
