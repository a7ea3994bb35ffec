"""``python -m tui`` runs the same command as ``compare``."""

import sys

from tui.cli import main

sys.exit(main())
