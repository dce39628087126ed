"""Following each recommendation of a review across every paper of a batch that prints it: which
review a paper reports on (`review_names`), how alike two recommendations are (`likeness`), which
rows are one recommendation (`linking`), and its history across the papers (`tracker`)."""
