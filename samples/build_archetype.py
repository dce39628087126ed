"""Render the archetype council cabinet report as a PDF.

The document is Oxfordshire County Council's cabinet report of 25 November 2014,
"Action Plan in Relation to a Recent Serious Case Review Overview Report" (Child H,
agenda item CA7).  It is the archetype of the documents this project reads: a council
cabinet report made in Word and exported to PDF, with

* a running header (the agenda item code "CA7") and a "Page N of M" footer,
* a title block, bold headings and Word-style numbered paragraphs (number at the left
  margin, text on a hanging indent) with a bulleted sub-list,
* a three-column table of recommendations ("Recommendation" | "Directorate" |
  "Progress at 31.10.14") whose header row repeats on every page and whose rows break
  across page boundaries, even in the middle of a cell.

The text is the published text, character for character (curly and straight quotes as
printed, Recommendation 4 ending mid-sentence, the odd space in "Safeguarding Manager ,").
It is held here as Python data so that the sample can be rebuilt without any other input.

With the default parameters (12 pt Vera body text, 10.5 pt table text, 22 mm margins) the
document has five pages and the table runs over exactly three of them (pages 2-4), as in the
original: row 2 breaks across the first boundary (both its text and its progress continue
overleaf) and row 5 across the second, inside its Directorate cell ("Children, Education" /
"and Families").  These breaks depend on every setting: a one-line window decides the
second one.  Other parameters move them elsewhere; e.g. ``font_size=9.5, margins_mm=15``
gives three pages with the table on pages 2-3 and only row 7 broken across the boundary,
which lets tests check that extraction does not depend on one particular layout.

The output is deterministic: building twice gives byte-identical PDFs.

Usage::

    python samples/build_archetype.py [OUT.pdf] [--font-size X] [--margins-mm Y]
"""

from __future__ import annotations

import argparse
import functools
import os
import pathlib
from dataclasses import dataclass
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

# --------------------------------------------------------------------------------------
# Defaults (tuned so that the table breaks exactly where the original's does)
# --------------------------------------------------------------------------------------

DEFAULT_FONT_SIZE = 12.0
DEFAULT_MARGINS_MM = 22.0
DEFAULT_PARA_SPACE = 9.0  # points after each body paragraph (3/4 of a line)
DEFAULT_CELL_PADDING = 5.0  # points, all four sides of a table cell
DEFAULT_TABLE_FONT_OFFSET = 1.5  # table text is this many points smaller than body text
# Recommendation | Directorate | Progress.  The Directorate column is just wide enough for
# "Children, Education" so that "Children, Education and Families" wraps after "Education".
DEFAULT_COLUMN_FRACTIONS = (0.42, 0.25, 0.33)
DEFAULT_OUTPUT = pathlib.Path(__file__).resolve().parent / "child-h-cabinet-report.pdf"
#: another rendering of the same report: smaller type and margins move every page break
VARIANT = {"font_size": 9.5, "margins_mm": 15.0}

# --------------------------------------------------------------------------------------
# The text of the report
# --------------------------------------------------------------------------------------

AGENDA_ITEM = "CA7"
DIVISIONS = "Division(s):"
MEETING = "CABINET\u2013 25 NOVEMBER"
TITLE = "Action Plan in Relation to a Recent Serious Case Review Overview Report"
REPORT_BY = "Report by Director for Children\u2019s Services"

HEADING_INTRODUCTION = "Introduction"
HEADING_KEY_ISSUES = "Key issues"
HEADING_RECOMMENDATION = "RECOMMENDATION"

PARAGRAPH_1 = (
    "At its meeting on 13 May 2014, Cabinet endorsed the recommendations of the Cabinet "
    "Advisory Group on the Strategic Assurance Framework for safeguarding children and young "
    "people. One of those recommendations was that Cabinet (among others) should be alerted "
    "to the outcome of all Serious Case Reviews and actions flowing from them. This is the "
    "first such report, and concerns \u201cChild H\u201d. An overview report of that Serious "
    "Case Review is available on the Oxfordshire Safeguarding Children Board\u2019s website "
)
PARAGRAPH_1_LINK_TEXT = "Case Reviews | Oxfordshire Safeguarding Children Board"
PARAGRAPH_1_LINK_URL = "https://www.oscb.org.uk/"

KEY_ISSUES: dict[int, str] = {
    2: (
        "On 15 September 2014, Oxfordshire Safeguarding Children Board (OSCB) published the "
        "report of a serious case review following an incident in which Child H (then aged "
        "21 months) ingested a prescribed opiate-based medication."
    ),
    3: (
        "Emergency services were called to the home of Child H in September 2013. Child H had "
        "reportedly taken the prescribed opiate-based medication out of the mother\u2019s bag "
        "and appeared to have drunk from it. The mother delayed calling the emergency services "
        "for approximately 1.5 hours."
    ),
    4: (
        "In the ambulance, Child H stopped breathing and needed resuscitating. Upon arrival at "
        "hospital, the child was admitted, required intensive care treatment and subsequently "
        "made a full recovery. The child was placed with a foster carer on discharge from "
        "hospital and is currently the subject of court proceedings with a view to adoption."
    ),
    5: "The mother of Child H was convicted of neglect and served a prison sentence.",
    6: (
        "The report details the extensive contact that the mother had with agencies before and "
        "after the birth of Child H in an attempt to mitigate the impact of her substance abuse "
        "on her child."
    ),
    7: (
        "The report highlights the difficulties agencies face when dealing with children living "
        "in families with substance abuse and concludes:"
    ),
    8: (
        "\u201cThough accidents such as ingestion of methadone were to some very limited extent "
        "\u2018predictable\u2019, it cannot reasonably be claimed to have been "
        "\u2018preventable\u2019 by decisions or actions available to the professionals working "
        "with the family.\u201d"
    ),
    9: (
        "Although a great deal of work was done to try to support the mother and safeguard the "
        "child, drug dependency was not in itself regarded as grounds for removing Child H, who "
        "was initially the subject of a child protection plan."
    ),
    10: (
        "Numerous attempts were made to provide support to mother and baby, and the report "
        "provides an account of offers of advice and support frequently being turned down, with "
        "many missed appointments with agencies involved. These include appointments with drugs "
        "workers, health services and social workers, and a failure to attend court appearances."
    ),
    11: "Issues raised in the serious case review include:",
    12: (
        "The report makes a number of recommendations for all agencies involved. Those relating "
        "to Oxfordshire County Council are given in the table below."
    ),
}

PARAGRAPH_11_BULLETS: tuple[str, ...] = (
    "Reluctance of some agencies to share information that could have improved understanding "
    "of the risks to Child H",
    "There was a widespread tendency to focus narrowly on a particular or central role of each "
    "agency",
    "There were a number of examples where professionals made unjustified presumptions about "
    "what colleagues in other agencies would / should do",
    "There was insufficient exploration or appreciation of the day to day experiences of Child H "
    "and the likely impact of those experiences on the child\u2019s development and life chances.",
)

TABLE_HEADER: tuple[str, str, str] = ("Recommendation", "Directorate", "Progress at 31.10.14")

CEF = "Children, Education and Families"
PUBLIC_HEALTH = "Public Health"


@dataclass(frozen=True)
class Recommendation:
    """One row of the recommendations table."""

    number: int
    text: str
    directorate: str
    progress: tuple[str, ...]


RECOMMENDATIONS: tuple[Recommendation, ...] = (
    Recommendation(
        1,
        "The independent chair of the Board should propose to Children\u2019s Social Care that a "
        "well-informed and sensitively worded letter is drafted and retained in records so that "
        "when child H is of sufficient age to do so, s/he can establish why, when and how "
        "alternative care became necessary and that a serious case review was completed.",
        CEF,
        (
            "The letter is being prepared and will travel with Child H into his/her permanent "
            "placement to be kept by the carers until the appropriate time.",
        ),
    ),
    Recommendation(
        2,
        "The Board should recommend that pharmacists in the county be reminded of the "
        "expectation that Children's Social Care or Police should be informed if they are "
        "concerned a drug-dependent person might pose a risk to their own or another child.",
        PUBLIC_HEALTH,
        (
            "All pharmacists have been informed of the recommendations of the report through the "
            "electronic contract management system notifications.",
            "This will now be followed up by letter to each pharmacy.",
            "The Local Pharmaceutical Committee have been informed of the recommendations of the "
            "report.",
        ),
    ),
    Recommendation(
        3,
        "The Board should recommend that the Commissioners of GP Services and Public Health "
        "Commissioners review their monitoring processes to ensure collaborative management of "
        "contracted services provided in General Practice in particular drug and alcohol "
        "services.",
        PUBLIC_HEALTH,
        (
            "Independent Chair of the Safeguarding Board (OSCB) has written to Chief Executive "
            "Office (CEO) NHS England, Local Area Team and OCC Director of Public Health.",
            "Public Health held an initial meeting with the Local Area Team safeguarding lead. "
            "NHS England internal discussions regarding GP practice performance management or "
            "safeguarding have yet to take place, but agreement is in place to ensure coherence "
            "with OCC's quality assurance monitoring of drug/alcohol services and prescribing.",
            "Child Safe Lock Boxes were available at the time of the incident but it is unclear "
            "whether this was made available by Oxford Health to the mother. Child Safe boxes are "
            "now produced locally by Aspire and provided freely throughout the county.",
        ),
    ),
    Recommendation(
        4,
        "Pre-birth assessment practice procedures should be reviewed and amended to ensure that "
        "assessments start at latest by 28 weeks of gestation where previous Care Proceedings",
        CEF,
        (
            "Fully implemented, with agreed escalation to senior manager should any relevant case "
            "be at risk of starting later than 28 weeks.",
        ),
    ),
    Recommendation(
        5,
        "Pre-birth conferences should be held at least 1 month before the child's estimated "
        "date of delivery (EDD).",
        CEF,
        (
            "Fully implemented, with agreed escalation to senior manager should any relevant case "
            "be at risk of coming to conference later than 1 month before the Estimated Date of "
            "Delivery.",
        ),
    ),
    Recommendation(
        6,
        "Training and guidance in relation to working with drug misusing parents should be "
        "developed and highlight the importance of maintaining a close working relationship with "
        "wider family and friends to assist with ongoing risk assessments",
        CEF,
        (
            "Training in working with drug misusing parents is provided to staff by Learning & "
            "Skills.",
            "The Principal Social Worker has run parental substance misuse training sessions in "
            "all children's social care teams introducing evidence-based practice guidance. He "
            "has ensured the roles of wider family and friends are understood and encouraged by "
            "social workers undertaking assessments and plans with children.",
        ),
    ),
    Recommendation(
        7,
        "When a professional provides information on a closed case a decision as to whether to "
        "respond to it as a 'contact' or new 'referral' should be made within 24 hours by a team "
        "manager and confirmed with the professional providing the information",
        CEF,
        (
            "The process of decisions re contacts and referrals has now changed and contacts have "
            "been replaced with an enquiry to the Multi-Agency Safeguarding Hub.",
            "When a Multi-Agency Safeguarding Hub enquiry is received the information-gathering "
            "and decision-making process takes place within 24 hours as to whether or not to "
            "share information across agencies and to progress to an assessment.",
            "The referrer is involved in the process and is also notified of the outcome.",
        ),
    ),
)

PARAGRAPH_13_BOLD = "The Cabinet is RECOMMENDED"
PARAGRAPH_13_REST = " to note the action being taken in response to the Serious Case Review."

SIGNATORY = "JIM LEIVERS"
SIGNATORY_ROLE = "Director for Children's Services"
BACKGROUND_PAPER = "Background paper: Child H overview report"
CONTACT_OFFICER = "Contact Officer: Hannah Farncombe, Safeguarding Manager , 01865 815273"
REPORT_DATE = "November 2014"

# --------------------------------------------------------------------------------------
# Fonts: reportlab's bundled Bitstream Vera, embedded as TrueType subsets (as Word does)
# --------------------------------------------------------------------------------------

FONT_REGULAR = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"
_FONT_FILES = {
    FONT_REGULAR: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}


def register_fonts() -> None:
    """Register the Vera TrueType family once per process."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    font_dir = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, os.path.join(font_dir, filename)))
    pdfmetrics.registerFontFamily(
        FONT_REGULAR,
        normal=FONT_REGULAR,
        bold=FONT_BOLD,
        italic=FONT_ITALIC,
        boldItalic=FONT_BOLD_ITALIC,
    )


# --------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Every typographic setting, derived from a handful of build() parameters."""

    font_size: float
    margin: float  # points, all four sides
    leading: float
    table_font_size: float
    table_leading: float
    para_space: float  # space after a body paragraph
    cell_padding: float
    column_fractions: tuple[float, float, float]

    @property
    def page_width(self) -> float:
        return A4[0]

    @property
    def page_height(self) -> float:
        return A4[1]

    @property
    def frame_width(self) -> float:
        return self.page_width - 2 * self.margin

    @property
    def frame_height(self) -> float:
        return self.page_height - 2 * self.margin

    @property
    def number_indent(self) -> float:
        """Hanging indent of numbered paragraphs (room for "10." plus a tab, like Word)."""
        return 2.8 * self.font_size

    @property
    def bullet_indent(self) -> float:
        """Extra hanging indent of bullets under a numbered paragraph."""
        return 1.8 * self.font_size

    @property
    def furniture_font_size(self) -> float:
        """Size of the running header and footer (9 pt with 12 pt body text)."""
        return round(0.75 * self.font_size, 2)

    @property
    def column_widths(self) -> list[float]:
        return [fraction * self.frame_width for fraction in self.column_fractions]


def make_layout(
    font_size: float,
    margins_mm: float,
    leading: float | None,
    table_font_size: float | None,
    para_space: float,
    cell_padding: float,
    column_fractions: tuple[float, float, float],
) -> Layout:
    """Fill in the derived settings (leading 120 %, table text 1.5 pt smaller)."""
    table_size = font_size - DEFAULT_TABLE_FONT_OFFSET if table_font_size is None else table_font_size
    body_leading = leading if leading is not None else round(1.2 * font_size, 2)
    return Layout(
        font_size=font_size,
        margin=margins_mm * mm,
        leading=body_leading,
        table_font_size=table_size,
        table_leading=round(body_leading * table_size / font_size, 2),
        para_space=para_space,
        cell_padding=cell_padding,
        column_fractions=column_fractions,
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the document (like a Word template's styles)."""

    body: ParagraphStyle
    divisions: ParagraphStyle
    meeting: ParagraphStyle
    title: ParagraphStyle
    report_by: ParagraphStyle
    heading: ParagraphStyle
    numbered: ParagraphStyle
    bullet: ParagraphStyle
    closing: ParagraphStyle
    cell: ParagraphStyle
    cell_progress: ParagraphStyle
    cell_header: ParagraphStyle


def make_styles(layout: Layout) -> Styles:
    """Build the paragraph styles from the layout."""
    size, leading, space = layout.font_size, layout.leading, layout.para_space
    body = ParagraphStyle(
        "Body",
        fontName=FONT_REGULAR,
        fontSize=size,
        leading=leading,
        alignment=TA_LEFT,
        spaceAfter=space,
        allowWidows=0,  # Word's widow/orphan control
        allowOrphans=0,
    )
    bold = ParagraphStyle("BodyBold", parent=body, fontName=FONT_BOLD)
    title_size = round(1.4 * size, 2)
    cell = ParagraphStyle(
        "TableText",
        parent=body,
        fontSize=layout.table_font_size,
        leading=layout.table_leading,
        spaceAfter=0,
        allowWidows=1,  # table rows may break anywhere, even after one line
        allowOrphans=1,
    )
    return Styles(
        body=body,
        divisions=ParagraphStyle("Divisions", parent=body, spaceAfter=2 * space),
        meeting=ParagraphStyle("Meeting", parent=bold, spaceAfter=2 * space),
        title=ParagraphStyle(
            "Title",
            parent=bold,
            fontSize=title_size,
            leading=round(1.2 * title_size, 2),
            spaceAfter=2 * space,
        ),
        report_by=ParagraphStyle("ReportBy", parent=bold, spaceAfter=2 * space),
        heading=ParagraphStyle(
            "Heading", parent=bold, spaceBefore=space, spaceAfter=space, keepWithNext=1
        ),
        numbered=ParagraphStyle(
            "Numbered",
            parent=body,
            leftIndent=layout.number_indent,
            firstLineIndent=0,
            bulletIndent=0,
            bulletFontName=FONT_REGULAR,
            bulletFontSize=size,
        ),
        bullet=ParagraphStyle(
            "Bullet",
            parent=body,
            leftIndent=layout.number_indent + layout.bullet_indent,
            firstLineIndent=0,
            bulletIndent=layout.number_indent,
            bulletFontName=FONT_REGULAR,
            bulletFontSize=size,
        ),
        closing=ParagraphStyle("Closing", parent=body, spaceAfter=0),
        cell=cell,
        cell_progress=ParagraphStyle("TableProgress", parent=cell, spaceAfter=space),
        cell_header=ParagraphStyle("TableHeader", parent=cell, fontName=FONT_BOLD),
    )


# --------------------------------------------------------------------------------------
# Page furniture: "CA7" header and "Page N of M" footer on every page
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFurniture:
    """What is drawn outside the frame on every page."""

    layout: Layout
    header_text: str = AGENDA_ITEM

    def draw(self, canvas: Canvas, page_number: int, page_count: int) -> None:
        """Draw the running header (top right) and footer (bottom centre)."""
        layout = self.layout
        size = layout.furniture_font_size
        canvas.saveState()
        canvas.setFont(FONT_REGULAR, size)
        header_y = layout.page_height - layout.margin / 2 - size / 2
        canvas.drawRightString(layout.page_width - layout.margin, header_y, self.header_text)
        footer_y = layout.margin / 2 - size / 2
        footer = f"Page {page_number} of {page_count}"
        canvas.drawCentredString(layout.page_width / 2, footer_y, footer)
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """A canvas that holds back its pages until the page count is known.

    Each finished page's state is kept; on save() the furniture (which needs the total,
    "Page N of M") is drawn on every page before it is written out.
    """

    def __init__(self, *args: object, furniture: PageFurniture, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_states: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's API)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        page_count = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._furniture.draw(self, number, page_count)
            super().showPage()
        super().save()


# --------------------------------------------------------------------------------------
# Story
# --------------------------------------------------------------------------------------


def text(value: str) -> str:
    """Escape plain text for reportlab's paragraph markup."""
    return escape(value)


def numbered(number: int, markup: str, styles: Styles) -> Paragraph:
    """A Word-style numbered paragraph: number at the margin, text on a hanging indent."""
    return Paragraph(markup, styles.numbered, bulletText=f"{number}.")


def bullet(value: str, styles: Styles) -> Paragraph:
    """A bullet under a numbered paragraph."""
    return Paragraph(text(value), styles.bullet, bulletText="\u2022")


def title_block(styles: Styles) -> list[Flowable]:
    """The first lines of page 1."""
    return [
        Paragraph(text(DIVISIONS), styles.divisions),
        Paragraph(text(MEETING), styles.meeting),
        Paragraph(text(TITLE), styles.title),
        Paragraph(text(REPORT_BY), styles.report_by),
    ]


def introduction(styles: Styles) -> list[Flowable]:
    """The "Introduction" section: paragraph 1 with its hyperlink."""
    link = (
        f'<a href="{PARAGRAPH_1_LINK_URL}" color="blue">'
        f"<u>{text(PARAGRAPH_1_LINK_TEXT)}</u></a>"
    )
    return [
        Paragraph(text(HEADING_INTRODUCTION), styles.heading),
        numbered(1, text(PARAGRAPH_1) + link, styles),
    ]


def key_issues(styles: Styles) -> list[Flowable]:
    """The "Key issues" section: paragraphs 2 to 12, with the bullets of paragraph 11."""
    story: list[Flowable] = [Paragraph(text(HEADING_KEY_ISSUES), styles.heading)]
    for number, value in KEY_ISSUES.items():
        story.append(numbered(number, text(value), styles))
        if number == 11:
            story.extend(bullet(item, styles) for item in PARAGRAPH_11_BULLETS)
    return story


def recommendation_row(rec: Recommendation, styles: Styles) -> list[list[Paragraph]]:
    """One table row: each cell a list of Paragraph flowables."""
    return [
        [Paragraph(text(f"{rec.number}. {rec.text}"), styles.cell)],
        [Paragraph(text(rec.directorate), styles.cell)],
        [Paragraph(text(value), styles.cell_progress) for value in rec.progress],
    ]


def recommendations_table(layout: Layout, styles: Styles) -> Table:
    """The recommendations table: header repeated on every page, rows split across pages."""
    header = [[Paragraph(text(value), styles.cell_header)] for value in TABLE_HEADER]
    data = [header] + [recommendation_row(rec, styles) for rec in RECOMMENDATIONS]
    pad = layout.cell_padding
    table = Table(
        data,
        colWidths=layout.column_widths,
        repeatRows=1,
        # Break inside a row first, as Word does (with splitByRow=1 reportlab would only
        # split a row when not even one whole row fits), and fall back to breaking between
        # rows; splitInRow=1 sets no minimum height for the piece left on the page.
        splitByRow=0,
        splitInRow=1,
        hAlign="LEFT",
        spaceBefore=layout.para_space,
        spaceAfter=layout.para_space,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                # Close a row that breaks across pages with a rule at the page foot, as Word
                # does: reportlab leaves an in-row split open by default.  ("splitlast" would
                # be lost after the first split; "inrowsplitstart" is carried to every part.)
                ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return table


def recommendation_section(styles: Styles) -> list[Flowable]:
    """The "RECOMMENDATION" heading and paragraph 13."""
    markup = f"<b>{text(PARAGRAPH_13_BOLD)}</b>{text(PARAGRAPH_13_REST)}"
    return [
        Paragraph(text(HEADING_RECOMMENDATION), styles.heading),
        numbered(13, markup, styles),
    ]


def closing_block(styles: Styles) -> list[Flowable]:
    """Signature, background paper, contact officer and date, kept on one page."""
    gap = ParagraphStyle("ClosingGap", parent=styles.closing, spaceAfter=2 * styles.body.spaceAfter)
    signature = ParagraphStyle("Signature", parent=styles.closing, spaceBefore=styles.body.leading)
    block = [
        Paragraph(text(SIGNATORY), signature),
        Paragraph(text(SIGNATORY_ROLE), gap),
        Paragraph(text(BACKGROUND_PAPER), gap),
        Paragraph(text(CONTACT_OFFICER), gap),
        Paragraph(text(REPORT_DATE), styles.closing),
    ]
    return [KeepTogether(block)]


def story(layout: Layout, styles: Styles) -> list[Flowable]:
    """The whole document, in reading order."""
    return [
        *title_block(styles),
        *introduction(styles),
        *key_issues(styles),
        recommendations_table(layout, styles),
        *recommendation_section(styles),
        *closing_block(styles),
    ]


def document(path: pathlib.Path, layout: Layout) -> BaseDocTemplate:
    """An A4 portrait document with a single full-width frame inside the margins."""
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=layout.margin,
        rightMargin=layout.margin,
        topMargin=layout.margin,
        bottomMargin=layout.margin,
        title=TITLE,
        author="Oxfordshire County Council",
        subject=f"Cabinet {AGENDA_ITEM}: Child H serious case review action plan",
        creator="samples/build_archetype.py",
        invariant=1,
    )
    frame = Frame(
        layout.margin,
        layout.margin,
        layout.frame_width,
        layout.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    return doc


def build(
    path: pathlib.Path,
    *,
    font_size: float = DEFAULT_FONT_SIZE,
    margins_mm: float = DEFAULT_MARGINS_MM,
    leading: float | None = None,
    table_font_size: float | None = None,
    para_space: float = DEFAULT_PARA_SPACE,
    cell_padding: float = DEFAULT_CELL_PADDING,
    column_fractions: tuple[float, float, float] = DEFAULT_COLUMN_FRACTIONS,
) -> None:
    """Write the report to ``path``.

    ``leading`` defaults to 120 % of ``font_size`` and ``table_font_size`` to 1.5 points
    less than ``font_size``; ``column_fractions`` are the shares of the frame width taken by
    the Recommendation, Directorate and Progress columns.
    """
    rl_config.invariant = 1  # fixed dates and document id: byte-identical rebuilds
    register_fonts()
    layout = make_layout(
        font_size, margins_mm, leading, table_font_size, para_space, cell_padding, column_fractions
    )
    styles = make_styles(layout)
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvasmaker = functools.partial(NumberedCanvas, furniture=PageFurniture(layout))
    document(path, layout).build(story(layout, styles), canvasmaker=canvasmaker)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line arguments."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=pathlib.Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--font-size", type=float, default=DEFAULT_FONT_SIZE)
    parser.add_argument("--margins-mm", type=float, default=DEFAULT_MARGINS_MM)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Build the PDF from the command line."""
    args = parse_args(argv)
    build(args.output, font_size=args.font_size, margins_mm=args.margins_mm)
    print(args.output)


if __name__ == "__main__":
    main()
