"""Held-out documents, part B: sub-numbered, unnumbered, unruled and multi-action plans."""
from common import R, doc

DOCS = {}

# ---------------------------------------------------------------------------------------------
# 4. North Calder SCP: SCR Children J and K, 1a/1b sub-items, theme rows spanning the table
# ---------------------------------------------------------------------------------------------
recs = [
    R("1a", "Agree a single neglect assessment tool for use by all agencies working with families in North Calder.",
      lead="NCSCP Neglect Sub-group", target_text="December 2024", rag="green", status="complete",
      progress="Graded Care Profile 2 adopted by the Executive in September 2024. Licences purchased for 300 staff."),
    R("1b", "Train practitioners in health, education and early help to use the tool, starting with schools that "
            "have the highest numbers of children on child in need plans.",
      lead="NCSCP Learning and Development Lead", target_text="31 July 2025", target_date="2025-07-31",
      rag="amber", status="in_progress",
      progress="First cohort of 45 trainers booked for November 2024. Primary schools in the Eastfield cluster "
               "have asked to be included; capacity is being reviewed."),
    R("2", "Review the threshold document so that it gives examples of cumulative neglect, including repeated "
           "missed health appointments and poor school attendance.",
      lead="NCSCP Business Manager", target_text="March 2025", rag="green", status="in_progress",
      progress="Consultation on the revised threshold document opened on 1 October 2024 and closes on 15 November "
               "2024."),
    R("3a", "Schools should record every time a child arrives without appropriate clothing or food, and should "
            "consider a referral to early help when a pattern is seen.",
      lead="Head of Education Safeguarding", target_text="September 2024", rag="green", status="complete",
      progress="Model recording guidance sent to all schools with the September 2024 safeguarding update. "
               "Designated safeguarding leads were briefed at the termly network meetings.",
      addressee="Schools"),
    R("3b", "The School Nursing Service should offer a health needs assessment to every child whose attendance "
            "falls below 90% for two consecutive terms.",
      lead="North Calder Healthcare NHS Trust", target_text="31 January 2025", target_date="2025-01-31",
      rag="red", status="not_started",
      progress="Not started. The school nursing service is carrying four vacancies and cannot take on this work "
               "until at least two posts are filled. An escalation has been made to the ICB.",
      addressee="The School Nursing Service"),
    R("3c", "Early Help should make sure that families who decline support after a neglect referral are "
            "followed up within four weeks, and that the referrer is told.",
      lead="Head of Early Help", target_text="Quarterly", rag="amber", status="in_progress",
      progress="Follow-up process agreed. Recording on the Early Help system is inconsistent and a dip sample "
               "showed follow-up within four weeks in only 11 of 18 cases.",
      addressee="Early Help"),
    R("4", "Undertake a multi-agency audit of neglect cases a year after publication and report the findings to "
           "the Executive and the Children's Scrutiny Committee.",
      lead="NCSCP Quality Assurance Sub-group", target_text="June 2025", rag="", status="not_started",
      progress="Scheduled for May 2025."),
]
letters = {"1a": "G", "1b": "A", "2": "G", "3a": "G", "3b": "R", "3c": "A", "4": ""}
DOCS["ncscp-children-jk-subitems"] = doc(
    family="ruled-landscape-subitems-themes",
    description="landscape 6-col grid, sub-numbered refs 1a/1b/3a-3c, shaded theme rows spanning the table "
                "(not records), RAG printed as a single letter in a coloured cell, zebra rows, month-only targets",
    document={"title": "Serious Case Review: Children J and K",
              "committee": "North Calder Safeguarding Children Partnership Executive", "meeting_date": "2024-11-21",
              "review_type": "Serious Case Review", "subject": "Children J and K", "progress_as_of": "2024-10-31",
              "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "landscape", "margins": [18, 18, 16, 18]},
        "font": {"rl": "Helvetica", "lo": "Liberation Sans"}, "size": 10, "tsize": 8.8,
        "head": {"c": "OFFICIAL – SENSITIVE"},
        "foot": {"l": "NCSCP – SCR Children J and K", "r": "{page}/{pages}"},
        "extra": {n: {"brag": v} for n, v in letters.items()},
        "blocks": [
            {"t": "p", "s": "title", "text": "Serious Case Review: Children J and K"},
            {"t": "p", "text": "Action plan progress report – North Calder Safeguarding Children Partnership Executive, "
                               "21 November 2024"},
            {"t": "p", "text": "The review examined the experiences of two brothers who lived with chronic neglect for "
                               "several years before they were taken into care in 2021. Its recommendations were grouped "
                               "into three themes. RAG ratings: G = on track or complete, A = some risk to delivery, "
                               "R = off track."},
            {"t": "h", "text": "Summary of progress"},
            {"t": "p", "text": "Of the seven actions, two are complete, three are on track or at some risk, one is off "
                               "track and one is not yet due. The action that is off track (3b) depends on recruitment "
                               "to the school nursing service, which the Executive has escalated to the Integrated Care "
                               "Board. The Executive is asked to note that the audit planned under Theme 3 will take "
                               "place in May 2025 and that its findings will be reported to the Children's Scrutiny "
                               "Committee in the autumn."},
            {"t": "grid", "head": ["Theme", "Actions", "G", "A", "R", "Not rated"], "w": [0.4, 0.12, 0.12, 0.12, 0.12, 0.12],
             "align": ["left", "center", "center", "center", "center", "center"], "rules": "grid", "fill": "#BFBFBF",
             "rows": [["1. A shared understanding of neglect", "3", "2", "1", "0", "0"],
                      ["2. Noticing the signs in universal services", "3", "1", "1", "1", "0"],
                      ["3. Assurance", "1", "0", "0", "0", "1"]]},
            {"t": "h", "text": "Detailed action plan"},
            {"t": "plan", "fill": "#BFBFBF", "zebra": None, "rag_fill": True, "pad": 3.5,
             "sections": {"1a": "Theme 1: A shared understanding of neglect",
                          "3a": "Theme 2: Noticing the signs in universal services",
                          "4": "Theme 3: Assurance"},
             "cols": [{"head": "Ref", "w": 0.05, "f": "number"},
                      {"head": "What needs to happen", "w": 0.31, "f": "text"},
                      {"head": "Who", "w": 0.15, "f": "lead"},
                      {"head": "When", "w": 0.09, "f": "target_text"},
                      {"head": "RAG", "w": 0.05, "f": "x:brag", "align": "center"},
                      {"head": "Comment (as at 31 October 2024)", "w": 0.35, "f": "progress"}]},
        ]})
# letters: map printed letters to fill colours via extra status column
for n, v in letters.items():
    pass

# ---------------------------------------------------------------------------------------------
# 5. Westmere SCP: thematic review, unnumbered rows, 7 columns, landscape (reportlab only)
# ---------------------------------------------------------------------------------------------
recs = [
    R("1", "Partners should adopt a shared definition of child criminal exploitation and use it in their own "
           "policies and training.",
      lead="Head of Service, Adolescent Safeguarding", target_text="31/10/2024", target_date="2024-10-31",
      progress="Definition agreed by the Executive on 3 October 2024 and added to the partnership procedures.",
      status="complete", rag="green", addressee="Partners"),
    R("2", "Schools and alternative provision should tell the Missing and Exploitation Hub when a child is "
           "moved onto a part-time timetable because of concerns about exploitation.",
      lead="Assistant Director, Education Inclusion", target_text="31/12/2024", target_date="2024-12-31",
      progress="Notification form drafted. Headteachers' forum consulted in November; the form is being revised "
               "to take account of their comments.",
      status="in_progress", rag="amber", addressee="Schools and alternative provision"),
    R("3", "Return home interviews should be offered within 72 hours of a child being found, by a worker the "
           "child already knows wherever possible.",
      lead="Missing and Exploitation Hub Manager", target_text="31/03/2025", target_date="2025-03-31",
      progress="Performance for the quarter to December 2024 was 68% within 72 hours, against a target of 85%. "
               "A second worker has been recruited and starts in February 2025.",
      status="in_progress", rag="red", addressee=""),
    R("4", "The Youth Justice Service and Children's Social Care should hold joint supervision for young people "
           "open to both services.",
      lead="Youth Justice Service Manager", target_text="30/11/2024", target_date="2024-11-30",
      progress="Joint supervision in place for all 14 young people open to both services since 1 November 2024.",
      status="complete", rag="green", addressee="The Youth Justice Service and Children's Social Care"),
    R("5", "The Partnership should seek assurance that transport operators and taxi licensing staff are trained to "
           "recognise children who may be being exploited.",
      lead="Community Safety Manager", target_text="30/06/2025", target_date="2025-06-30",
      progress="No progress yet. Contact details for the two bus operators have been requested from the "
               "transport authority.",
      status="not_started", rag="amber", addressee="The Partnership"),
    R("6", "Develop a transitional safeguarding pathway for young people who are being exploited as they turn 18.",
      lead="Principal Social Worker (Adults); Principal Social Worker (Children)", target_text="30/09/2025",
      target_date="2025-09-30",
      progress="Task and finish group set up in December 2024 with its first meeting planned for 22 January 2025.",
      status="in_progress", rag="green", addressee=""),
]
extra = {
    "1": {"action": "Draft definition for Executive approval; update procedures and training materials.",
          "partners": "All partners"},
    "2": {"action": "Create notification form and guidance; brief headteachers.",
          "partners": "Schools; Pupil Referral Unit"},
    "3": {"action": "Review capacity in the Hub; report performance monthly.",
          "partners": "Westmere Police"},
    "4": {"action": "Set up joint supervision arrangements.", "partners": "Children's Social Care"},
    "5": {"action": "Deliver awareness sessions to transport staff.", "partners": "Licensing; bus operators"},
    "6": {"action": "Set up a task and finish group with adult services.", "partners": "Adult Social Care; Probation"},
}
DOCS["wscp-exploitation-unnumbered"] = doc(
    family="ruled-landscape-7col-unnumbered",
    description="landscape 7-col grid with no number column (rows numbered by position), extra 'Action to be "
                "taken' and 'Partners' columns, dd/mm/yyyy deadlines, RAG words, progress dated in the intro",
    document={"title": "Thematic Review of Child Criminal Exploitation",
              "committee": "Westmere Safeguarding Children Partnership Executive", "meeting_date": "2025-01-22",
              "review_type": "Thematic Review", "progress_as_of": "2025-01-15", "status": "ok"},
    recs=recs,
    layout={
        "producers": ["reportlab"],
        "page": {"orient": "landscape", "margins": [15, 12, 15, 12]},
        "font": {"rl": "Helvetica"}, "size": 9.5, "tsize": 8,
        "head": {"l": "Westmere Safeguarding Children Partnership", "r": "OFFICIAL"},
        "foot": {"c": "Page {page} of {pages}"},
        "extra": extra,
        "blocks": [
            {"t": "p", "s": "subtitle", "text": "Thematic Review of Child Criminal Exploitation"},
            {"t": "p", "text": "Report to the Westmere Safeguarding Children Partnership Executive, 22 January 2025"},
            {"t": "p", "text": "Progress on the action plan. Updated for the Partnership Executive on 15 January 2025."},
            {"t": "plan", "fill": "#DEEAF6", "rag_fill": False, "pad": 3, "rule_colour": "#7F7F7F",
             "cols": [{"head": "Recommendation", "w": 0.22, "f": "text"},
                      {"head": "Action to be taken", "w": 0.15, "f": "x:action"},
                      {"head": "Lead officer", "w": 0.13, "f": "lead", "split_leads": True},
                      {"head": "Partners", "w": 0.10, "f": "x:partners"},
                      {"head": "Deadline", "w": 0.08, "f": "target_text"},
                      {"head": "Progress to date", "w": 0.25, "f": "progress"},
                      {"head": "RAG", "w": 0.07, "f": "rag"}]},
        ]})

# ---------------------------------------------------------------------------------------------
# 6. Ashby Marsh SAB: SAR Mr T, unruled (whitespace-only) table
# ---------------------------------------------------------------------------------------------
recs = [
    R("1", "The Board should ask Ashby Marsh Council to review its commissioning of supported living services so "
           "that providers are required to report missed visits to the commissioner within one working day.",
      lead="Head of Commissioning", target_text="November 2024",
      progress="Contract variation agreed with all six supported living providers. Missed visit reporting started "
               "on 1 August 2024.",
      status="complete", addressee="The Board"),
    R("2", "Ashby Marsh Council Adult Social Care should make sure that annual reviews for people with a learning "
           "disability are carried out face to face and include a conversation with the person on their own.",
      lead="Assistant Director, Adult Social Care",
      target_text="31 December 2024", target_date="2024-12-31",
      progress="Reviews are now face to face. Of the 58 reviews completed in June and July 2024, 41 recorded a "
               "conversation with the person on their own.\n"
               "Team managers are checking this at case closure.",
      status="in_progress", addressee="Ashby Marsh Council Adult Social Care"),
    R("3", "The Integrated Care Board should seek assurance that annual health checks for people with a learning "
           "disability include a check of weight and diet, and that a referral to a dietitian is made where "
           "needed.",
      lead="Ashby Marsh Integrated Care Board", target_text="31 March 2025", target_date="2025-03-31",
      progress="Yet to take place. The ICB will review the health check template with the Learning Disability "
               "Liaison Nurses in January 2025.",
      status="not_started", addressee="The Integrated Care Board"),
    R("4", "Safeguarding concerns raised by ambulance crews should be acknowledged, and the crew told the outcome "
           "of the concern.",
      lead="Adult Safeguarding Hub Manager", target_text="Ongoing",
      progress="Acknowledgements are now sent automatically. Telling crews the outcome has not been implemented "
               "because the ambulance service cannot yet receive secure email to individual crews.",
      status="in_progress", addressee=""),
    R("5", "All agencies should review their guidance on working with families who act as carers, so that the "
           "carer's own needs are assessed and any conflict of interest is recognised.",
      lead="All agencies", target_text="31 March 2025", target_date="2025-03-31",
      progress="Adult Social Care and the mental health trust have updated their guidance. Other agencies have "
               "been asked to report by the end of January 2025.",
      status="in_progress", addressee="All agencies"),
]
DOCS["amsab-mr-t-unruled"] = doc(
    family="unruled-portrait-5col",
    description="whitespace-only table (no rules, no shading, bold header), portrait, 5 columns including "
                "'Position at 31 August 2024'; month and day targets; Liberation Sans / Helvetica",
    document={"title": "SAR Mr T: update on the action plan",
              "committee": "Ashby Marsh Safeguarding Adults Board", "meeting_date": "2024-09-26",
              "review_type": "Safeguarding Adults Review", "subject": "Mr T", "progress_as_of": "2024-08-31",
              "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "portrait", "margins": [20, 18, 20, 18]},
        "font": {"rl": "LiberationSans", "lo": "Liberation Sans"}, "size": 10.5, "tsize": 9.3,
        "head": {"l": "Ashby Marsh Safeguarding Adults Board", "r": "OFFICIAL"},
        "foot": {"r": "Page {page}"},
        "blocks": [
            {"t": "p", "s": "title", "text": "SAR Mr T: update on the action plan"},
            {"t": "p", "s": "bold", "text": "Ashby Marsh Safeguarding Adults Board – 26 September 2024"},
            {"t": "p", "text": "Mr T was a 34 year old man with a learning disability who lived in a supported living "
                               "service. He died in hospital in October 2022 from complications of malnutrition. The "
                               "review was published in April 2024. The table below shows the position reported by each "
                               "lead at 31 August 2024."},
            {"t": "plan", "rules": "none", "fill": None, "pad": 5,
             "cols": [{"head": "No", "w": 0.05, "f": "number"},
                      {"head": "Recommendation", "w": 0.35, "f": "text"},
                      {"head": "Responsible", "w": 0.15, "f": "lead"},
                      {"head": "Target", "w": 0.12, "f": "target_text"},
                      {"head": "Position at 31 August 2024", "w": 0.33, "f": "progress"}]},
            {"t": "p", "text": "The Board is asked to note the update and to close recommendation 1."},
        ]})

# ---------------------------------------------------------------------------------------------
# 7. Tollington SAP: SAR Ms R, multi-action plan with merged recommendation cells
# ---------------------------------------------------------------------------------------------
def A(text, lead, target_text, rag, progress, target_date=""):
    return {"text": text, "lead": lead, "target_text": target_text, "rag": rag, "progress": progress}


recs = [
    R("1", "Tollington Safeguarding Adults Partnership should make sure that agencies understand and use the "
           "escalation policy when they disagree about risk.",
      status="in_progress", addressee="Tollington Safeguarding Adults Partnership",
      actions=[A("Relaunch the escalation policy with a one-page flowchart.", "Partnership Manager", "October 2024",
                 "green", "Relaunched on 7 October 2024 at the practitioner forum."),
               A("Record every escalation on a central log and report numbers to the Partnership quarterly.",
                 "Partnership Manager", "Quarterly", "amber",
                 "Log set up. Only three escalations recorded so far, which suggests the log is not yet being used "
                 "by all agencies."),
               A("Include escalation in the annual multi-agency audit.", "Quality and Audit Group", "March 2025",
                 "green", "")]),
    R("2", "Tollington Council Adult Social Care and Tollington Mental Health NHS Trust should agree how they "
           "will jointly assess adults with both care and support needs and a mental illness.",
      status="in_progress", addressee="Tollington Council Adult Social Care and Tollington Mental Health NHS Trust",
      actions=[A("Write a joint assessment protocol.", "Head of Adult Social Care; Trust Director of Social Work",
                 "31 December 2024", "amber",
                 "First draft written. The Trust's legal team is reviewing the information sharing section."),
               A("Train duty and community mental health team staff on the protocol.", "Trust Director of Social Work",
                 "31 March 2025", "red",
                 "Delayed until the protocol is agreed. Training cannot be scheduled before February 2025 because of "
                 "pressures on the community mental health teams over winter, so this action is now rated red.")]),
    R("3", "The Partnership should seek assurance that hospital discharge planning for people who are homeless "
           "includes housing from the day of admission.",
      status="not_started", addressee="The Partnership",
      actions=[A("Agree a duty to refer process between Tollington General Hospital and Housing Options.",
                 "Head of Housing Options", "31 January 2025", "amber",
                 "Not yet started. A meeting with the hospital discharge team is booked for 12 November 2024."),
               A("Audit ten discharges of people who were homeless on admission.", "Quality and Audit Group",
                 "30 June 2025", "green", "Not due to start until April 2025.")]),
    R("4", "Agencies should make sure that the voice of Ms R's family, who raised concerns on many occasions, "
           "is heard in future reviews and in everyday practice.",
      status="complete", addressee="Agencies",
      actions=[A("Publish guidance for families on how to raise a safeguarding concern and what to expect.",
                 "Partnership Manager", "30 September 2024", "green",
                 "Complete. The guidance was published on the Partnership website in September 2024 and printed "
                 "copies have been sent to GP surgeries.")]),
    R("5", "Commissioners of hostel and supported accommodation should require providers to call an ambulance or "
           "seek medical advice when a resident's physical health visibly deteriorates, and to record the advice "
           "they were given.",
      status="in_progress", addressee="Commissioners of hostel and supported accommodation",
      actions=[A("Add a health deterioration clause to the hostel contract specification.", "Head of Housing Commissioning",
                 "1 April 2025", "green",
                 "Clause drafted with advice from the Integrated Care Board's nurse consultant for homeless health. "
                 "It requires staff to use a simple soft-signs tool, to call NHS 111 or 999 when the tool indicates, "
                 "and to record the advice given and the action taken in the resident's file.\n"
                 "Providers were consulted at the provider forum on 15 October 2024. They supported the clause but "
                 "asked for training before it comes into force, and for the tool to be available on the tablets "
                 "their night staff already use."),
               A("Train hostel staff in recognising sepsis and other signs of deterioration.",
                 "Tollington Community Health Services",
                 "31 May 2025", "amber",
                 "Training materials agreed. Sessions will be offered from February 2025, but only two of the five "
                 "hostel providers have so far released staff to attend.")]),
]
recs[3]["rag"] = "green"
recs[3]["target_date"] = "2024-09-30"
recs[3]["actions"][0]["target_date"] = "2024-09-30"
for r in recs:
    for a in r["actions"]:
        t = a["target_text"]
        import re as _re
        mm = _re.match(r"(\d+) (\w+) (\d{4})$", t)
        if mm:
            months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
            a["target_date"] = f"{mm.group(3)}-{months.index(mm.group(2)) + 1:02d}-{int(mm.group(1)):02d}"
        else:
            a["target_date"] = ""
DOCS["tsap-ms-r-multiaction"] = doc(
    family="multi-action-merged",
    description="landscape 7-col plan, recommendation and number cells merged down over 1-3 action rows each "
                "(vMerge in Word), per-action lead/timescale/RAG/update, an action with no update, a single-action "
                "recommendation",
    document={"title": "Safeguarding Adults Review: Ms R – action plan update (October 2024)",
              "committee": "Tollington Safeguarding Adults Partnership", "meeting_date": "2024-11-14",
              "review_type": "Safeguarding Adults Review", "subject": "Ms R", "progress_as_of": "2024-10-31",
              "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "landscape", "margins": [20, 15, 18, 15]},
        "font": {"rl": "DejaVuSans", "lo": "DejaVu Sans"}, "size": 9.5, "tsize": 8.8,
        "head": {"l": "OFFICIAL – SENSITIVE", "c": "SAR Ms R", "r": "Tollington SAP"},
        "foot": {"r": "Page {page} of {pages}", "rule": True},
        "blocks": [
            {"t": "p", "s": "subtitle", "text": "Safeguarding Adults Review: Ms R – action plan update (October 2024)"},
            {"t": "p", "text": "Report to the Tollington Safeguarding Adults Partnership, 14 November 2024"},
            {"t": "p", "text": "Ms R was 52 when she died of sepsis in a hostel in 2022. She had a long history of "
                               "mental illness and alcohol use. The review made five recommendations; the partnership "
                               "agreed the actions below in May 2024. Updates were supplied by leads as at 31 October "
                               "2024."},
            {"t": "p", "text": "The Partnership's Review Group monitors the plan every quarter. Where an action is "
                               "rated red, the lead is asked to attend the next meeting to explain the delay and the "
                               "steps being taken. Actions are closed only when the Review Group has seen evidence of "
                               "impact, such as audit results or feedback from practitioners and families."},
            {"t": "plan", "multi": True, "fill": "#FCE4D6", "rag_fill": True, "pad": 3.5,
             "cols": [{"head": "No.", "w": 0.04, "f": "number"},
                      {"head": "Recommendation", "w": 0.22, "f": "text"},
                      {"head": "Action(s)", "w": 0.18, "f": "a:text"},
                      {"head": "Lead", "w": 0.12, "f": "a:lead", "split_leads": True},
                      {"head": "Timescale", "w": 0.09, "f": "a:target_text"},
                      {"head": "RAG", "w": 0.06, "f": "a:rag"},
                      {"head": "Update", "w": 0.29, "f": "a:progress"}]},
        ]})
