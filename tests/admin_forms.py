"""Building the admin's own POST data from the page an analyst sees (tests/test_admin*.py)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from deals.models import (
    Deal,
)

DEAL_ADD = reverse("admin:deals_deal_add")
DEAL_LIST = reverse("admin:deals_deal_changelist")


def deal_change_url(deal: Deal) -> str:
    return reverse("admin:deals_deal_change", args=[deal.pk])


# --- building POST data from the page the analyst sees ----------------------------------------


def _post_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value)


def _form_fields(form: Any, data: dict[str, Any]) -> None:
    for name in form.fields:
        value = _post_value(form[name].value())
        if value is not None:
            data[form.add_prefix(name)] = value


class FormData(dict):
    """POST data, plus each inline's blank row (its defaults, e.g. order 0)."""

    blank_rows: dict[str, dict[str, Any]]


def form_data(response: Any) -> FormData:
    """The POST data the admin page in ``response`` would send unchanged."""
    data = FormData()
    data.blank_rows = {}
    _form_fields(response.context["adminform"].form, data)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        _form_fields(formset.management_form, data)
        for form in formset.initial_forms:
            _form_fields(form, data)
        # Extra (blank) forms are left out, as an analyst who ignores them would send nothing.
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
        blank: dict[str, Any] = {}
        empty = formset.empty_form
        for name in empty.fields:
            blank[name] = empty[name].value()
        data.blank_rows[formset.prefix] = blank
    return data


def add_rows(data: FormData, prefix: str, *rows: dict[str, Any]) -> FormData:
    """Append inline rows (``prefix`` is the formset's, e.g. "parties", "payments")."""
    start = int(data[f"{prefix}-TOTAL_FORMS"])
    for i, row in enumerate(rows, start=start):
        for key, value in {**data.blank_rows[prefix], **row}.items():
            value = _post_value(value)
            if value is not None:
                data[f"{prefix}-{i}-{key}"] = value
    data[f"{prefix}-TOTAL_FORMS"] = str(start + len(rows))
    return data


def new_deal_data(client: Any, **fields: Any) -> FormData:
    data = form_data(client.get(DEAL_ADD))
    data.update(
        {
            "title": "RC148 license",
            "deal_type": Deal.Type.LICENSE,
            "status": Deal.Status.ANNOUNCED,
            "visibility": Deal.Visibility.PUBLIC,
            "announced_on": "2026-01-12",
        }
    )
    for key, value in fields.items():
        value = _post_value(value)
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def error_texts(response: Any) -> str:
    """Every error on the re-rendered page (main form and inlines), as one string."""
    assert response.status_code == 200, response.status_code
    texts = [str(e) for e in response.context["errors"]]
    for inline in response.context["inline_admin_formsets"]:
        texts += [str(e) for e in inline.formset.non_form_errors()]
        for form in inline.formset.forms:
            texts += [str(e) for errors in form.errors.values() for e in errors]
    return " | ".join(texts)
