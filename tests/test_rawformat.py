import codecs
import datetime as dt
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpecdata import strategies as cst
from cpecdata.errors import ParseError
from cpecdata.model import Article, NoiseKind, Origin, Span
from cpecdata.rawformat import article_id, decode, is_byline, parse_bytes, parse_text
from cpecdata.serialize.raw import render_raw

SAMPLE = (resources.files("cpecdata") / "data" / "000_83d993cbec17adfe.txt").read_bytes()

FICTIONAL = (
    " date 2024-03-05 Planning minister opens a fictional hydropower plant\n"
    "\n"
    "KARACHI: Minister Farah Qureshi opened the plant on Tuesday.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "“It is a good day,” she said.\n"
    "\n"
    "Also Read Minister tours the coast The minister spent a day at the...\n"
)


def one(text: str | bytes, path: str | None = "a.txt") -> Article:
    items = list(parse_bytes(text, path) if isinstance(text, bytes) else parse_text(text, path))
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


def error(text: str | bytes, path: str | None = "a.txt") -> ParseError:
    items = list(parse_bytes(text, path) if isinstance(text, bytes) else parse_text(text, path))
    assert len(items) == 1
    assert isinstance(items[0], ParseError), items[0]
    return items[0]


class TestSample:
    """The user's real sample gives exactly the fields the foundation issue lists."""

    def test_header(self) -> None:
        """Date and headline come from the header line."""
        article = one(SAMPLE)
        assert article.date == dt.date(2022, 11, 21)
        assert article.headline == "CPEC is the flagship project for China-Pakistan cooperation"

    def test_dateline_and_paragraphs(self) -> None:
        """BEIJING is the dateline and is cut from the first of the ten body paragraphs."""
        article = one(SAMPLE)
        assert article.dateline == "BEIJING"
        assert len(article.paragraphs) == 10
        assert article.paragraphs[0].text.startswith("China and Pakistan have expanded cooperation")
        assert article.paragraphs[-1].text.startswith("The two sides agreed to further build")

    def test_noise(self) -> None:
        """The two Advertisement lines are kept as removed noise, not paragraphs."""
        article = one(SAMPLE)
        assert [(n.kind, n.text) for n in article.noise] == [
            (NoiseKind.ADVERTISEMENT, "Advertisement"),
            (NoiseKind.ADVERTISEMENT, "Advertisement"),
        ]

    def test_related_link(self) -> None:
        """The Also Read trailer splits into headline and teaser, flagged as cut, text kept."""
        (link,) = one(SAMPLE).related
        assert link.headline == "PM Shehbaz, Chinese Premier agree on CPEC’s expansion"
        assert link.teaser == (
            "Prime Minister Shehbaz Sharif met with Chinese Premier Li Keqiang The two..."
        )
        assert link.truncated is True
        assert link.text == link.headline + " " + link.teaser

    def test_source_is_the_exact_record(self) -> None:
        """The source is the decoded file byte for byte, so spans index the real text."""
        article = one(SAMPLE)
        assert article.source == SAMPLE.decode("utf-8")
        for p in article.paragraphs:
            assert p.span.of(article.source) == p.text

    def test_origin(self) -> None:
        """Origin names the file, record index and header line."""
        assert one(SAMPLE, "corpus/x.txt").origin == Origin("corpus/x.txt", 0, 1)


class TestHeader:
    """The header line: optional leading blanks, 'date', an ISO date, a headline."""

    def test_without_leading_space(self) -> None:
        """Some scrapers drop the leading space; the header is still recognised."""
        assert one("date 2020-01-02 A headline\n\nBody.").headline == "A headline"

    def test_trailing_spaces_dropped(self) -> None:
        """Trailing blanks after the headline are not part of it."""
        assert one(" date 2020-01-02 A headline  \t\n\nBody.").headline == "A headline"

    def test_invalid_date(self) -> None:
        """A calendar-impossible date is rejected at the date's column, with a caret."""
        err = error(" date 2022-02-30 Headline\n\nBody.", "corpus/a.txt")
        assert (err.code, err.line, err.column) == ("invalid-date", 1, 7)
        assert str(err) == (
            "corpus/a.txt:1:7: invalid date '2022-02-30' in header\n"
            "     date 2022-02-30 Headline\n"
            "          ^"
        )

    def test_month_13(self) -> None:
        """Month 13 is an invalid date, not a wrapped one."""
        assert error(" date 2022-13-01 Headline\n\nBody.").code == "invalid-date"

    def test_bad_date_format(self) -> None:
        """A date not in YYYY-MM-DD form names what it got."""
        err = error(" date 2022/01/05 Headline\n\nBody.")
        assert (err.code, err.message) == (
            "bad-date",
            "expected a YYYY-MM-DD date in header, got '2022/01/05'",
        )

    def test_missing_headline(self) -> None:
        """A header with a date but no headline is an error pointing past the date."""
        err = error(" date 2022-01-05\n\nBody.")
        assert (err.code, err.column) == ("missing-headline", 17)

    def test_headline_of_a_no_break_space(self) -> None:
        """A headline that is only a no-break space is missing, reported (found by fuzzing)."""
        err = error(" date 2022-01-05\u00a0\n\nBody.")
        assert (err.code, err.column) == ("missing-headline", 18)

    def test_no_body(self) -> None:
        """A header alone is reported, not turned into an empty article."""
        assert error(" date 2022-01-05 Headline\n\n\n").code == "no-body"


class TestBody:
    """Blocks, noise lines, datelines and trailers."""

    def test_fictional_article(self) -> None:
        """All the parts of a record come out in their places."""
        article = one(FICTIONAL)
        assert article.dateline == "KARACHI"
        assert [p.text for p in article.paragraphs] == [
            "Minister Farah Qureshi opened the plant on Tuesday.",
            "“It is a good day,” she said.",
        ]
        assert [r.headline for r in article.related] == ["Minister tours the coast"]

    def test_noise_line_without_blank_lines_splits_blocks(self) -> None:
        """An Advertisement line glued between paragraphs is still noise."""
        article = one(" date 2020-01-02 H\n\nFirst.\nAdvertisement\nSecond.")
        assert [p.text for p in article.paragraphs] == ["First.", "Second."]
        assert len(article.noise) == 1

    def test_multi_line_paragraph_kept_verbatim(self) -> None:
        """Lines of one block form one paragraph whose text is the exact slice."""
        article = one(" date 2020-01-02 H\r\n\r\nLine one\r\nline two.\r\n")
        assert [p.text for p in article.paragraphs] == ["Line one\r\nline two."]

    @pytest.mark.parametrize(
        ("opening", "dateline", "rest"),
        [
            ("BEIJING: China said.", "BEIJING", "China said."),
            ("Islamabad: The minister said.", "Islamabad", "The minister said."),
            ("ISLAMABAD (AP) — The minister said.", "ISLAMABAD", "The minister said."),
            ("BEIJING - A spokesman said.", "BEIJING", "A spokesman said."),
            ("ISLAMABAD/KARACHI: Markets rose.", "ISLAMABAD/KARACHI", "Markets rose."),
            ("BEIJING, Jul.12 (INP): Talks began.", "BEIJING", "Talks began."),
            ("LAHORE, (Wire / News - 3rd Oct, 2024) Talks began.", "LAHORE", "Talks began."),
            # Wire copy names the country after a provincial city, then the date.
            ("QUETTA, Pakistan, June 11 (Xinhua) -- A plant opened.", "QUETTA", "A plant opened."),
            ("KASHGAR, China (Reuters) - A train left.", "KASHGAR", "A train left."),
            ("Lahore, 5 June 2024: Talks began.", "Lahore", "Talks began."),  # day before month
            ("ISLAMABAD, June 5th, 2024 (APP): Talks.", "ISLAMABAD", "Talks."),
            ("ISLAMABAD, (Wire - 5th Jun, 2024) :Talks began.", "ISLAMABAD", "Talks began."),
            ("Lahore—A plant opened.", "Lahore", "A plant opened."),  # a known town, no blanks
            ("Karachi, Pakistan – A plant opened.", "Karachi", "A plant opened."),
            ("LAHORE, May 3. /TASS/. Talks began.", "LAHORE", "Talks began."),  # TASS house style
            ("Islamabad, Sept. 10 (ECNS) -- Talks began.", "Islamabad", "Talks began."),
            ("(Shanghai) — Talks began.", "Shanghai", "Talks began."),  # Caixin: a town in brackets
        ],
    )
    def test_dateline_forms(self, opening: str, dateline: str, rest: str) -> None:
        """Datelines come in several house styles; the place is kept as written."""
        article = one(f" date 2020-01-02 H\n\n{opening}")
        assert (article.dateline, article.paragraphs[0].text) == (dateline, rest)

    @pytest.mark.parametrize(
        "opening",
        [
            "Q: What is your comment on the corridor?",
            "Prime Minister Imran Khan on Thursday arrived in Beijing.",
            "China and Pakistan - old friends - met again.",
            "A: We welcome it.",
            "Reporter: What about the port?",  # a transcript's role label
            "Monday, March 3 (Reuters) - Talks began.",  # a weekday is no place
            "Pakistan—China's all-weather friend—has grown.",  # a country, not a dateline
            "Gwadar—the port city—is busy.",  # a dash before lower case: a parenthesis
            "Lahore, Karachi - markets rose.",  # two places: no country-and-date dateline
            "China, Pakistan – Talks resumed.",  # countries, not a town and its country
            "Velmora—A town opened.",  # an unknown word: the dash may be the writer's
            "(Reuters) — Talks began.",  # an agency in brackets names no place
            "(Pakistan) — Talks began.",  # nor does a country
        ],
    )
    def test_not_datelines(self, opening: str) -> None:
        """Transcript labels and ordinary sentences are not datelines."""
        article = one(f" date 2020-01-02 H\n\n{opening}")
        assert (article.dateline, article.paragraphs[0].text) == (None, opening)

    def test_transcript_turn_is_no_dateline(self) -> None:
        """``Name:`` that opens later paragraphs too labels a speaker's turn, not a place."""
        turns = "Li Wen: We welcome it.\n\nReporter: And the port?\n\nLi Wen: Yes."
        article = one(f" date 2020-01-02 H\n\n{turns}")
        assert (article.dateline, article.paragraphs[0].text) == (None, "Li Wen: We welcome it.")

    def test_dateline_only_on_first_paragraph(self) -> None:
        """A later paragraph that opens like a dateline is left alone."""
        article = one(" date 2020-01-02 H\n\nFirst one.\n\nKARACHI: Second one.")
        assert article.dateline is None
        assert article.paragraphs[1].text == "KARACHI: Second one."

    def test_trailer_without_truncation(self) -> None:
        """A trailer that is not cut has truncated=False."""
        article = one(" date 2020-01-02 H\n\nBody.\n\nAlso Read Ports reopen after storm")
        (link,) = article.related
        assert (link.text, link.truncated) == ("Ports reopen after storm", False)

    @pytest.mark.parametrize(
        ("trailer", "headline", "teaser"),
        [
            pytest.param(  # in a Title Case headline the teaser starts at the lead's determiner
                "Envoy To Visit Gwadar Port In March A senior envoy of the Chinese government"
                " will travel to the port...",
                "Envoy To Visit Gwadar Port In March",
                "A senior envoy of the Chinese government will travel to the port...",
                id="title-case",
            ),
            pytest.param(  # a teaser that opens with its lead's dateline starts there
                "Tovar Bay seeks Chinese help for its fish harbour KESTRAN: The provincial"
                " government on Monday asked China to...",
                "Tovar Bay seeks Chinese help for its fish harbour",
                "KESTRAN: The provincial government on Monday asked China to...",
                id="dateline",
            ),
        ],
    )
    def test_trailer_split(self, trailer: str, headline: str, teaser: str) -> None:
        """The teaser starts at the lead: its determiner, or its dateline (``KARACHI:``)."""
        (link,) = one(f" date 2020-01-02 H\n\nBody.\n\nAlso Read {trailer}").related
        assert (link.headline, link.teaser) == (headline, teaser)


class TestByline:
    """A byline paragraph before the dateline paragraph (Pakistani outlets' layout)."""

    @pytest.mark.parametrize(
        "byline",
        ["Tahir Velani", "By Our Correspondent", "Our Staff Reporter", "Staff Report",
         "By Saima Durrani", "APP", "Web Desk", "By M. Tariq Lodhi", "Zia ul Velani"],
    )  # fmt: skip
    def test_dateline_after_byline(self, byline: str) -> None:
        """The dateline opens the paragraph after a byline; the byline stays a paragraph."""
        article = one(f" date 2024-07-08 H\n\n{byline}\n\nLAHORE: The line opened.\n\nMore.")
        texts = [p.text for p in article.paragraphs]
        assert (article.dateline, texts) == ("LAHORE", [byline, "The line opened.", "More."])

    def test_byline_spans(self) -> None:
        """Both paragraphs keep exact spans into the source (CRLF line ends here)."""
        article = one(" date 2024-07-08 H\r\n\r\nTahir Velani\r\n\r\nISLAMABAD: Power flowed.")
        assert [p.span for p in article.paragraphs] == [Span(22, 34), Span(49, 62)]

    def test_prose_line_is_no_byline(self) -> None:
        """A one-line opening of prose is no byline, so the next paragraph keeps its text."""
        article = one(
            " date 2024-07-08 H\n\nPakistan and China signed accords\n\nLAHORE: It rained."
        )
        texts = [p.text for p in article.paragraphs]
        assert (article.dateline, texts) == (
            None, ["Pakistan and China signed accords", "LAHORE: It rained."]
        )  # fmt: skip

    def test_one_byline_only(self) -> None:
        """Only the second paragraph may hold the dateline, so two byline blocks give none."""
        article = one(" date 2024-07-08 H\n\nStaff Report\n\nTahir Velani\n\nLAHORE: It rained.")
        assert (article.dateline, article.paragraphs[2].text) == (None, "LAHORE: It rained.")

    def test_no_dateline_before_a_byline(self) -> None:
        """``LAHORE: Web Desk`` keeps its text: the raw writer puts a dateline after a byline."""
        article = one(" date 2024-07-08 H\n\nLAHORE: Web Desk\n\nThe line opened.")
        assert (article.dateline, article.paragraphs[0].text) == (None, "LAHORE: Web Desk")

    @given(cst.articles(facts=False), st.sampled_from(["By Our Correspondent", "Tahir Velani"]))
    def test_byline_round_trip(self, article: Article, byline: str) -> None:
        """A byline put before a canonical text's body keeps its dateline and renders back as is."""
        header, rest = article.source.split("\n\n", 1)
        text = f"{header}\n\n{byline}\n\n{rest}"
        parsed = one(text)
        texts = [byline, *(p.text for p in article.paragraphs)]
        assert (parsed.dateline, [p.text for p in parsed.paragraphs]) == (article.dateline, texts)
        assert render_raw(parsed) == text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("Tahir Velani", True), ("By Our Correspondent", True), ("BY SAIMA DURRANI", True),
         ("Tahir Velani\nStaff Reporter", True), ("Velmora", False), ("By the end of May", False),
         ("Pakistan and China signed", False), ("Tahir Velani said so.", False),
         ("LAHORE: Web Desk", False), ("The Road", True)],
    )  # fmt: skip
    def test_is_byline(self, text: str, expected: bool) -> None:
        """A name of two to five capitalised words or a byline formula, without punctuation."""
        assert is_byline(text) is expected


class TestRecords:
    """Files with several records, preambles and nothing at all."""

    def test_two_records(self) -> None:
        """A new header line starts a new record; origins count records and lines."""
        text = " date 2020-01-02 One\n\nFirst body.\n date 2020-01-03 Two\n\nSecond body."
        items = list(parse_text(text, "m.txt"))
        assert [(a.headline, a.origin) for a in items if isinstance(a, Article)] == [
            ("One", Origin("m.txt", 0, 1)),
            ("Two", Origin("m.txt", 1, 4)),
        ]

    def test_broken_record_in_the_middle(self) -> None:
        """A bad record between good ones is reported in place; the others still parse."""
        text = (
            " date 2020-01-02 One\n\nBody.\n\n"
            " date 2020-02-31 Two\n\nBody.\n\n"
            " date 2020-01-04 Three\n\nBody."
        )
        items = list(parse_text(text, "m.txt"))
        assert [type(i).__name__ for i in items] == ["Article", "ParseError", "Article"]
        err = items[1]
        assert isinstance(err, ParseError)
        assert (err.line, err.column, err.record) == (5, 7, 1)
        assert err.raw == " date 2020-02-31 Two\n\nBody.\n\n"

    def test_sources_concatenate_to_the_text(self) -> None:
        """No character is lost: the records' sources are the whole text."""
        text = "\n date 2020-01-02 One\n\nA.\r\n date 2020-01-03 Two\n\nB.\n\n"
        items = list(parse_text(text))
        assert "".join(a.source for a in items if isinstance(a, Article)) == text
        assert [type(i).__name__ for i in items] == ["Article", "Article"]

    def test_text_before_first_header(self) -> None:
        """Text before the first header is reported with its position, not dropped."""
        items = list(parse_text("junk line\n date 2020-01-02 One\n\nA.", "p.txt"))
        err = items[0]
        assert isinstance(err, ParseError)
        assert (err.code, err.line, err.column, err.raw) == ("missing-header", 1, 1, "junk line\n")
        assert isinstance(items[1], Article)

    @pytest.mark.parametrize("text", ["", "   \n\n  \t"])
    def test_empty_input(self, text: str) -> None:
        """Empty and whitespace-only inputs are one 'empty' error."""
        assert error(text).code == "empty"

    def test_no_header_at_all(self) -> None:
        """Prose without a header is a missing-header error at its first character."""
        err = error("\n  Just prose.")
        assert (err.code, err.line, err.column) == ("missing-header", 2, 3)

    def test_record_too_large(self) -> None:
        """Records past the size limit are refused before parsing."""
        items = list(parse_text(" date 2020-01-02 H\n\n" + "x" * 100, max_record_chars=50))
        assert isinstance(items[0], ParseError)
        assert items[0].code == "record-too-large"


class TestEncodings:
    """Bytes in the encodings real corpora use."""

    TEXT = " date 2020-01-02 Café “quoted”\n\nBody – with a dash."

    @pytest.mark.parametrize(
        "data",
        [
            TEXT.encode("utf-8"),
            codecs.BOM_UTF8 + TEXT.encode("utf-8"),
            TEXT.encode("utf-16"),
            codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
            TEXT.encode("cp1252"),
            TEXT.replace("\n", "\r\n").encode("utf-8"),
        ],
        ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "crlf"],
    )
    def test_tolerated(self, data: bytes) -> None:
        """Every tolerated encoding gives the same article id and headline."""
        article = one(data)
        assert article.headline == "Café “quoted”"
        assert article.id == one(self.TEXT).id

    def test_nul_bytes(self) -> None:
        """NUL bytes mean binary data, located by line and column."""
        err = error(b" date 2020-01-02 H\n\nab\x00cd")
        assert (err.code, err.line, err.column) == ("binary", 3, 3)

    def test_neither_utf8_nor_cp1252(self) -> None:
        """Bytes undefined in cp1252 that are not UTF-8 either are an encoding error."""
        err = error(b" date 2020-01-02 H\n\nab\x81\x81cd")
        assert (err.code, err.line, err.column) == ("encoding", 3, 3)

    def test_decode_strips_bom(self) -> None:
        """The BOM is an encoding mark, not text."""
        assert decode(codecs.BOM_UTF8 + b"x") == "x"


class TestArticleId:
    """Ids depend on content only."""

    def test_line_endings_do_not_change_the_id(self) -> None:
        """CRLF and LF versions of an article share an id."""
        assert article_id(dt.date(2020, 1, 2), "H", None, ["a\r\nb"]) == article_id(
            dt.date(2020, 1, 2), "H", None, ["a\nb"]
        )

    def test_content_changes_the_id(self) -> None:
        """A different paragraph gives a different id."""
        assert article_id(dt.date(2020, 1, 2), "H", None, ["a"]) != article_id(
            dt.date(2020, 1, 2), "H", None, ["b"]
        )

    def test_span_invariant_enforced(self) -> None:
        """An Article whose span does not hold its text cannot be built."""
        article = one(FICTIONAL)
        with pytest.raises(ValueError, match="span"):
            Article(
                id="x", date=article.date, headline="H", source=article.source,
                paragraphs=(type(article.paragraphs[0])("Nope", Span(0, 4)),),
            )  # fmt: skip
