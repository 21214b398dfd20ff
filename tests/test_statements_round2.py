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


class TestAudienceAfterTheContent:
    @pytest.mark.parametrize(
        "audience",
        [
            "a gathering of investors in Multan",
            "a weekly news conference",
            "a regular press briefing in Beijing",
            "a meeting of exporters",
            "an audience of students at the university on Monday",
        ],
    )
    def test_audience_of_a_trailing_told_is_no_content(self, audience: str) -> None:
        """``A, the minister told a gathering of investors``: the audience is who heard A."""
        assert said(
            f"The fictional copper smelter will open in May, the minister told {audience}."
        ) == [("the minister", INDIRECT, "told", "The fictional copper smelter will open in May")]

    def test_clause_after_an_audience_with_an_of_phrase(self) -> None:
        """``told members of the panel the plan was ready``: the clause after the audience."""
        assert said("The minister told members of the panel the fictional smelter was ready.") == [
            ("The minister", INDIRECT, "told", "the fictional smelter was ready")
        ]
