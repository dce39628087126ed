"""Reading a PDF: bytes -> upright pages -> characters, lines and paragraphs, running text and
ruled tables, with running headers, footers and footnote marks set aside.
"""
