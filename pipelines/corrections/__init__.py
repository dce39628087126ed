"""An analyst's corrections, made once and kept: the file they own (`corrections_file`), applied
to the recommendations after every extraction (`apply`), and made from the edits in a workbook's
Action plan sheet (`from_workbook`)."""
