import sys

from specfleet.cli import main

sys.exit(main())
