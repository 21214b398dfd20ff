"""Statement rules for the wordings the session-7 held-out sets showed (fictional fixtures)."""

import pytest

from test_statements import INDIRECT, said


class TestTimeMeasuredFromAnEventAfterTheSource:
    @pytest.mark.parametrize(
        "tail",
        [
            "a district official said on Friday, two days after gunmen fired at the camp",
            "a district official said Friday, just hours after gunmen fired at the camp",
            "a district official said, a day after gunmen fired at the camp",
            "a district official said on Friday shortly after the cabinet met",
            "a district official said on Friday, a week ahead of the cabinet meeting",
        ],
    )
    def test_measured_time_clause_is_no_content(self, tail: str) -> None:
        """``A, X said on Friday, two days after B``: B dates the remark; A is reported."""
        assert said(f"Armed escorts will guard the fictional quarry at Kotri, {tail}.") == [
            ("a district official", INDIRECT, "said", "Armed escorts will guard the fictional "
             "quarry at Kotri"),
        ]  # fmt: skip
