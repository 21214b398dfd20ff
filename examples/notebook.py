# %% [markdown]
# # cpecdata in a notebook
#
# A tour of cpecdata on the demo corpus bundled with the package: parse raw articles, extract
# who said what, who visited where and which projects moved, then look at the results as
# tables, SQL, an HTML view with the evidence highlighted, and plots.
#
# This file is a percent-format notebook: open it in Jupyter (with jupytext), VS Code or
# Spyder to run it cell by cell, or run it top to bottom with `python examples/notebook.py
# [OUT_DIR]`. It needs `pip install 'cpecdata[duckdb,pandas,plot]'`. Files go to OUT_DIR, or
# to a fresh temporary directory.

"""A tour of cpecdata on the bundled demo corpus, as a percent-format notebook."""

# %%
import sys
import tempfile
from importlib.resources import files
from pathlib import Path

import duckdb

from cpecdata import Article, ParseError
from cpecdata.corpus import read_corpus
from cpecdata.display import article_html, corpus_html
from cpecdata.plot import plot_statements_per_month, plot_visit_timeline
from cpecdata.store import open_store
from cpecdata.tables import to_pandas

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="cpecdata-"))
out.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## Parse and extract
#
# `read_corpus` takes files, folders, globs or zip archives and yields an `Article` per good
# record and a `ParseError` per bad one: nothing is dropped silently.

# %%
corpus = str(files("cpecdata") / "data")
results = list(read_corpus([corpus]))
articles = [r for r in results if isinstance(r, Article)]
errors = [r for r in results if isinstance(r, ParseError)]
print(f"{len(articles)} articles, {len(errors)} errors")
for article in articles:
    print(
        f"{article.date}  {article.headline[:60]:60}  {len(article.statements)} statements,"
        f" {len(article.visits)} visits, {len(article.initiatives)} initiatives"
    )

# %% [markdown]
# ## Who said what
#
# Every statement keeps its evidence span: slicing the article's source with it gives back
# exactly the text.

# %%
sample = next(a for a in articles if a.dateline == "BEIJING")
for s in sample.statements:
    assert sample.source[s.span.start : s.span.end] == s.text
    print(f"{s.speaker.name} ({s.kind.value}, {s.verb}): {s.text[:70]}")

# %% [markdown]
# ## Tables with pandas

# %%
frames = to_pandas(articles)
statements = frames["statements"].merge(
    frames["articles"][["id", "date"]], left_on="article_id", right_on="id"
)
print(statements.groupby([statements["date"].dt.to_period("M"), "speaker_name"]).size())

# %% [markdown]
# ## SQL with DuckDB
#
# The DuckDB store holds the same normalised tables; statements by speaker per month is one
# query.

# %%
database = out / "corpus.duckdb"
with open_store(database) as store:
    for article in articles:
        store.write(article)
with duckdb.connect(str(database), read_only=True) as con:
    con.sql(
        """
        SELECT s.speaker_name, strftime(a.date, '%Y-%m') AS month, count(*) AS statements
        FROM statements AS s JOIN articles AS a ON a.id = s.article_id
        GROUP BY s.speaker_name, month
        ORDER BY month, statements DESC, s.speaker_name
        """
    ).show()

# %% [markdown]
# ## The evidence, highlighted
#
# In Jupyter an `Article` displays itself this way; here the HTML goes to files.

# %%
(out / "article.html").write_text(article_html(sample), encoding="utf-8")
(out / "corpus.html").write_text(corpus_html(articles), encoding="utf-8")

# %% [markdown]
# ## Plots

# %%
plot_visit_timeline(articles).figure.savefig(out / "visits.png", dpi=90)
plot_statements_per_month(articles).figure.savefig(out / "statements.png", dpi=90)
print(f"wrote {', '.join(sorted(p.name for p in out.iterdir()))} to {out}")
