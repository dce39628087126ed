"""Developer tools: the benchmark (`make bench`), pictures of the workbook, and the debug drawing
behind `actionplan inspect`.
"""
