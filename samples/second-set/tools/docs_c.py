"""Held-out documents, part C: prose reports and council papers."""
from common import P, R, doc

DOCS = {}

# ---------------------------------------------------------------------------------------------
# 8. Dunholt SAB: SAR Adult C, "Recommendations" with 1. numbered paragraphs
# ---------------------------------------------------------------------------------------------
recs = [
    P("1", "The Dunholt Safeguarding Adults Board should seek assurance from its partners that practitioners are "
           "confident in using the Care Act 2014 duty to make enquiries when an adult who is experiencing "
           "domestic abuse also has care and support needs.", "The Dunholt Safeguarding Adults Board"),
    P("2", "Dunholt Council Adult Social Care should review its front door arrangements so that a concern raised "
           "by a family member is given the same weight as one raised by a professional, and so that the family "
           "member is told what will happen next.", "Dunholt Council Adult Social Care"),
    P("3", "The Integrated Care Board and the acute trust should jointly develop guidance for ward staff on:\n"
           "recognising coercive and controlling behaviour by a partner who is also the carer;\n"
           "speaking to the patient alone before discharge;\n"
           "recording who attends and speaks at discharge planning meetings.",
      "The Integrated Care Board and the acute trust"),
    P("4", "Assessments under the Mental Capacity Act 2005 should consider whether a person's decisions are being "
           "influenced by someone else, and should record how the person was supported to make the decision "
           "themselves.", ""),
    P("5", "Dunholt Police and the Domestic Abuse Partnership should provide training on the use of Domestic "
           "Violence Protection Notices where the victim is an older person or a disabled adult, and should audit "
           "their use after twelve months. The training should draw on this review and on the national research "
           "on domestic homicide of older people, and should be open to staff of housing providers, the ambulance "
           "service and primary care as well as to police officers.",
      "Dunholt Police and the Domestic Abuse Partnership"),
    P("6", "The Board should share this review with the Home Office and the Department of Health and Social Care, "
           "and ask them to consider the findings about older victims of domestic abuse in the next revision of "
           "the statutory guidance.", "The Board"),
]
DOCS["dsab-adult-c-numbered"] = doc(
    family="prose-numbered-1dot",
    description="overview report extract: background sections then 'Recommendations' with '1.' hanging numbered "
                "paragraphs, one with lead-in + bulleted lines, long paragraphs so a recommendation may cross a page",
    document={"title": "Safeguarding Adults Review: Adult C",
              "review_type": "Safeguarding Adults Review", "subject": "Adult C", "progress_as_of": "",
              "status": "ok"},
    recs=recs,
    layout={
        "page": {"orient": "portrait", "margins": [25, 25, 25, 25]},
        "font": {"rl": "DejaVuSerif", "lo": "DejaVu Serif"}, "size": 10.5, "leading": 1.45, "para_after": 0.9,
        "head": {"r": "Dunholt Safeguarding Adults Board"},
        "foot": {"l": "SAR Adult C – Overview Report", "r": "Page {page} of {pages}"},
        "heading_colour": "#2E5E4E",
        "blocks": [
            {"t": "p", "s": "title", "text": "Safeguarding Adults Review: Adult C"},
            {"t": "p", "s": "subtitle", "text": "Overview Report"},
            {"t": "p", "text": "Independent reviewer: Dr Helen Marwood\nPublished: May 2024"},
            {"t": "h", "text": "1. Introduction"},
            {"t": "p", "text": "1.1 Adult C was an 81 year old woman who lived with her husband in a bungalow in "
                               "Dunholt. She had vascular dementia and had been registered blind for several years. Her "
                               "husband was her main carer. In March 2023 Adult C was admitted to hospital with a head "
                               "injury and bruising to her arms, and she died eleven days later."},
            {"t": "p", "text": "1.2 The Dunholt Safeguarding Adults Board agreed that the criteria for a Safeguarding "
                               "Adults Review under section 44 of the Care Act 2014 were met, because there was "
                               "reasonable cause for concern about how agencies had worked together and there was a "
                               "suspicion that Adult C had experienced abuse before she died."},
            {"t": "h", "text": "2. Methodology"},
            {"t": "p", "text": "2.1 The review used a systems approach. Agencies provided chronologies and reflective "
                               "reports, and practitioners took part in a learning event in November 2023. Adult C's "
                               "daughter contributed to the review, and her views are reflected throughout this report."},
            {"t": "p", "text": "2.2 The review covered the period from January 2021, when Adult C's sight deteriorated, "
                               "until her death. The agencies involved were Dunholt Council Adult Social Care, Dunholt "
                               "Police, the acute trust, the GP practice, the ambulance service and a domiciliary care "
                               "provider."},
            {"t": "h", "text": "3. Summary of events"},
            {"t": "p", "text": "3.1 Between 2021 and 2023 Adult C was seen by her GP eleven times and attended the "
                               "Emergency Department on four occasions. On three of those occasions she had bruising "
                               "that her husband said was caused by falls. Her daughter contacted Adult Social Care "
                               "twice to say she was worried about how her father was treating her mother; on both "
                               "occasions the concern was closed after a telephone call to the husband."},
            {"t": "p", "text": "3.2 Domiciliary carers recorded that Adult C was often in bed when they arrived and that "
                               "her husband answered questions for her. No carer recorded speaking to Adult C on her "
                               "own. When the domiciliary care package was reduced at the husband's request in "
                               "September 2022, no review of the risks was carried out."},
            {"t": "p", "text": "3.3 Police attended the address once in 2022 after a neighbour heard shouting. Officers "
                               "spoke to the husband on the doorstep and recorded that there were no concerns. A "
                               "domestic abuse risk assessment was not completed because the officers did not see "
                               "Adult C."},
            {"t": "h", "text": "4. Analysis"},
            {"t": "p", "text": "4.1 Agencies saw Adult C through the lens of her dementia and her husband's role as "
                               "carer. The possibility that she was experiencing domestic abuse was not considered by "
                               "any agency, even though the pattern of unexplained injuries and a controlling carer "
                               "is well described in research on older victims."},
            {"t": "p", "text": "4.2 The concerns raised by Adult C's daughter were not treated as safeguarding "
                               "concerns. Practitioners told the review that they felt family disagreements were "
                               "common and that they had no power to insist on seeing Adult C alone. The review found "
                               "that the Care Act duty to make enquiries was not well understood."},
            {"t": "p", "text": "4.3 Mental capacity was assumed rather than assessed. When Adult C declined a "
                               "respite placement, her husband spoke for her, and nobody recorded whether she had been "
                               "able to make the decision herself."},
            {"t": "gap", "rl": 84, "lo": 85},
            {"t": "h", "text": "5. Recommendations"},
            {"t": "recs", "mode": "hang", "label": "{n}.", "sub": "bullets", "glyph": "\u2022"},
            {"t": "h", "text": "6. Concluding comments"},
            {"t": "p", "text": "6.1 Adult C's daughter has asked that her mother is remembered as a strong and funny "
                               "woman who loved music. The Board thanks her for her contribution to this review."},
        ]})

# ---------------------------------------------------------------------------------------------
# 9. Kestrel Vale SCP: LCSPR Siblings L and M, executive summary with bulleted recommendations
# ---------------------------------------------------------------------------------------------
findings = [
    "Professionals did not have a shared picture of the family because information about the mother's previous "
    "children, who were adopted, was held by only one agency.",
    "The children's voices were rarely recorded; most visits took place after school when their mother's partner "
    "was present.",
    "The step down from child protection to child in need was made while the partner was still living in the "
    "household, and the reasons were not recorded.",
    "Education staff noticed the children's hunger and tiredness but did not know how to share a low-level "
    "concern.",
]
recs = [
    P("1", "The Partnership should make sure that information about previous children who have been removed from "
           "a parent's care is available to every agency at the start of a new assessment.", "The Partnership"),
    P("2", "Children's Social Care should review its practice standards so that every child is seen on their own "
           "at each statutory visit, and the reasons are recorded if this is not possible.", "Children's Social Care"),
    P("3", "Decisions to step a child down from a child protection plan should be taken only when:\n"
           "the reasons are recorded and shared with all agencies;\n"
           "all the agencies in the core group agree, or any disagreement has been escalated;\n"
           "a new adult joining the household has been assessed.", ""),
    P("4", "Schools should be given clear guidance on how to share low-level concerns, including hunger and "
           "tiredness, with the designated safeguarding lead and with other agencies.", ""),
    P("5", "The Kestrel Vale Safeguarding Children Partnership should evaluate the impact of these "
           "recommendations in a learning review in 2025.", "The Kestrel Vale Safeguarding Children Partnership"),
]
DOCS["kvscp-siblings-lm-bulleted"] = doc(
    family="prose-summary-bulleted",
    description="executive summary: 'Key findings' bullets (findings), then 'Summary of recommendations' as "
                "unnumbered bullets (numbered by position) with hollow sub-bullets under one item",
    document={"title": "Local Child Safeguarding Practice Review: Siblings L and M",
              "review_type": "Local Child Safeguarding Practice Review", "subject": "Siblings L and M",
              "progress_as_of": "", "status": "ok"},
    recs=recs, findings=findings,
    layout={
        "page": {"orient": "portrait", "margins": [22, 22, 22, 22]},
        "font": {"rl": "LiberationSans", "lo": "Liberation Sans"}, "size": 11, "leading": 1.35,
        "head": {"l": "Kestrel Vale Safeguarding Children Partnership"},
        "foot": {"c": "- {page} -"},
        "heading_colour": "#7030A0",
        "blocks": [
            {"t": "p", "s": "title", "text": "Local Child Safeguarding Practice Review: Siblings L and M"},
            {"t": "p", "s": "subtitle", "text": "Executive Summary"},
            {"t": "h", "text": "Why this review was carried out"},
            {"t": "p", "text": "L (aged 9) and M (aged 7) were found to be seriously malnourished when they were "
                               "admitted to hospital in January 2023. Both children had been subject to child "
                               "protection plans for neglect in 2021. The Partnership's Rapid Review concluded that the "
                               "case met the criteria for a Local Child Safeguarding Practice Review."},
            {"t": "h", "text": "What happened"},
            {"t": "p", "text": "The children lived with their mother and, from 2021, her new partner. Their mother had "
                               "two older children who were adopted in 2014 after care proceedings in another local "
                               "authority. Over the period of the review the family were known to Children's Social "
                               "Care, the school, the school nursing service, the GP practice and the police."},
            {"t": "p", "text": "In April 2022 the children's child protection plans ended and they were supported under "
                               "child in need plans. Over the following nine months school attendance fell, and staff "
                               "noticed that both children were hungry and tired. The family moved house twice."},
            {"t": "h", "text": "Key findings"},
            {"t": "findings", "glyph": "\u25aa"},
            {"t": "gap", "rl": 100, "lo": 100},
            {"t": "h", "text": "Summary of recommendations"},
            {"t": "p", "text": "The reviewer made five recommendations, which the Partnership has accepted in full."},
            {"t": "recbullets", "glyph": "\u2022", "subglyph": "o"},
            {"t": "h", "text": "What happens next"},
            {"t": "p", "text": "The Partnership will publish an action plan in response to the review, and progress will "
                               "be reported to its Executive every six months."},
        ]})
