"""An import-linter contract for network modules that live inside allowed packages.

import-linter sees an outside package only as its top-level name: ``urllib.request`` is part of
``urllib`` and ``PySide6.QtNetwork`` of ``PySide6``, and a forbidden contract refuses such
sub-packages as "not valid". So the plain contract can forbid ``socket`` or ``http`` but not
``urllib.request`` beside the harmless ``urllib.parse``, nor QtNetwork in the one layer that
must import Qt. This contract reads every import statement (top-level or inside a function, any
spelling: ``import a.b``, ``from a.b import c``, ``from a import b``) of each module of the
package that imports one of those packages at all, and fails on any forbidden name. A chain of
the package's own modules needs no separate check — its last link is the module flagged here.
What outside libraries load in turn is beyond any static check: ``tests/privacy`` asserts it at
run time.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


class ForbiddenSubmodulesContract(Contract):
    """``source_modules`` may not import ``forbidden_modules`` (dotted names of any depth)."""

    type_name = "forbidden_submodules"

    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        found = sorted(set(self._violations(graph)))
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, line, name in check.metadata["found"]:
            output.print_error(f"{module}:{line} imports {name}", bold=False)
            output.new_line()

    def _violations(self, graph: ImportGraph) -> Iterator[tuple[str, int, str]]:
        forbidden = [str(name) for name in self.forbidden_modules]  # type: ignore[attr-defined]
        tops = {name.split(".")[0] for name in forbidden} & set(graph.modules)
        for source in self.source_modules:  # type: ignore[attr-defined]
            for module in sorted({str(source), *graph.find_descendants(str(source))}):
                if not any(graph.direct_import_exists(importer=module, imported=t) for t in tops):
                    continue
                for line, name in _imported_names(module):
                    if any(name == f or name.startswith(f"{f}.") for f in forbidden):
                        yield module, line, name


def _imported_names(module: str) -> Iterator[tuple[int, str]]:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None, module
    with open(spec.origin, encoding="utf-8") as fh:
        tree = ast.parse(fh.read(), spec.origin)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
