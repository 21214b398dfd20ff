"""Statement rules for the wordings the session-7 round-3 held-out sets showed (fictional)."""

from test_statements import DIRECT, INDIRECT, said


class TestSheAfterANewSpeaker:
    def test_she_goes_on_with_the_speaker_just_introduced(self) -> None:
        """``X, who …, said A. ¶ “B,” she said``: B is X's, not an earlier woman's."""
        assert said(
            "Minister for Ports Farida Anwar Khan said the berth was ready. She said the cranes "
            "had come.",
            "Senator Rukhsana Gill, who raised the question, said the port was idle.",
            "\u201cShips do not come,\u201d she said, adding that the tariff was too high.",
        ) == [
            ("Farida Anwar Khan", INDIRECT, "said", "the berth was ready"),
            ("Farida Anwar Khan", INDIRECT, "said", "the cranes had come"),
            ("Rukhsana Gill", INDIRECT, "said", "the port was idle"),
            ("Rukhsana Gill", DIRECT, "said", "Ships do not come"),
            ("Rukhsana Gill", INDIRECT, "adding", "the tariff was too high"),
        ]

    def test_she_is_the_woman_when_the_speaker_was_named_before(self) -> None:
        """``X visited, received by Y. ¶ Y said A. ¶ She said B``: Y was not introduced with A."""
        assert said(
            "Senator Rukhsana Gill visited the fictional dry port, where she was received by "
            "Manager Zhou Peng.",
            "Zhou told reporters the port was busy.",
            "She said the berth would be widened.",
        ) == [
            ("Zhou Peng", INDIRECT, "told", "the port was busy"),
            ("Rukhsana Gill", INDIRECT, "said", "the berth would be widened"),
        ]


class TestTheFirmNamedLater:
    def test_the_firm_is_the_one_company_the_article_names(self) -> None:
        """``… as the firm warned B. ¶ … a delegation of Y Company``: the only company is Y."""
        assert said(
            "Minister for Ports Tariq Mehmood on Monday assured a Chinese cement company that its "
            "dues would be paid, as the firm warned it might shut a kiln.",
            "The assurance came at a meeting with a delegation of Qilin Cement Company.",
        ) == [
            ("Tariq Mehmood", INDIRECT, "assured", "its dues would be paid, as the firm warned "
             "it might shut a kiln"),
            ("Qilin Cement Company", INDIRECT, "warned", "it might shut a kiln"),
        ]  # fmt: skip

    def test_the_firm_stays_unnamed_among_two_companies(self) -> None:
        """With two companies named, ``the firm`` said first is neither for sure."""
        assert said(
            "The firm said it might shut a kiln.",
            "Qilin Cement Company and Baoshan Steel Group signed a supply deal.",
        ) == [("The firm", INDIRECT, "said", "it might shut a kiln")]
