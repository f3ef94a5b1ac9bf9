"""``assistant eval``: run datasets, print the figures, write --json / --html.

    assistant eval                                 # evals/dev.jsonl, current settings
    assistant eval my.jsonl --json out.json --html out.html
    assistant eval --compare extractive 'llm=http://127.0.0.1:8080/v1,llm_model=x'
    assistant eval --compare chunk_chars=900 chunk_chars=600 -o max_citations=3
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path
from typing import Any

from .metrics import FIGURES

# Settings that change what is stored in the index: a compared setting that changes one gets
# its own collection, so it is indexed with that setting and the main index is left alone.
STORE_FIELDS = ("chunk_chars", "embed_model", "embed_batch_size")


def parse_setting(text: str) -> dict[str, Any]:
    """``extractive`` → {llm: None}; ``default`` → {}; ``a=1,b=x`` → {a: "1", b: "x"}."""
    text = text.strip()
    if text in ("extractive", "default", ""):
        return {"llm": None} if text == "extractive" else {}
    options: dict[str, Any] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if part == "extractive":
            options["llm"] = None
            continue
        if "=" not in part:
            raise ValueError(f"setting {text!r}: {part!r} is not KEY=VALUE "
                             "(or the word 'extractive')")
        key, value = part.split("=", 1)
        key = key.strip().replace("-", "_")
        options[key] = None if value.strip().lower() in ("none", "null") else value.strip()
    return options


def parse_options(pairs: list[str]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for pair in pairs or []:
        options.update(parse_setting(pair))
    return options


def _resolve_options(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    from ..config import load_settings

    options = {**base, **extra}
    settings = load_settings(**options)  # unknown names and bad values fail here, early
    if "collection" not in options:
        default = load_settings(**base)
        changed = [f for f in STORE_FIELDS if getattr(settings, f) != getattr(default, f)]
        if changed:
            suffix = "-".join(f"{f.split('_')[0]}{getattr(settings, f)}" for f in changed)
            suffix = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in suffix)[:40]
            options["collection"] = f"{settings.collection_name}-{suffix}".lower()
    return options


def _figure(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "ms":
        return f"{value:,.0f} ms"
    return f"{100 * value:.1f}%"


def format_table(runs: list[dict[str, Any]]) -> str:
    names = [run["name"] for run in runs]
    width = max([len("figure")] + [len(label) for _, label, _ in FIGURES]) + 2
    cols = [max(10, min(40, len(n))) for n in names]
    out = ["figure".ljust(width) + "  ".join(n[:40].rjust(c) for n, c in zip(names, cols))]
    out.append("-" * len(out[0]))
    for key, label, kind in FIGURES:
        cells = []
        for run, c in zip(runs, cols):
            text = _figure(run["summary"].get(key), kind)
            cells.append(text.rjust(c))
        if key == "recall_at_k":
            label = f"Retrieval recall@{runs[0]['summary'].get('k', 5)}"
        out.append(label.ljust(width) + "  ".join(cells))
    for key, label in (("n", "items"), ("n_answerable", "answerable"),
                       ("n_unanswerable", "unanswerable"), ("n_passed", "passed"),
                       ("n_errors", "errors")):
        out.append(label.ljust(width) + "  ".join(
            str(run["summary"].get(key, 0)).rjust(c) for run, c in zip(runs, cols)))
    return "\n".join(out)


def format_tags(runs: list[dict[str, Any]]) -> str:
    tags = sorted({t for run in runs for t in run["summary"].get("by_tag", {})})
    if not tags:
        return ""
    names = [run["name"] for run in runs]
    width = max(len(t) for t in tags) + 8
    cols = [max(10, min(40, len(n))) for n in names]
    out = ["accuracy by tag".ljust(width) + "  ".join(n[:40].rjust(c) for n, c in zip(names, cols))]
    for tag in tags:
        cells = []
        n = 0
        for run, c in zip(runs, cols):
            group = run["summary"]["by_tag"].get(tag, {})
            n = group.get("n", 0)
            acc, abst = group.get("answer_accuracy"), group.get("abstention_rate")
            text = _figure(acc, "rate") if acc is not None else f"abst {_figure(abst, 'rate')}"
            cells.append(text.rjust(c))
        out.append(f"{tag} ({n})".ljust(width) + "  ".join(cells))
    return "\n".join(out)


def format_failures(run: dict[str, Any], limit: int) -> str:
    failures = run["summary"]["failures"]
    if not failures:
        return f"[{run['name']}] no failures"
    lines = [f"[{run['name']}] {len(failures)} item(s) failed:"]
    for f in failures[:limit]:
        answer = " ".join((f["answer"] or "(no answer)").split())
        lines.append(f"  - {f['id']}: {answer[:110]}{'…' if len(answer) > 110 else ''}")
        for miss in f["misses"][:4]:
            lines.append(f"      ✗ {' '.join(miss.split())[:150]}")
        if len(f["misses"]) > 4:
            lines.append(f"      … {len(f['misses']) - 4} more")
    if len(failures) > limit:
        lines.append(f"  … {len(failures) - limit} more (see --json / --html)")
    return "\n".join(lines)


def _json_safe(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    return str(value)


def run_eval_command(args: argparse.Namespace) -> int:
    from ..cli import settings_options
    from ..config import project_root
    from .dataset import load_datasets
    from .metrics import default_judge, summarize
    from .runner import DEFAULT_K, run_dataset

    paths = [Path(p) for p in (args.datasets or [project_root() / "evals" / "dev.jsonl"])]
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"no dataset at {path}")
    loaded = load_datasets(paths)
    for error in loaded.errors:
        print(f"warning: skipped {error}", file=sys.stderr)
    items = loaded.items
    limit = getattr(args, "limit", None)
    if limit is not None:
        if limit < 1:
            raise ValueError("--limit must be at least 1")
        items = items[:limit]
    if not items:
        print("error: no valid items to evaluate", file=sys.stderr)
        return 2
    k = getattr(args, "k", None) or DEFAULT_K
    if k < 1:
        raise ValueError("--k must be at least 1")

    base = {**settings_options(args), **parse_options(getattr(args, "option", []))}
    specs = getattr(args, "compare", None) or ["default"]
    settings = []
    for spec in specs:
        settings.append((spec, _resolve_options(base, parse_setting(spec))))
    names = [name for name, _ in settings]
    if len(set(names)) != len(names):
        raise ValueError("--compare: each setting must be different")

    judge_name = getattr(args, "judge", None) or "embed"
    quiet = getattr(args, "quiet", False)
    runs = []
    for name, options in settings:
        judge = None
        if judge_name == "lexical":
            judge = default_judge(None)
        if not quiet:
            print(f"running {len(items)} item(s) with {name} ...", file=sys.stderr, flush=True)
        results = run_dataset(items, options, progress=not quiet, k=k, judge=judge, label=name)
        runs.append({"name": name, "options": options, "summary": summarize(results),
                     "results": results})

    print(format_table(runs))
    tags = format_tags(runs)
    if tags:
        print()
        print(tags)
    for run in runs:
        print()
        print(format_failures(run, limit=getattr(args, "show_failures", 15) or 0))

    meta = {
        "datasets": [str(p) for p in paths],
        "dataset_errors": loaded.errors,
        "k": k,
        "judge": "verify.support + MiniLM similarity" if judge_name == "embed"
        else "verify.support, lexical only (no embedder)",
        "generated": _dt.datetime.now().isoformat(timespec="seconds"),
    }
    if args.json_out:
        data = {**meta, "runs": [
            {"name": run["name"], "options": run["options"], "summary": run["summary"],
             "items": [r.to_dict() for r in run["results"]]} for run in runs]}
        out = Path(args.json_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=_json_safe),
                       encoding="utf-8")
        print(f"\nwrote {out}", file=sys.stderr)
    if args.html_out:
        from .report import write_html

        out = write_html(args.html_out, runs, meta)
        print(f"wrote {out}", file=sys.stderr)
    return 0
