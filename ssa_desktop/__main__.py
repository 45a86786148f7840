from ssa_desktop.cli import main

raise SystemExit(main())
