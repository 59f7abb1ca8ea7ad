"""The one walk of two specs: pair what they share, and say what changed where.

Operations are paired by method and path shape (``/pets/{id}`` is ``/pets/{petId}``),
parameters by location and name, responses by status code, media types by name (or as one
media type renamed, :mod:`specfleet.diff.mediatypes`); every schema pair goes to
:mod:`specfleet.diff.schemas`, and every change is named by :mod:`specfleet.diff.rules`.
The walk yields :class:`Reported` changes: a :class:`Found` with the operation it belongs
to and the words that name its place ("query parameter 'limit'").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from specfleet.diff import lifecycle, mediatypes, security
from specfleet.diff.found import Found, both, code, only
from specfleet.diff.lifecycle import Options
from specfleet.diff.rules import rule_id
from specfleet.diff.schemas import Place, SchemaDiff
from specfleet.spec.document import Pointer
from specfleet.spec.operations import RefError, SpecModel
from specfleet.spec.refs import iter_refs

#: how removing an element reads (see :func:`lifecycle.removal`) -> the ``how`` of its rule
_REMOVED = {
    "without-deprecation": "removed",
    "with-deprecation": "removed-with-deprecation",
    "before-sunset": "removed-before-sunset",
}
#: what is reported of an operation below the stability floor
_STABILITY_RULES = frozenset(
    rule_id("api", "stability", how) for how in ("invalid", "decreased", "increased")
)
#: where a description is compared -> its rule
_DESCRIBED = {where: rule_id(where, "description", "changed") for where in ("request-parameter", "response")}

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True, slots=True)
class Reported:
    """A change with its operation and the words for where in it the change is."""

    found: Found
    method: str = ""  # "GET"; "" outside any operation
    path: str = ""
    operation_id: str | None = None
    label: str = ""  # "query parameter 'limit'", "response 200 body"

    @property
    def message(self) -> str:
        found = self.found
        where = self.label
        if found.subject:
            prop = f"property {code('/'.join(found.subject))}"
            where = f"{where} {prop}" if where else prop
        return f"{where}: {found.text}" if where else found.text


class Side:
    """One spec's data, read through the shared spec model (``$ref``s followed, siblings merged)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.model = SpecModel(data)

    def follow(self, node: Any, pointer: Pointer) -> tuple[Any, Pointer]:
        try:
            return self.model.follow(node, pointer)
        except RefError:
            return {}, pointer

    def operations(
        self, section: str = "paths"
    ) -> dict[tuple[str, str], tuple[str, Any, Pointer, Any, Pointer]]:
        """(METHOD, path shape) -> (path, path item, its pointer, operation, its pointer)."""
        found: dict[tuple[str, str], tuple[str, Any, Pointer, Any, Pointer]] = {}
        paths = self.data.get(section)
        if not isinstance(paths, dict):
            return found
        for path, raw in paths.items():
            item, item_pointer = self.follow(raw, (section, path))
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    shape = _TEMPLATE.sub("{}", str(path)) if section == "paths" else str(path)
                    found[(method.upper(), shape)] = (
                        str(path),
                        item,
                        item_pointer,
                        operation,
                        (*item_pointer, method),
                    )
        return found


def unchanged_components(base: Mapping[str, Any], revision: Mapping[str, Any]) -> frozenset[str]:
    """``$ref``s whose target is the same in both specs, and so is everything it refers to.

    A big spec's operations share components; comparing the same unchanged component for
    each of them is most of the work, so a pair of such references is never opened.
    """
    refs: dict[str, set[str]] = {}
    same: set[str] = set()
    old_components, new_components = base.get("components"), revision.get("components")
    if not isinstance(old_components, dict) or not isinstance(new_components, dict):
        return frozenset()
    for kind, old_group in old_components.items():
        new_group = new_components.get(kind)
        if not isinstance(old_group, dict) or not isinstance(new_group, dict):
            continue
        for name, node in old_group.items():
            ref = f"#/components/{kind}/{name}"
            if name in new_group and new_group[name] == node:
                same.add(ref)
                refs[ref] = {target for _, target in iter_refs(node)}
    changed = True
    while changed:
        changed = False
        for ref in list(same):
            if not refs[ref] <= same:
                same.discard(ref)
                changed = True
    return frozenset(same)


class Walk:
    """Both specs, walked once; :meth:`changes` yields everything that differs."""

    def __init__(self, base: Mapping[str, Any], revision: Mapping[str, Any], options: Options) -> None:
        self.sides = Side(base), Side(revision)
        self.options = options
        stable = unchanged_components(base, revision)

        def unchanged(a: Any, b: Any) -> bool:
            if isinstance(a, dict) and isinstance(b, dict):
                ref = a.get("$ref")
                return ref is not None and ref == b.get("$ref") and ref in stable and len(a) == len(b) == 1
            return False

        self.schemas = SchemaDiff((self.sides[0].follow, self.sides[1].follow), unchanged, options)

    # --- the spec ---------------------------------------------------------------------------

    def changes(self) -> Iterator[Reported]:
        old, new = self.sides
        yield from self._operations(old.operations(), new.operations(), webhooks=False)
        yield from self._operations(old.operations("webhooks"), new.operations("webhooks"), webhooks=True)
        for found in security.global_changes(old.data, new.data):
            yield Reported(found)
        for found in security.component_changes(old.data, new.data, old.follow, new.follow):
            yield Reported(found)
        old_schemas = (old.data.get("components") or {}).get("schemas") or {}
        new_schemas = (new.data.get("components") or {}).get("schemas") or {}
        if isinstance(old_schemas, dict) and isinstance(new_schemas, dict):
            for name in only(old_schemas, new_schemas):
                yield Reported(
                    Found(
                        rule_id("components", "schema", "removed"),
                        f"schema {code(name)} was removed from components",
                        ("components", "schemas", name),
                        None,
                    )
                )

    def _operations(
        self, old_ops: dict[Any, Any], new_ops: dict[Any, Any], webhooks: bool
    ) -> Iterator[Reported]:
        new_shapes = {shape for _, shape in new_ops}
        for key, (path, _, _, operation, pointer) in old_ops.items():
            if key in new_ops:
                continue
            method = key[0]
            if webhooks:
                yield Reported(
                    Found(
                        rule_id("webhook", "operation", "removed"),
                        f"webhook {code(path)} was removed",
                        pointer,
                        None,
                    ),
                    method,
                    path,
                )
                continue
            if not self.options.checked(operation):
                continue  # an operation below the stability floor may go without notice
            how = lifecycle.removal("operation", operation, self.options)
            if how is None:
                continue
            whole_path = key[1] not in new_shapes
            rule = (
                rule_id("api", "sunset", "unreadable")
                if how == "sunset-parse"
                else rule_id("api", "path" if whole_path else "operation", _REMOVED[how])
            )
            yield Reported(
                Found(
                    rule,
                    f"{'the path' if whole_path else 'the operation'} was removed ({how.replace('-', ' ')})",
                    pointer,
                    None,
                ),
                method,
                path,
                _text(operation.get("operationId")),
            )
        for key, (path, _, _, operation, pointer) in new_ops.items():
            if key not in old_ops:
                rule = rule_id("webhook" if webhooks else "api", "operation", "added")
                yield Reported(
                    Found(rule, "was added", None, pointer), key[0], path, _text(operation.get("operationId"))
                )
        for key in both(old_ops, new_ops):
            yield from self._operation(key[0], old_ops[key], new_ops[key])

    def _operation(self, method: str, old_entry: Any, new_entry: Any) -> Iterator[Reported]:
        old_path, old_item, _, old, op_a = old_entry
        path, new_item, _, new, op_b = new_entry
        operation_id = _text(new.get("operationId")) or _text(old.get("operationId"))

        def at(found: Found, label: str = "") -> Reported:
            return Reported(found, method, path, operation_id, label)

        if not self.options.checked(new):
            # an operation the revision puts below the stability floor may change freely: only a
            # bad label, or the stability change itself (judged by the base's level), is news
            yield from (
                at(f)
                for f in lifecycle.changes("operation", old, new, op_a, op_b, self.options)
                if f.rule in _STABILITY_RULES
            )
            return

        for found in lifecycle.changes("operation", old, new, op_a, op_b, self.options):
            yield at(found)
        yield from (at(f) for f in _operation_facts(old, new, op_a, op_b))
        for found in security.operation_changes(old, new, op_a, op_b):
            yield at(found)
        yield from self._parameters((old_path, old_item, old, op_a), (path, new_item, new, op_b), at)
        yield from self._request_body(old, op_a, new, op_b, at)
        yield from self._responses(old, op_a, new, op_b, at)

    # --- parameters -------------------------------------------------------------------------

    def _params(
        self, side: Side, path: str, item: Any, operation: Any, pointer: Pointer
    ) -> dict[tuple[str, str], Any]:
        """(in, name) -> (parameter, pointer, from the path item); path names by position."""
        found: dict[tuple[str, str], Any] = {}
        names = [m[1:-1] for m in _TEMPLATE.findall(path)]
        item_pointer = pointer[:-1]
        for owner, owner_pointer, shared in ((item, item_pointer, True), (operation, pointer, False)):
            listed = owner.get("parameters") if isinstance(owner, dict) else None
            if not isinstance(listed, list):
                continue
            for index, raw in enumerate(listed):
                param, param_pointer = side.follow(raw, (*owner_pointer, "parameters", index))
                if not isinstance(param, dict) or "name" not in param:
                    continue
                where, name = str(param.get("in")), str(param["name"])
                key = (
                    where,
                    f"#{names.index(name)}"
                    if where == "path" and name in names
                    else name.lower()
                    if where == "header"
                    else name,
                )
                found[key] = (param, param_pointer, shared)
        return found

    def _parameters(
        self, old: tuple[str, Any, Any, Pointer], new: tuple[str, Any, Any, Pointer], at: Any
    ) -> Iterator[Reported]:
        """One operation's parameters on each side (``(path, path item, operation, its pointer)``)."""
        before = self._params(self.sides[0], *old)
        after = self._params(self.sides[1], *new)
        for key, (param, pointer, shared) in after.items():
            if key in before:
                continue
            label = _param_label(param)
            required = bool(param.get("required"))
            what = "path-parameter" if key[0] == "path" else "path-item-parameter" if shared else "parameter"
            how = "added" if key[0] == "path" else "added-required" if required else "added-optional"
            rule = rule_id("request-parameter", what, how)
            yield at(Found(rule, "was added", None, pointer), label)
        for key, (param, pointer, _) in before.items():
            if key in after:
                continue
            removal = lifecycle.removal("parameter", param, self.options)
            if removal is None:
                continue
            rule = (
                rule_id("request-parameter", "sunset", "unreadable")
                if removal == "sunset-parse"
                else rule_id("request-parameter", "parameter", _REMOVED[removal])
            )
            yield at(Found(rule, "was removed", pointer, None), _param_label(param))
        for key in both(before, after):
            (a, ap, _), (b, bp, _) = before[key], after[key]
            label = _param_label(b)
            if (found := _requiredness("request-parameter", "", a, ap, b, bp)) is not None:
                yield at(found, label)
            for found in lifecycle.changes("parameter", a, b, ap, bp, self.options):
                yield at(found, label)
            if a.get("description") != b.get("description"):
                yield at(Found(_DESCRIBED["request-parameter"], "description changed", ap, bp), label)
            nested = "request-header-property" if key[0] == "header" else "request-parameter-property"
            place = Place("request-parameter", nested, True, "parameter", _exploded(b))
            for (sa, sap), (sb, sbp) in _param_schemas(a, ap, b, bp):
                for found in self.schemas.compare(place, sa, sap, sb, sbp):
                    yield at(found, label)

    # --- bodies -----------------------------------------------------------------------------

    def _request_body(self, old: Any, op_a: Pointer, new: Any, op_b: Pointer, at: Any) -> Iterator[Reported]:
        a, ap = self.sides[0].follow(old.get("requestBody"), (*op_a, "requestBody"))
        b, bp = self.sides[1].follow(new.get("requestBody"), (*op_b, "requestBody"))
        has_a, has_b = isinstance(a, dict) and bool(a), isinstance(b, dict) and bool(b)
        if not has_a and not has_b:
            return
        if not has_a:
            how = "required" if b.get("required") else "optional"
            rule = rule_id(
                "request-body", "body", "added-required" if b.get("required") else "added-optional"
            )
            yield at(Found(rule, f"a {how} request body was added", None, bp))
            return
        if not has_b:
            yield at(
                Found(rule_id("request-body", "body", "removed"), "the request body was removed", ap, None)
            )
            return
        if (found := _requiredness("request-body", "the request body ", a, ap, b, bp)) is not None:
            yield at(found)
        yield from self._content(a, ap, b, bp, True, "request body", at)

    def _content(
        self, a: Any, ap: Pointer, b: Any, bp: Pointer, request: bool, label: str, at: Any
    ) -> Iterator[Reported]:
        body = "request-body" if request else "response-body"
        old, new = a.get("content"), b.get("content")
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        renamed = mediatypes.renamed(only(old, new), only(new, old))
        for name in [n for n in only(new, old) if n not in renamed.values()]:
            yield at(
                Found(
                    rule_id(body, "media-type", "added"),
                    f"media type {code(name)} was added",
                    None,
                    (*bp, "content", name),
                ),
                label,
            )
        for name in [n for n in only(old, new) if n not in renamed]:
            yield at(
                Found(
                    rule_id(body, "media-type", "removed"),
                    f"media type {code(name)} was removed",
                    (*ap, "content", name),
                    None,
                ),
                label,
            )
        for before, after in renamed.items():
            how = mediatypes.renaming(str(before), str(after))
            if request:  # a request's media type is only the type the client sends: no rule
                continue
            yield at(
                Found(
                    rule_id(body, "media-type-name", how),
                    f"media type {code(before)} became {code(after)}",
                    (*ap, "content", before),
                    (*bp, "content", after),
                ),
                label,
            )
        place = Place(
            "request-body" if request else "response-body",
            "request-property" if request else "response-property",
            request,
        )
        for name, new_name in [(n, n) for n in both(old, new)] + list(renamed.items()):
            media_a, media_b = old[name], new[new_name]
            map_, mbp = (*ap, "content", name), (*bp, "content", new_name)
            if not isinstance(media_a, dict) or not isinstance(media_b, dict):
                continue
            schema_a, schema_b = media_a.get("schema"), media_b.get("schema")
            if schema_a is None and schema_b is not None:
                yield at(
                    Found(
                        rule_id(body, "media-type-schema", "added"),
                        f"{code(name)} got a schema",
                        map_,
                        (*mbp, "schema"),
                    ),
                    label,
                )
                continue
            if schema_b is None:
                if schema_a is not None:
                    yield at(
                        Found(
                            rule_id(body, "media-type-schema", "removed"),
                            f"{code(name)} lost its schema",
                            map_,
                            mbp,
                        ),
                        label,
                    )
                continue
            here = (
                place if mediatypes.is_json(str(name)) else Place(place.top, place.nested, request, "loose")
            )
            for found in self.schemas.compare(here, schema_a, (*map_, "schema"), schema_b, (*mbp, "schema")):
                yield at(found, label)

    def _responses(self, old: Any, op_a: Pointer, new: Any, op_b: Pointer, at: Any) -> Iterator[Reported]:
        old_r, new_r = old.get("responses"), new.get("responses")
        old_r = old_r if isinstance(old_r, dict) else {}
        new_r = new_r if isinstance(new_r, dict) else {}
        for how, statuses in (("added", only(new_r, old_r)), ("removed", only(old_r, new_r))):
            for status in statuses:
                what = "success-status" if str(status).startswith("2") else "non-success-status"
                where = (*(op_b if how == "added" else op_a), "responses", status)
                base, revision = (None, where) if how == "added" else (where, None)
                yield at(
                    Found(
                        rule_id("response", what, how), f"response {code(status)} was {how}", base, revision
                    )
                )
        for status in sorted(both(old_r, new_r), key=str):
            a, ap = self.sides[0].follow(old_r[status], (*op_a, "responses", status))
            b, bp = self.sides[1].follow(new_r[status], (*op_b, "responses", status))
            if not isinstance(a, dict) or not isinstance(b, dict):
                continue
            label = f"response {code(status)}"
            if a.get("description") != b.get("description"):
                yield at(Found(_DESCRIBED["response"], "description changed", ap, bp), label)
            yield from self._headers(a, ap, b, bp, label, at)
            yield from self._content(a, ap, b, bp, False, label, at)

    def _headers(self, a: Any, ap: Pointer, b: Any, bp: Pointer, label: str, at: Any) -> Iterator[Reported]:
        old = {str(k).lower(): (k, v) for k, v in (a.get("headers") or {}).items()}
        new = {str(k).lower(): (k, v) for k, v in (b.get("headers") or {}).items()}
        for name in only(new, old):
            written, _ = new[name]
            yield at(
                Found(
                    rule_id("response-header", "header", "added"),
                    "was added",
                    None,
                    (*bp, "headers", written),
                ),
                f"{label} header {code(written)}",
            )
        for name in only(old, new):
            written, raw = old[name]
            header, _ = self.sides[0].follow(raw, (*ap, "headers", written))
            how = (
                "removed-required"
                if isinstance(header, dict) and header.get("required")
                else "removed-optional"
            )
            yield at(
                Found(
                    rule_id("response-header", "header", how), "was removed", (*ap, "headers", written), None
                ),
                f"{label} header {code(written)}",
            )
        place = Place("response-header", "response-header", False, "loose")
        for name in both(old, new):
            (wa, ra), (wb, rb) = old[name], new[name]
            ha, hap = self.sides[0].follow(ra, (*ap, "headers", wa))
            hb, hbp = self.sides[1].follow(rb, (*bp, "headers", wb))
            if not isinstance(ha, dict) or not isinstance(hb, dict):
                continue
            where = f"{label} header {code(wb)}"
            if ha.get("required") and not hb.get("required"):
                rule = rule_id("response-header", "required", "removed")
                yield at(Found(rule, "became optional", hap, hbp), where)
            for (sa, sap), (sb, sbp) in _param_schemas(ha, hap, hb, hbp):
                for found in self.schemas.compare(place, sa, sap, sb, sbp):
                    yield at(found, where)


def _operation_facts(old: Any, new: Any, op_a: Pointer, op_b: Pointer) -> Iterator[Found]:
    """operationId, tags, summary and description: facts about an operation, not its data."""
    old_id, new_id = _text(old.get("operationId")), _text(new.get("operationId"))
    if old_id != new_id:
        if old_id is None:
            yield Found(
                rule_id("api", "operation-id", "added"), f"operationId {code(new_id)} was added", op_a, op_b
            )
        else:
            yield Found(
                rule_id("api", "operation-id", "changed"),
                f"operationId {code(old_id)} was {'changed to ' + code(new_id) if new_id else 'removed'}",
                op_a,
                op_b,
            )
    old_tags = [str(t) for t in old.get("tags") or []]
    new_tags = [str(t) for t in new.get("tags") or []]
    for tag in new_tags:
        if tag not in old_tags:
            yield Found(rule_id("api", "tag", "added"), f"tag {code(tag)} was added", op_a, op_b)
    for tag in old_tags:
        if tag not in new_tags:
            yield Found(rule_id("api", "tag", "removed"), f"tag {code(tag)} was removed", op_a, op_b)
    for key in ("summary", "description"):
        if old.get(key) != new.get(key):
            rule = rule_id("api", key, "changed")
            yield Found(rule, f"{key} changed", op_a, (*op_b, key) if key in new else op_b)


def _param_schemas(
    a: Any, ap: Pointer, b: Any, bp: Pointer
) -> Iterator[tuple[tuple[Any, Pointer], tuple[Any, Pointer]]]:
    """A parameter's (or header's) ``schema`` in each spec.

    A parameter serialised through ``content`` is an opaque document to its client: oasdiff
    judges only ``schema``, and so do we.
    """
    if "schema" in a and "schema" in b:
        yield (a["schema"], (*ap, "schema")), (b["schema"], (*bp, "schema"))


def _requiredness(
    where: str, subject: str, a: Mapping[str, Any], ap: Pointer, b: Mapping[str, Any], bp: Pointer
) -> Found | None:
    """A parameter or body that became required (or optional): placed at its ``required`` key."""
    if bool(a.get("required")) == bool(b.get("required")):
        return None
    now = "required" if b.get("required") else "optional"
    rule = rule_id(where, "required", "added" if b.get("required") else "removed")
    return Found(rule, f"{subject}became {now}", _key(ap, a, "required"), _key(bp, b, "required"))


def _exploded(param: Mapping[str, Any]) -> bool:
    """A query or cookie parameter sent ``form`` with ``explode`` (their default): ``?a=1&a=2``."""
    style = param.get("style", "form")
    return (
        param.get("in") in ("query", "cookie") and style == "form" and param.get("explode", True) is not False
    )


def _key(pointer: Pointer, node: Mapping[str, Any], key: str) -> Pointer:
    """Where ``key`` is written in ``node``, or the node itself when it is not."""
    return (*pointer, key) if key in node else pointer


def _param_label(param: Mapping[str, Any]) -> str:
    return f"{code(param.get('in'))} parameter {code(param.get('name'))}"


def _text(value: Any) -> str | None:
    return str(value) if value is not None else None
