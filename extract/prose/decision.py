"""The committee's own decision ("The Cabinet is RECOMMENDED to note ..."): what the paper asks
its readers to decide, kept apart from the review's recommendations (patterns/decisions.jsonl)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.context import Context
from extract.fields.numbering import LETTERED, split_number
from extract.model import Block, Page
from extract.read.flow import flow
from extract.rules.vocabulary import matched


def is_decision(block: Block, ctx: Context) -> bool:
    """The decision phrase opens the paragraph ("The Cabinet is ...", "Members are ...")."""
    opening = ctx.settings.prose.decision_start
    return any(span.start <= opening for span in matched(split_number(block.text)[1], "decisions", ctx.nlp))


def decision_blocks(pages: Sequence[Page], ctx: Context) -> list[Block]:
    """Each decision paragraph, with the lettered or bulleted items that follow it."""
    found: list[Block] = []
    taking = False
    for block, opens_run in flow(pages):
        taking = taking and not opens_run
        if is_decision(block, ctx):
            found.append(block)
            taking = True
        elif taking and (block.bullet or LETTERED.match(block.text)):
            found.append(block)
        else:
            taking = False
    return found


def read_decision(pages: Sequence[Page], ctx: Context) -> str:
    """The decision paragraphs as printed (without their paragraph numbers), `\\n`-separated."""
    return "\n".join(split_number(block.text)[1] for block in decision_blocks(pages, ctx))
