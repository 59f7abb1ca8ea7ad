from specfleet.cli import run

run()
