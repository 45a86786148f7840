"""Packaging glue that pyproject.toml cannot express: the top-level ``resources/`` and
``translations/`` folders (the design card's layout) are shipped inside the package as
``ssa_desktop/resources`` and ``ssa_desktop/translations``. ``ssa_desktop.paths`` finds
them in either place. Everything else is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

SHIPPED = {"ssa_desktop.resources": "resources", "ssa_desktop.translations": "translations"}

setup(
    packages=find_packages(include=["ssa_desktop", "ssa_desktop.*"]) + list(SHIPPED),
    package_dir=SHIPPED,
    package_data={
        "ssa_desktop.storage": ["migrations/*.sql"],
        "ssa_desktop.resources": ["**/*"],
        "ssa_desktop.translations": ["*.qm", "*.ts", "*.json", "glossary/*.json"],
    },
)
