"""Allow ``python -m tyokyky_qda``."""

from tyokyky_qda.cli import main

raise SystemExit(main())
