"""SSA Desktop: offline documentation for school social work (Schulsozialarbeit)."""

# The one place the version is written (PEP 440); pyproject.toml reads it from here, the
# Windows installers get its four-number form (release_version.windows_version).
__version__ = "0.3.0"
# The schema this version writes (storage/migrations): a new migration raises it and the
# version with it, one version per schema (tests/test_versions.py); refusals name both.
SCHEMA = 30
APP_NAME = "SSA Desktop"
