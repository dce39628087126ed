"""Fields of a record: numbering, dates, status and RAG, acceptance, leads, what the words mention,
confidence, and a document's metadata and meeting.
"""
