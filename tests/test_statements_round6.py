"""Statement rules for the wordings the session-8 round-4 held-out sets showed (fictional)."""

from test_statements import INDIRECT, said


class TestProposalsReportContent:
    def test_the_chinese_side_proposed_that_is_the_chinese_signatory(self) -> None:
        """``The Chinese side also proposed that B`` reports B, by the Chinese signatory named."""
        assert said(
            "The deal was signed by Wang Lei, vice president of the Qinghe Seed Group, and Sana "
            "Malik, Pakistan's agriculture secretary.",
            "The Chinese side will train 500 farmers, Wang said.",
            "The Chinese side also proposed that the labs work with the University of Sindh on "
            "new rice varieties.",
        ) == [
            ("Wang Lei", INDIRECT, "said", "The Chinese side will train 500 farmers"),
            (
                "Wang Lei",
                INDIRECT,
                "proposed",
                "the labs work with the University of Sindh on new rice varieties",
            ),
        ]

    def test_minister_proposed_that_is_a_statement(self) -> None:
        """``X proposed that B`` (APP's meeting copy) reports B, as ``suggested that`` does."""
        assert said(
            "ISLAMABAD, Mar 3 (APP): Federal Minister for Maritime Affairs Junaid Baloch "
            "proposed that a joint survey of the Pasni fish harbour be held in April."
        ) == [
            (
                "Junaid Baloch",
                INDIRECT,
                "proposed",
                "a joint survey of the Pasni fish harbour be held in April",
            )
        ]

    def test_committee_recommends_that_is_a_statement(self) -> None:
        """``The committee recommended that B`` (Dawn, Business Recorder) reports B."""
        assert said(
            "ISLAMABAD: The Senate Standing Committee on Power recommended that the Chinese IPPs "
            "be paid from a revolving account."
        ) == [
            (
                "Senate Standing Committee on Power",
                INDIRECT,
                "recommended",
                "the Chinese IPPs be paid from a revolving account",
            )
        ]

    def test_proposed_without_that_reports_nothing(self) -> None:
        """``proposed a new route`` and ``the proposed line`` carry no reported clause."""
        assert (
            said(
                "QUETTA: The planning department proposed a new route for the Quetta bypass.",
                "The proposed line will link Gwadar with Quetta.",
                "It was recommended for approval.",
            )
            == []
        )
