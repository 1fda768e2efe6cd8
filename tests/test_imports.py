"""No import cycle anywhere in the package, read from the source with `ast` (issue 14).

A cycle among module-level imports breaks as soon as someone imports the modules in the other
order (`import faultlines.cli_network` raised ImportError that way); a cycle that goes through
an import inside a function works at run time but hides a flow that runs backwards (a later
stage calling an earlier one's owner). Both are counted, each named module by module.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1] / "src" / "faultlines"


# The flow, lowest first (ARCHITECTURE.md): ingest → nlp → actors → events/quotes/ties → store →
# analysis → the shells. A module-level import points to its own layer or a lower one, never up;
# imports inside functions may reach up (nlp/factories.py registers the stages that way).
LAYERS = (
    # records, messages, options, who an actor is
    ("faultlines", "errors", "options", "model", "geodesy", "when", "datafiles", "words",
     "identity", "event_ties"),
    ("ingest",),
    ("nlp",),  # spaCy glue: the Doc extensions and the stage base
    ("actors", "places", "nodes"),
    ("coref",),  # pronouns and descriptions resolved over the actor mentions
    ("events", "quotes", "ties"),
    # a text or a stream through the stages, on one or more processes; long texts in windows;
    # titles as their own Docs
    ("pipeline", "workers", "explain", "windows", "headlines"),
    ("store",),
    ("analysis", "corpus", "engines", "watch"),  # over the store; a corpus coded into it; feeds
    ("cli", "web", "eval", "api", "__main__"),
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, in_function: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Every import statement with whether it runs only when a function is called.

    Imports under `if TYPE_CHECKING:` never run and are left out.
    """
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for branch in node.orelse:  # `else:` does run
                yield from _imports(ast.Module(body=[branch], type_ignores=[]), in_function)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, in_function
        inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                 ast.Lambda))
        yield from _imports(node, inner)


def _targets(node: ast.AST, importer: str, is_package: bool, known: set[str]) -> set[str]:
    """The package's modules one import statement loads by name (not their parent packages)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            anchor = importer.split(".")
            anchor = anchor if is_package else anchor[:-1]
            anchor = anchor[:len(anchor) - node.level + 1]
            base = ".".join(anchor + ([base] if base else []))
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base
                 for a in node.names]
    return {n for n in names if n in known}


def import_graph(function_level: bool) -> dict[str, set[str]]:
    """module → the package modules it imports (at module level, or anywhere)."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node, in_function in _imports(tree):
            if in_function and not function_level:
                continue
            graph[name] |= _targets(node, name, path.name == "__init__.py", known) - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def _one_loop(graph: dict[str, set[str]], component: list[str]) -> str:
    """A readable loop through the component: a → b → … → a."""
    members = set(component)
    start = component[0]
    path, seen = [start], {start}
    while True:
        nxt = sorted(graph[path[-1]] & members)
        back = [w for w in nxt if w in seen]
        if back:
            loop = path[path.index(back[0]):] + [back[0]]
            return " → ".join(loop)
        path.append(nxt[0])
        seen.add(nxt[0])


def test_imports_walker_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert _one_loop(graph, ["a", "b", "c"]) == "a → b → c → a"


def test_imports_walker_reads_from_imports_of_submodules():
    graph = import_graph(function_level=False)
    assert "faultlines.store.schema" in graph["faultlines.store"]  # from faultlines.store import schema


def _layer(module: str) -> int:
    part = module.split(".")[1] if "." in module else module
    (layer,) = [i for i, parts in enumerate(LAYERS) if part in parts]
    return layer


def test_imports_every_part_of_the_package_has_a_layer():
    unplaced = {m for m in import_graph(False)
                if not any((m.split(".") + [""])[1] in parts or m in parts for parts in LAYERS)}
    assert not unplaced, f"add these to LAYERS in {Path(__file__).name}: {sorted(unplaced)}"


def against_the_flow(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a module in a higher layer, as "importer → imported"."""
    return [f"{a} → {b}" for a in sorted(graph) for b in sorted(graph[a])
            if _layer(b) > _layer(a)]


def test_imports_walker_finds_an_import_against_the_flow():
    graph = {"faultlines.store.rows": {"faultlines.model", "faultlines.cli.output"}}
    assert against_the_flow(graph) == ["faultlines.store.rows → faultlines.cli.output"]


def test_imports_at_module_level_follow_the_flow():
    upward = against_the_flow(import_graph(function_level=False))
    assert not upward, "module-level imports against the flow:\n" + "\n".join(upward)


@pytest.mark.parametrize("function_level", [False, True], ids=["module-level", "anywhere"])
def test_imports_no_cycle_in_the_package(function_level):
    graph = import_graph(function_level)
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(_one_loop(graph, c) for c in found)
