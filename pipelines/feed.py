"""The accumulating feed: `actionplan run ... --feed DIR` merges this run into a long-lived
folder of feeds, so a nightly job can read only the new PDFs and the dashboard still sees all.

- A document of this run replaces every row of the same `source_file` (a PDF that changed
  under its name replaces its old rows, whatever its new hash).
- Rows of this run replace those with the same `recommendation_id` (the same PDF found again).
- Documents absent from this run keep their rows.

The merged feeds are validated like any run's and written atomically with their
`datapackage.json`, in the same order (source file, then position).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pipelines.frames import Feeds, frame
from pipelines.outputs import CSV_FEEDS, feed_writers, write_all
from pipelines.schemas import MODELS, RecommendationsFeed



#: the date columns, where earlier versions (0.1.0) wrote a day printed without its year as year 1
DATE_COLUMNS = ("progress_as_of", "target_date", "meeting_date")


def without_year_one(df: pd.DataFrame) -> pd.DataFrame:
    """A feed an older version wrote, its year-1 dates ("0001-11-25", a day printed without its
    year) made empty as this version writes them: the schema now rejects them."""
    for name in DATE_COLUMNS:
        if name in df:
            df[name] = df[name].mask(df[name].str.startswith("0001-"), "")
    return df


def read_feed(path: Path, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """A feed CSV as written (empty if there is none yet), with its schema's types."""
    columns = model.to_schema().columns
    if not path.exists():
        return frame([], list(columns), model)
    df = without_year_one(pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8"))
    for name, column in columns.items():
        kind = str(column.dtype)
        if kind.startswith(("int", "float")):
            df[name] = pd.to_numeric(df[name]).astype(kind)
    return frame(df.to_dict("records"), list(columns), model)


def merged(old: pd.DataFrame, new: pd.DataFrame, replaced: set[str], model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """`old` without the rows `new` replaces, plus `new`, ordered by source file (stable, so a
    document's rows keep their order)."""
    kept = old[~old["source_file"].isin(replaced)]
    if "recommendation_id" in new and model is RecommendationsFeed:
        kept = kept[~kept["recommendation_id"].isin(set(new["recommendation_id"]))]
    rows = pd.concat([kept, new], ignore_index=True).sort_values("source_file", kind="stable")
    return frame(rows.to_dict("records"), list(new.columns), model)


def update_feed(feeds: Feeds, folder: Path) -> dict[str, pd.DataFrame]:
    """Merge this run's feeds into `folder`'s and write them there; the merged feeds."""
    replaced = set(feeds.documents["source_file"])
    frames = {name: merged(read_feed(folder / f"{name}.csv", MODELS[name]), getattr(feeds, name), replaced,
                           MODELS[name]) for name in CSV_FEEDS}
    write_all(folder, feed_writers(frames))
    return frames
