import sys

from eplab.cli import main

sys.exit(main())
