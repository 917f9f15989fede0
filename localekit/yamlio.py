"""Safe YAML loading with line numbers, for packs and policies.

PyYAML's safe loader does the parsing; on top of it this module (deliberately, since no library
does all of it) refuses aliases (no billion-laughs), duplicate keys and oversized files, keeps
the line of every node so schema errors can say ``file:line``, and explains unknown keys with a
did-you-mean drawn from the JSON Schema.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from localekit.errors import PackError
from localekit.resources import schema_path

MAX_YAML_BYTES = 1_000_000
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]


@dataclass
class YamlDoc:
    """Parsed YAML data plus the 1-based line of each node, keyed by its path."""

    path: str
    data: Any
    lines: dict[Path_, int]

    def line_of(self, key_path: Path_) -> int | None:
        """Line of the deepest existing node on ``key_path``."""
        path = tuple(key_path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


_SAFE = yaml.SafeLoader("")  # its constructor turns scalar nodes into Python values


def _scalar(node: yaml.ScalarNode, path: str) -> Any:
    try:
        return _SAFE.construct_object(node)
    except yaml.constructor.ConstructorError as exc:
        raise PackError(
            f"cannot read value: {exc.problem}", path, node.start_mark.line + 1, node.start_mark.column + 1
        ) from None


def _build(node: yaml.Node, key: Path_, lines: dict[Path_, int], path: str) -> Any:
    lines[key] = node.start_mark.line + 1
    tag = node.tag or ""
    if tag.startswith("tag:yaml.org,2002:python") or tag.startswith("!"):
        raise PackError(
            f"YAML tag {tag!r} is not allowed", path, node.start_mark.line + 1, node.start_mark.column + 1,
            hint="packs are plain data; remove the tag",
        )
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for knode, vnode in node.value:
            if knode.tag == "tag:yaml.org,2002:merge":
                raise PackError("YAML merge keys (<<) are not allowed", path, knode.start_mark.line + 1,
                                hint="write the keys out")
            k = _build(knode, key, {}, path)
            if not isinstance(k, str | int | float | bool) and k is not None:
                raise PackError("mapping keys must be plain scalars", path, knode.start_mark.line + 1)
            if k in out:
                raise PackError(f"duplicate key {k!r}", path, knode.start_mark.line + 1,
                                hint=f"first defined on line {lines[(*key, k)]}")
            lines[(*key, k)] = knode.start_mark.line + 1
            out[k] = _build(vnode, (*key, k), lines, path)
            lines[(*key, k)] = knode.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*key, i), lines, path) for i, item in enumerate(node.value)]
    return _scalar(node, path)


def parse_yaml_text(text: str, path: str) -> YamlDoc:
    """Parse one YAML document from ``text``; raise :class:`PackError` with file:line on failure."""
    if len(text) > MAX_YAML_BYTES:
        raise PackError(f"file is larger than {MAX_YAML_BYTES} bytes", path, hint="packs are small; check the file")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        loader = _Loader(text)
        try:
            # Check events first so an alias is refused before it is expanded.
            for event in yaml.parse(text, Loader=_Loader):
                if isinstance(event, yaml.AliasEvent):
                    mark = event.start_mark
                    raise PackError("YAML aliases (*name) are not allowed", path,
                                    mark.line + 1 if mark else None, hint="write the value out in full")
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise PackError(f"invalid YAML: {problem}", path, line, col,
                        hint="check indentation, quotes and colons") from None
    except yaml.YAMLError as exc:
        raise PackError(f"invalid YAML: {' '.join(str(exc).split())}", path) from None
    except (UnicodeError, RecursionError) as exc:
        raise PackError(f"invalid YAML: {type(exc).__name__}", path, hint="save the file as plain UTF-8") from None
    if node is None:
        raise PackError("file is empty", path, 1, hint="see docs/pack-format.md")
    lines: dict[Path_, int] = {}
    data = _build(node, (), lines, path)
    return YamlDoc(path=path, data=data, lines=lines)


def read_text(path: Path) -> str:
    """Read UTF-8 text, turning OS and decoding errors into one-line :class:`PackError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackError("file not found", str(path), hint="check the path") from None
    except IsADirectoryError:
        raise PackError("is a directory, expected a file", str(path)) from None
    except OSError as exc:
        raise PackError(f"cannot read file: {exc.strerror}", str(path)) from None
    if len(raw) > MAX_YAML_BYTES:
        raise PackError(f"file is larger than {MAX_YAML_BYTES} bytes", str(path))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PackError("file is not valid UTF-8", str(path), line, hint="save it as UTF-8") from None


def parse_yaml(path: Path) -> YamlDoc:
    return parse_yaml_text(read_text(path), str(path))


ROOT_KEYS = ("schema_version", "formality", "holidays", "display", "policy", "culture", "scopes")


@cache
def load_schema(name: str) -> dict:
    """A bundled schema; ``root.schema.json`` is derived from the pack schema (its shared sections)."""
    if name == "root.schema.json":
        pack = load_schema("pack.schema.json")
        props = {k: pack["properties"][k] for k in ROOT_KEYS}
        return {**pack, "title": "localekit root defaults (locales/root.yaml)", "properties": props,
                "required": list(ROOT_KEYS)}
    with open(schema_path(name), encoding="utf-8") as fh:
        return json.load(fh)


def _resolve(node: dict, root: dict) -> dict:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate(doc: YamlDoc, schema_name: str) -> list[PackError]:
    """Validate ``doc`` against a bundled JSON Schema; one :class:`PackError` per problem."""
    schema = load_schema(schema_name)
    validator = jsonschema.Draft202012Validator(schema)
    errors: list[PackError] = []
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: (doc.line_of(tuple(e.absolute_path)) or 0)):
        where = tuple(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            sub = _resolve(err.schema, schema)
            known = list(sub.get("properties", {}))
            for extra in sorted(set(err.instance) - set(known), key=str):
                guess = difflib.get_close_matches(str(extra), known, n=1)
                hint = f"did you mean {guess[0]!r}?" if guess else f"allowed keys: {', '.join(known)}"
                errors.append(PackError(f"unknown key {extra!r} in {_dotted(where)}", doc.path,
                                        doc.line_of((*where, extra)), hint=hint))
            continue
        if err.validator == "required":
            errors.append(PackError(f"{_dotted(where)}: {err.message}", doc.path, doc.line_of(where),
                                    hint="see docs/pack-format.md"))
            continue
        message = err.message
        if len(message) > 200:
            message = message[:200] + "…"
        errors.append(PackError(f"{_dotted(where)}: {message}", doc.path, doc.line_of(where)))
    return errors


def load_yaml_doc(path: Path, *, schema: str | None = None) -> YamlDoc:
    """Parse and (optionally) validate, keeping the lines for later checks; raise the first problem
    as :class:`PackError`."""
    doc = parse_yaml(path)
    if schema:
        problems = validate(doc, schema)
        if problems:
            raise problems[0]
    return doc


def load_yaml(path: Path, *, schema: str | None = None) -> Any:
    """Parse and (optionally) validate; raise the first problem as :class:`PackError`."""
    return load_yaml_doc(path, schema=schema).data
