"""Storage: the encrypted vault, its connection, migrations, repositories and backups."""
