"""Citation-accuracy evals: ``assistant eval`` (see evals/README.md for every figure).

    from assistant.evals.dataset import load_dataset
    from assistant.evals.runner import run_dataset
    from assistant.evals.metrics import summarize

    items, errors = load_dataset("evals/dev.jsonl")
    summary = summarize(run_dataset(items, {"corpus": "seeds"}))
"""

__all__ = ["dataset", "metrics", "runner", "report", "cli"]
