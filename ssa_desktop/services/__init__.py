"""Use cases shared by the GUI and the CLI: domain rules + repositories, no widgets."""
