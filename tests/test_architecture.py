"""The layers of docs/architecture.md: a module imports only its own layer and the layers below."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "localekit"

LAYERS = {  # lower number = lower layer
    "foundation": 0, "domain": 1, "features": 2, "commands": 3,
}
FOUNDATION = {"findings", "errors", "io", "scripts", "invisible", "normalize", "textwidth", "yamlio", "resources",
              "console"}
DOMAIN = {"packs", "policy", "calendar", "register", "tags", "markers", "derive"}
FEATURES = {"audit", "render", "check", "rules", "screen", "coverage", "report", "scaffold", "serve", "batch"}
COMMANDS = {"commands", "cli"}


def layer_of(module: str) -> int | None:
    """Layer of ``localekit.<top>...`` (None for the package itself)."""
    parts = module.split(".")
    if parts[0] != "localekit" or len(parts) == 1:
        return None
    top = parts[1]
    for name, members in (("foundation", FOUNDATION), ("domain", DOMAIN), ("features", FEATURES),
                          ("commands", COMMANDS)):
        if top in members:
            return LAYERS[name]
    raise AssertionError(f"module {module} is in no layer of docs/architecture.md")


def imports(path: Path) -> set[str]:
    """Every localekit module ``path`` imports, at any depth of the file (lazy imports too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("localekit")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("localekit"):
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names if (PKG / node.module.split(".", 1)[-1].replace(
                ".", "/") / a.name).with_suffix(".py").exists()}
    return out


def test_every_module_has_a_layer_and_imports_only_downwards():
    violations = []
    for path in sorted(PKG.rglob("*.py")):
        module = "localekit." + ".".join(path.relative_to(PKG).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        mine = layer_of(module)
        if mine is None:
            continue
        for target in imports(path):
            theirs = layer_of(target)
            if theirs is not None and theirs > mine:
                violations.append(f"{module} imports {target}")
    assert not violations, "\n".join(violations)
