"""The thresholds of tracking, named and validated like the extraction's settings."""

from __future__ import annotations

from dataclasses import dataclass

from extract.settings import positive


@dataclass(frozen=True)
class TrackingSettings:
    """When two rows of one review are one recommendation, and when a tracked one is stale."""

    #: the share of the shorter text's words the other holds at which two texts are one
    #: recommendation whatever their numbers (renumbered, abridged, lightly reworded)
    same_text: float = 0.6
    #: the share at which two texts with the same number are one recommendation (reworded more);
    #: a link made below `same_text` is listed in the Checks sheet as uncertain
    same_number_text: float = 0.3
    #: the fewest words a text needs to be linked on its words alone (a shorter one needs its number)
    min_words: int = 3
    #: where a paper names its review by its title only (no kind and subject), it is of another
    #: paper's review when at least `same_paper_share` of the shorter paper's rows (and at least
    #: `same_paper_rows`) have texts alike at `same_paper_text` to the other's: a title read badly
    #: ("Contents") or printed with a paper number must not split a series
    same_paper_text: float = 0.8
    same_paper_share: float = 0.5
    same_paper_rows: int = 2
    #: months without an update after which an open recommendation is stale, counted back from
    #: the newest paper of its review
    stale_months: int = 12

    def __post_init__(self) -> None:
        positive(self)
        for name in ("same_text", "same_number_text", "same_paper_text", "same_paper_share"):
            if getattr(self, name) > 1:
                raise ValueError(f"TrackingSettings.{name} must be at most 1, got {getattr(self, name)}")
        if self.same_number_text > self.same_text:
            raise ValueError(f"TrackingSettings.same_number_text ({self.same_number_text}) must not be above "
                             f"same_text ({self.same_text})")
