"""``localekit scaffold TAG``: the starting point of a curated pack, derived values filled in.

Every value comes from the derived pack (:mod:`localekit.derive`), with its source in a comment;
``TODO`` marks what a human must decide (register default and rationale, greetings, policy).
``localekit audit`` accepts the result and warns for each TODO left.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from localekit import packs
from localekit.errors import LocalekitError
from localekit.io import atomic_write_text
from localekit.tags import normalize_tag


def _block(key: str, value: object) -> str:
    flow = None if isinstance(value, dict | list) else False
    return yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=4096, default_flow_style=flow)


def scaffold_text(tag: str) -> tuple[str, str | None]:
    """(pack.yaml text, tag of the curated pack whose catalog and register it starts from)."""
    norm = normalize_tag(tag)
    pack = packs.derived_pack(norm)
    d, src = pack.raw, pack.sources
    register_from = src.get("formality", "unknown").removeprefix("curated:")
    register_from = register_from if register_from in packs.available() else None
    hol = d["holidays"]
    ids = sorted({i for h in pack.holidays(2026) for i in h.ids}) if hol["country"] else []
    out = [
        f"# Locale pack: {d['names']['english']}. Format: docs/pack-format.md, "
        "schema: localekit/schema/pack.schema.json",
        "# Scaffolded by `localekit scaffold` from CLDR, python-holidays and the curated packs in scope; the",
        "# comments say where each value came from. Settle each decision marked below, then delete its",
        "# marker: `localekit audit` warns while any is left.",
        _block("schema_version", 1).rstrip(),
        _block("tag", norm).rstrip(),
        f"# names, scripts, direction, numbering: {src.get('numbering_system')}",
        _block("names", d["names"]).rstrip(),
        _block("language", d["language"]).rstrip(),
    ]
    if d.get("region"):
        out.append(_block("region", d["region"]).rstrip())
    out += [_block(k, d[k]).rstrip() for k in ("scripts", "direction", "numbering_system", "aliases")]
    form = dict(d["formality"])
    if register_from:
        out.append(f"# register: taken from the curated {register_from} pack (same language and script)")
        out.append(f"# TODO: confirm the default register for {norm} and rewrite the rationale for this country")
    else:
        out.append("# register: unknown (no curated pack of this language); neutral until a speaker decides")
        out.append(f"# TODO: decide the default register for {norm}, its rationale and its markers with examples")
    form["rationale"] = f"TODO: why an assistant in {norm} uses this register ({form['rationale']})"
    out.append(_block("formality", form).rstrip())
    out.append(f"# holidays: {src.get('holidays')}")
    out.append("# TODO: choose the holidays to greet and to avoid, and the observances (ids from "
               "policies/holidays.yaml)")
    if ids:
        out.append(f"#   ids in this year's {hol['country']} calendar: {', '.join(ids)}")
    out.append(_block("holidays", hol).rstrip())
    out.append(f"# display: {src.get('display')}")
    out.append(_block("display", d["display"]).rstrip())
    overrides = [f"{t} ({s.removeprefix('curated:')})" for t, s in sorted(src.items())
                 if t.startswith("policy.overrides.")]
    out.append("# policy: taxonomy defaults" + (f"; overrides of this country's curated packs: "
                                                 f"{', '.join(o.removeprefix('policy.overrides.') for o in overrides)}"
                                                 if overrides else ""))
    out.append(f"# TODO: review the policy for {norm}: overrides with their legal reason (law and year), "
               "forbidden terms")
    out.append(_block("policy", d["policy"]).rstrip())
    out.append(_block("culture", d["culture"]).rstrip())
    return "\n".join(out) + "\n", register_from


def scaffold(tag: str, out_dir: Path) -> Path:
    """Write ``out_dir/<tag>/pack.yaml`` (and ``core.ftl`` from the same-language pack); return the folder."""
    norm = normalize_tag(tag)
    if norm in packs.available():
        raise LocalekitError(f"a curated pack for {norm} exists", str(packs.available()[norm]),
                             hint="edit it, or scaffold another tag")
    folder = out_dir / norm
    if (folder / "pack.yaml").exists():
        raise LocalekitError("pack.yaml already exists", str(folder / "pack.yaml"),
                             hint="remove it or choose another --out")
    text, register_from = scaffold_text(norm)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(folder / "pack.yaml", text)
    if register_from:
        core = packs.available()[register_from] / "core.ftl"
        if core.is_file():
            atomic_write_text(folder / "core.ftl", f"# Copied from {register_from}: review the wording for "
                                                    f"{norm}.\n\n" + core.read_text(encoding="utf-8"))
    return folder
