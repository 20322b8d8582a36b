"""The API's shared viewset machinery: slug-or-id lookup, ETags, full_clean() writes, schema docs.

Every viewset of ``/api/v1/`` (deals and companies alike) is built from these pieces and from
the policies in ``policies.py``, so the rules are stated once:

- reads are public (visibility is applied by each viewset's queryset);
- writes need a knox token with the *write* scope **and** the user's model permission;
- a list rejects unknown parameters and bad values with a 400 naming the parameter;
- details carry an ``ETag`` of what this reader sees; writes honour ``If-Match`` (412 when
  stale); reads honour ``If-None-Match`` (304, core/api/caching.py);
- deleting a row that others still reference is a 409, never a 500.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, cast

import orjson
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django_countries import countries
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers, status, viewsets
from rest_framework.exceptions import ErrorDetail
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.utils.encoders import JSONEncoder

from core.api.policies import PreconditionFailed

if TYPE_CHECKING:
    from django.db.models import Model
    from rest_framework.generics import GenericAPIView
    from rest_framework.request import Request

    # What the mixins below are mixed into, for the type checker: a generic view, a serializer.
    _ViewBase = GenericAPIView
    _SerializerBase = serializers.Serializer
else:

    class _ViewBase:
        """The view mixins' base at run time: empty (a class, so that they can be generic)."""

    _SerializerBase = object

# The deals a reader may see, which a viewset's prepare_detail() attaches to a company, an
# asset or a conference for its detail serializer (the models do not declare the attribute).
VISIBLE_DEALS = "visible_deals"


def many_data(serializer: serializers.BaseSerializer) -> list[dict[str, Any]]:
    """The ``data`` of a ``many=True`` serializer (a ListSerializer): one dict per object.

    djangorestframework-stubs type a Serializer's ``data`` as one dict whatever ``many`` says.
    """
    return serializer.data


# --- ETag / If-Match ------------------------------------------------------------------------


# Canonical JSON for digests: sorted keys; anything orjson does not write itself (Decimal,
# lazy text, datetimes) as DRF's encoder writes it. orjson, because json.dumps is slow on a
# large conference (README, "Figures behind design choices").
_CANONICAL = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
_encode_other = JSONEncoder().default


def etag_for(data: Any) -> str:
    """A strong ETag: a digest of the representation, so any visible change changes it."""
    payload = orjson.dumps(data, option=_CANONICAL, default=_encode_other)
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


def _if_match_values(header: str) -> set[str]:
    return {value.strip() for value in header.split(",") if value.strip()}


class ConcurrencyMixin[M: Model](_ViewBase):
    """``ETag`` on detail reads and writes; ``If-Match`` on PUT/PATCH/DELETE (412 when stale).

    The ETag is a digest of the representation this reader receives, and of nothing else: an
    anonymous reader's tag covers the public JSON only, so it can neither be used to test
    guesses of analyst notes offline nor change when only the notes do; a reader allowed to
    see the notes gets a tag that covers them. ``If-Match`` compares with the tag the writer's
    own read would carry now, so a write based on a stale read (by anyone's change to
    anything the writer sees) is refused. core/api/caching.py answers ``If-None-Match``.
    """

    serializer_class: type[serializers.Serializer]
    read_serializer_class: type[serializers.Serializer]

    def representation(self, instance: M) -> Any:
        return self.read_serializer_class(instance, context=self.get_serializer_context()).data

    def etag(self, instance: M) -> str:
        """The ETag of ``instance`` as this request's reader sees it."""
        return etag_for(self.representation(instance))

    def check_if_match(self, request: Request, instance: M) -> None:
        header = request.headers.get("If-Match")
        if not header:
            return
        values = _if_match_values(header)
        if "*" in values:
            return
        # Weak comparison would be wrong here (RFC 9110 §13.1.1), but clients that kept a
        # W/ prefix from a proxy mean the same tag.
        if self.etag(instance) not in {value.removeprefix("W/") for value in values}:
            raise PreconditionFailed()

    def respond_with(
        self, instance: M, *, status_code: int = status.HTTP_200_OK, headers: dict | None = None
    ) -> Response:
        data = self.representation(instance)
        response = Response(data, status=status_code, headers=headers)
        response["ETag"] = etag_for(data)
        return response

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.respond_with(self.get_object())


def is_id(value: str) -> bool:
    """A primary key as typed in a URL: ASCII digits only ("¹" and "٣" are digits to Python),
    short enough for a 64-bit integer."""
    return value.isascii() and value.isdigit() and len(value) < 19


class SlugOrIdLookupMixin[M: Model](_ViewBase):
    """Detail URLs take the slug (``/deals/rc148-license/``) or the numeric id (``/deals/7/``).

    The filter backend is not applied to a detail: list parameters never hide an object.
    """

    lookup_field = "slug"
    lookup_value_regex = "[^/]+"

    def get_object(self) -> M:
        obj = self.find(self.get_queryset())
        self.check_object_permissions(self.request, obj)
        return obj

    def find(self, queryset: QuerySet) -> Any:
        """The row of ``queryset`` that this detail URL names: by slug, else by id; 404 if
        none. ``queryset`` may be a values_list (an id is all some views need)."""
        value = self.kwargs[self.lookup_field]
        if "\x00" in value:  # PostgreSQL text cannot hold NUL: no such slug, and no query
            raise Http404("No object with that slug.")
        obj = queryset.filter(slug=value).first()
        if obj is None and is_id(value):
            obj = queryset.filter(pk=int(value)).first()
        if obj is None:
            raise Http404(f"No {queryset.model._meta.verbose_name} with slug or id “{value}”.")
        return obj


# --- writing through the model's own validation ---------------------------------------------


def django_errors(error: DjangoValidationError) -> dict[str, list[str]]:
    """A Django ValidationError as DRF field errors (``non_field_errors`` for the rest)."""
    if hasattr(error, "error_dict"):
        return {
            ("non_field_errors" if field == NON_FIELD_ERRORS else field): messages
            for field, messages in error.message_dict.items()
        }
    return {"non_field_errors": error.messages}


class CountryInputField(serializers.CharField):
    """An ISO 3166-1 alpha-2 code on input ("kr" is read as "KR"); blank for unknown."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 2)
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("help_text", "ISO 3166-1 alpha-2 code, e.g. US, KR, CN.")
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> str:
        code = super().to_internal_value(data).strip().upper()
        if code and code not in countries:
            raise serializers.ValidationError(
                f"“{data}” is not an ISO 3166-1 alpha-2 country code (e.g. US, KR)."
            )
        return code

    # None is written as null; djangorestframework-stubs fix CharField's output to str.
    def to_representation(self, value: Any) -> str | None:  # type: ignore[override]
        code = getattr(value, "code", value)
        return str(code) if code else None


class StrictFieldsMixin(_SerializerBase):
    """Refuse keys the serializer does not know: a misspelt ``headline`` must not vanish.

    Without this DRF drops unknown keys silently, and a client would believe a term was saved.
    """

    def to_internal_value(self, data: Any) -> Any:
        problems: dict[str, list[str]] = {}
        if isinstance(data, dict):
            problems.update({key: ["Unknown field."] for key in set(data) - set(self.fields)})
            for key, value in data.items():
                message = _wrong_json_type(self.fields.get(key), value)
                if message:
                    problems[key] = [message]
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as error:
            if problems and isinstance(error.detail, dict):
                # As DRF's own details are (and as ValidationError(problems) below makes them).
                # The stubs type ``detail`` differently by release; here it is keyed by field.
                details = cast(dict[str, Any], error.detail)
                details.update(
                    {
                        key: [ErrorDetail(message, code="invalid") for message in messages]
                        for key, messages in problems.items()
                    }
                )
            raise
        if problems:
            raise serializers.ValidationError(problems)
        return value


def _wrong_json_type(field: serializers.Field | None, value: Any) -> str | None:
    """Why ``value`` has the wrong JSON type for ``field``, or None.

    DRF coerces freely (``0`` becomes ``"0"``, ``"yes"`` becomes True, ``1.1`` becomes a
    Decimal through a float); the API accepts what its schema says and nothing else, so that
    a client bug shows up as a 400 rather than as quietly changed data.
    """
    if field is None or field.read_only or (value is None and field.allow_null):
        return None
    for kind, accepts, message in _JSON_TYPES:
        if isinstance(field, kind):
            return None if accepts(value) else message
    return None


# (field class, test of the JSON value, message); the first matching class decides.
_JSON_TYPES: tuple[tuple[Any, Any, str], ...] = (
    (
        serializers.ListSerializer | serializers.ListField | serializers.ManyRelatedField,
        lambda value: isinstance(value, list),
        "Must be a list.",
    ),
    (
        serializers.DecimalField,
        lambda value: isinstance(value, str),
        'Send amounts as decimal strings, e.g. "650000000.00".',
    ),
    (serializers.BooleanField, lambda value: isinstance(value, bool), "Must be true or false."),
    (
        serializers.IntegerField,
        lambda value: isinstance(value, int) and not isinstance(value, bool),
        "Must be an integer.",
    ),
    (
        serializers.CharField | serializers.ChoiceField,
        lambda value: isinstance(value, str),
        "Must be a string.",
    ),
)


class FullCleanModelSerializer(StrictFieldsMixin, serializers.ModelSerializer):
    """A ModelSerializer that saves through ``full_clean()`` inside one transaction.

    DRF alone checks field types; the model's clean() and its CheckConstraints would only
    be met by the database, as an IntegrityError (a 500). Running full_clean() first turns
    every one of them into a 400 with the field named.

    ``nested_writers`` maps an input key to a method ``(instance, items) -> errors`` that
    replaces a nested collection (aliases, listings) after the instance is saved.
    """

    nested_writers: dict[str, str] = {}

    def _save(self, instance: Model, validated_data: dict[str, Any]) -> Model:
        nested = {
            key: validated_data.pop(key) for key in self.nested_writers if key in validated_data
        }
        many = {
            field.name: validated_data.pop(field.name)
            for field in instance._meta.many_to_many
            if field.name in validated_data
        }
        for attr, value in validated_data.items():
            setattr(instance, attr, value)
        with transaction.atomic():
            try:
                instance.full_clean()
            except DjangoValidationError as error:
                raise serializers.ValidationError(django_errors(error)) from None
            instance.save()
            for name, values in many.items():
                getattr(instance, name).set(values)
            errors = {}
            for key, items in nested.items():
                found = getattr(self, self.nested_writers[key])(instance, items)
                if found:
                    errors[key] = found
            if errors:
                raise serializers.ValidationError(errors)  # rolls the transaction back
        return instance

    def create(self, validated_data: dict[str, Any]) -> Model:
        # The concrete serializer's Meta.model (the stubs leave Meta's type variable unbound).
        model: type[Model] = self.Meta.model
        return self._save(model(), validated_data)

    def update(self, instance: Model, validated_data: dict[str, Any]) -> Model:
        return self._save(instance, validated_data)


class WritableViewSet[M: Model](
    SlugOrIdLookupMixin[M], ConcurrencyMixin[M], viewsets.ModelViewSet[M]
):
    """Lists with ``serializer_class``, reads details with ``read_serializer_class`` and writes
    with ``write_serializer_class``; every write answers with the fresh detail and its ETag.
    """

    write_serializer_class: type[serializers.Serializer]

    def get_serializer_class(self) -> type[serializers.Serializer]:
        if self.action in ("create", "update", "partial_update"):
            return self.write_serializer_class
        if self.action == "retrieve":
            return self.read_serializer_class
        return self.serializer_class

    def reload(self, instance: M) -> M:
        """The instance as a detail read sees it (annotations and prefetches included)."""
        return self.get_detail_queryset().get(pk=instance.pk)

    def get_detail_queryset(self) -> QuerySet[M]:
        return self.get_queryset()

    def prepare_detail(self, instance: M) -> M:
        """Hook: attach what the detail shows beyond the list (e.g. the object's deals)."""
        return instance

    def representation(self, instance: M) -> Any:
        instance = self.prepare_detail(instance)
        return self.read_serializer_class(instance, context=self.get_serializer_context()).data

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.write_serializer_class(
            data=request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        instance = self.reload(serializer.save())
        location = reverse(
            f"{self.basename}-detail",
            kwargs={self.lookup_field: getattr(instance, self.lookup_field)},
            request=request,
        )
        return self.respond_with(
            instance, status_code=status.HTTP_201_CREATED, headers={"Location": location}
        )

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        partial = kwargs.pop("partial", False)
        with transaction.atomic():
            instance = self.lock(self.get_object())
            self.check_if_match(request, instance)
            serializer = self.write_serializer_class(
                instance, data=request.data, partial=partial, context=self.get_serializer_context()
            )
            serializer.is_valid(raise_exception=True)
            instance = serializer.save()
        return self.respond_with(self.reload(instance))

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        with transaction.atomic():
            instance = self.lock(self.get_object())
            if request.headers.get("If-Match"):
                # The tag covers the detail as a read shows it (prefetches, related deals).
                self.check_if_match(request, self.reload(instance))
            instance.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    def lock(self, instance: M) -> M:
        """Lock the row for the rest of the transaction, so that If-Match and the write agree.

        Without the lock two clients holding the same ETag could both pass the check.
        (SQLite serialises writers anyway and ignores FOR UPDATE.)
        """
        manager = type(instance)._default_manager
        manager.select_for_update().filter(pk=instance.pk).values("pk").first()
        return self.reload(instance) if self.action != "destroy" else instance


# --- schema helpers ---------------------------------------------------------------------------


class AutoSchema(SpectacularAutoSchema):
    """drf-spectacular's AutoSchema, told that reads need no credentials.

    It only knows DRF's own AllowAny / IsAuthenticatedOrReadOnly; with our scope permission
    it would document every read as requiring a token.
    """

    def get_auth(self) -> list[dict[str, list[str]]]:
        auth = super().get_auth()
        if self.method in ("GET", "HEAD", "OPTIONS") and {} not in auth:
            auth.append({})
        return auth


ERROR_SCHEMA = inline_serializer(
    "Error", fields={"detail": serializers.CharField(help_text="What went wrong.")}
)
FIELD_ERRORS_SCHEMA = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description=(
        "Invalid input: an object keyed by parameter or field name, each with a list of "
        'messages, e.g. `{"licensee_country": ["“XX” is not an ISO 3166-1 alpha-2 country '
        'code (e.g. US, KR)."]}`. Nested items report errors by position.'
    ),
)
READ_ERRORS = {
    404: OpenApiResponse(ERROR_SCHEMA, description="No such object (or not visible to you)."),
    429: OpenApiResponse(
        ERROR_SCHEMA, description="Too many requests; see the Retry-After header."
    ),
}
LIST_ERRORS = {
    400: FIELD_ERRORS_SCHEMA,
    404: OpenApiResponse(ERROR_SCHEMA, description="The page number is past the last page."),
    429: READ_ERRORS[429],
}
WRITE_ERRORS = {
    400: FIELD_ERRORS_SCHEMA,
    401: OpenApiResponse(ERROR_SCHEMA, description="No or invalid token."),
    403: OpenApiResponse(
        ERROR_SCHEMA, description="The token is read-only or the user lacks the permission."
    ),
    412: OpenApiResponse(
        ERROR_SCHEMA, description="If-Match does not match the current ETag: read again."
    ),
    429: READ_ERRORS[429],
}
DELETE_ERRORS = {
    **{code: WRITE_ERRORS[code] for code in (401, 403, 412, 429)},
    404: READ_ERRORS[404],
    409: OpenApiResponse(
        ERROR_SCHEMA, description="Still referenced by other objects (e.g. deals)."
    ),
}
IF_MATCH_PARAMETER = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="The ETag from your last read; the write is refused with 412 if it is stale.",
)
ETAG_HEADER_DOC = "The response carries an `ETag` header; send it back as `If-Match` when writing."


# Keys present only for some readers or answers (analyst notes; a webhook secret, shown once):
# documented, but never "required" in the schema.
OPTIONAL_RESPONSE_KEYS = ("analyst_notes", "webhook_secret")


_BAD_SLUG = "An unknown slug is a 400 naming this parameter."
_COMPANY_DOC = (
    "The company's exact name, legal or local name or an alias also works (`Sineuro`); a name "
    "two companies share is a 400 asking for the slug, an unknown one a 400 naming this "
    "parameter."
)
_COUNTRIES_DOC = (
    "Where {who} is based.\n\nHeadquarters country of {role}: ISO 3166-1 alpha-2 codes or "
    "groups (`GREATER_CHINA`, "
    "`EU`, `EUROPE`, `APAC`; `OTHER` = outside US, Greater China, KR, JP and Europe; "
    "`UNKNOWN` = no such party with a country on record); repeatable (any of)."
)
# What each list parameter means on the wire. The FilterSets' labels are written for the HTML
# form ("Licensee"); API readers need the format and the failure mode too.
PARAMETER_DOCS: dict[str, str] = {
    "q": (
        'Free text, alias-aware: matches titles, summaries, party names ("Pfizer" finds '
        '"Pfizer Inc."), company aliases and local names, and asset codes with or without '
        'punctuation ("ALTB4" finds ALT-B4). On PostgreSQL also typo-tolerant (trigram) and '
        "full-text. At most 200 characters."
    ),
    "conference": f"Conference slug, e.g. `jpm-2026`. {_BAD_SLUG}",
    "company": f"Company slug; the company took any role in the deal. {_COMPANY_DOC}",
    "company_id": (
        "Deals this company took part in, in any role, by the company's number.\n\nCompany id. "
        "Unknown id: 400."
    ),
    "licensor": f"Company slug of a licensor. {_COMPANY_DOC}",
    "licensee": f"Company slug of a licensee. {_COMPANY_DOC}",
    "acquirer": f"Company slug of an acquirer. {_COMPANY_DOC}",
    "acquired": f"Company slug of an acquired company (or seller of assets). {_COMPANY_DOC}",
    "deal_class": (
        "`licensing` (licenses, options, collaborations, platform licenses), `m_and_a` "
        "(acquisitions, mergers, asset purchases) or `equity`; repeatable (any of)."
    ),
    "status": (
        "Repeatable (any of). Without it, rumoured deals and deals in negotiation are left "
        "out: they are not deals yet."
    ),
    "licensor_country": _COUNTRIES_DOC.format(
        who="the company granting the rights", role="a licensor"
    ),
    "licensee_country": _COUNTRIES_DOC.format(
        who="the company taking the rights", role="a licensee"
    ),
    "target_country": _COUNTRIES_DOC.format(
        who="the company bought (acquisitions)", role="an acquisition target"
    ),
    "acquirer_country": _COUNTRIES_DOC.format(who="the buyer (acquisitions)", role="an acquirer"),
    "target": f"Target slug (e.g. `pd-1`) of a deal asset; repeatable. {_BAD_SLUG}",
    "target_match": "`any` (default): a deal on any of the targets; `all`: on every one.",
    "therapeutic_area": f"Therapeutic-area slug (e.g. `oncology`); repeatable. {_BAD_SLUG}",
    "phase_at_signing": "Phase of a deal asset when the deal was signed; repeatable.",
    "indication": (
        f"Indication slug (e.g. `non-small-cell-lung-cancer`) of a deal asset; repeatable; "
        f"`none`: no asset with an indication. {_BAD_SLUG}"
    ),
    "modality": "Modality of a deal asset; repeatable; `none`: no asset with a modality.",
    "deal_type": "Deal type; repeatable (any of).",
    "territory": (
        "Country or region code the licensed territory covers (included directly, through a "
        "region or worldwide, and not excluded); repeatable."
    ),
    "min_total_potential_usd": "Total potential value in USD at least this (dollars).",
    "max_total_potential_usd": "Total potential value in USD at most this (dollars).",
    "announced_after": "Announced on or after this date (YYYY-MM-DD, inclusive).",
    "announced_before": "Announced on or before this date (YYYY-MM-DD, inclusive).",
    "min_headline_usd": "Reported headline value in USD at least this (dollars, 2 decimals).",
    "has_upfront": (
        "Whether the deal discloses the amount of an upfront payment.\n\n"
        "`true`: the deal has an upfront payment whose amount was disclosed; `false`: it has "
        "none (no upfront, or an upfront of undisclosed amount)."
    ),
    "min_upfront_usd": "Disclosed upfront (cash + equity) in USD at least this.",
    "ordering": (
        "Sort order, comma-separated; `-` for descending. Undisclosed values sort last in "
        "both directions. Default: newest first."
    ),
    "page": "Page number, from 1. A page past the end is a 404.",
    "page_size": "Results per page: 1 to 500, default 50.",
    "country": "ISO 3166-1 alpha-2 code (e.g. `KR`).",
    "owner": f"Company slug of the originator. {_BAD_SLUG}",
    "owner_id": "Company id of the originator. Unknown id: 400.",
    "parent": f"Company slug of the parent company. {_BAD_SLUG}",
    "parent_id": "Company id of the parent company. Unknown id: 400.",
    "series": f"Conference-series slug. {_BAD_SLUG}",
    "is_platform": "`true`: technology platforms only; `false`: single candidates only.",
    "year": "Edition year, e.g. 2026.",
}


# An empty value means "no filter" (what an HTML form sends for a blank field).
_MONEY_PARAM = {"type": "string", "pattern": r"^(\d{1,18}(\.\d{1,2})?)?$", "example": "500000000"}
_COUNTRY_PARAM = {"type": "string", "pattern": "^([A-Za-z]{2})?$", "example": "KR"}
# The exact shapes the FilterSets accept, so that generated clients and schemathesis know them.
PARAMETER_SCHEMAS: dict[str, dict[str, Any]] = {
    "q": {"type": "string", "maxLength": 200},
    "min_headline_usd": _MONEY_PARAM,
    "min_upfront_usd": _MONEY_PARAM,
    "min_total_potential_usd": _MONEY_PARAM,
    "max_total_potential_usd": _MONEY_PARAM,
    "country": _COUNTRY_PARAM,
    "page": {"type": "integer", "minimum": 1},
    "page_size": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
    "year": {"type": "string", "pattern": r"^(\d{4})?$", "example": "2026"},
}


def _blank_allowed(schema: dict[str, Any]) -> dict[str, Any]:
    """A filter's schema that also admits the empty string, which django-filter (and so the
    API) reads as "no filter": a browse page's form sends ``status=`` for a blank select,
    and a URL copied from it must work on the API too.
    """
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], ""]}
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        # A repeatable choice: each value may be blank too ("modality=&modality=").
        items = schema["items"]
        if "enum" in items:
            return {**schema, "items": _blank_allowed(items)}
        if "$ref" in items:
            blank = {"type": "string", "enum": [""]}
            return {**schema, "items": {"oneOf": [items, blank]}}
        return schema
    if schema.get("type") == "boolean":
        return {"type": "string", "enum": ["true", "false", ""]}
    if schema.get("format") == "date":
        return {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$", "example": "2026-01-12"}
    if schema.get("type") in ("integer", "number"):
        return {"type": "string", "pattern": r"^(\d{1,18})?$"}
    return schema


def schema_postprocess(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """drf-spectacular hook: parameter docs for API readers; per-reader keys made optional."""
    error_ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in result.get("paths", {}).items():
        if not path.startswith("/api/v1/"):
            continue
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            # Global behaviour of every /api/v1/ view (throttling, pagination, conditional
            # reads, body limits), documented even where a view's own annotations forgot it.
            responses = operation.setdefault("responses", {})
            json_error = {"application/json": {"schema": error_ref}}
            responses.setdefault(
                "429", {"description": "Too many requests; see Retry-After.", "content": json_error}
            )
            if method == "get":
                responses.setdefault(
                    "304",
                    {"description": "Not modified: If-None-Match named your current ETag."},
                )
            if method in ("post", "put", "patch"):
                responses.setdefault(
                    "413", {"description": "The request body is too large.", "content": json_error}
                )
            if any(p.get("name") == "page" for p in operation.get("parameters", [])):
                responses.setdefault(
                    "404",
                    {
                        "description": "The page number is past the last page.",
                        "content": json_error,
                    },
                )
                responses.setdefault(
                    "400", {"description": "Invalid parameter (page, page_size...)."}
                )
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                name = parameter.get("name")
                if parameter.get("in") != "query":
                    continue
                if name in PARAMETER_DOCS:
                    # The filter's help text (the browse form's words for an analyst) first,
                    # when it has one (a sentence, not a bare label); then the wire details;
                    # then the generated list of choices ("* `license` - License").
                    generated, _, choices = parameter.get("description", "").partition("\n\n")
                    sentence = generated.endswith((".", "”", ")"))
                    lead = generated if sentence and name not in ("page", "page_size") else ""
                    parameter["description"] = "\n\n".join(
                        part for part in (lead, PARAMETER_DOCS[name], choices) if part
                    )
                if name in PARAMETER_SCHEMAS:
                    parameter["schema"] = dict(PARAMETER_SCHEMAS[name])
                elif name == "ordering" and "items" in parameter["schema"]:
                    # "ordering=" (a blank select on the browse page) means the default order.
                    items = _blank_allowed(parameter["schema"]["items"])
                    parameter["schema"] = {**parameter["schema"], "items": items}
                elif name not in ("page", "page_size", "format"):
                    parameter["schema"] = _blank_allowed(parameter["schema"])
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request") and component.get("type") == "object":
            # Write bodies refuse unknown keys (StrictFieldsMixin); say so.
            component["additionalProperties"] = False
        required = component.get("required")
        if required:
            component["required"] = [
                name for name in required if name not in OPTIONAL_RESPONSE_KEYS
            ]
            if not component["required"]:
                del component["required"]
    return result


def write_schema(read: type, write: type, noun: str) -> dict[str, Any]:
    return {
        "create": extend_schema(
            summary=f"Create a {noun}",
            request=write,
            responses={201: read, **WRITE_ERRORS},
        ),
        "update": extend_schema(
            summary=f"Replace a {noun}",
            request=write,
            parameters=[IF_MATCH_PARAMETER],
            responses={200: read, **WRITE_ERRORS, 404: READ_ERRORS[404]},
        ),
        "partial_update": extend_schema(
            summary=f"Change part of a {noun}",
            request=write,
            parameters=[IF_MATCH_PARAMETER],
            responses={200: read, **WRITE_ERRORS, 404: READ_ERRORS[404]},
        ),
        "destroy": extend_schema(
            summary=f"Delete a {noun}",
            parameters=[IF_MATCH_PARAMETER],
            responses={204: OpenApiResponse(description="Deleted."), **DELETE_ERRORS},
        ),
    }
