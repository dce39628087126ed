"""Recommendations printed as running text: sections and their items, nested lists, a response's
answers, the committee's decision and listed findings.
"""
