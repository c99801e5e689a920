"""File handling: open/save, files in use, encrypted copies, merge, send copy, recovery, check
file, the read-only banner and CSV import."""
