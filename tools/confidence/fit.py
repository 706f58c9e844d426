#!/usr/bin/env python3
"""Fit (or only check) the weights of Marsad's event confidence model, data/lexicon/confidence.tsv.

Each event Marsad extracts is labelled right when the project's scorer matches it to a gold event (current and
background events matched apart, as the scorer does). The signals of each event come from
`Marsad.Explain --signals ARTICLES.jsonl`, in the order `marsad extract` writes the events.

  fit.py --scorer DIR --corpus NAME GOLD PRED SIGNALS [--corpus ...] --train dev,real-odd --check real-even \
         [--l2 3] [--weights confidence.tsv] > weights.tsv

GOLD is a gold .jsonl file or a directory of gold-*.jsonl files. Each corpus can be named whole or by the half of
its article ids ("real-odd", "real-even": the number after the id's last dash). With --weights the given weights are
only checked: no fit. Otherwise signals are fitted by L2-regularised logistic regression on the --train sets; any
signal whose weight, fitted the same way on the --check set alone, points the other way is dropped and the rest
refitted, so only effects that hold on unseen reporting are kept. Reliability tables (precision of the events in
each confidence bucket, and at or above each threshold) go to stderr for every set; the weights go to stdout.
"""
import argparse
import collections
import json
import math
import os
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_gold(path):
    if os.path.isdir(path):
        return [a for name in sorted(os.listdir(path)) if name.startswith("gold-") for a in read_jsonl(os.path.join(path, name))]
    return read_jsonl(path)


def labelled_events(scorer, gold_path, pred_path, signals_path):
    """(article id, signals, right) for every extracted event."""
    preds = collections.defaultdict(list)
    for e in read_jsonl(pred_path):
        if "predicate" not in e:
            preds[e["article_id"]].append(e)
    signals = collections.defaultdict(list)
    for s in read_jsonl(signals_path):
        signals[s["article_id"]].append(s)
    rows = []
    for article in read_gold(gold_path):
        ps, ss = preds[article["id"]], signals[article["id"]]
        if [p["sub_event_type"] for p in ps] != [s["sub_event_type"] for s in ss]:
            sys.exit(f"{article['id']}: the signals are not those of the predictions (rerun both with the same build)")
        right = set()
        for historical in (False, True):
            gs = [e for e in article["events"] if bool(e.get("historical", False)) == historical]
            idx = [j for j, p in enumerate(ps) if bool(p.get("historical", False)) == historical]
            right |= {idx[j] for _, j, _ in scorer.match(gs, [ps[j] for j in idx])}
        rows += [(article["id"], s["signals"], j in right) for j, s in enumerate(ss)]
    return rows


def half_of(article_id):
    return "odd" if int(article_id.rsplit("-", 1)[1]) % 2 else "even"


def fit(rows, names, l2, offsets=()):
    """
    Weights (intercept first) by gradient descent on the L2-regularised log loss. Each corpus in offsets gets an
    intercept of its own, fitted but not kept: its articles (written to test the extractor) are easier than real
    reporting, so they inform how each signal moves the odds, not the base rate the shipped intercept stands for.
    """
    extra = [f"offset:{o}" for o in offsets]
    xs = [[1.0] + [s.get(k, 0.0) for k in names] + [1.0 if aid.startswith(o) else 0.0 for o in offsets] for aid, s, _ in rows]
    names = names + extra
    ys = [1.0 if y else 0.0 for _, _, y in rows]
    w = [0.0] * (len(names) + 1)
    for _ in range(6000):
        g = [0.0] * len(w)
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for i, xi in enumerate(x):
                g[i] += (p - y) * xi
        for i in range(len(w)):
            w[i] -= 0.5 * (g[i] + (l2 * w[i] if 0 < i <= len(names) - len(extra) else 0)) / len(xs)
    return {k: v for k, v in zip(["intercept"] + names, w) if k not in extra}


def confidence(weights, signals):
    total = weights.get("intercept", 0.0) + sum(weights.get(k, 0.0) * v for k, v in signals.items())
    return round(1 / (1 + math.exp(-total)), 2)


def reliability(name, rows, weights):
    scored = [(confidence(weights, s), y) for _, s, y in rows]
    buckets = collections.defaultdict(list)
    for c, y in scored:
        buckets[min(0.9, math.floor(c * 10 + 1e-9) / 10)].append(y)
    cells = " ".join(f"[{b:.1f}) {sum(v)}/{len(v)}={sum(v) / len(v):.2f}" for b, v in sorted(buckets.items()))
    above = []
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        sel = [y for c, y in scored if c >= t]
        above.append(f">={t}: {len(sel)} @ {sum(sel) / len(sel):.2f}" if sel else f">={t}: 0")
    print(f"{name:9s} n={len(rows):3d} right {sum(y for _, _, y in rows) / len(rows):.2f} | {'  '.join(above)}", file=sys.stderr)
    print(f"{'':9s} buckets {cells}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scorer", required=True, help="directory of the project's score.py")
    parser.add_argument("--corpus", nargs=4, action="append", required=True, metavar=("NAME", "GOLD", "PRED", "SIGNALS"))
    parser.add_argument("--train", default="")
    parser.add_argument("--check", default="")
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--offset", default="", help="article-id prefixes of corpora fitted with an intercept of their own (not kept)")
    parser.add_argument("--weights", help="only check these weights (a confidence.tsv)")
    args = parser.parse_args()
    sys.path.insert(0, args.scorer)
    import score as scorer

    sets = {}
    for name, gold, pred, signals in args.corpus:
        rows = labelled_events(scorer, gold, pred, signals)
        sets[name] = rows
        for half in ("odd", "even"):
            sets[f"{name}-{half}"] = [r for r in rows if half_of(r[0]) == half]

    def pick(names):
        return [r for n in names.split(",") if n for r in sets[n]]

    if args.weights:
        weights = {}
        for line in open(args.weights, encoding="utf-8"):
            if line.strip() and not line.startswith("#") and not line.startswith("signal\t"):
                key, value = line.split("\t")[:2]
                weights[key] = float(value)
    else:
        train, check = pick(args.train), pick(args.check)
        names = sorted({k for _, s, _ in train for k, v in s.items() if v})
        while True:
            offsets = [o for o in args.offset.split(",") if o]
            weights = fit(train, names, args.l2, offsets)
            held = fit(check, names, args.l2) if check else weights
            against = [k for k in names if weights[k] * held[k] < 0]
            if not against:
                break
            print("dropped (the other way on --check): " + ", ".join(against), file=sys.stderr)
            names = [k for k in names if k not in against]
        print("signal\tweight")
        for key, value in weights.items():
            print(f"{key}\t{value:.3f}")
    for name in [n for n, _, _, _ in args.corpus for n in (n, f"{n}-odd", f"{n}-even")]:
        if sets[name]:
            reliability(name, sets[name], weights)


if __name__ == "__main__":
    main()
