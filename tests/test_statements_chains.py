"""Statement tests for chains: quotes that run on across paragraphs, and speakers referred to again.

Also speakers with trailing phrases, titles the actor finder must read, and the verbs that chain
statements. Every article is fictional.
"""

from test_statements import DIRECT, said


class TestRunOnQuotes:
    def test_quote_reopened_after_its_frame_runs_on_into_the_next_paragraph(self) -> None:
        """``“A,” she said. “B`` ¶ ``“C.”``: B and C are hers, one statement per paragraph."""
        assert said(
            "Water Minister Rubina Saleem opened the canal office on Friday.",
            "“The lining is done,” she said. “The pumps arrive in spring.",
            "“Farmers will get water twice a week.”",
            "The office will employ forty people.",
        ) == [
            ("Rubina Saleem", DIRECT, "said", "The lining is done"),
            ("Rubina Saleem", DIRECT, "said", "The pumps arrive in spring."),
            ("Rubina Saleem", DIRECT, "said", "Farmers will get water twice a week."),
        ]

    def test_frame_in_the_middle_paragraph_covers_the_paragraphs_on_both_sides(self) -> None:
        """``“A`` ¶ ``“B,” he said. “C`` ¶ ``“D.”``: the frame between gives all four to him."""
        assert said(
            "Railway chief Anwar Dogar toured the workshop.",
            "“The coaches are old.",
            "“New ones come next year,” he said. “Each seats eighty.",
            "“They will run on the northern line.”",
        ) == [
            ("Anwar Dogar", DIRECT, "said", "The coaches are old."),
            ("Anwar Dogar", DIRECT, "said", "New ones come next year"),
            ("Anwar Dogar", DIRECT, "said", "Each seats eighty."),
            ("Anwar Dogar", DIRECT, "said", "They will run on the northern line."),
        ]

    def test_frame_ending_its_paragraph_with_a_colon_introduces_the_next(self) -> None:
        """``At the launch, she said:`` ¶ ``“A`` ¶ ``“B.”``: hers; the lead-in is none."""
        assert said(
            "Governor Nasreen Baig spoke at the launch. At the launch, she said:",
            "“The fund is open to small firms. Banks will lend at six percent.",
            "“No collateral will be asked.”",
        ) == [
            ("Nasreen Baig", DIRECT, "said", "The fund is open to small firms. Banks will lend "
             "at six percent."),
            ("Nasreen Baig", DIRECT, "said", "No collateral will be asked."),
        ]  # fmt: skip
