"""Step 8: findings, issues and lessons a report lists outside its recommendations: the bullets
after a lead-in such as "Issues raised in the serious case review include:"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from extract.context import Context
from extract.model import Block, Page
from extract.read.flow import flow
from extract.rules.vocabulary import matched


def is_lead_in(block: Block, ctx: Context) -> bool:
    return not block.bullet and block.text.rstrip().endswith(":") and bool(matched(block.text, "findings", ctx.nlp))


def listed_findings(pages: Sequence[Page], ctx: Context) -> Iterator[Block]:
    """Bullet blocks that follow a findings lead-in, across page breaks."""
    in_list = False
    for block, opens_run in flow(pages):
        if block.bullet and in_list and not opens_run:
            yield block
        else:
            in_list = is_lead_in(block, ctx)
