"""`python -m faultlines ...`: the command line, for environments without the console script."""

from faultlines.cli import main

main()
