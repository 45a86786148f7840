from tests.letters.conftest import letterhead, records  # noqa: F401 (fixtures)
