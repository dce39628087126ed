"""Held-out set 2, documents 1-5."""
from common import P, R, doc

DOCS = {}

# ---------------------------------------------------------------- 1. zebra, no rules, "1)" numbering
recs = [
    R("1", "Practitioners accepted Adult K's statements that he would manage on his own without checking whether he "
           "could carry them out. Mental capacity assessments should test executive functioning: whether a person can "
           "put a decision into practice, not only whether they can describe it.",
      lead="Mental Capacity Act Lead, Hollinsford Council", target_text="31/12/2024", target_date="2024-12-31",
      progress="Capacity assessment template revised and published on 2 September 2024 with an executive-functioning "
               "prompt.\nTwo of the four practitioner briefings have been delivered (86 attendees); the other two are "
               "booked for 5 and 19 November.", status="in_progress", rag="green"),
    R("2", "No agency held a complete picture of the fire risk in Adult K's flat. Fire safety should be part of every "
           "self-neglect assessment, and home fire safety visits should be requested when a person smokes, uses "
           "oxygen or has limited mobility.",
      lead="Station Manager, Prevention, Hollinsford Fire and Rescue Service", target_text="31/03/2025",
      target_date="2025-03-31",
      progress="The referral pathway for home fire safety visits is live in Adult Social Care, the two community "
               "health trusts and both housing associations.\nReferrals have risen from 11 to 47 a quarter. GP "
               "practices have not yet been reached and remain outstanding.",
      status="in_progress", rag="amber"),
    R("3", "Adult K was discharged from hospital on a Friday evening without a care package in place and with no "
           "notification to his GP. The discharge process for people who self-neglect should include:\n"
           "a named community practitioner told of the discharge before the person leaves the ward;\n"
           "a check that the home is safe to return to;\n"
           "a follow-up contact within 72 hours.",
      lead="Head of Patient Flow, Hollinsford University Hospitals NHS Foundation Trust",
      target_text="30/11/2024", target_date="2024-11-30",
      progress="Discharge checklist redrafted and agreed by the Trust's Discharge Steering Group.\nThe checklist is "
               "not yet in use on the wards: the electronic patient record change needed to make it mandatory has "
               "been delayed until the system upgrade in January 2025.",
      status="in_progress", rag="red"),
    R("4", "Staff did not know how to escalate when Adult K repeatedly refused services. The Board's escalation and "
           "resolution protocol should be promoted to front-line staff in all partner agencies.",
      lead="SAB Business Manager", target_text="30/06/2024", target_date="2024-06-30",
      progress="Protocol relaunched at the June 2024 Board conference and included in the induction pack for all "
               "new staff. Completed.", status="complete", rag="green"),
    R("5", "Adult K's alcohol use was treated as a lifestyle choice rather than as a factor in his self-neglect and "
           "cognitive decline. Alcohol-related brain damage should be included in the Board's self-neglect "
           "training and in the multi-agency risk management guidance.",
      lead="Commissioning Manager, Drug and Alcohol Services; SAB Training Sub-group",
      target_text="31/03/2025", target_date="2025-03-31",
      progress="A learning module on alcohol-related brain damage has been drafted with the specialist nurse from the "
               "community alcohol team and is out for consultation. Guidance revision has not started.",
      status="in_progress", rag="amber"),
    R("6", "There was no shared record of the multi-agency meetings held about Adult K, so decisions were lost when "
           "staff changed. Minutes of multi-agency risk meetings should be circulated within five working days and "
           "kept on each agency's record.",
      lead="Chair, Multi-Agency Risk Management Panel", target_text="Quarterly audit", target_date="",
      progress="Standard minute template introduced in April 2024. The audit of 20 cases in August 2024 found minutes "
               "circulated within five working days in 13 cases (65%).\nThe panel chair has written to agencies whose "
               "staff are not uploading minutes to their own record, and the audit will be repeated in November "
               "2024 before the learning point is recommended for closure. The SAB Quality Assurance Sub-group will "
               "consider whether a target of 90% should be set for 2025/26, taking into account the time needed by "
               "health partners to upload documents from outside their own systems.",
      status="in_progress", rag="amber"),
]
extra = {"1": {"act": "Add an executive-functioning prompt to the multi-agency capacity assessment template and deliver "
                      "four practitioner briefings."},
         "2": {"act": "Agree a simple referral pathway for home fire safety visits with all partner agencies."},
         "3": {"act": "Revise the Trust's discharge checklist and make it a mandatory step on the electronic record."},
         "4": {"act": "Relaunch the escalation and resolution protocol with a one-page guide."},
         "5": {"act": "Develop a learning module and update the risk management guidance."},
         "6": {"act": "Introduce a minute template and audit compliance every quarter."}}
DOCS["hollinsford-sab-adult-k-learning-plan"] = doc(
    "zebra-unruled-7col",
    "landscape, zebra shading and no rules, '1)' numbers, two-line header with the update date, RAG summary table first",
    {"title": "Safeguarding Adults Review – Adult K: learning and improvement plan progress report",
     "committee": "Hollinsford Safeguarding Adults Board Executive Group", "meeting_date": "2024-10-22",
     "review_type": "Safeguarding Adults Review", "subject": "Adult K", "progress_as_of": "2024-09-30",
     "decision": "", "status": "ok"},
    recs,
    {"page": {"orient": "landscape", "margins": [22, 14, 18, 14]},
     "font": {"rl": "Times", "lo": "DejaVu Serif"}, "size": 11, "tsize": 8.6, "leading": 1.2,
     "head": {"l": "NOT PROTECTIVELY MARKED", "r": "Hollinsford Safeguarding Adults Board"},
     "foot": {"c": "{page}"},
     "extra": extra,
     "blocks": [
         {"t": "p", "s": "title", "text": "Safeguarding Adults Review – Adult K: learning and improvement plan progress report"},
         {"t": "p", "s": "meta", "text": "Hollinsford Safeguarding Adults Board Executive Group – 22 October 2024"},
         {"t": "p", "s": "meta", "text": "Author: SAB Business Manager"},
         {"t": "h", "text": "1. Purpose of this report"},
         {"t": "p", "text": "This report updates the Executive Group on the learning and improvement plan agreed after the "
                            "Safeguarding Adults Review about Adult K, a 61-year-old man who died following a fire at his "
                            "flat in March 2023. The review was published in February 2024. Leads were asked to provide "
                            "their updates and evidence as at 30 September 2024."},
         {"t": "h", "text": "2. Overall position"},
         {"t": "p", "text": "The table below summarises the ratings given by the accountable leads. One learning point is "
                            "rated red because of a delay outside the Board's control."},
         {"t": "grid", "head": ["Rating", "Learning points", "Change since June 2024"],
          "rows": [["Red", "1", "+1"], ["Amber", "3", "0"], ["Green", "2", "-1"], ["Total", "6", ""]],
          "w": [0.16, 0.16, 0.2], "rules": "hrules", "bold_last": True, "align": ["left", "center", "center"]},
         {"t": "p", "text": "Ratings: Green – on track or completed; Amber – some slippage but recoverable; Red – off "
                            "track and needs Executive Group support."},
         {"t": "h", "text": "3. Learning and improvement plan"},
         {"t": "plan", "rules": "none", "zebra": "#EEF1F6", "fill": "#1F3A5F", "head_ink": "#FFFFFF", "pad": 4,
          "cols": [{"head": "", "w": 0.035, "f": "number", "fmt": "{n})"},
                   {"head": "Learning point", "w": 0.22, "f": "text", "lines": "leadbullets"},
                   {"head": "Agreed action", "w": 0.15, "f": "x:act"},
                   {"head": "Accountable lead", "w": 0.13, "f": "lead", "split_leads": True},
                   {"head": "Due", "w": 0.075, "f": "target_text"},
                   {"head": "Update and evidence\n(at 30/09/24)", "w": 0.32, "f": "progress"},
                   {"head": "Rating", "w": 0.07, "f": "rag"}]},
         {"t": "h", "text": "4. Next steps"},
         {"t": "p", "text": "The next update will be taken to the Executive Group in January 2025. Learning point 4 is "
                            "proposed for closure and the evidence is available from the Business Manager."},
     ]})

# ---------------------------------------------------------------- 2. boxed table over 4+ pages, "Rec. n"
recs = [
    R("1", "The Partnership should make sure that practitioners in all agencies understand the impact of parental "
           "neglect on babies who are not yet mobile, and that pre-birth assessments consider the history of "
           "older siblings.",
      lead="Partnership Business Manager; Designated Nurse for Safeguarding Children",
      progress="A seven-minute briefing on neglect of non-mobile babies was issued in May 2024 and discussed at every "
               "locality team meeting. The pre-birth assessment guidance now contains a section on the history of "
               "older children, including any previous child protection plans and care proceedings.\n"
               "The multi-agency audit in November 2024 looked at 12 pre-birth assessments. Ten referred to the "
               "history of older siblings. The two that did not were completed by agency staff, and the induction "
               "for agency social workers has since been updated.",
      status="in_progress"),
    R("2", "Calderbrook Council should review the threshold for a pre-birth child protection conference where a "
           "parent has previously had a child removed from their care.",
      lead="Head of Safeguarding and Quality Assurance, Calderbrook Council",
      progress="Threshold reviewed and revised in the Local Safeguarding Procedures in July 2024. A conference is now "
               "always considered where a previous child was removed within the last five years. This action is "
               "complete.",
      status="complete"),
    R("3", "Health visitors and midwives should share information about a pregnancy with children's social care at "
           "the earliest point when there are known risks, and should not wait for the booking appointment.",
      lead="Head of Midwifery, Calderbrook Hospitals NHS Trust; Health Visiting Service Lead, Calderbrook Community "
           "Health",
      progress="Joint midwifery and health visiting guidance has been drafted. It has been delayed because the two "
               "services use different record systems and the information-sharing agreement has to be signed by both "
               "Caldicott Guardians. The agreement is expected to be signed in February 2025.\n"
               "In the meantime, the named midwife telephones the health visiting team leader about every pregnancy "
               "where a previous child has been subject to a plan. Twenty-three calls were logged between August and "
               "December 2024.",
      status="in_progress"),
    R("4", "The Partnership should seek assurance that fathers and other adult males in the household are identified, "
           "assessed and involved in plans for the child.",
      lead="Chair, Quality Assurance and Performance Sub-group",
      progress="The Partnership ran a 'think family, include fathers' campaign between June and September 2024, with "
               "posters in GP surgeries, a podcast recorded with two fathers who had been through child protection "
               "processes, and a practice guide for social workers, health visitors and early help practitioners.\n"
               "A thematic audit of 30 cases took place in October 2024. In 19 cases the father had been identified "
               "and spoken to; in 7 the father had been identified but not involved in the plan; in 4 there was no "
               "record of the father at all. The sub-group judged that practice has improved since the review, when "
               "the equivalent figure was fewer than half of cases, but that it is not yet consistent.\n"
               "Agencies have been asked to set out in their own annual safeguarding reports what they have done "
               "about the audit findings. Children's social care has added a mandatory 'significant adults' section "
               "to the assessment form, which went live on 6 January 2025. Police have agreed to share information "
               "about adult males linked to an address when a strategy discussion is held, and a process for this "
               "is being tested in the north locality.\n"
               "A further audit will take place in April 2025. The sub-group will recommend closing this "
               "recommendation only if at least 80% of cases show the father identified and involved.",
      status="in_progress"),
    R("5", "Calderbrook Council and Calderbrook Community Health should make sure that when a family moves "
           "between local authority areas, records are transferred and the receiving team is contacted by "
           "telephone.",
      lead="Service Manager, Front Door; Health Visiting Service Lead, Calderbrook Community Health",
      progress="Transfer-in and transfer-out procedures updated in both services. A spot check of 15 transfers "
               "in December 2024 found all records transferred within ten working days, but a telephone call was "
               "recorded in only 9.",
      status="in_progress"),
    R("6", "Safe sleep advice should be repeated at every contact with a family with a baby under six months, and "
           "practitioners should look at where the baby sleeps.",
      lead="Designated Nurse for Safeguarding Children",
      progress="The safe sleep assessment tool has been agreed but has not yet been launched; it is awaiting sign-off "
               "by the Child Death Overview Panel.",
      status="not_started"),
    R("7", "The Partnership should ask the Department for Education to consider how national guidance on pre-birth "
           "assessment could be strengthened for parents who have had previous children removed.",
      lead="Independent Chair",
      progress="Letter sent to the Department for Education on 14 August 2024. A reply was received on 30 October "
               "2024 and has been shared with the Partnership. Complete.",
      status="complete"),
    R("8", "All agencies should make sure that supervision gives practitioners time to reflect on cases where "
           "there is cumulative neglect and where parents present as co-operative but change does not happen.",
      lead="Chair, Learning and Development Sub-group",
      progress="Each agency has confirmed in its Section 11 return that its supervision policy includes reflective "
               "discussion of neglect cases. The Partnership's supervision training for managers has been "
               "re-written around the case of Child W and three sessions are planned for the spring.",
      status="in_progress"),
    R("9", "The Partnership should make sure that the voices of parents who have had children removed are heard "
           "in the design of pre-birth services, and that these parents are offered support from a specialist "
           "service during any later pregnancy.",
      lead="Director of Children's Services, Calderbrook Council; Chief Nurse, Calderbrook Integrated Care Board",
      progress="The Partnership has funded a twelve-month pilot of a recurrent care proceedings service, run by a "
               "voluntary sector provider, which started in September 2024. Eleven mothers and two fathers have been "
               "referred. The service offers a key worker, access to contraception advice, counselling and help with "
               "housing and debt.\n"
               "Two parents who used the service have joined the Partnership's Pre-birth Working Group and have "
               "reviewed the letters sent to parents before a pre-birth conference. The letters have been rewritten "
               "in plain English as a result.\n"
               "An evaluation of the pilot has been commissioned from the University of Calderbrook. An interim report "
               "is expected in June 2025 and a decision about continued funding will be taken by the Partnership "
               "Executive in September 2025. The Partnership is also discussing with neighbouring partnerships "
               "whether the service could be commissioned across the sub-region, because several of the parents "
               "referred have moved between local authority areas during their pregnancies.",
      status="in_progress", addressee="The Partnership"),
    R("10", "The Partnership should report on progress against these recommendations to its Executive every six "
            "months until all are complete.",
      lead="Partnership Business Manager",
      progress="Reports were presented in July 2024 and January 2025. The next report is due in July 2025.",
      status="in_progress", addressee="The Partnership"),
]
extra = {
    "9": {"m": "Parents' feedback is used in service design; evaluation of the pilot."},
    "10": {"m": "Six-monthly reports to the Executive."},
    "1": {"m": "Audit shows pre-birth assessments record the history of older siblings in at least 90% of cases."},
    "2": {"m": "Revised procedure published; conference data shows the new threshold in use."},
    "3": {"m": "Referral data shows contact with children's social care before 20 weeks of pregnancy."},
    "4": {"m": "Audit shows fathers identified and involved in at least 80% of plans."},
    "5": {"m": "Spot checks of transfers show records sent and a telephone call made in every case."},
    "6": {"m": "Safe sleep assessment recorded at every health visiting contact for babies under six months."},
    "7": {"m": "Reply received from the Department for Education and shared with partners."},
    "8": {"m": "Section 11 returns and supervision audit."},
}
DOCS["calderbrook-cspr-child-w-progress"] = doc(
    "boxed-portrait-5col-long",
    "portrait, outer border only, 'Rec. n' refs, 'How we will know' measures column, table over 4+ pages, a very "
    "long progress cell spanning a page",
    {"title": "Child Safeguarding Practice Review – Child W: progress against the recommendations",
     "committee": "", "meeting_date": "",
     "review_type": "Child Safeguarding Practice Review", "subject": "Child W", "progress_as_of": "2025-01-31",
     "decision": "", "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [24, 18, 22, 18]},
     "font": {"rl": "DejaVuSerifCondensed", "lo": "DejaVu Serif Condensed"}, "size": 10, "tsize": 8.8,
     "leading": 1.3, "para_after": 0.8,
     "head": {"r": "Calderbrook Safeguarding Children Partnership", "rule": True},
     "foot": {"l": "Child W – progress report", "r": "Page {page} of {pages}"},
     "extra": extra,
     "blocks": [
         {"t": "p", "s": "title", "text": "Child Safeguarding Practice Review – Child W: progress against the recommendations"},
         {"t": "p", "text": "Child W was six weeks old when she was admitted to hospital with a skull fracture in "
                            "October 2022. Her parents had already had two older children removed from their care in "
                            "another local authority area. The review was commissioned by the Calderbrook Safeguarding "
                            "Children Partnership and published in March 2024."},
         {"t": "p", "text": "The table below sets out each recommendation from the review, how the Partnership will know "
                            "that it has made a difference, the named lead and the progress made. Progress is reported as "
                            "at 31 January 2025."},
         {"t": "p", "text": "The Partnership will not close a recommendation until there is evidence that practice has "
                            "changed, not only that a procedure or leaflet has been written."},
         {"t": "plan", "rules": "box", "pad": 5, "fs": 9.6,
          "cols": [{"head": "Ref", "w": 0.08, "f": "number", "fmt": "Rec. {n}"},
                   {"head": "Recommendation from the review", "w": 0.26, "f": "text"},
                   {"head": "How we will know", "w": 0.18, "f": "x:m"},
                   {"head": "Named lead", "w": 0.16, "f": "lead", "split_leads": True},
                   {"head": "Progress to date", "w": 0.32, "f": "progress"}]},
         {"t": "p", "text": "Questions about this report should be sent to the Partnership Business Unit."},
     ]})

# ---------------------------------------------------------------- 3. DHR: two plan tables
recs = [
    R("1", "The Community Safety Partnership should commission a review of how the risk assessment checklist is used "
           "by all agencies, including whether staff are confident to ask about coercive control.",
      lead="Eastmarsh Community Safety Partnership", target_text="30 September 2025", target_date="2025-09-30",
      progress="Terms of reference agreed. The review has been commissioned from the Domestic Abuse Partnership Manager "
               "and fieldwork starts in April 2025.", status="in_progress", rag="amber"),
    R("2", "All agencies should record the ethnicity, first language and immigration status of victims of domestic "
           "abuse, and should use professional interpreters rather than family members.",
      lead="All agencies", target_text="31 December 2025", target_date="2025-12-31",
      progress="Not yet started. The Partnership is waiting for the outcome of the regional interpreting contract "
               "tender.", status="not_started", rag="red"),
    R("3", "The Eastmarsh MARAC Steering Group should make sure that cases referred to MARAC for a second time within "
           "12 months are flagged as repeat cases and that actions from the first referral are reviewed.",
      lead="Chair, MARAC Steering Group", target_text="31 March 2025", target_date="2025-03-31",
      progress="Repeat flag added to the MARAC referral form in November 2024. The coordinator now reports the "
               "previous actions at the start of each repeat case discussion. Completed.",
      status="complete", rag="green"),
    R("4", "Domestic abuse awareness should be included in the induction of all staff who work in housing, benefits "
           "and customer services.",
      lead="Head of Housing Needs, Eastmarsh Borough Council", target_text="June 2025", target_date="",
      progress="E-learning module identified. Induction for customer services has been updated; housing and benefits "
               "inductions are yet to be updated.", status="in_progress", rag="amber"),
    R("A1", "Eastmarsh Police should make sure that officers attending domestic abuse incidents complete the risk "
            "assessment with the victim away from the suspect.",
      lead="Detective Chief Inspector, Public Protection", target_text="31 May 2025", target_date="2025-05-31",
      progress="Briefing delivered to all response teams. Body-worn video review of 40 incidents found the victim "
               "was spoken to alone in 34.", status="in_progress"),
    R("A2", "Eastmarsh Police should review how information from previous call-outs is given to attending officers.",
      lead="Superintendent, Contact Management", target_text="31 May 2025", target_date="2025-05-31",
      progress="The control room now reads out the number of previous domestic incidents at the address on every "
               "deployment. Complete.", status="complete"),
    R("A3", "The Emergency Department should ask every adult who attends with an injury about domestic abuse when "
            "they are seen alone.",
      lead="Named Nurse for Adult Safeguarding, Eastmarsh General Hospital", target_text="31 March 2025",
      target_date="2025-03-31",
      progress="Routine enquiry question added to the triage screen. Compliance in January 2025 was 58%, below the "
               "target of 85%.", status="in_progress"),
    R("A4", "The GP practice should code domestic abuse disclosures on the patient record and review the record "
            "when a patient misses appointments.",
      lead="Practice Manager, Harbour Lane Surgery; Safeguarding Lead GP, Eastmarsh ICB",
      target_text="31 January 2025", target_date="2025-01-31",
      progress="Coding guidance issued to the practice and to all GP practices in Eastmarsh. The practice audit in "
               "January 2025 showed all disclosures coded. Completed.", status="complete"),
    R("A5", "Eastmarsh Homes should train its tenancy officers to recognise economic abuse and to refer tenants to "
            "the specialist domestic abuse service.",
      lead="Tenancy Services Manager, Eastmarsh Homes", target_text="30 April 2025", target_date="2025-04-30",
      progress="Training booked with the specialist service for March and April 2025.", status="not_started"),
]
extra = {"A1": {"ag": "Eastmarsh Police"}, "A2": {"ag": ""},
         "A3": {"ag": "Eastmarsh General Hospital NHS Trust"}, "A4": {"ag": "Harbour Lane Surgery"},
         "A5": {"ag": "Eastmarsh Homes"}}
DOCS["eastmarsh-csp-dhr-maria-two-plans"] = doc(
    "two-plans-multi-and-single",
    "DHR with a multi-agency plan (1-4, ruled, RAG cells) followed by a single-agency plan (A1-A5, only a line under "
    "the header, agency sections)",
    {"title": "Domestic Homicide Review – Maria: action plan monitoring report",
     "committee": "Eastmarsh Community Safety Partnership Board", "meeting_date": "2025-03-13",
     "review_type": "Domestic Homicide Review", "subject": "Maria", "progress_as_of": "2025-02-28",
     "decision": "", "status": "ok"},
    recs,
    {"page": {"orient": "landscape", "margins": [20, 18, 20, 18]},
     "font": {"rl": "Helvetica", "lo": "DejaVu Sans Condensed"}, "size": 9.8, "tsize": 8.2,
     "head": {"l": "OFFICIAL", "c": "DHR Maria", "r": "Eastmarsh CSP"},
     "foot": {"c": "Page {page}", "rule": True},
     "extra": extra,
     "sections": {},
     "blocks": [
         {"t": "p", "s": "subtitle", "text": "Domestic Homicide Review – Maria: action plan monitoring report"},
         {"t": "p", "s": "meta", "text": "Eastmarsh Community Safety Partnership Board, 13 March 2025"},
         {"t": "p", "text": "Maria was 34 when she was killed by her former partner in July 2022. The Home Office "
                            "Quality Assurance Panel approved the review for publication in June 2024. The overview "
                            "report made four multi-agency recommendations; the agencies that took part also made "
                            "their own recommendations in their individual management reviews."},
         {"t": "p", "text": "This report shows progress on both sets of recommendations as at 28 February 2025."},
         {"t": "h", "text": "Part 1: Overview report recommendations (multi-agency)"},
         {"t": "plan", "rules": "grid", "fill": "#D9D9D9", "rag_fill": True, "numbers": ["1", "2", "3", "4"],
          "cols": [{"head": "No.", "w": 0.04, "f": "number"},
                   {"head": "Recommendation", "w": 0.3, "f": "text"},
                   {"head": "Lead agency", "w": 0.15, "f": "lead"},
                   {"head": "Target date", "w": 0.1, "f": "target_text"},
                   {"head": "Progress", "w": 0.33, "f": "progress"},
                   {"head": "RAG", "w": 0.08, "f": "rag"}]},
         {"t": "h", "text": "Part 2: Single-agency recommendations"},
         {"t": "p", "text": "Each agency is responsible for its own recommendations and reports progress to the DHR "
                            "Standing Panel. They are listed here by agency."},
         {"t": "plan", "rules": "headline", "pad": 3,
          "numbers": ["A1", "A2", "A3", "A4", "A5"],
          "sections": {"A1": "Eastmarsh Police", "A3": "Eastmarsh General Hospital NHS Trust",
                       "A4": "Harbour Lane Surgery", "A5": "Eastmarsh Homes"},
          "section_fill": "#F2F2F2",
          "cols": [{"head": "Ref", "w": 0.05, "f": "number"},
                   {"head": "Recommendation", "w": 0.33, "f": "text"},
                   {"head": "Lead officer", "w": 0.18, "f": "lead", "split_leads": True},
                   {"head": "Target date", "w": 0.1, "f": "target_text"},
                   {"head": "Progress", "w": 0.34, "f": "progress"}]},
         {"t": "p", "text": "The Standing Panel will report again to the Board in September 2025."},
     ]})

# ---------------------------------------------------------------- 4. prose, bold headings, exec summary topic list
recs = [
    P("1", "Ravensmoor Safeguarding Adults Board should ask the local authority and the integrated care board to "
           "agree a joint protocol for young people with complex needs who are moving from children's to adult "
           "services.\nThe protocol should start planning at 14, name a lead practitioner in each service and set "
           "out how disagreements about eligibility will be resolved.",
      addressee="Ravensmoor Safeguarding Adults Board"),
    P("2", "Adult social care should make sure that Care Act assessments for young adults with autism consider the "
           "person's communication needs and are carried out by practitioners who have had specialist training.",
      addressee="Adult social care"),
    P("3", "The Board should seek assurance that mental health services do not discharge a person for missing "
           "appointments without first considering why the person has not attended and whether they are at risk.\n"
           "Where the person has autism or a learning disability, the decision to discharge should be agreed with "
           "a senior clinician and shared with the GP and any other services involved.",
      addressee="The Board"),
    P("4", "Commissioners should review the availability of supported accommodation for young adults with autism "
           "in Ravensmoor, so that placements are not made out of area because nothing suitable is available "
           "locally.", addressee="Commissioners"),
    P("5", "Families and carers should be told how to raise concerns when they think a service is not meeting "
           "their relative's needs, and their concerns should be recorded and answered in writing."),
    P("6", "The Board should share the learning from this review with the regional Safeguarding Adults Board "
           "network and with the national autism programme.", addressee="The Board"),
]
findings = [
    "Planning for Mr J's move to adult services started three months before his 18th birthday.",
    "No single practitioner had an overview of Mr J's needs after he left school.",
    "Mr J was discharged from two services after missing appointments.",
    "His mother raised concerns on at least eleven occasions but these were not recorded as complaints.",
    "Mr J was placed 90 miles from home because there was no suitable local accommodation.",
]
DOCS["ravensmoor-sar-mr-j-report"] = doc(
    "prose-bold-heading-paras",
    "full SAR report: executive summary lists numbered recommendation topics only; the full recommendations in "
    "section 7 under bold 'Recommendation n' lines, some with a second paragraph; key findings list",
    {"title": "Safeguarding Adults Review: Mr J", "committee": "", "meeting_date": "",
     "review_type": "Safeguarding Adults Review", "subject": "Mr J", "progress_as_of": "", "decision": "",
     "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [25, 25, 25, 25]},
     "font": {"rl": "LiberationSerif", "lo": "Liberation Serif"}, "size": 12, "leading": 1.35, "para_after": 0.9,
     "head": {"l": "Ravensmoor Safeguarding Adults Board", "r": "SAR Mr J"},
     "foot": {"c": "- {page} -"},
     "blocks": [
         {"t": "p", "s": "title", "text": "Safeguarding Adults Review: Mr J"},
         {"t": "p", "s": "meta", "text": "Independent reviewer: Dr Helen Ashworth"},
         {"t": "p", "s": "meta", "text": "Published: November 2024"},
         {"t": "gap", "pt": 14},
         {"t": "h", "text": "1. Executive summary"},
         {"t": "p", "text": "Mr J was a 22-year-old autistic man who died in supported accommodation in 2022. This review "
                            "looked at how agencies worked together from his 16th birthday until his death."},
         {"t": "p", "text": "The review makes six recommendations. In summary they cover:"},
         {"t": "np", "label": "1.", "text": "transition planning;"},
         {"t": "np", "label": "2.", "text": "Care Act assessments for autistic young adults;"},
         {"t": "np", "label": "3.", "text": "discharge from mental health services after missed appointments;"},
         {"t": "np", "label": "4.", "text": "local supported accommodation;"},
         {"t": "np", "label": "5.", "text": "listening to families;"},
         {"t": "np", "label": "6.", "text": "sharing the learning."},
         {"t": "p", "text": "The recommendations are set out in full in section 7."},
         {"t": "h", "text": "2. The review process"},
         {"t": "p", "text": "The review was carried out using a learning-together approach. Practitioners and managers "
                            "from nine agencies took part in two workshops. Mr J's mother and sister were interviewed "
                            "and their views have shaped the review. The Board agreed the terms of reference in March "
                            "2023 and the review panel met six times."},
         {"t": "h", "text": "3. About Mr J"},
         {"t": "p", "text": "Mr J's family describe him as funny, loyal and passionate about trains. He was diagnosed "
                            "with autism at the age of nine and attended a specialist school until he was 19. He found "
                            "changes of routine and new people very difficult, and he communicated best in writing."},
         {"t": "h", "text": "4. Key findings"},
         {"t": "findings"},
         {"t": "h", "text": "5. Analysis"},
         {"t": "p", "text": "Transition planning began late and was led by children's services, which closed the case on "
                            "Mr J's 18th birthday. Adult social care did not complete an assessment until four months "
                            "later, and the assessment was carried out by telephone with his mother because Mr J did "
                            "not answer calls. There was no consideration of whether a different method of "
                            "communication would have allowed him to take part."},
         {"t": "p", "text": "The community mental health team discharged Mr J after he missed three appointments. The "
                            "letters offering the appointments were sent to an address he had left. The GP was told of "
                            "the discharge but not of the reasons for the referral, and no other agency was told."},
         {"t": "p", "text": "Mr J's mother repeatedly telephoned the council and the provider to say that her son was "
                            "not eating and was not leaving his room. These calls were logged as general enquiries and "
                            "did not lead to a review of his care."},
         {"t": "h", "text": "6. Good practice"},
         {"t": "p", "text": "The review found good practice by Mr J's school, which prepared a detailed communication "
                            "passport, and by the ambulance service, whose crew recognised his distress and adapted how "
                            "they spoke to him."},
         {"t": "gap", "pt": 40, "rl": 40, "lo": 40},
         {"t": "h", "text": "7. Recommendations"},
         {"t": "recs", "mode": "ownline", "label": "Recommendation {n}", "sub": "paras"},
         {"t": "h", "text": "8. Glossary"},
         {"t": "grid", "head": ["Term", "Meaning"],
          "rows": [["Care Act assessment", "An assessment of a person's needs for care and support under the Care Act 2014."],
                   ["ICB", "Integrated care board – the NHS body that plans and buys health services."],
                   ["SAB", "Safeguarding Adults Board."]],
          "w": [0.3, 0.7], "rules": "grid"},
     ]},
    findings)

# ---------------------------------------------------------------- 5. exec summary repeats recommendations verbatim
recs = [
    P("1", "The Westby Safeguarding Children Partnership should review its neglect strategy so that it addresses "
           "the needs of older children and young carers, not only babies and young children.",
      addressee="The Westby Safeguarding Children Partnership"),
    P("2", "Schools should make sure that a young carer's attendance, attainment and wellbeing are discussed at "
           "every review of the family's plan.", addressee="Schools"),
    P("3", "Adult mental health services and children's social care should hold a joint meeting whenever a parent "
           "who is the main carer is admitted to hospital, to plan for the children.",
      addressee="Adult mental health services and children's social care"),
    P("4", "Assessments should record the children's own views, in their own words, about what life is like at "
           "home."),
    P("5", "The Partnership should ask the Integrated Care Board to make sure GPs record on a parent's record that "
           "they have dependent children.", addressee="The Partnership"),
]
DOCS["westby-cspr-siblings-a-b-summary-repeat"] = doc(
    "prose-exec-summary-repeat",
    "CSPR where the executive summary prints the five recommendations in full and section 6 repeats them word for "
    "word; each recommendation is one record",
    {"title": "Child Safeguarding Practice Review: Siblings A and B", "committee": "", "meeting_date": "",
     "review_type": "Child Safeguarding Practice Review", "subject": "Siblings A and B", "progress_as_of": "",
     "decision": "", "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [20, 22, 20, 22]},
     "font": {"rl": "DejaVuSans", "lo": "Liberation Sans"}, "size": 10.2, "leading": 1.4, "hang": 2.8,
     "heading_colour": "#5B2C6F",
     "head": {"r": "Westby Safeguarding Children Partnership"},
     "foot": {"l": "Siblings A and B", "r": "{page}"},
     "blocks": [
         {"t": "p", "s": "title", "text": "Child Safeguarding Practice Review: Siblings A and B"},
         {"t": "p", "text": "Lead reviewer: Simon Okafor. Published by the Westby Safeguarding Children Partnership, "
                            "January 2025."},
         {"t": "h", "text": "Executive summary"},
         {"t": "p", "text": "Siblings A and B were aged 13 and 15 when they were found living alone in the family home "
                            "after their mother was admitted to a psychiatric hospital. They had been caring for her "
                            "for at least two years. Both children had poor school attendance, which was known to "
                            "their schools but was not linked to their caring role."},
         {"t": "p", "text": "The review found that agencies focused on the mother's mental health and did not see the "
                            "children as children in need in their own right."},
         {"t": "p", "s": "bold", "text": "Recommendations"},
         {"t": "recs", "mode": "hang", "label": "{n}."},
         {"t": "br"},
         {"t": "h", "text": "1. Introduction"},
         {"t": "p", "text": "The Partnership decided in March 2023 that the case met the criteria for a local child "
                            "safeguarding practice review. The review covered the period from September 2020 to "
                            "February 2023."},
         {"t": "h", "text": "2. Methodology"},
         {"t": "p", "text": "The lead reviewer read agency chronologies, met the practitioners involved and spoke to "
                            "both young people and their mother. The young people chose the names used in the "
                            "review's easy-read summary."},
         {"t": "h", "text": "3. What happened"},
         {"t": "p", "text": "The children's mother had a long history of depression and psychosis. Between 2020 and "
                            "2022 she had five short admissions to hospital. On each occasion the children stayed at "
                            "home and told professionals that an aunt was looking after them. No agency checked this."},
         {"t": "h", "text": "4. Analysis"},
         {"t": "p", "text": "The adult mental health team's records show that staff knew the mother was a single "
                            "parent. There was no record of a conversation with children's social care before or "
                            "during any of the admissions. The schools recorded the children's absence as unauthorised "
                            "and sent standard letters."},
         {"t": "p", "text": "The young people told the reviewer that nobody asked them what they did at home. B said: "
                            "'They asked about school, never about Mum.'"},
         {"t": "h", "text": "5. Conclusions"},
         {"t": "p", "text": "The harm to these children was predictable and could have been prevented if agencies had "
                            "thought about the whole family. The recommendations below are intended to make sure that "
                            "young carers are seen."},
         {"t": "h", "text": "6. Recommendations"},
         {"t": "recs", "mode": "hang", "label": "{n}."},
         {"t": "p", "text": "The Partnership will publish its response to these recommendations within three months."},
     ]})

ADDR = {
    "calderbrook-cspr-child-w-progress": {"1": "The Partnership", "2": "Calderbrook Council",
                                          "3": "Health visitors and midwives", "4": "The Partnership",
                                          "5": "Calderbrook Council and Calderbrook Community Health",
                                          "7": "The Partnership", "8": "All agencies"},
    "eastmarsh-csp-dhr-maria-two-plans": {"1": "The Community Safety Partnership", "2": "All agencies",
                                          "3": "The Eastmarsh MARAC Steering Group", "A1": "Eastmarsh Police",
                                          "A2": "Eastmarsh Police", "A3": "The Emergency Department",
                                          "A4": "The GP practice", "A5": "Eastmarsh Homes"},
}
for _name, _m in ADDR.items():
    for _r in DOCS[_name]["recommendations"]:
        if _r["number"] in _m:
            _r["addressee"] = _m[_r["number"]]
