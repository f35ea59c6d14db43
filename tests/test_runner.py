"""cli.runner: inputs go to the workers in ordered batches, bounded by count and bytes."""

from __future__ import annotations

from pathlib import Path

from filing2json.cli import runner
from filing2json.cli.inputs import Input
from filing2json.cli.runner import Job, batches, run_all
from support import FILINGS, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def _inputs(paths: list[Path]) -> list[Input]:
    return [Input(str(p), p.name, file=str(p)) for p in paths]


def test_small_inputs_go_sixteen_to_a_batch_in_order() -> None:
    inputs = _inputs(SAMPLE_FILES * 10)  # 40 inputs of 5-7 KB
    got = list(batches(inputs))
    assert [len(b) for b in got] == [16, 16, 8]
    assert [i for b in got for i in b] == inputs


def test_a_batch_closes_once_its_bytes_pass_the_limit() -> None:
    big = FILINGS / "8k_2022_caterpillarinc_1.txt"  # 1,652 KB
    assert big.stat().st_size > runner.BATCH_BYTES // 2
    got = list(batches(_inputs([big, big, SAMPLE_FILES[0], big])))
    assert [len(b) for b in got] == [2, 2]


def test_inputs_that_already_failed_go_alone() -> None:
    ok = _inputs(SAMPLE_FILES[:2])
    failed = Input("missing.txt", "missing", error="No such file or directory")
    got = list(batches([ok[0], failed, ok[1]]))
    assert got == [[ok[0]], [failed], [ok[1]]]


def test_batched_workers_give_the_same_outcomes_in_the_same_order() -> None:
    inputs = _inputs(SAMPLE_FILES * 9)  # 36 inputs: three batches in flight
    failed = Input("missing.txt", "missing", error="No such file or directory")
    inputs.insert(17, failed)
    job = Job(keep_text=False)
    one = list(run_all(inputs, job, jobs=1))
    two = list(run_all(inputs, job, jobs=2))
    assert [o.source for o in two] == [i.source for i in inputs]
    assert [o.payload for o in two] == [o.payload for o in one]
    assert two[17].error == "No such file or directory" and two[17].payload is None
    assert b'"report_date":"2000-08-03"' in two[0].payload
