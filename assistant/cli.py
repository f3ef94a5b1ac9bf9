"""Command line: ``assistant index | ask | serve | eval``.

Settings come from ``ASSISTANT_*`` environment variables, overridden by the flags here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any


def _add_store_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", help="folder of .txt/.md/.html/.pdf files (default: seeds/)")
    parser.add_argument("--index-dir", help="where the local Chroma index lives (default: index/)")
    parser.add_argument("--chroma-host", help="use a `chroma run` server at this host")
    parser.add_argument("--chroma-port", type=int, help="port of the Chroma server (default 8000)")


def _add_llm_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--llm", help="base URL of an OpenAI-compatible server (opt-in LLM answers)")
    parser.add_argument("--llm-model", help="model name on that server")
    parser.add_argument("--llm-api-key-env", help="name of the environment variable holding the API key")
    parser.add_argument("--llm-timeout", type=float, help="seconds before falling back to extractive")
    parser.add_argument("--llm-temperature", type=float)
    parser.add_argument("--llm-max-tokens", type=int, help="longest answer the LLM may write")
    parser.add_argument("--reader-threshold", type=float,
                        help="the reader's no-answer threshold (default: the model's calibrated one)")


def settings_options(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line (unset flags leave env/defaults alone)."""
    names = ("corpus", "index_dir", "chroma_host", "chroma_port", "llm", "llm_model",
             "llm_api_key_env", "llm_timeout", "llm_temperature", "llm_max_tokens",
             "reader_threshold", "share_uploads")
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def cmd_index(args: argparse.Namespace) -> int:
    from .config import load_settings
    from .embed import bound_indexing_memory
    from .pipeline import get_engine

    bound_indexing_memory()  # this process only indexes: a lower peak of memory (see the function)

    options = settings_options(args)
    settings = load_settings(**options)
    paths = [Path(p) for p in args.paths] if args.paths else None
    if paths and len(paths) == 1 and paths[0].is_dir() and "corpus" not in options:
        settings = settings.replace(corpus=paths[0])  # `assistant index my_folder/`
        paths = None
    print(f"indexing {settings.corpus} -> "
          f"{settings.chroma_host + ':' + str(settings.chroma_port) if settings.chroma_host else settings.index_dir}",
          flush=True)
    engine = get_engine(settings)
    report = engine.sync(paths=paths, log=lambda line: print(line, flush=True),
                         show_progress=not args.quiet and sys.stderr.isatty(), embed_in_child=True)
    for source, message in report.failed.items():
        print(f"  ! {source}: {message}", file=sys.stderr)
    for warning in report.warnings:
        print(f"  ~ {warning}", file=sys.stderr)
    print(report.summary(), flush=True)
    if not engine.snapshot_is_current():
        _write_snapshot(engine)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    return 1 if report.failed and not (report.added or report.updated or report.unchanged) else 0


def _write_snapshot(engine) -> None:
    """The retriever's snapshot for the index just written, built in a child process (see
    :func:`assistant.pipeline.write_snapshot`). If it is not written, the first answer builds it."""
    import multiprocessing

    from . import snapshot
    from .pipeline import write_snapshot

    started = time.perf_counter()
    path, generation, settings = engine.snapshot_path(), engine.generation(), engine.settings
    # This process's Chroma client holds the vector indexes it wrote (about 2 KB a record: 924 MB
    # for a 30 MB file): let them go while the child, which reads them again, builds the snapshot.
    engine.close()
    child = multiprocessing.get_context("spawn").Process(target=write_snapshot, args=(settings,),
                                                         name="assistant-snapshot")
    child.start()
    child.join()
    if child.exitcode == 0 and snapshot.is_current(path, generation):  # a read-only index directory exits 0 too
        print(f"retriever snapshot written in {time.perf_counter() - started:.1f} s "
              "(the first answer loads it instead of building it)", flush=True)
    else:
        print(f"  ~ the retriever snapshot was not written (exit code {child.exitcode}): "
              "the first answer builds it", file=sys.stderr, flush=True)


def format_answer(result) -> str:
    lines = [result.text, ""]
    if result.abstained and result.related:
        lines.append("Related passages (not answers):")
        for passage in result.related:
            lines.append(f"  - {passage.source} [{passage.start}:{passage.end}]: "
                         f"{' '.join(passage.text.split())[:200]}")
    for c in result.citations:
        where = f"chars {c.start}-{c.end}" + (f", page {c.page}" if c.page else "")
        lines.append(f"[{c.n}] {c.title} — {c.source} ({where})")
        lines.append(f"    \"{' '.join(c.quote.split())}\"")
    if result.fallback_reason:
        lines.append(f"(note: {result.fallback_reason})")
    for notice in result.notices:
        lines.append(f"(note: {notice})")
    if result.confidence is not None:
        lines.append(f"(reader confidence {result.confidence:.2f})")
    return "\n".join(lines).rstrip()


def cmd_ask(args: argparse.Namespace) -> int:
    from .pipeline import answer

    history = json.loads(Path(args.history).read_text()) if args.history else None
    result = answer(args.question, history, **settings_options(args))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(result))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .ui import serve

    return serve(args) or 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evals.cli import run_eval_command

    return run_eval_command(args) or 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update the index; prints what changed")
    p.add_argument("paths", nargs="*", help="a corpus folder, or files inside the corpus to update")
    p.add_argument("--json", action="store_true", help="also print the report as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_store_flags(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="answer a question with numbered sources")
    p.add_argument("question")
    p.add_argument("--history", help="JSON file of earlier messages [{role, content}, ...]")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    _add_store_flags(p)
    _add_llm_flags(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="start the web UI (default http://127.0.0.1:7860)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", help="user:password (required when binding beyond loopback); "
                                  "visible in the process list: prefer --auth-file or ASSISTANT_AUTH")
    p.add_argument("--auth-file", help="a file of user:password lines (or set ASSISTANT_AUTH_FILE)")
    p.add_argument("--share-uploads", action="store_true", default=None,
                   help="uploads join the shared corpus at once (default: private to the uploader "
                        "until an administrator, ASSISTANT_ADMINS, shares them)")
    _add_store_flags(p)
    _add_llm_flags(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval-public", add_help=False,
                       help="public QA sets (XQuAD, WikiQA, SubjQA) through answer(); see --help")
    p.set_defaults(func=None)  # dispatched in main(): it has its own arguments

    p = sub.add_parser("eval", help="run citation-accuracy evals on JSONL datasets")
    p.add_argument("datasets", nargs="*", help="default: evals/dev.jsonl")
    p.add_argument("--json", dest="json_out", help="write full results as JSON here")
    p.add_argument("--html", dest="html_out", help="write a self-contained HTML report here")
    p.add_argument("--compare", nargs="+", metavar="SETTING",
                   help="option sets to compare, e.g. extractive 'llm=http://127.0.0.1:8080/v1'")
    p.add_argument("--option", "-o", action="append", default=[], metavar="KEY=VALUE",
                   help="an answer() option for every run")
    p.add_argument("--limit", type=int, help="only the first N items")
    p.add_argument("--k", type=int, default=5, help="k of retrieval recall@k (default 5)")
    p.add_argument("--judge", choices=("embed", "lexical"), default="embed",
                   help="support judge for citation recall/precision: verify.support with "
                        "MiniLM similarity (embed, default) or without it (lexical)")
    p.add_argument("--show-failures", type=int, default=15, metavar="N",
                   help="failed items printed per setting (default 15; all are in --json/--html)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_store_flags(p)
    _add_llm_flags(p)
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval-public"]:
        from .evals.public import main as public_main

        return public_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, TypeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except Exception as err:  # noqa: BLE001 - a CLI user gets a message, not a traceback
        from .documents import DocumentError
        from .readers.learned import ReaderModelError
        from .store import StoreError

        if isinstance(err, (DocumentError, StoreError, ReaderModelError, FileNotFoundError, json.JSONDecodeError)):
            print(f"error: {err}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
