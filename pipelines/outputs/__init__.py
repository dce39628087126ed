"""What a run writes: the feeds as validated frames, CSVs and datapackage.json, the accumulating
feed, the workbook and its sheets, the review page and its pictures.
"""
