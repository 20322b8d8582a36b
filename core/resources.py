"""django-import-export machinery shared by the companies and deals resources: formula-safe
cells, all-or-nothing imports, progress, and the list and country widgets.

The layouts are documented in docs/import.md."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from import_export import fields, resources, widgets

from core.history import set_change_reason, set_history_user
from core.spreadsheets import escape_formula, unescape_formula

LIST_SEPARATOR = "; "


def split_list(value: Any) -> list[str]:
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def cell_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def raw_text(value: Any) -> str:
    """Free text exactly as in the cell: a title may really start with a tab."""
    return "" if value is None else str(value)


class SafeResource(resources.ModelResource):
    """Formula escaping on export, unescaping on import, and all-or-nothing imports."""

    # Called as progress(rows_done, rows_total) after each row; the import command prints it.
    progress: Any = None
    _total_rows = 0

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        self._total_rows = len(dataset)

    def after_import_row(self, row: Any, row_result: Any, **kwargs: Any) -> None:
        if self.progress is not None:
            self.progress(kwargs.get("row_number", 0), self._total_rows)

    def export_field(self, field: fields.Field, instance: models.Model, **kwargs: Any) -> Any:
        return escape_formula(super().export_field(field, instance, **kwargs))

    def before_import_row(self, row: dict[str, Any], **kwargs: Any) -> None:
        for key, value in list(row.items()):
            row[key] = unescape_formula(value)

    def import_data(self, dataset: Any, dry_run: bool = False, **kwargs: Any) -> Any:
        # One invalid row rolls back every row: a half-imported file is worse than none.
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, dry_run=dry_run, **kwargs)

    @staticmethod
    def _stamp(instance: models.Model, kwargs: dict[str, Any]) -> None:
        user = kwargs.get("user")
        if user is not None and getattr(user, "is_authenticated", False):
            set_history_user(instance, user)
        set_change_reason(instance, f"Imported from {kwargs.get('file_name') or 'a file'}")


class CountryWidget(widgets.Widget):
    """ISO 3166 alpha-2 code in and out ("CN"), validated."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> str:
        from django_countries import countries

        code = cell_text(value).upper()
        if code and code not in countries:
            raise ValueError(f"“{value}” is not an ISO 3166 alpha-2 country code.")
        return code

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return cell_text(getattr(value, "code", value))


class NamedVocabularyWidget(widgets.ManyToManyWidget):
    """Targets / therapeutic areas by name; unknown names are added to the vocabulary."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> list[models.Model]:
        return [self.model.objects.get_or_create(name=name)[0] for name in split_list(value)]

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return LIST_SEPARATOR.join(sorted(o.name for o in value.all())) if value is not None else ""


def choice_value(value: Any, choices: Iterable[tuple[str, str]], column: str) -> str:
    text = cell_text(value)
    if text and text not in {c for c, _ in choices}:
        allowed = ", ".join(c for c, _ in choices)
        raise ValidationError({column: f"“{text}” is not one of: {allowed}."})
    return text


def aliases_text(rows: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(f"{a.name}|{a.kind}" for a in rows)


def parse_aliases(
    value: Any, kinds: Iterable[tuple[str, str]], column: str
) -> list[tuple[str, str]]:
    out = []
    for part in split_list(value):
        name, _, kind = part.partition("|")
        out.append((name.strip(), choice_value(kind.strip() or "other", kinds, column)))
    return out
