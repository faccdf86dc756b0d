"""The index of choices (docs/choices.md) cannot rot.

Each row names a choice, the module whose docstring words it in full (its "Choices" section)
and the test cases that hold it: a test file, ``::`` a test function, and quoted examples the
file contains. Every module with a "Choices" section is in the index.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "docs" / "choices.md"

# A case reference: `tests/file.py` or `tests/file.py::test_name`, then quoted examples.
_REFERENCE = re.compile(r'`(?P<path>[^`:]+)(?:::(?P<test>\w+))?`(?P<examples>(?:\s*"[^"]+")*)')
_EXAMPLE = re.compile(r'"([^"]+)"')
_CHOICES_SECTION = re.compile(r"^Choices\b", re.MULTILINE)


def index_rows(text: str) -> list[tuple[str, str, str]]:
    """The (choice, module, case) cells of every table row but the header and the rule."""
    rows = []
    for line in text.splitlines():
        if not line.startswith("|") or line.startswith("|---") or line.startswith("| choice |"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        assert len(cells) == 3, f"a row has three cells: {line}"
        rows.append((cells[0], cells[1], cells[2]))
    return rows


def row_problems(module_cell: str, case_cell: str, root: Path = ROOT) -> list[str]:
    """What is wrong with one row: a module that does not exist or has no "Choices" section,
    a test file or function that does not exist, an example its file does not contain."""
    problems = []
    module = re.fullmatch(r"`([^`]+\.py)`", module_cell)
    if module is None:
        return [f"the module cell is one path in backticks: {module_cell}"]
    path = root / module[1]
    if not path.is_file():
        problems.append(f"no module {module[1]}")
    elif not _CHOICES_SECTION.search(ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""):
        problems.append(f"{module[1]} has no 'Choices' section in its docstring")
    references = list(_REFERENCE.finditer(case_cell))
    rest = _REFERENCE.sub("", case_cell).replace(";", "").strip()
    if not references or rest:
        problems.append(f"the case cell is references and examples only: {case_cell!r}")
    for ref in references:
        test_file = root / ref["path"]
        if not ref["path"].startswith("tests/") or not test_file.is_file():
            problems.append(f"no test file {ref['path']}")
            continue
        source = test_file.read_text(encoding="utf-8")
        if ref["test"] and not re.search(rf"^def {ref['test']}\(", source, re.MULTILINE):
            problems.append(f"no test {ref['test']} in {ref['path']}")
        for example in _EXAMPLE.findall(ref["examples"]):
            if example not in source:
                problems.append(f"{ref['path']} does not contain {example!r}")
    return problems


ROWS = index_rows(INDEX.read_text(encoding="utf-8"))


def test_the_index_has_a_row_per_choice():
    assert len(ROWS) >= 29
    assert "docstring" in INDEX.read_text(encoding="utf-8").split("|", 1)[0], "the page says where the wording lives"


@pytest.mark.parametrize(("choice", "module", "case"), ROWS, ids=[row[0][:60] for row in ROWS])
def test_every_row_names_a_documented_module_and_existing_cases(choice, module, case):
    assert not row_problems(module, case), row_problems(module, case)


def test_every_module_with_choices_is_in_the_index():
    indexed = {re.fullmatch(r"`([^`]+)`", module)[1] for _, module, _ in ROWS}
    documented = set()
    for path in sorted((ROOT / "timeline").rglob("*.py")):
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if _CHOICES_SECTION.search(docstring):
            documented.add(path.relative_to(ROOT).as_posix())
    assert documented == indexed, {"not indexed": documented - indexed, "no Choices section": indexed - documented}


def test_a_broken_row_is_caught():
    """The checker itself: each kind of rot is reported."""
    good = ("`timeline/temporal/context.py`",
            '`tests/test_find_mentions.py::test_direction_from_tense` "He died on July 2."')
    assert row_problems(*good) == []
    assert row_problems("`timeline/temporal/no_such_module.py`", good[1])
    assert row_problems("`timeline/types.py`", good[1]), "a module without a Choices section"
    assert row_problems(good[0], '`tests/test_find_mentions.py::test_no_such_test`')
    assert row_problems(good[0], '`tests/test_no_such_file.py`')
    assert row_problems(good[0], '`tests/test_find_mentions.py` "an example no test holds"')
    assert row_problems(good[0], "a case written without a reference")
