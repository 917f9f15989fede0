"""``localekit batch``: screen JSONL/Parquet items at scale on Ray Data, exactly once, resumable.

The engine is :mod:`localekit.batch.engine`; inputs :mod:`~localekit.batch.inputs`; the output
folder and its committed parts :mod:`~localekit.batch.store`; the report
:mod:`~localekit.batch.summary`. Needs the ``batch`` extra (``ray[data]``, ``pyarrow``) and the
``screen`` extra.
"""

#: Bytes a CPU screening actor needs: one model, ~1.3 GiB PSS measured (BENCHMARKS.md). Here, not in
#: the engine, so that the CLI can print it without importing Ray or pyarrow.
ACTOR_MEMORY = 1.5 * 2**30
