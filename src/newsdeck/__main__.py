import sys

from newsdeck.cli import main

sys.exit(main())
