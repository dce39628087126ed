"""`actionplan eval`: truth files, matching and scoring, the peers, and the reports (table and
JSON).
"""
