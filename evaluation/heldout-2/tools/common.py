def R(number, text, lead="", progress="", status="unknown", addressee="", rag="", target_text="",
      target_date="", source="table", actions=None):
    rec = {"number": number, "text": text, "lead": lead, "progress": progress, "status": status,
           "addressee": addressee, "rag": rag, "target_text": target_text, "target_date": target_date,
           "source": source}
    if actions:
        rec["actions"] = actions
        leads = []
        for a in actions:
            for one in a["lead"].split("; "):
                if one and one not in leads:
                    leads.append(one)
        rec["lead"] = "; ".join(leads)
        rec["progress"] = "\n".join(a["progress"] for a in actions if a["progress"])
        targets = []
        for a in actions:
            if a["target_text"] and a["target_text"] not in targets:
                targets.append(a["target_text"])
        rec["target_text"] = "; ".join(targets)
        if len(actions) > 1:
            del rec["rag"]
            del rec["target_date"]
    return rec


def P(number, text, addressee=""):
    """A prose recommendation (no plan)."""
    return R(number, text, status="unknown", addressee=addressee, source="prose")


def doc(family, description, document, recs, layout, findings=()):
    return {"family": family, "description": description, "document": document, "recommendations": recs,
            "findings": list(findings), "layout": layout}
