"""``python -m cpecdata`` runs the command line."""

from cpecdata.cli import run

run()
