"""The language rules: the spaCy pipeline built from the vocabularies in `patterns/`, and an
analyst's rules folder checked line by line.
"""
