import sys

from newsgraph.cli import main

sys.exit(main())
