"""Runs the project's Python unit tests (scripts/bench/test_*.py) and writes their counts to the
JSON file named on the command line, for scripts/test-summary.mjs."""

import json
import sys
import unittest

if __name__ == "__main__":
    suite = unittest.defaultTestLoader.discover("scripts/bench", pattern="test_*.py")
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    counts = {"total": result.testsRun, "passed": result.testsRun - failed - skipped, "failed": failed, "skipped": skipped}
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(counts, handle)
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
