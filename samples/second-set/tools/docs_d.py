"""Held-out documents, part D: full review report and council papers."""
from common import P, R, doc

DOCS = {}

# ---------------------------------------------------------------------------------------------
# 10. Brackenbury SAB: SAR Mr H full report, contents page, previous review narrative
# ---------------------------------------------------------------------------------------------
findings = [
    "Mr H's repeated refusals of help were accepted at face value, without exploring why he refused or whether "
    "he could understand the risks.",
    "Agencies held separate pieces of information about his deteriorating health, but no agency brought them "
    "together or took the lead.",
    "The learning from the previous review about self-neglect had not been embedded in practice in housing or "
    "primary care.",
    "Practitioners were not supported by supervision to manage the anxiety of working with a person who "
    "repeatedly declined help.",
]
recs = [
    P("1", "The Brackenbury Safeguarding Adults Board should revise its self-neglect procedures so that a lead "
           "agency is named whenever a multi-agency meeting is held, and so that the lead agency is responsible for "
           "reconvening the meeting if risks increase.",
      "The Brackenbury Safeguarding Adults Board"),
    P("2", "Brackenbury Council Adult Social Care and the Brackenbury Community Health NHS Trust should make sure "
           "that practitioners who work with people who repeatedly decline help receive reflective supervision at "
           "least monthly.\n"
           "The supervision should include a discussion of the person's history, of what has worked before, and "
           "of whether a mental capacity assessment is needed for a specific decision.",
      "Brackenbury Council Adult Social Care and the Brackenbury Community Health NHS Trust"),
    P("3", "Housing providers should be included in the Board's self-neglect training programme and in the "
           "membership of the Self-Neglect Panel.", ""),
    P("4", "The Board should ask primary care to report on how GP practices identify patients who have not "
           "collected prescriptions or attended reviews for long-term conditions, and what action is taken.\n"
           "This report should be received by the Board within six months of the publication of this review, and "
           "should describe any differences between practices and the support that the Integrated Care Board "
           "will offer to practices where follow-up is weak.",
      "The Board"),
    P("5", "The Board should carry out a follow-up audit of the recommendations of this review and of the previous "
           "review, and publish the results in its annual report.", "The Board"),
]
toc = [["1. Introduction", "3"], ["2. Terms of reference and method", "3"], ["3. Mr H", "4"],
       ["4. The previous review", "4"], ["5. Analysis of practice", "5"], ["6. Findings", "6"],
       ["7. Recommendations", "6"], ["Appendix: Glossary", "8"]]
DOCS["bsab-mr-h-full-report"] = doc(
    family="prose-full-report",
    description="full review report: title page, contents page with dot leaders, numbered sections, narrative "
                "'the previous review recommended', Findings bullets, 'Recommendation N' labels on their own line "
                "with two-paragraph recommendations, glossary appendix",
    document={"title": "Safeguarding Adults Review: Mr H", "review_type": "Safeguarding Adults Review",
              "subject": "Mr H", "progress_as_of": "", "status": "ok"},
    recs=recs, findings=findings,
    layout={
        "page": {"orient": "portrait", "margins": [24, 22, 24, 22]},
        "font": {"rl": "LiberationSerif", "lo": "Liberation Serif"}, "size": 11.5, "leading": 1.4,
        "para_after": 0.8,
        "head": {"l": "Brackenbury Safeguarding Adults Board", "r": "Safeguarding Adults Review: Mr H", "rule": True},
        "foot": {"c": "Page {page} of {pages}"},
        "heading_colour": "#1F4E79",
        "blocks": [
            {"t": "gap", "pt": 120},
            {"t": "p", "s": "title", "text": "Safeguarding Adults Review\nMr H"},
            {"t": "p", "s": "subtitle", "text": "Overview report for the Brackenbury Safeguarding Adults Board"},
            {"t": "p", "text": "Lead reviewer: Anthony Okafor\nFinal version: 4 June 2024"},
            {"t": "br"},
            {"t": "toc", "title": "Contents", "entries": toc},
            {"t": "br"},
            {"t": "h", "text": "1. Introduction"},
            {"t": "p", "text": "1.1 Mr H was 63 when he was found dead at his home in December 2022. He had type 2 "
                               "diabetes, chronic obstructive pulmonary disease and leg ulcers, and for the last two "
                               "years of his life he rarely left his flat. His home was found to be in very poor "
                               "condition, without heating or working sanitation."},
            {"t": "p", "text": "1.2 The Board decided that the case met the criteria for a Safeguarding Adults Review. "
                               "This is the second review the Board has commissioned about self-neglect in five years."},
            {"t": "h", "text": "2. Terms of reference and method"},
            {"t": "p", "text": "2.1 The review looked at the period from January 2020 to Mr H's death. It asked how "
                               "agencies understood Mr H's refusals of help, how they worked together, and whether the "
                               "learning from the previous review had made a difference."},
            {"t": "p", "text": "2.2 The reviewer read agency chronologies, met Mr H's brother and held two "
                               "practitioner events. Eight agencies took part."},
            {"t": "h", "text": "3. Mr H"},
            {"t": "p", "text": "3.1 Mr H's brother described him as a private and proud man who had worked as a "
                               "printer for thirty years. After he was made redundant in 2015 he became increasingly "
                               "isolated, and after their mother died in 2019 he stopped answering the door to most "
                               "visitors."},
            {"t": "p", "text": "3.2 District nurses visited to dress his leg ulcers until June 2021, when he told them "
                               "not to come again. He did not collect repeat prescriptions for his inhalers after "
                               "March 2022. His landlord made several attempts to carry out a gas safety check and "
                               "eventually capped the gas supply."},
            {"t": "h", "text": "4. The previous review"},
            {"t": "p", "text": "4.1 In 2019 the Board published a review about Ms E, a woman who died after years of "
                               "self-neglect. The previous review recommended that the Board should set up a "
                               "multi-agency Self-Neglect Panel, that housing providers should be trained to recognise "
                               "self-neglect, and that GP practices should follow up patients who disengage from "
                               "treatment for long-term conditions."},
            {"t": "p", "text": "4.2 The Self-Neglect Panel was set up in 2020 and has considered 46 cases. However, "
                               "the housing training was delivered only once, and there is no evidence that the "
                               "recommendation about GP practices was put into effect. Mr H was never referred to "
                               "the Panel."},
            {"t": "h", "text": "5. Analysis of practice"},
            {"t": "p", "text": "5.1 Every agency that had contact with Mr H recorded that he had capacity and had made "
                               "a choice to refuse help. None of them recorded a formal assessment of his capacity to "
                               "make the specific decisions involved, such as refusing treatment for his leg ulcers or "
                               "allowing the gas to be capped."},
            {"t": "p", "text": "5.2 Two multi-agency meetings were held, in August 2021 and February 2022. Both ended "
                               "with actions for several agencies but without anyone being named as lead. When the "
                               "actions were not completed, no agency called a further meeting."},
            {"t": "p", "text": "5.3 Practitioners told the review that working with Mr H made them anxious, and that "
                               "supervision focused on caseload numbers rather than on the risks to him. One "
                               "practitioner said: \u201cwe were all waiting for someone else to do something.\u201d"},
            {"t": "h", "text": "6. Findings"},
            {"t": "p", "text": "The review makes the following findings:"},
            {"t": "findings", "glyph": "\u2022"},
            {"t": "gap", "rl": 40, "lo": 65},
            {"t": "h", "text": "7. Recommendations"},
            {"t": "p", "text": "The reviewer makes five recommendations to the Board and its partners."},
            {"t": "recs", "mode": "ownline", "label": "Recommendation {n}", "sub": "paras"},
            {"t": "h", "text": "Appendix: Glossary"},
            {"t": "grid", "head": ["Term", "Meaning"], "w": [0.3, 0.7], "rules": "grid", "fill": "#DDEBF7",
             "rows": [["SAR", "Safeguarding Adults Review, under section 44 of the Care Act 2014"],
                      ["Self-Neglect Panel", "The Board's multi-agency panel for people at high risk from self-neglect"],
                      ["COPD", "Chronic obstructive pulmonary disease"],
                      ["MCA", "Mental Capacity Act 2005"]]},
        ]})

# ---------------------------------------------------------------------------------------------
# 11. Harrowfield Borough Council: scrutiny paper with decision, budget, risks, appendix plan
# ---------------------------------------------------------------------------------------------
recs = [
    R("1", "Adult Social Care should introduce a duty to review any safeguarding concern that is closed without an "
           "enquiry when a second concern about the same person is received within three months.",
      lead="Director of Adult Social Care", target_text="30 September 2024", target_date="2024-09-30",
      progress="Complete. The case management system now flags a repeat concern and the duty manager must review "
               "the earlier decision.", status="complete", addressee="Adult Social Care"),
    R("2", "The Council should make sure that carers' assessments are offered to every family member who provides "
           "personal care, and that the offer is recorded.",
      lead="Head of Carers Services", target_text="31 December 2024", target_date="2024-12-31",
      progress="New recording field added in July 2024. The proportion of assessments with an offer recorded has "
               "risen from 38% to 61%.", status="in_progress", addressee="The Council"),
    R("3", "Harrowfield Homes should train its repairs staff to recognise and report signs of neglect and abuse "
           "when they visit tenants.",
      lead="Harrowfield Homes", target_text="31 March 2025", target_date="2025-03-31",
      progress="Training commissioned from the Safeguarding Adults Board's training pool; sessions start in "
               "January 2025.", status="in_progress", addressee="Harrowfield Homes"),
    R("4", "The Council's Commissioning Team should include safeguarding performance measures in the new "
           "home care contracts due to start in April 2025.",
      lead="Head of Commissioning", target_text="1 April 2025", target_date="2025-04-01",
      progress="Measures agreed and included in the tender documents issued on 2 September 2024. Contracts will "
               "be awarded in January 2025.",
      status="in_progress", addressee="The Council's Commissioning Team"),
    R("5", "Public Health should work with the Safeguarding Adults Board on a campaign to help the public to "
           "recognise and report the abuse of older people.",
      lead="Director of Public Health", target_text="June 2025",
      progress="No progress. Funding for the campaign has not been identified and the proposal will "
               "be considered in the 2025/26 budget round.", status="not_started", addressee="Public Health"),
]
decision = ("The Committee is asked to note the progress made against the recommendations of the Safeguarding "
            "Adults Review into the death of Mr G, and to agree that a further update is brought to the "
            "Committee in six months' time.")
DOCS["harrowfield-scrutiny-mr-g-paper"] = doc(
    family="council-paper-with-plan",
    description="council scrutiny paper: paragraph-numbered sections (1.1, 2.1 ... not records), 'The Committee is "
                "asked to' decision, financial table with money columns, risk register table, appendix plan table "
                "(5 cols, Rec no.) after the paper",
    document={"title": "Safeguarding Adults Review – Mr G: Progress on Recommendations",
              "committee": "Adults and Health Scrutiny Committee", "meeting_date": "2024-11-05",
              "review_type": "Safeguarding Adults Review", "subject": "Mr G", "progress_as_of": "2024-10-15",
              "decision": decision, "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "portrait", "margins": [20, 20, 20, 20]},
        "font": {"rl": "LiberationSans", "lo": "Liberation Sans"}, "size": 11, "tsize": 9.5, "hang": 3.2,
        "head": {"l": "Harrowfield Borough Council", "r": "Agenda item 7"},
        "foot": {"l": "Adults and Health Scrutiny Committee – 5 November 2024", "r": "Page {page} of {pages}"},
        "blocks": [
            {"t": "p", "s": "title", "text": "Harrowfield Borough Council"},
            {"t": "grid", "rules": "none", "w": [0.3, 0.7], "fs": 11,
             "rows": [["Report to:", "Adults and Health Scrutiny Committee"],
                      ["Date of meeting:", "5 November 2024"],
                      ["Report of:", "Director of Adult Social Care"],
                      ["Title:", "Safeguarding Adults Review – Mr G: Progress on Recommendations"],
                      ["Wards affected:", "All"],
                      ["Key decision:", "No"]]},
            {"t": "h", "text": "1. Purpose of the report"},
            {"t": "np", "label": "1.1", "text": "To update the Committee on the progress made by the Council and its "
                                                "partners in response to the Safeguarding Adults Review into the death "
                                                "of Mr G, which was published in January 2024."},
            {"t": "h", "text": "2. Recommendation"},
            {"t": "decision", "bold": "The Committee is asked to", "labels": ["2.1"]},
            {"t": "h", "text": "3. Background"},
            {"t": "np", "label": "3.1", "text": "Mr G was 88 and lived with his son, who was his carer. He died in "
                                                "hospital in 2022 after a period of neglect at home. Two safeguarding "
                                                "concerns had been raised about him in the months before his death and "
                                                "both were closed without an enquiry."},
            {"t": "np", "label": "3.2", "text": "The review made five recommendations, four to the Council and one to "
                                                "Harrowfield Homes. The action plan at Appendix A shows the position as "
                                                "at 15 October 2024. One recommendation is complete, three are in "
                                                "progress and one has not started."},
            {"t": "np", "label": "3.3", "text": "Members should note that the recommendation to Public Health depends "
                                                "on funding that has not yet been found."},
            {"t": "h", "text": "4. Financial implications"},
            {"t": "np", "label": "4.1", "text": "The costs of the actions are being met from existing budgets, except "
                                                "for the public awareness campaign, as shown below."},
            {"t": "grid", "head": ["Item", "2024/25 (£)", "2025/26 (£)", "Funding source"],
             "w": [0.4, 0.15, 0.15, 0.3], "align": ["left", "right", "right", "left"], "rules": "grid",
             "fill": "#D9D9D9", "bold_last": True,
             "rows": [["System changes (repeat concern flag)", "12,400", "0", "Adult Social Care IT budget"],
                      ["Carers' assessment recording", "3,100", "0", "Carers Services"],
                      ["Repairs staff training", "6,750", "2,000", "Harrowfield Homes HRA"],
                      ["Public awareness campaign", "0", "25,000", "Not yet identified"],
                      ["Total", "22,250", "27,000", ""]]},
            {"t": "h", "text": "5. Risk management"},
            {"t": "grid", "head": ["Risk", "Likelihood", "Impact", "Mitigation"], "w": [0.34, 0.14, 0.11, 0.41],
             "rules": "grid", "fill": "#D9D9D9",
             "rows": [["Learning from the review is not embedded and a similar death occurs", "Medium", "High",
                       "Action plan monitored by the Safeguarding Adults Board and this Committee"],
                      ["Funding for the public campaign is not found", "High", "Medium",
                       "Bid to be made in the 2025/26 budget round; explore joint funding with the ICB"],
                      ["New home care contracts are delayed", "Low", "Medium",
                       "Procurement timetable reported to the Commissioning Board monthly"]]},
            {"t": "h", "text": "6. Background papers"},
            {"t": "np", "label": "6.1", "text": "Safeguarding Adults Review – Mr G, Harrowfield Safeguarding Adults "
                                                "Board, January 2024."},
            {"t": "p", "text": "Contact officer: Priya Nandra, Safeguarding Adults Lead, tel. 01632 960 418"},
            {"t": "br"},
            {"t": "p", "s": "subtitle", "text": "Appendix A – SAR Mr G action plan"},
            {"t": "plan", "fill": "#D9D9D9", "pad": 4,
             "cols": [{"head": "Rec no.", "w": 0.08, "f": "number"},
                      {"head": "Recommendation", "w": 0.34, "f": "text"},
                      {"head": "Lead", "w": 0.16, "f": "lead"},
                      {"head": "Target date", "w": 0.12, "f": "target_text"},
                      {"head": "Progress at 15 October 2024", "w": 0.30, "f": "progress"}]},
        ]})

# ---------------------------------------------------------------------------------------------
# 12. Westmere Council Cabinet: SAB annual report and budget, no recommendations
# ---------------------------------------------------------------------------------------------
decision = ("The Cabinet is asked to note the Westmere Safeguarding Adults Board Annual Report 2023/24.\n"
            "The Cabinet is asked to approve the Council's contribution of £148,500 to the Board's budget for "
            "2024/25.")
DOCS["westmere-cabinet-sab-annual-norecs"] = doc(
    family="council-paper-no-recs",
    description="cabinet paper with a 'Recommendations' heading holding only the two-paragraph decision, "
                "partner contributions budget table, SAR activity table, risk table: no recommendation records",
    document={"title": "Westmere Safeguarding Adults Board Annual Report 2023/24 and Board Budget 2024/25",
              "committee": "Cabinet", "meeting_date": "2024-10-08", "review_type": "", "subject": "",
              "progress_as_of": "", "decision": decision, "status": "no_recommendations"},
    recs=[],
    layout={
        "page": {"orient": "portrait", "margins": [22, 20, 22, 20]},
        "font": {"rl": "Helvetica", "lo": "Liberation Sans"}, "size": 10.5, "tsize": 9.5, "hang": 3.0,
        "head": {"r": "OFFICIAL"},
        "foot": {"l": "Westmere Council – Cabinet – 8 October 2024", "r": "{page}"},
        "blocks": [
            {"t": "p", "s": "title", "text": "Westmere Council"},
            {"t": "p", "s": "subtitle", "text": "Cabinet – 8 October 2024"},
            {"t": "p", "s": "bold", "text": "Westmere Safeguarding Adults Board Annual Report 2023/24 and Board Budget 2024/25"},
            {"t": "p", "text": "Report of the Cabinet Member for Adult Social Care and Health\nLead officer: Corporate "
                               "Director, People"},
            {"t": "h", "text": "1. Summary"},
            {"t": "np", "label": "1.1", "text": "The Care Act 2014 requires the Safeguarding Adults Board to publish "
                                                "an annual report. This report presents the Board's annual report for "
                                                "2023/24 and sets out the partner contributions to the Board's budget "
                                                "for 2024/25."},
            {"t": "h", "text": "2. Recommendations"},
            {"t": "decision", "bold": "The Cabinet is asked to", "labels": ["2.1", "2.2"]},
            {"t": "h", "text": "3. The annual report"},
            {"t": "np", "label": "3.1", "text": "The Board received 3,412 safeguarding concerns in 2023/24, an "
                                                "increase of 9% on the previous year. 1,026 of these led to a section "
                                                "42 enquiry. Neglect and acts of omission remained the most common "
                                                "type of abuse, followed by financial abuse."},
            {"t": "np", "label": "3.2", "text": "The Board's Safeguarding Adults Review Group considered seven "
                                                "referrals during the year. Two reviews were commissioned and one was "
                                                "published. Progress on the action plans for published reviews is "
                                                "reported to the Board's Performance and Quality Group and is not "
                                                "repeated here."},
            {"t": "grid", "cap": "Safeguarding Adults Review activity", "head": ["", "2022/23", "2023/24"],
             "w": [0.5, 0.25, 0.25], "align": ["left", "right", "right"], "rules": "hrules", "fill": "#F2F2F2",
             "rows": [["Referrals received", "5", "7"], ["Reviews commissioned", "1", "2"],
                      ["Reviews published", "2", "1"], ["Action plans closed", "1", "2"]]},
            {"t": "h", "text": "4. Board budget 2024/25"},
            {"t": "np", "label": "4.1", "text": "Partner contributions are set out below. The Council's share is "
                                                "unchanged from 2023/24."},
            {"t": "grid", "head": ["Partner", "Contribution (£)", "Share"], "w": [0.55, 0.25, 0.2],
             "align": ["left", "right", "right"], "rules": "grid", "fill": "#D9D9D9", "bold_last": True,
             "rows": [["Westmere Council", "148,500", "55%"], ["Westmere and Dunholt ICB", "81,000", "30%"],
                      ["Westmere Police", "27,000", "10%"], ["Other partners", "13,500", "5%"],
                      ["Total", "270,000", "100%"]]},
            {"t": "h", "text": "5. Risks"},
            {"t": "grid", "head": ["Risk", "Rating", "Mitigation"], "w": [0.4, 0.12, 0.48], "rules": "grid",
             "fill": "#D9D9D9",
             "rows": [["Partner contributions are reduced", "Amber",
                       "Three-year funding agreement under negotiation"],
                      ["Rising number of review referrals exceeds budget for independent reviewers", "Red",
                       "Reserve of £30,000 held by the Board; regional pool of reviewers being developed"]]},
            {"t": "h", "text": "6. Legal implications"},
            {"t": "np", "label": "6.1", "text": "There are no legal implications beyond the Council's duties under "
                                                "sections 43 to 45 of the Care Act 2014."},
            {"t": "p", "text": "Background papers: Westmere Safeguarding Adults Board Annual Report 2023/24."},
        ]})
