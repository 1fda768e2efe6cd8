"""`python -m faultlines.cli ...`: the same command line as `python -m faultlines`."""

from faultlines.cli import main

main()
