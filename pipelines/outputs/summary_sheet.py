"""The Summary sheet: where the recommendations stand, by status and by lead (grouped), overall
and per document, with a native Excel chart of status by lead; and each review's tracked
recommendations still open, overdue and stale."""

from __future__ import annotations

import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from pipelines.outputs.neutralise import put
from pipelines.outputs.schemas import STATUSES

#: leads shown one by one in the chart and its table; the rest are added up as "other leads"
TOP_LEADS = 15
NO_LEAD = "(no lead)"


def counts(df: pd.DataFrame, by: str) -> pd.DataFrame:
    """Recommendations per `by` value and status, a column per status plus the total."""
    keys = df[by].replace("", NO_LEAD if by == "lead_canonical" else "(none)")
    table = pd.crosstab(keys, df["status"]).reindex(columns=list(STATUSES), fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values(["total"], ascending=False, kind="stable")


def top_leads(df: pd.DataFrame) -> pd.DataFrame:
    """Each lead's counts, the smallest beyond TOP_LEADS added up as one row."""
    table = counts(df, "lead_canonical")
    if len(table) <= TOP_LEADS:
        return table
    rest = table.iloc[TOP_LEADS:].sum().to_frame(f"other leads ({len(table) - TOP_LEADS})").T
    return pd.concat([table.iloc[:TOP_LEADS], rest])


def write_block(ws: Worksheet, title: str, table: pd.DataFrame, first_row: int) -> int:
    """A titled table of counts from `first_row`; the row after it."""
    put(ws, first_row, 1, title).font = Font(bold=True, size=12)
    header = [table.index.name or "", *(str(c).replace("_", " ") for c in table.columns)]
    for column, value in enumerate(header, 1):
        put(ws, first_row + 1, column, value).font = Font(bold=True)
    for offset, (key, row) in enumerate(table.iterrows(), 2):
        put(ws, first_row + offset, 1, str(key))
        for column, value in enumerate(row.tolist(), 2):
            put(ws, first_row + offset, column, int(value))
    return first_row + len(table) + 3


def status_chart(ws: Worksheet, header_row: int, rows: int) -> BarChart:
    """Stacked bars: each lead's recommendations by status."""
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title, chart.y_axis.title = f"Recommendations by status: the {rows} leads with most", "recommendations"
    data = Reference(ws, min_col=2, max_col=1 + len(STATUSES), min_row=header_row, max_row=header_row + rows)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=header_row + rows))
    chart.height, chart.width = max(7.5, 0.8 * rows + 3), 18
    return chart


def by_review(tracker: pd.DataFrame) -> pd.DataFrame:
    """Each named review's tracked recommendations: open (not complete), overdue, stale, all."""
    named = tracker[tracker["review"] != ""]
    table = pd.DataFrame({"open": (named["latest_status"] != "complete").groupby(named["review"]).sum(),
                          "overdue": named["overdue"].groupby(named["review"]).sum(),
                          "stale": named["stale"].groupby(named["review"]).sum(),
                          "total": named.groupby("review").size()}, columns=["open", "overdue", "stale", "total"])
    table.index.name = "review"
    return table.sort_values(["open", "total"], ascending=False, kind="stable")


def summary_sheet(ws: Worksheet, recommendations: pd.DataFrame, tracker: pd.DataFrame) -> None:
    """Counts overall, by lead (with the chart beside them), by review (the tracked
    recommendations) and by document."""
    overall = counts(recommendations.assign(all="all recommendations"), "all")
    overall.index.name = ""
    row = write_block(ws, "Overall", overall, 1)
    leads = top_leads(recommendations)
    leads.index.name = "lead (grouped)"
    lead_row = row
    row = write_block(ws, "By lead", leads, row)
    named = min(len(leads), TOP_LEADS)  # the chart leaves out the "other leads" row
    if named:
        ws.add_chart(status_chart(ws, lead_row + 1, named), "H2")
    row = write_block(ws, "By review: tracked recommendations", by_review(tracker), row)
    documents = counts(recommendations, "source_file").sort_index()
    documents.index.name = "document"
    write_block(ws, "By document", documents, row)
    ws.column_dimensions["A"].width = 40
    for letter in "BCDEF":
        ws.column_dimensions[letter].width = 12
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
