"""filing2json.cli: the `filing2json` command (main.py).

inputs.py turns PATH arguments into a stream of inputs (files, directories, globs, stdin,
archive members); runner.py converts them in order, in -j processes; writers.py and table.py
put the records on stdout or in one file per input.
"""
