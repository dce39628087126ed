"""Plan tables: unruled and offset-header tables, column roles from the header, fragments stitched
across pages into whole tables, and what each row holds.
"""
