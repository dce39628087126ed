"""Held-out set 2, documents 6-11."""
from common import P, R, doc

DOCS = {}

# ---------------------------------------------------------------- 6. cabinet paper, roman numerals in Appendix A
recs = [
    R("i", "The Council should make sure that every adult who is receiving care at home and who declines a "
           "service has their decision reviewed by a social worker within four weeks.",
      addressee="The Council", lead="Head of Adult Social Care Operations", target_text="31 March 2025",
      target_date="2025-03-31",
      progress="A weekly report of declined services is now sent to team managers, who allocate a review. Of the 64 "
               "people who declined a service between October and December, 51 were reviewed within four weeks.",
      status="in_progress"),
    R("ii", "The Council should review its contract monitoring of home care providers so that missed and late "
            "visits are reported to the commissioning team every month.",
      addressee="The Council", lead="Head of Commissioning", target_text="31 December 2024",
      target_date="2024-12-31",
      progress="Monthly reporting of missed and late visits is included in all home care contracts from 1 October "
               "2024. Complete.", status="complete"),
    R("iii", "Adult Social Care should work with the Integrated Care Board to agree how pressure ulcer risk is "
             "shared between district nurses and home care workers.",
      addressee="Adult Social Care", lead="Principal Social Worker; Deputy Director of Nursing, Northgate ICB",
      target_text="June 2025",
      progress="A joint workshop was held on 21 November 2024. A draft information-sharing process has been written "
               "but has not yet been agreed by the ICB.", status="in_progress"),
    R("iv", "Carers' assessments should be offered to family members who provide care, even where they say they do "
            "not need support.",
      lead="Carers Lead, Adult Social Care", target_text="31 March 2025", target_date="2025-03-31",
      progress="No progress yet. The carers' strategy refresh has been postponed to allow for consultation with the "
               "new Carers' Partnership Board.", status="not_started"),
    R("v", "The Council should make sure that safeguarding concerns raised by home care providers receive a written "
           "acknowledgement and an outcome.",
      addressee="The Council", lead="Safeguarding Adults Manager", target_text="30 November 2024",
      target_date="2024-11-30",
      progress="An automatic acknowledgement is sent by the case management system, and the outcome letter is a "
               "required step before a concern can be closed. Completed in November 2024.", status="complete"),
    R("vi", "Learning from this review should be shared with all home care providers in the borough through the "
            "provider forum.",
      lead="Head of Commissioning", target_text="Ongoing",
      progress="Presented at the provider forum on 9 October 2024 and included in the provider newsletter. Further "
               "sessions will be arranged as new providers join the framework.", status="in_progress"),
]
extra = {"i": {"st": "On track"}, "ii": {"st": "Complete"}, "iii": {"st": "Started"}, "iv": {"st": "Not started"},
         "v": {"st": "Complete"}, "vi": {"st": "Ongoing"}}
DEC = ("That Cabinet is RECOMMENDED to note the findings of the Safeguarding Adults Review into the death of Adult M "
       "and the Council's action plan set out at Appendix A.\n"
       "That Cabinet is RECOMMENDED to delegate authority to the Director of Adult Social Care, in consultation with "
       "the Cabinet Member for Adults and Health, to agree the Council's final response to the Safeguarding Adults "
       "Board.")
DOCS["northgate-cabinet-item7-adult-m"] = doc(
    "council-paper-roman-appendix",
    "cabinet paper: committee recommendations (decision) first, exempt-information paragraph, appendix action plan "
    "with roman-numeral refs and a printed Status column, glossary table after",
    {"title": "Safeguarding Adults Review (Adult M): Council response and action plan", "committee": "Cabinet",
     "meeting_date": "2025-02-11", "review_type": "Safeguarding Adults Review", "subject": "Adult M",
     "progress_as_of": "2024-12-31", "decision": DEC, "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [20, 20, 22, 20]},
     "font": {"rl": "DejaVuSans", "lo": "DejaVu Sans"}, "size": 10.4, "tsize": 8.1, "leading": 1.3,
     "head": {"l": "Northgate Borough Council", "r": "PUBLIC"},
     "foot": {"c": "Item 7 – Page {page}"},
     "extra": extra,
     "blocks": [
         {"t": "p", "s": "subtitle", "text": "NORTHGATE BOROUGH COUNCIL"},
         {"t": "p", "s": "meta", "text": "Report to: Cabinet"},
         {"t": "p", "s": "meta", "text": "Date of meeting: 11 February 2025"},
         {"t": "p", "s": "bold", "text": "Safeguarding Adults Review (Adult M): Council response and action plan"},
         {"t": "grid", "rows": [["Report of", "Director of Adult Social Care"],
                                ["Cabinet Member", "Cabinet Member for Adults and Health"],
                                ["Wards affected", "All"], ["Key decision", "No"],
                                ["Exempt information", "Appendix C only – paragraph 2, Schedule 12A"]],
          "w": [0.3, 0.7], "rules": "grid"},
         {"t": "h", "text": "1. RECOMMENDATIONS"},
         {"t": "decision", "labels": ["1.1", "1.2"]},
         {"t": "h", "text": "2. REASONS FOR RECOMMENDATIONS"},
         {"t": "np", "label": "2.1", "text": "The Care Act 2014 requires the Safeguarding Adults Board to arrange a review "
                                            "when an adult dies and there is concern about how agencies worked together. "
                                            "The Board asks each partner to report how it is acting on the review."},
         {"t": "h", "text": "3. BACKGROUND"},
         {"t": "np", "label": "3.1", "text": "Adult M was an 84-year-old woman who lived alone and received home care "
                                            "four times a day. She died in hospital in January 2023 from sepsis linked "
                                            "to pressure ulcers."},
         {"t": "np", "label": "3.2", "text": "The review, published by the Northgate Safeguarding Adults Board in July "
                                            "2024, made six recommendations for the Council. Appendix A sets out the "
                                            "Council's action plan and progress at 31 December 2024."},
         {"t": "h", "text": "4. EXEMPT INFORMATION"},
         {"t": "np", "label": "4.1", "text": "Appendix C (chronology) is not for publication because it contains exempt "
                                            "information as described in paragraph 2 of Part 1 of Schedule 12A to the "
                                            "Local Government Act 1972 (information likely to reveal the identity of an "
                                            "individual). The public interest in keeping the information exempt "
                                            "outweighs the public interest in disclosing it."},
         {"t": "h", "text": "5. FINANCIAL AND LEGAL IMPLICATIONS"},
         {"t": "np", "label": "5.1", "text": "There are no direct financial implications. The actions will be delivered "
                                            "within existing budgets."},
         {"t": "np", "label": "5.2", "text": "Section 44 of the Care Act 2014 places a duty on the Safeguarding Adults "
                                            "Board to arrange reviews. Partners must co-operate with the Board."},
         {"t": "h", "text": "6. APPENDICES"},
         {"t": "p", "text": "Appendix A – Action plan\nAppendix B – Glossary\nAppendix C – Chronology (exempt, not for publication)"},
         {"t": "p", "s": "small", "text": "Contact officer: Safeguarding Adults Manager, telephone 01632 960 414"},
         {"t": "br"},
         {"t": "p", "s": "subtitle", "text": "Appendix A – Action plan"},
         {"t": "p", "text": "Recommendations made to Northgate Borough Council by the Safeguarding Adults Review."},
         {"t": "plan", "rules": "grid", "fill": "#C6E0B4", "rule_colour": "#4A4A4A",
          "cols": [{"head": "No.", "w": 0.05, "f": "number"},
                   {"head": "Recommendation", "w": 0.27, "f": "text"},
                   {"head": "Owner", "w": 0.18, "f": "lead", "split_leads": True},
                   {"head": "By when", "w": 0.13, "f": "target_text"},
                   {"head": "Progress at 31 December 2024", "w": 0.27, "f": "progress"},
                   {"head": "Status", "w": 0.1, "f": "x:st"}]},
         {"t": "p", "s": "subtitle", "text": "Appendix B – Glossary"},
         {"t": "grid", "head": ["Term", "Meaning"],
          "rows": [["ICB", "Integrated Care Board"], ["SAB", "Safeguarding Adults Board"],
                   ["SAR", "Safeguarding Adults Review, under section 44 of the Care Act 2014"]],
          "w": [0.2, 0.8], "rules": "hrules"},
     ]})

# ---------------------------------------------------------------- 7. scrutiny paper: tables, no recommendations
DOCS["ashcombe-scrutiny-safeguarding-q3-norecs"] = doc(
    "scrutiny-norecs-tables",
    "scrutiny performance paper with data tables, a list of reviews in progress and a table of outstanding actions "
    "from previous meetings; no review recommendations; committee decision",
    {"title": "Adult safeguarding performance: quarter 3 2024/25",
     "committee": "Health and Adult Social Care Scrutiny Committee", "meeting_date": "2025-03-04",
     "review_type": "", "subject": "", "progress_as_of": "",
     "decision": "The Committee is RECOMMENDED to note the safeguarding performance information for quarter 3 of "
                 "2024/25 and to identify any areas for further scrutiny.",
     "status": "no_recommendations"},
    [],
    {"page": {"orient": "portrait", "margins": [18, 20, 18, 20]},
     "font": {"rl": "Times", "lo": "Liberation Serif"}, "size": 11.8, "tsize": 10, "leading": 1.2,
     "head": {"c": "Ashcombe County Council – Health and Adult Social Care Scrutiny Committee"},
     "foot": {"l": "Agenda item 9", "r": "Page {page}"},
     "blocks": [
         {"t": "p", "s": "title", "text": "Adult safeguarding performance: quarter 3 2024/25"},
         {"t": "p", "s": "meta", "text": "Health and Adult Social Care Scrutiny Committee – 4 March 2025"},
         {"t": "p", "s": "meta", "text": "Report by the Executive Director of Adults and Communities"},
         {"t": "h", "text": "Recommendation"},
         {"t": "decision"},
         {"t": "h", "text": "1. Summary"},
         {"t": "p", "text": "The number of safeguarding concerns received in quarter 3 rose by 9% compared with the same "
                            "quarter last year. The proportion of enquiries where the person's desired outcomes were "
                            "asked about and recorded remains high."},
         {"t": "grid", "cap": "Table 1: Safeguarding concerns and enquiries",
          "head": ["Measure", "Q1", "Q2", "Q3", "Q3 2023/24"],
          "rows": [["Concerns received", "1,412", "1,506", "1,588", "1,457"],
                   ["Concerns leading to a section 42 enquiry", "318", "344", "352", "330"],
                   ["Conversion rate", "22.5%", "22.8%", "22.2%", "22.6%"],
                   ["Outcomes asked and recorded", "91%", "93%", "94%", "88%"]],
          "w": [0.4, 0.15, 0.15, 0.15, 0.15], "rules": "grid", "fill": "#DDDDDD",
          "align": ["left", "right", "right", "right", "right"]},
         {"t": "grid", "cap": "Table 2: Type of abuse in concluded enquiries (quarter 3)",
          "head": ["Type of abuse", "Number", "Per cent"],
          "rows": [["Neglect and acts of omission", "131", "37%"], ["Financial or material", "67", "19%"],
                   ["Physical", "60", "17%"], ["Self-neglect", "46", "13%"], ["Other", "48", "14%"],
                   ["Total", "352", "100%"]],
          "w": [0.45, 0.2, 0.2], "rules": "hrules", "bold_last": True, "align": ["left", "right", "right"]},
         {"t": "h", "text": "2. Safeguarding Adults Reviews"},
         {"t": "p", "text": "Three reviews are in progress. Their recommendations will be reported to the Committee when "
                            "each review is published."},
         {"t": "grid", "head": ["Review", "Referral received", "Stage", "Expected publication"],
          "rows": [["Adult P", "May 2024", "Panel meetings", "Summer 2025"],
                   ["Mr and Mrs S", "August 2024", "Chronologies requested", "Autumn 2025"],
                   ["Thematic review: hoarding", "October 2024", "Scoping", "Early 2026"]],
          "w": [0.3, 0.2, 0.25, 0.25], "rules": "grid"},
         {"t": "h", "text": "3. Outstanding actions from previous meetings"},
         {"t": "grid", "head": ["Meeting", "Action", "Officer", "Status"],
          "rows": [["12 November 2024", "Circulate the breakdown of concerns by referring agency.",
                    "Head of Safeguarding", "Done – circulated 3 December"],
                   ["12 November 2024", "Invite the Board's Independent Chair to present the annual report.",
                    "Democratic Services Officer", "Scheduled for June 2025"]],
          "w": [0.18, 0.42, 0.2, 0.2], "rules": "grid"},
         {"t": "h", "text": "4. Background papers"},
         {"t": "p", "text": "Ashcombe Safeguarding Adults Board Annual Report 2023/24."},
     ]})

# ---------------------------------------------------------------- 8. easy read
recs = [
    P("1", "The Board will check that people with a learning disability get a yearly health check.\n"
           "The health check should happen at home if the person finds the surgery too hard.", addressee="The Board"),
    P("2", "Staff should always listen when a person says they feel ill or in pain.\n"
           "They should write down what the person said."),
    P("3", "Care homes should tell the family when the person is unwell.", addressee="Care homes"),
    P("4", "Doctors and nurses should use easy words and pictures to explain what is happening.",
      addressee="Doctors and nurses"),
    P("5", "The Board will tell everyone what it has learned from what happened to Sam.", addressee="The Board"),
]
for _r in recs:
    del _r["source"]
DOCS["brackenfield-sab-sam-easy-read"] = doc(
    "easy-read",
    "easy-read summary: 14pt text beside picture boxes in a borderless two-column table, 'Recommendation n' on its "
    "own line; source not scored",
    {"title": "What happened to Sam", "committee": "", "meeting_date": "",
     "review_type": "Safeguarding Adults Review", "subject": "Sam", "progress_as_of": "", "decision": "",
     "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [20, 18, 20, 18]},
     "font": {"rl": "DejaVuSans", "lo": "DejaVu Sans"}, "size": 14, "leading": 1.45, "para_after": 0.9,
     "head": {"r": "Easy read"},
     "foot": {"l": "Brackenfield Safeguarding Adults Board", "r": "{page}"},
     "blocks": [
         {"t": "p", "s": "title", "text": "What happened to Sam"},
         {"t": "p", "text": "This is an easy read summary of a Safeguarding Adults Review."},
         {"t": "p", "text": "A Safeguarding Adults Review is when people look at what went wrong when someone has died "
                            "or been badly hurt."},
         {"t": "p", "text": "Sam was 38. He had a learning disability. He lived in a care home."},
         {"t": "p", "text": "Sam was in pain for a long time. Nobody found out why. He died in hospital."},
         {"t": "br"},
         {"t": "p", "s": "subtitle", "text": "What needs to change"},
         {"t": "easyrecs", "fs": 14, "pic": 30},
         {"t": "p", "text": "If you want to know more, ring 01632 960 777."},
     ]})

# ---------------------------------------------------------------- 9. two-column learning brief, numbers in text
recs = [
    P("1", "Fenwick Community Safety Partnership should make sure that older victims of domestic abuse are "
           "included in its domestic abuse strategy and in every awareness campaign.",
      addressee="Fenwick Community Safety Partnership"),
    P("2", "Adult social care should consider domestic abuse when an older person's carer is their spouse or an "
           "adult child, and should ask the person about it when the carer is not present.",
      addressee="Adult social care"),
    P("3", "GP practices should make sure that a patient who tells a receptionist or a nurse about abuse is "
           "offered an appointment with the practice safeguarding lead within one week.",
      addressee="GP practices"),
    P("4", "The Partnership should ask the hospital trust to review how it identifies domestic abuse in patients "
           "over 65 who attend with falls or unexplained injuries.", addressee="The Partnership"),
    P("5", "Risk assessments should take account of the perpetrator's dependence on the victim for money, housing "
           "or care."),
    P("6", "The Partnership should publish a learning brief for practitioners and share it with the Safeguarding "
           "Adults Board.", addressee="The Partnership"),
]
DOCS["fenwick-csp-dhr-grace-learning-brief"] = doc(
    "two-column-brief",
    "learning brief in two-column flowing text; recommendations as plain paragraphs 'Recommendation n – ...' with "
    "the number only in the text",
    {"title": "Learning brief: Domestic Homicide Review – Grace", "committee": "", "meeting_date": "",
     "review_type": "Domestic Homicide Review", "subject": "Grace", "progress_as_of": "", "decision": "",
     "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [18, 16, 18, 16]},
     "font": {"rl": "LiberationSans", "lo": "Liberation Sans"}, "size": 9.6, "leading": 1.3, "para_after": 0.75,
     "two_top_mm": 50,
     "heading_colour": "#0B5394",
     "head": {"l": "Fenwick Community Safety Partnership", "r": "Learning brief"},
     "foot": {"c": "Page {page} of {pages}"},
     "blocks": [
         {"t": "p", "s": "title", "text": "Learning brief: Domestic Homicide Review – Grace"},
         {"t": "p", "text": "This brief is for practitioners in all agencies in Fenwick. It summarises what happened to "
                            "Grace, what the review found and the changes it recommends. Please discuss it in your "
                            "team meeting and in supervision."},
         {"t": "grid", "rows": [["Who was Grace?", "Grace was 79. She had been married for 52 years and had three "
                                                   "children. She loved her garden and her church choir."],
                                ["What happened?", "Grace was killed by her husband, who was her main carer, in "
                                                   "April 2023. He then took his own life."],
                                ["Review published", "September 2024"]],
          "w": [0.25, 0.75], "rules": "box"},
         {"t": "cols"},
         {"t": "h", "text": "Background"},
         {"t": "p", "text": "Grace had dementia and had become increasingly dependent on her husband. Her husband had "
                            "told his GP that he was exhausted and could not cope. Grace's daughter had noticed "
                            "bruising on Grace's arms and had been told that she had fallen."},
         {"t": "p", "text": "Grace was seen by eight agencies in the year before she died. None of them asked her, on "
                            "her own, whether she felt safe at home. Her husband was present at every appointment and "
                            "often answered questions on her behalf."},
         {"t": "h", "text": "What the review found"},
         {"t": "p", "text": "Practitioners saw Grace's husband as a devoted carer under strain, and did not consider "
                            "that the strain might lead to abuse. Domestic abuse was thought of as something that "
                            "happens to younger women. The risk assessment checklist was never completed because no "
                            "agency thought that domestic abuse was a possibility."},
         {"t": "p", "text": "The review heard that the carer's assessment offered to Grace's husband in 2022 was never "
                            "completed. He cancelled it twice and the case was closed."},
         {"t": "p", "text": "Grace's GP practice had recorded that her husband was her carer, but did not record that he "
                            "had asked for help. The practice had no process for following up a carer's request for "
                            "support, and the receptionist who took his call did not pass it on to a clinician."},
         {"t": "p", "text": "When Grace attended the Emergency Department after a fall in January 2023, the triage nurse "
                            "recorded a bruise to her upper arm. Her husband explained that she had caught it on a door "
                            "frame. No-one asked Grace, and the explanation was not questioned."},
         {"t": "h", "text": "Good practice"},
         {"t": "p", "text": "The church minister who visited Grace every month noticed that she had become withdrawn "
                            "and spoke to her daughter. The review commended the community nursing team, whose records "
                            "were detailed and described Grace's own words."},
         {"t": "h", "text": "Recommendations"},
         {"t": "p", "text": "The review made six recommendations. The Partnership has accepted all of them and an action "
                            "plan is being monitored by the DHR Standing Panel."},
         {"t": "recs", "mode": "plain", "label": "Recommendation {n} –"},
         {"t": "h", "text": "What you can do"},
         {"t": "ul", "items": ["See the person on their own, even for a few minutes.",
                               "Think about domestic abuse when a carer is under strain.",
                               "Ask about bruising and falls and write down the explanation given.",
                               "Use the risk assessment checklist if you have any concerns."]},
         {"t": "h", "text": "Questions for your team"},
         {"t": "p", "text": "How do we make sure we see older people on their own? What would we do if a carer told us "
                            "they could not cope? Do we think about domestic abuse when the people involved are in "
                            "their seventies or eighties?"},
         {"t": "endcols"},
         {"t": "h", "text": "Further information"},
         {"t": "p", "text": "The full report and the action plan are on the Partnership's website. For training, contact "
                            "the Domestic Abuse Partnership Manager."},
     ]})

# ---------------------------------------------------------------- 10. NHS trust, 9 columns, multi-action
def A(text, lead, target_text, rag, progress, target_date=""):
    return {"text": text, "lead": lead, "target_text": target_text, "rag": rag, "progress": progress,
            "target_date": target_date}


recs = [
    R("SAR1", "The Trust should make sure that ward staff understand how to apply the Mental Capacity Act when a "
              "patient refuses treatment or wants to leave the ward.", addressee="The Trust", status="in_progress",
      actions=[A("Deliver Mental Capacity Act refresher training to all registered nurses on the acute medical wards.",
                 "Named Nurse, Adult Safeguarding", "31/03/2025", "amber",
                 "71% of registered nurses trained at 14 February 2025 against a target of 90%.", "2025-03-31"),
               A("Add a capacity prompt to the electronic 'leaving the ward' form.",
                 "Chief Clinical Information Officer", "31/12/2024", "green",
                 "Prompt went live on 2 December 2024. Completed.", "2024-12-31"),
               A("Audit the quality of capacity assessments on three wards.",
                 "Head of Safeguarding", "30/06/2025", "green",
                 "Audit tool agreed; audit planned for May 2025.", "2025-06-30")]),
    R("SAR2", "The Trust should review its policy on patients who leave hospital without being discharged so that "
              "the risk to the patient is assessed and the police are contacted when needed.",
      addressee="The Trust", status="complete",
      actions=[A("Revise the missing patient policy to include a risk assessment and escalation flowchart.",
                 "Deputy Chief Nurse", "30/11/2024", "green",
                 "Revised policy approved by the Policy Group on 19 November 2024. Complete.", "2024-11-30"),
               A("Brief all ward managers on the revised policy.",
                 "Deputy Chief Nurse", "31/01/2025", "green",
                 "Briefings completed at the ward managers' forum in December and January.", "2025-01-31")]),
    R("SAR3", "The Emergency Department should record the name and contact details of a patient's carer or next of "
              "kin at every attendance.", addressee="The Emergency Department", status="not_started",
      actions=[A("Make the next-of-kin field mandatory in the Emergency Department system.",
                 "Emergency Department Matron; Digital Services", "30/04/2025", "red",
                 "Not yet started. The system supplier has not yet provided a date for the change.", "2025-04-30")]),
    R("SAR4", "The Trust should make sure that safeguarding concerns about patients who are discharged are shared "
              "with the community services that will support them.", addressee="The Trust", status="in_progress",
      actions=[A("Include a safeguarding section in the discharge summary sent to GPs and community teams.",
                 "Clinical Lead, Discharge Hub", "31/03/2025", "amber",
                 "Template change agreed. Testing delayed by the winter pressures freeze on system changes.",
                 "2025-03-31"),
               A("Set up a weekly call between the hospital safeguarding team and the community safeguarding team.",
                 "Head of Safeguarding", "31/10/2024", "green",
                 "Weekly call in place since 8 October 2024.", "2024-10-31")]),
    R("SAR5", "The Trust should share the learning from this review with staff.", addressee="The Trust",
      status="in_progress",
      actions=[A("Publish a seven-minute briefing on the intranet.", "Head of Safeguarding", "Q3 2024/25", "green",
                 "Published in November 2024."),
               A("Present the case at the Trust-wide safeguarding study day.", "Named Nurse, Adult Safeguarding",
                 "Q1 2025/26", "green", "")]),
]
aextra = {
    "SAR1": [{"ev": "Training records (ESR)"}, {"ev": "Screenshot of form"}, {"ev": "Audit report"}],
    "SAR2": [{"ev": "Policy v4.0"}, {"ev": "Forum minutes"}],
    "SAR3": [{"ev": "System change log"}],
    "SAR4": [{"ev": "Template"}, {"ev": "Call log"}],
    "SAR5": [{"ev": "Intranet link"}, {"ev": "Study day programme"}],
}
extra = {"SAR1": {"ex": "Chief Nurse"}, "SAR2": {"ex": "Chief Nurse"}, "SAR3": {"ex": "Chief Operating Officer"},
         "SAR4": {"ex": "Chief Operating Officer"}, "SAR5": {"ex": "Chief Nurse"}}
DOCS["oakhurst-nhs-trust-sar-mr-l-9col"] = doc(
    "nhs-9col-multiaction",
    "NHS trust committee paper: 9-column landscape plan, SARn refs, several actions per recommendation with owner, "
    "due date, progress (two-line header with date), evidence and rating; executive sponsor column is not the lead",
    {"title": "Safeguarding Adults Review – Mr L: Trust action plan", "committee": "Quality and Safety Committee",
     "meeting_date": "2025-02-26", "review_type": "Safeguarding Adults Review", "subject": "Mr L",
     "progress_as_of": "2025-02-14", "status": "ok"},
    recs,
    {"page": {"orient": "landscape", "margins": [16, 12, 16, 12]},
     "font": {"rl": "Helvetica", "lo": "Liberation Sans"}, "size": 9, "tsize": 7.4,
     "head": {"l": "Oakhurst Hospitals NHS Foundation Trust", "r": "Quality and Safety Committee – 26 February 2025"},
     "foot": {"l": "Paper QSC/25/031", "r": "{page}"},
     "extra": extra, "aextra": aextra,
     "blocks": [
         {"t": "p", "s": "subtitle", "text": "Safeguarding Adults Review – Mr L: Trust action plan"},
         {"t": "grid", "rows": [["Executive lead", "Chief Nurse"], ["Author", "Head of Safeguarding"],
                                ["Purpose", "For assurance"]],
          "w": [0.18, 0.4], "rules": "grid", "fill": ""},
         {"t": "p", "text": "Mr L, aged 67, left the acute medical unit in March 2023 and was found dead at home two days "
                            "later. The Oakhurst Safeguarding Adults Board published its review in September 2024. The "
                            "Trust accepted all five recommendations made to it. Progress below is at 14 February 2025."},
         {"t": "plan", "multi": True, "fill": "#DCE6F1", "rag_fill": True, "pad": 2.6,
          "cols": [{"head": "Ref", "w": 0.045, "f": "number"},
                   {"head": "Recommendation", "w": 0.15, "f": "text"},
                   {"head": "Action", "w": 0.15, "f": "a:text"},
                   {"head": "Action owner", "w": 0.1, "f": "a:lead", "split_leads": True},
                   {"head": "Executive sponsor", "w": 0.08, "f": "x:ex"},
                   {"head": "Due", "w": 0.065, "f": "a:target_text"},
                   {"head": "Progress update\n(14/02/2025)", "w": 0.22, "f": "a:progress"},
                   {"head": "Evidence", "w": 0.09, "f": "ax:ev"},
                   {"head": "Rating", "w": 0.055, "f": "a:rag"}]},
         {"t": "p", "text": "Rating key: Red – off track; Amber – at risk; Green – on track or complete."},
         {"t": "p", "text": "The Committee is asked to take assurance from the progress made."},
     ]})

# ---------------------------------------------------------------- 11. hrules, header not repeated, R-numbers
recs = [
    R("R1", "Kingsmere Safeguarding Children Partnership should make sure that practitioners recognise the signs "
            "of child criminal exploitation, including:\n"
            "going missing for short periods;\n"
            "unexplained money, clothes or phones;\n"
            "new friendships with older young people or adults;\n"
            "a sudden change in school attendance.",
      addressee="Kingsmere Safeguarding Children Partnership",
      lead="Exploitation Sub-group Chair",
      progress="The exploitation training has been updated and 412 practitioners have attended since April 2024. A "
               "practice guide was published in September 2024.", status="in_progress"),
    R("R2", "Children's social care and the police should hold a strategy discussion whenever a child who is known "
            "to be at risk of exploitation is found in another force area.",
      addressee="Children's social care and the police",
      lead="Head of Children's Social Care; Detective Superintendent, Public Protection",
      progress="The joint protocol was revised in June 2024. The audit in January 2025 found that a strategy discussion "
               "was held in 14 out of 16 cases. Completed.", status="complete"),
    R("R3", "Schools should share information about a pupil's exclusion or move to a reduced timetable with the "
            "child's social worker on the same day.", addressee="Schools",
      lead="Head of Inclusion, Kingsmere Council",
      progress="Delayed. A notification form has been designed but schools' data protection officers have asked for "
               "changes. The revised form will be consulted on with head teachers in the summer term.",
      status="in_progress"),
    R("R4", "The youth offending service should assess whether a child is a victim of exploitation before "
            "recommending a charge.", addressee="The youth offending service",
      lead="Head of Youth Justice Service",
      progress="The Youth Justice Service now completes an exploitation screening tool at the point of referral. "
               "The tool has been in use since 1 October 2024 and was completed in all 37 referrals in the quarter. "
               "Complete.", status="complete"),
    R("R5", "The Partnership should commission a service to offer support to the parents of children who are being "
            "exploited.", addressee="The Partnership",
      lead="Partnership Business Manager",
      progress="Funding has been identified through the Serious Violence Duty. A specification is being written and "
               "the service will be commissioned from April 2025.\n"
               "Parents who took part in the review have helped to write the specification. They told the "
               "Partnership that they wanted someone who would answer the phone out of hours, who would not judge "
               "them, and who could explain what the police and social workers were doing and why. They also asked "
               "for a peer support group so that they could meet other parents going through the same thing.\n"
               "The Partnership has visited two areas that run similar services and has spoken to the national "
               "charity that supports parents of exploited children. The specification will be presented to the "
               "Executive Group in March 2025 and the procurement will follow the Council's contract procedure "
               "rules.\n"
               "Until the service is in place, the Early Help service will offer a named worker to any parent who "
               "asks for one.", status="in_progress"),
    R("R6", "Health services should make sure that a child who attends the Emergency Department with a stab wound "
            "or other injury linked to violence is referred to the youth violence navigator before discharge.",
      addressee="Health services",
      lead="Named Nurse for Safeguarding Children, Kingsmere General Hospital",
      progress="Referral pathway agreed with the navigator service, but the navigator post has been vacant since "
               "November 2024. Recruitment is under way.", status="in_progress"),
    R("R7", "Learning from this review should be used to update the Partnership's exploitation strategy when it is "
            "refreshed in 2025.",
      lead="Exploitation Sub-group Chair",
      progress="Not yet started – the strategy refresh is scheduled for autumn 2025.", status="not_started"),
]
DOCS["kingsmere-scp-child-r-exploitation"] = doc(
    "hrules-noheader-repeat-4col",
    "portrait four-column plan with thin grey horizontal rules, header printed once only (not repeated after a page "
    "break), R-prefixed numbers, bullets inside a recommendation cell, a long progress cell over a page break; "
    "status count table first",
    {"title": "Child Safeguarding Practice Review: Child R – update on recommendations",
     "committee": "Kingsmere Safeguarding Children Partnership Executive Group", "meeting_date": "2025-04-10",
     "review_type": "Child Safeguarding Practice Review", "subject": "Child R", "progress_as_of": "2025-03-31",
     "status": "ok"},
    recs,
    {"page": {"orient": "portrait", "margins": [22, 20, 20, 20]},
     "font": {"rl": "LiberationSans", "lo": "Liberation Sans"}, "size": 10.6, "tsize": 9.4, "leading": 1.28,
     "head": {"l": "OFFICIAL", "r": "Appendix B"},
     "foot": {"c": "Kingsmere SCP Executive Group – 10 April 2025 – page {page}"},
     "blocks": [
         {"t": "p", "s": "subtitle", "text": "Child Safeguarding Practice Review: Child R – update on recommendations"},
         {"t": "p", "s": "meta", "text": "Report to the Kingsmere Safeguarding Children Partnership Executive Group, 10 April 2025"},
         {"t": "p", "text": "Child R was 15 when he was seriously injured in a knife attack in another county in 2023. "
                            "He had been going missing from home and was known to be at risk of criminal exploitation. "
                            "The review was published in February 2024 and made seven recommendations."},
         {"t": "p", "text": "Leads have provided the updates below, which are as at 31 March 2025."},
         {"t": "grid", "head": ["Status", "Number of recommendations"],
          "rows": [["Complete", "2"], ["In progress", "4"], ["Not started", "1"]],
          "w": [0.3, 0.3], "rules": "grid", "fill": "#EFEFEF"},
         {"t": "p", "text": "The Executive Group is asked to agree that R2 and R4 are closed."},
         {"t": "p", "text": "Each recommendation has a lead who reports to the Partnership's Learning and Review "
                            "Sub-group every quarter. The sub-group tests the evidence before a recommendation is "
                            "reported as complete. Where progress has slowed, the sub-group asks the lead to explain "
                            "the reasons and agree a revised timescale."},
         {"t": "plan", "rules": "hrules", "rule_colour": "#9A9A9A", "repeat": False, "pad": 4,
          "cols": [{"head": "Rec", "w": 0.07, "f": "number"},
                   {"head": "Recommendation", "w": 0.36, "f": "text", "lines": "leadbullets"},
                   {"head": "Lead(s)", "w": 0.19, "f": "lead", "split_leads": True},
                   {"head": "Update", "w": 0.38, "f": "progress"}]},
         {"t": "p", "text": "Report author: Partnership Business Manager."},
     ]})
