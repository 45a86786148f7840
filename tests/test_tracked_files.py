"""What the repository tracks is what a fresh clone needs: no symbolic links.

A link a worktree made to a local data folder (``benchmarks/data``) was once committed; a
clone on another machine then held a link to a path that does not exist there, and the
machine that merged it lost its generated data set to a link pointing at itself."""
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tracked_links() -> list[str]:
    listing = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
    return [line.split("\t", 1)[1] for line in listing.splitlines()
            if line.startswith("120000 ")]


def test_no_symbolic_link_is_tracked():
    assert _tracked_links() == []


def test_the_generated_data_folder_is_ignored_as_a_folder_and_as_a_link():
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "benchmarks/data"],
                             cwd=ROOT, capture_output=True, text=True)
    assert ignored.stdout.strip() == "benchmarks/data"
