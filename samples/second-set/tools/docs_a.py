"""Held-out documents, part A: ruled plan tables."""
from common import R, doc

DOCS = {}

# ---------------------------------------------------------------------------------------------
# 1. Brackenbury SCP: LCSPR Child P, landscape 6 columns, "Rec 1" refs, BRAG with Blue
# ---------------------------------------------------------------------------------------------
recs = [
    R("1", "The Partnership should commission a refresh of the multi-agency protocol for bruising and marks "
           "in non-mobile babies, so that it applies to every practitioner who sees infants, including staff in "
           "adult mental health and substance misuse services.",
      lead="BSCP Business Unit", target_text="31 December 2024", target_date="2024-12-31",
      progress="Draft protocol circulated to partners on 12 August 2024. Comments have been received from eight "
               "of the eleven agencies and sign-off is scheduled for the December Executive.",
      status="in_progress", rag="amber", addressee="The Partnership"),
    R("2", "Health visiting and midwifery services should make sure that information about a father or male "
           "carer is recorded at the booking appointment and reviewed at the new birth visit.",
      lead="Brackenbury Community Health NHS Trust; Brackenbury General Hospital Maternity Service",
      target_text="June 2024", target_date="",
      progress="Complete. Both record templates were changed in June 2024 and an audit of 40 records in August "
               "2024 found the father or male carer recorded in 37.",
      status="complete", rag="", addressee="Health visiting and midwifery services"),
    R("3", "Children's Social Care should review how referrals about unborn babies are screened at the front "
           "door, so that a pre-birth assessment starts no later than 20 weeks of pregnancy wherever the "
           "threshold is met.",
      lead="Children's Social Care", target_text="31 March 2025", target_date="2025-03-31",
      progress="Delayed. The review of front door screening was paused between May and July 2024 while the "
               "Integrated Front Door moved to its new case management system, and two of the three practice "
               "managers leading the work left the authority during that period.\n"
               "A revised screening checklist for pre-birth referrals has now been drafted. It asks the screening "
               "social worker to record the expected date of delivery, the stage of pregnancy at the date of the "
               "referral and whether any previous child of either parent has been the subject of a child "
               "protection plan or care proceedings.\n"
               "The checklist will be tested with the Early Help Hub in November 2024. Performance reports now "
               "show the gestation at which each pre-birth assessment begins, and these figures will be reported "
               "to each meeting of the Quality Assurance and Performance Group from January 2025 so that partners "
               "can see whether the 20 week standard is being met.",
      status="in_progress", rag="red", addressee="Children's Social Care"),
    R("4", "All agencies should remind practitioners that a parent's account of how a non-mobile baby was injured "
           "must be checked against the baby's stage of development and discussed with a paediatrician.",
      lead="All partner agencies", target_text="30 September 2024", target_date="2024-09-30",
      progress="A seven-minute briefing was published on 2 September 2024 and has been cascaded through team "
               "meetings. Two agencies still need to confirm that the cascade is finished.",
      status="in_progress", rag="green", addressee="All agencies"),
    R("5", "The Police and the Emergency Duty Team should agree a joint standard for how quickly strategy "
           "discussions are held out of hours.",
      lead="Calder Valley Police; Emergency Duty Team", target_text="Q4 2024/25", target_date="",
      progress="Not yet started. This work will begin once the regional review of out-of-hours services reports "
               "in January 2025.",
      status="not_started", rag="amber", addressee="The Police and the Emergency Duty Team"),
    R("6", "The Partnership should seek assurance that the learning from this review has been embedded, through a "
           "multi-agency audit of cases involving injuries to babies under the age of one, with the findings "
           "reported to the Executive.",
      lead="Quality Assurance and Performance Group", target_text="Ongoing", target_date="",
      progress="An audit tool was agreed in July 2024. Twelve cases from the period January to June 2024 were "
               "selected, covering all three localities and both acute hospital sites.\n"
               "Early findings show much better recording of who lives in the household, but only half of the "
               "cases showed a discussion with a paediatrician within 24 hours. Practitioners in two of the "
               "localities reported that they were not sure how to arrange a same-day paediatric opinion when "
               "the baby was not already known to the hospital.\n"
               "A second audit of a further twelve cases is planned for March 2025, and the Quality Assurance and "
               "Performance Group will ask the Designated Doctor to present the combined findings of both audits "
               "to the Executive in April 2025.",
      status="in_progress", rag="green", addressee="The Partnership"),
    R("7", "GP practices should add an alert to the records of children whose parents are known to have a "
           "history of domestic abuse, so that it is visible at immunisation and developmental check appointments.",
      lead="Westmere and Dunholt Integrated Care Board", target_text="28 February 2025", target_date="2025-02-28",
      progress="The ICB has written to all 34 practices. A template alert has been agreed with the Local Medical "
               "Committee and will be rolled out from January 2025.",
      status="in_progress", rag="green", addressee="GP practices"),
]
brag = {"1": "Amber", "2": "Blue", "3": "Red", "4": "Green", "5": "Amber", "6": "Green", "7": "Green"}
DOCS["bscp-child-p-brag"] = doc(
    family="ruled-landscape-brag",
    description="landscape 6-col grid, 'Rec 1' refs, BRAG column with Blue (complete) and cell colours, long "
                "progress cells breaking across pages, header row repeated, two leads on separate lines",
    document={"title": "Local Child Safeguarding Practice Review: Child P",
              "committee": "Children and Young People Scrutiny Panel", "meeting_date": "2024-10-17",
              "review_type": "Local Child Safeguarding Practice Review", "subject": "Child P", "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "landscape", "margins": [22, 16, 18, 16]},
        "font": {"rl": "DejaVuSansCondensed", "lo": "DejaVu Sans Condensed"}, "size": 10, "tsize": 8.6,
        "head": {"l": "OFFICIAL – SENSITIVE", "r": "Brackenbury Safeguarding Children Partnership", "rule": True},
        "foot": {"l": "Child P LCSPR: action plan update", "r": "Page {page} of {pages}"},
        "extra": {n: {"brag": v} for n, v in brag.items()},
        "heading_colour": "#1F3864",
        "blocks": [
            {"t": "p", "s": "title", "text": "Local Child Safeguarding Practice Review: Child P"},
            {"t": "p", "s": "subtitle", "text": "Action plan update for the Children and Young People Scrutiny Panel, 17 October 2024"},
            {"t": "p", "text": "Child P was eleven weeks old when he was taken to the Emergency Department with a fractured "
                               "femur and bruising to his ear. The review was published in March 2024 and made seven "
                               "recommendations to the Partnership and its member agencies. This paper sets out the "
                               "progress that each agency has reported."},
            {"t": "p", "text": "The BRAG rating uses Blue for actions that are complete and evidenced, Red where the "
                               "target date has been or will be missed, Amber where there is a risk of delay and Green "
                               "where work is on track."},
            {"t": "h", "text": "Action plan"},
            {"t": "plan", "fill": "#1F3864", "head_ink": "#FFFFFF", "rag_fill": True, "pad": 4,
             "cols": [{"head": "Ref", "w": 0.06, "f": "number", "fmt": "Rec {n}"},
                      {"head": "Recommendation", "w": 0.27, "f": "text"},
                      {"head": "Agency responsible", "w": 0.14, "f": "lead", "split_leads": True},
                      {"head": "By when", "w": 0.09, "f": "target_text"},
                      {"head": "Progress update (Sept 2024)", "w": 0.37, "f": "progress"},
                      {"head": "BRAG", "w": 0.07, "f": "x:brag", "align": "center"}]},
            {"t": "h", "text": "Next steps", "lvl": 2},
            {"t": "p", "text": "The Partnership Business Unit will bring a further update to the Panel in April 2025, "
                               "when the second audit of injuries to babies has been completed."},
        ]})

# ---------------------------------------------------------------------------------------------
# 2. Kestrel Vale SAB: SAR Mrs D, portrait 4 columns, header not repeated, evidence of progress
# ---------------------------------------------------------------------------------------------
recs = [
    R("1", "The Board should publish a self-neglect and hoarding practice guide that sets out:\n"
           "how to use the clutter image rating scale;\n"
           "when a multi-agency risk management meeting should be called;\n"
           "how to involve the person in every decision about their home.",
      lead="Kestrel Vale Safeguarding Adults Board",
      progress="The guide was launched at the Board's practitioner conference on 20 June 2024 and has been "
               "downloaded 412 times from the Board's website.\n"
               "Training on the guide has been delivered to 160 staff from adult social care, housing and the fire "
               "service.",
      status="complete", addressee="The Board"),
    R("2", "Kestrel Vale Fire and Rescue Service and Adult Social Care should agree how referrals for a Safe and "
           "Well visit are made when a person who smokes has limited mobility and lives alone.",
      lead="Kestrel Vale Fire and Rescue Service; Adult Social Care",
      progress="A joint referral pathway has been drafted and was discussed at the Operational Group in July "
               "2024. It has not yet been signed off because the data sharing agreement still needs to be "
               "agreed by both organisations.",
      status="in_progress", addressee="Kestrel Vale Fire and Rescue Service and Adult Social Care"),
    R("3", "Mental capacity assessments should record the specific decision being assessed and should be repeated "
           "when a person's circumstances change, rather than relying on an earlier assessment.",
      lead="Principal Social Worker (Adults)",
      progress="A revised mental capacity assessment template has been built into the case recording system. "
               "An audit of 30 assessments completed between April and June 2024 found that 26 named the specific "
               "decision, compared with 11 of 30 in the audit carried out for the review.\n"
               "Further work is needed on repeat assessments: only four of the nine cases where circumstances had "
               "changed showed a new assessment. Practice clinics on this topic are being held in every locality "
               "team between September and December 2024, and the Principal Social Worker will repeat the audit "
               "in February 2025 to test whether the clinics have made a difference.\n"
               "The Mental Capacity Act lead for the Kestrel Vale Integrated Care Board is also reviewing the "
               "template used by community nursing teams so that health and social care assessments record the "
               "same information.",
      status="in_progress", addressee=""),
    R("4", "Housing providers should make sure that tenancy visits to people who have been assessed as at risk of "
           "self-neglect take place at least every six months and that concerns are shared with the local "
           "authority.",
      lead="Kestrel Vale Homes; Registered housing providers",
      progress="Kestrel Vale Homes started six-monthly visits for its own tenants in June 2024. The "
               "registered providers' forum has not yet replied.",
      status="in_progress", addressee="Housing providers"),
    R("5", "The Board should seek assurance from GP practices that people who repeatedly decline appointments "
           "and home visits are followed up, and that the reasons are recorded.",
      lead="Kestrel Vale Integrated Care Board",
      progress="No progress to report. The ICB has asked for this to be considered by the Primary Care "
               "Safeguarding Forum in October 2024.",
      status="not_started", addressee="The Board"),
    R("6", "Learning from this review should be shared with practitioners across the partnership through a "
           "briefing and a recorded webinar:\n"
           "for front-line staff in all agencies;\n"
           "for managers who chair multi-agency meetings.",
      lead="Board Business Manager",
      progress="A learning briefing was published in May 2024. Two webinars were held in June 2024 and the "
               "recording has been viewed 230 times.",
      status="complete", addressee=""),
]
DOCS["kvsab-mrs-d-evidence"] = doc(
    family="ruled-portrait-4col-norepeat",
    description="portrait 4-col grid 'No.' / 'Learning / recommendation' / 'Lead' / 'Evidence of progress'; header "
                "row NOT repeated on continuation pages; bulleted lines inside recommendation cells; no RAG/targets",
    document={"title": "Safeguarding Adults Review – Mrs D",
              "committee": "Kestrel Vale Safeguarding Adults Board", "meeting_date": "2024-09-12",
              "review_type": "Safeguarding Adults Review", "subject": "Mrs D", "progress_as_of": "2024-07-31",
              "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "portrait", "margins": [25, 20, 22, 20]},
        "font": {"rl": "Times", "lo": "Liberation Serif"}, "size": 11.5, "tsize": 10.5, "leading": 1.3,
        "head": {"r": "Kestrel Vale SAB – SAR Mrs D"},
        "foot": {"c": "{page}"},
        "blocks": [
            {"t": "p", "s": "title", "text": "Safeguarding Adults Review – Mrs D"},
            {"t": "p", "s": "subtitle", "text": "Action plan assurance report"},
            {"t": "p", "s": "meta", "text": "Report to: Kestrel Vale Safeguarding Adults Board"},
            {"t": "p", "s": "meta", "text": "Meeting date: 12 September 2024"},
            {"t": "p", "s": "meta", "text": "Author: Board Business Manager"},
            {"t": "gap", "pt": 8},
            {"t": "h", "text": "Purpose"},
            {"t": "p", "text": "Mrs D died in a fire at her flat in January 2023. She was 79, had limited mobility and "
                               "had lived alone for many years among a large quantity of stored belongings. The "
                               "Board commissioned a Safeguarding Adults Review, which was published in November 2023."},
            {"t": "p", "text": "This report gives the evidence that partners have provided, as at 31 July 2024, for "
                               "each of the six recommendations. The Board is asked to decide which of them can be "
                               "closed."},
            {"t": "h", "text": "Evidence against each recommendation"},
            {"t": "plan", "repeat": False, "fill": "#D9E2F3", "pad": 5, "split": "inrow",
             "cols": [{"head": "No.", "w": 0.07, "f": "number", "fmt": "{n}."},
                      {"head": "Learning / recommendation", "w": 0.38, "f": "text", "lines": "leadbullets"},
                      {"head": "Lead", "w": 0.17, "f": "lead", "split_leads": True},
                      {"head": "Evidence of progress", "w": 0.38, "f": "progress"}]},
            {"t": "p", "text": "Recommendations 1 and 6 are proposed for closure."},
        ]})

# ---------------------------------------------------------------------------------------------
# 3. Harrowfield CSP: DHR "Joanne", Plain Table (shaded header, horizontal rules only)
# ---------------------------------------------------------------------------------------------
recs = [
    R("R1", "Harrowfield Community Safety Partnership should raise awareness of economic abuse among staff in "
            "banks, building societies and the Citizens Advice service.",
      lead="Community Safety Partnership", target_text="31/03/2025", target_date="2025-03-31",
      progress="Two awareness sessions held with Citizens Advice volunteers. Contact made with three local bank "
               "branches; sessions are being arranged.",
      status="in_progress", addressee="Harrowfield Community Safety Partnership"),
    R("R2", "The Domestic Abuse Support Service should make sure that a risk assessment is repeated whenever a "
            "victim reports a new incident, rather than relying on the assessment completed at referral.",
      lead="Harrowfield Domestic Abuse Support Service", target_text="30/06/2024", target_date="2024-06-30",
      progress="Case management system changed so that a new incident prompts a repeat assessment. Practice "
               "audit in September 2024 confirmed compliance in 19 of 20 cases.",
      status="complete", addressee="The Domestic Abuse Support Service"),
    R("R3", "Calder Valley Police should review how officers record the presence of children at domestic abuse "
            "incidents and how that information is passed to Children's Social Care.",
      lead="Calder Valley Police", target_text="31/12/2024", target_date="2024-12-31",
      progress="Force policy updated. Dip sample of 50 incidents planned for January 2025.",
      status="in_progress", addressee="Calder Valley Police"),
    R("R4", "GP practices in Harrowfield should ask about domestic abuse when a patient presents with "
            "anxiety, low mood or unexplained injuries, using the IRIS model.",
      lead="Westmere and Dunholt Integrated Care Board", target_text="30/09/2025", target_date="2025-09-30",
      progress="Funding bid for IRIS submitted to the Office of the Police and Crime Commissioner; decision "
               "expected in February 2025. Not started until funding is confirmed.",
      status="not_started", addressee="GP practices in Harrowfield"),
    R("R5", "The MARAC steering group should audit whether actions agreed at MARAC meetings are completed within "
            "the agreed timescales, and report the results to the Partnership.",
      lead="MARAC Chair", target_text="31/10/2024", target_date="2024-10-31",
      progress="The audit of meetings held between April and September 2024 is under way but has not yet been completed. The MARAC coordinator post was vacant from June to September "
               "2024; the audit will now be presented in January 2025.",
      status="in_progress", addressee="The MARAC steering group"),
    R("R6", "Harrowfield Borough Council Housing Options should ask every applicant who is fleeing domestic abuse "
            "whether they have a pet, and should have arrangements in place for pets to be fostered so that this "
            "is not a barrier to leaving.",
      lead="Harrowfield Borough Council Housing Options", target_text="31/03/2025", target_date="2025-03-31",
      progress="Question added to the housing needs assessment in August 2024. Discussions with two animal "
               "welfare charities about pet fostering are continuing.",
      status="in_progress", addressee="Harrowfield Borough Council Housing Options"),
    R("R7", "All agencies should make sure that staff know how to respond when a victim discloses that the "
            "perpetrator has threatened suicide, as this is a recognised risk marker for homicide.",
      lead="All agencies", target_text="31/01/2025", target_date="2025-01-31",
      progress="Briefing note drafted and shared with the DHR panel for comment.",
      status="in_progress", addressee="All agencies"),
    R("R8", "The Partnership should ask the Home Office to consider whether the statutory guidance for Domestic "
            "Homicide Reviews should require contact with the victim's employer.",
      lead="Community Safety Partnership Chair", target_text="31/05/2024", target_date="2024-05-31",
      progress="Letter sent to the Home Office on 14 May 2024. Acknowledgement received.",
      status="complete", addressee="The Partnership"),
]
status = {"R1": "On track", "R2": "Complete", "R3": "On track", "R4": "Not started", "R5": "Overdue",
          "R6": "On track", "R7": "On track", "R8": "Complete"}
DOCS["harrowfield-dhr-joanne-plain"] = doc(
    family="plain-table-hrules",
    description="Word 'Plain Table' look: shaded header, horizontal rules only, no vertical rules; R1..R8 numbers; "
                "dd/mm/yyyy target dates; printed Status column; portrait serif",
    document={"title": "Domestic Homicide Review: Joanne – Action Plan Monitoring",
              "committee": "Safer Harrowfield Partnership Board", "meeting_date": "2024-12-10",
              "review_type": "Domestic Homicide Review", "subject": "Joanne", "progress_as_of": "2024-11-30",
              "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "portrait", "margins": [20, 15, 20, 15]},
        "font": {"rl": "LiberationSerif", "lo": "Liberation Serif"}, "size": 11, "tsize": 9.2,
        "head": {"l": "OFFICIAL – SENSITIVE", "r": "DHR Joanne: action plan"},
        "foot": {"c": "Page {page} of {pages}"},
        "extra": {n: {"status": v} for n, v in status.items()},
        "blocks": [
            {"t": "p", "s": "title", "text": "Domestic Homicide Review: Joanne – Action Plan Monitoring"},
            {"t": "p", "s": "subtitle", "text": "Safer Harrowfield Partnership Board, 10 December 2024"},
            {"t": "p", "s": "bold", "text": "Position at 30 November 2024"},
            {"t": "p", "text": "Joanne was killed by her former partner in August 2022. The overview report was "
                               "approved by the Home Office Quality Assurance Panel in February 2024. The "
                               "Partnership agreed eight recommendations, which are monitored below. The names used "
                               "are pseudonyms chosen by Joanne's family."},
            {"t": "h", "text": "Summary"},
            {"t": "p", "text": "Joanne was 41 and worked as a teaching assistant. She had separated from her partner, "
                               "Mark, in March 2022 after a relationship of six years in which he controlled the family's "
                               "money and monitored her telephone. She reported two incidents to the police and was "
                               "supported by the Domestic Abuse Support Service, where her risk was assessed as medium. "
                               "Her risk was not reassessed when she told her support worker that Mark had threatened to "
                               "kill himself if she did not return to him."},
            {"t": "p", "text": "The review found that agencies focused on the physical incidents and did not recognise "
                               "the economic abuse and the escalating threats that preceded Joanne's death. It also found "
                               "that Joanne's employer, who had noticed changes in her, had no route for sharing those "
                               "concerns."},
            {"t": "p", "text": "Two recommendations are complete, five are on track and one is overdue. The overdue "
                               "recommendation (R5) is expected to be completed by January 2025. The Board is asked to "
                               "close R2 and R8 and to note the position on the others."},
            {"t": "h", "text": "Action plan"},
            {"t": "plan", "rules": "hrules", "fill": "#E7E6E6", "pad": 4,
             "cols": [{"head": "Rec.", "w": 0.06, "f": "number"},
                      {"head": "Recommendation", "w": 0.34, "f": "text"},
                      {"head": "Organisation", "w": 0.16, "f": "lead"},
                      {"head": "Target date", "w": 0.11, "f": "target_text"},
                      {"head": "Status", "w": 0.09, "f": "x:status"},
                      {"head": "Update", "w": 0.24, "f": "progress"}]},
            {"t": "p", "s": "small", "text": "Status key: Complete – evidence received; On track – expected by the "
                                             "target date; Overdue – target date passed; Not started."},
        ]})
