"""Every message and attribute of mozilla-www-l10n (56 locales) renders like fluent.runtime.

Both engines format the same parsed resources with no arguments (so missing-variable fallbacks,
terms, term attributes, selectors and literal numbers are all exercised). Normalised: FSI/PDI
(localekit's voice channel has none; fluent.runtime isolates always), and native digits and
number symbols (a documented improvement: localekit uses the CLDR default numbering system).
"""

from __future__ import annotations

import re
from pathlib import Path

import babel.numbers
import pytest
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser

from localekit.render import Renderer
from localekit.render.values import DIGIT_ZERO

CORPUS_LOCALES = [
    "ar", "fa", "ur", "skr", "he", "hi-IN", "mr", "ne-NP", "bn", "pa-IN", "gu-IN", "ta", "te", "kn", "ml", "si",
    "th", "lo", "km", "my", "ja", "zh-CN", "zh-TW", "ko", "ru", "uk", "sr", "be", "bg", "kk", "mk", "el", "ka",
    "hy-AM", "am", "de", "fr", "es-ES", "es-MX", "pt-BR", "it", "nl", "pl", "cs", "hu", "ro", "tr", "vi", "id",
    "ms", "sv-SE", "fi", "en-GB", "kab", "cy", "xh",
]
_VARIABLE = re.compile(r"\$([a-zA-Z][a-zA-Z0-9_-]*)")
_SYMBOLS = (babel.numbers.get_decimal_symbol, babel.numbers.get_group_symbol,
            babel.numbers.get_minus_sign_symbol, babel.numbers.get_plus_sign_symbol)


def _normaliser(renderer: Renderer):
    fmts = renderer._sources[0].catalog.fmts
    ns = fmts.numbering_system
    table: dict[int, str] = {}
    if ns != "latn":
        zero = DIGIT_ZERO.get(ns)
        if zero:
            table.update({zero + d: str(d) for d in range(10)})
        for get in _SYMBOLS:
            native, latn = get(fmts.locale, numbering_system=ns), get(fmts.locale, numbering_system="latn")
            if len(native) == 1 and native != latn:
                table[ord(native)] = latn
    table[0x2068] = ""
    table[0x2069] = ""
    return lambda s: s.translate(table)


def compare_locale(root: Path, tag: str) -> tuple[int, list[str]]:
    """(messages compared, differences) for one corpus locale."""
    parser = FluentParser(with_spans=False)
    texts = [(str(f), f.read_text("utf-8")) for f in sorted((root / tag).rglob("*.ftl"))]
    resources = [(name, parser.parse(text)) for name, text in texts]
    # second pass: every variable of the locale set to 1 (plural "one", NUMBER formatting, substitution)
    args = {name: 1 for _, text in texts for name in _VARIABLE.findall(text)}
    bundle = FluentBundle([tag])
    for _, res in resources:
        bundle.add_resource(res)
    mine = Renderer.from_resources(tag, resources)
    norm = _normaliser(mine)
    strip = str.maketrans({0x2068: "", 0x2069: ""})
    diffs: list[str] = []
    count = 0
    for mid in bundle._messages:
        msg = bundle.get_message(mid)
        for call_args in (None, args):
            got = mine.render_message(mid, call_args, channel="voice")  # must never raise
            count += 1
            expected: list[tuple[str, str]] = []
            try:
                if msg.value is not None:
                    expected.append(("", bundle.format_pattern(msg.value, call_args)[0]))
                for name, pattern in msg.attributes.items():
                    expected.append((name, bundle.format_pattern(pattern, call_args)[0]))
            except RecursionError:
                continue  # fluent.runtime crashes; localekit must just not raise (checked above)
            for name, want in expected:
                have = got.attributes.get(name) if name else got.value
                if have is None or norm(have) != norm(str(want).translate(strip)):
                    diffs.append(f"{tag} {mid}{'.' + name if name else ''} {call_args and 'args'}: "
                                 f"{want!r} != {have!r}")
    return count, diffs


@pytest.mark.parametrize("tag", CORPUS_LOCALES)
def test_corpus_equals_fluent_runtime(www_l10n: Path, tag: str) -> None:
    count, diffs = compare_locale(www_l10n, tag)
    assert count > 0
    assert not diffs, "\n".join(diffs[:20])


if __name__ == "__main__":  # diagnostics: python tests/test_render_corpus.py [locales]
    import sys
    import time

    root = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "mozilla-www-l10n"
    total = 0
    start = time.perf_counter()
    for tag in sys.argv[1:] or CORPUS_LOCALES:
        n, d = compare_locale(root, tag)
        total += n
        print(tag, n, len(d), *d[:5], sep="\n  " if d else " ")
    print("messages", total, "seconds", round(time.perf_counter() - start, 1))
