"""The rule registry: every id a diff reports, in one row with what it means and how it is judged.

The walk says *where* a change is (``request-property``), *what* changed (``max-length``) and
*how* (``decreased``); :func:`name` finds the row with those three and so the id
(``request-property-max-length-decreased``).  Ids are never assembled from pieces, so an id
in a report is found here by searching for it, and its row says the rest:

- **effect**: what the change does to what a caller may send (request and API rows) or must
  accept (response rows): ``narrows``, ``widens``, ``both`` (a value changed for another) or
  ``none`` (names, notices, prose).
- **level**: follows from the effect and the direction the data flows.  A request or an API
  that now *accepts less* (``narrows``) breaks its callers; a response that may now *return
  more* (``widens``) breaks them; ``both`` breaks either way; the rest is safe.  That is
  :func:`natural_level`; where oasdiff's default level is another, the row says
  ``oasdiff=LEVEL``: the reports keep oasdiff's levels, the facts its users know.
- ``policy=LEVEL``: our level where it is stricter than oasdiff's, because the generated client
  breaks although the wire does not (see :data:`POLICY_REASONS`).
- ``ours``: not an oasdiff rule (prose edits: a changelog wants them, a release needs a patch).
- ``unreachable``: an oasdiff id no change can produce, because an absent ``minItems`` is 0
  (a bound set from nothing reads as increased, one removed as decreased).
- **kind** (what the changelog and a safe bump read): from what and how; ``kind=...`` overrides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from specfleet.diff.model import Kind, Level

Effect = Literal["narrows", "widens", "both", "none"]
Direction = Literal["request", "response", "api"]

#: id  where  what  how  effect  [oasdiff=LEVEL] [policy=LEVEL] [kind=KIND] [ours] [unreachable]
_ROWS = """
api-deprecated-sunset-missing                           api                          deprecation                 added-without-sunset         none oasdiff=ERR
api-deprecated-sunset-parse                             api                          deprecation                 added-with-unreadable-sunset none oasdiff=ERR
api-description-changed                                 api                          description                 changed                      none ours
api-global-security-added                               api-global-security          requirement                 added                        narrows oasdiff=INFO
api-global-security-removed                             api-global-security          requirement                 removed                      widens
api-global-security-scope-added                         api-global-security          scope                       added                        narrows oasdiff=INFO
api-global-security-scope-removed                       api-global-security          scope                       removed                      widens
api-invalid-stability-level                             api                          stability                   invalid                      none oasdiff=ERR
api-major-version-not-bumped                            info                         version                     not-bumped-major             none
api-operation-id-added                                  api                          operation-id                added                        none
api-operation-id-removed                                api                          operation-id                changed                      none policy=ERR
api-path-removed-before-sunset                          api                          path                        removed-before-sunset        narrows
api-path-removed-with-deprecation                       api                          path                        removed-with-deprecation     narrows oasdiff=INFO policy=ERR
api-path-removed-without-deprecation                    api                          path                        removed                      narrows
api-path-sunset-parse                                   api                          sunset                      unreadable                   none oasdiff=ERR
api-removed-before-sunset                               api                          operation                   removed-before-sunset        narrows
api-removed-with-deprecation                            api                          operation                   removed-with-deprecation     narrows oasdiff=INFO policy=ERR
api-removed-without-deprecation                         api                          operation                   removed                      narrows
api-schema-removed                                      components                   schema                      removed                      none
api-security-added                                      api-security                 requirement                 added                        narrows oasdiff=INFO policy=ERR
api-security-component-added                            security-scheme              scheme                      added                        none
api-security-component-oauth-scope-added                security-scheme              oauth-scope                 added                        none
api-security-component-oauth-scope-changed              security-scheme              oauth-scope                 changed                      none
api-security-component-oauth-scope-removed              security-scheme              oauth-scope                 removed                      none
api-security-component-oauth-token-url-changed          security-scheme              oauth-token-url             changed                      none
api-security-component-oauth-url-changed                security-scheme              oauth-url                   changed                      none
api-security-component-removed                          security-scheme              scheme                      removed                      none
api-security-component-type-changed                     security-scheme              type                        changed                      both oasdiff=INFO
api-security-removed                                    api-security                 requirement                 removed                      widens
api-security-scope-added                                api-security                 scope                       added                        narrows oasdiff=INFO
api-security-scope-removed                              api-security                 scope                       removed                      widens
api-stability-decreased                                 api                          stability                   decreased                    none oasdiff=ERR
api-stability-increased                                 api                          stability                   increased                    none
api-summary-changed                                     api                          summary                     changed                      none ours
api-sunset-date-changed-too-small                       api                          sunset                      moved-earlier                none oasdiff=ERR
api-sunset-date-too-small                               api                          deprecation                 added-with-short-sunset      none oasdiff=ERR
api-tag-added                                           api                          tag                         added                        none
api-tag-removed                                         api                          tag                         removed                      none
api-version-decreased                                   info                         version                     decreased                    none
api-version-not-bumped                                  info                         version                     not-bumped                   none
endpoint-added                                          api                          operation                   added                        widens
endpoint-deprecated                                     api                          deprecation                 added                        none
endpoint-deprecated-with-sunset                         api                          deprecation                 added-with-sunset            none
endpoint-reactivated                                    api                          deprecation                 removed                      none
new-optional-request-default-parameter-to-existing-path request-parameter            path-item-parameter         added-optional               widens
new-optional-request-parameter                          request-parameter            parameter                   added-optional               widens
new-optional-request-property                           request-property             property                    added-optional               widens
new-request-path-parameter                              request-parameter            path-parameter              added                        narrows
new-required-request-default-parameter-to-existing-path request-parameter            path-item-parameter         added-required               narrows
new-required-request-header-property                    request-header-property      property                    added-required               narrows
new-required-request-parameter                          request-parameter            parameter                   added-required               narrows
new-required-request-property                           request-property             property                    added-required               narrows
new-required-request-property-with-default              request-property             property                    added-required-with-default  narrows
optional-response-header-removed                        response-header              header                      removed-optional             widens oasdiff=WARN
request-body-added-optional                             request-body                 body                        added-optional               widens
request-body-added-required                             request-body                 body                        added-required               narrows
request-body-all-of-added                               request-body                 all-of                      added                        narrows
request-body-all-of-added-annotation-only               request-body                 all-of                      added-annotation-only        none
request-body-all-of-removed                             request-body                 all-of                      removed                      widens oasdiff=WARN
request-body-all-of-removed-annotation-only             request-body                 all-of                      removed-annotation-only      none
request-body-any-of-added                               request-body                 any-of                      added                        widens
request-body-any-of-removed                             request-body                 any-of                      removed                      narrows
request-body-became-enum                                request-body                 enum                        added                        narrows
request-body-became-not-nullable                        request-body                 nullable                    removed                      narrows
request-body-became-nullable                            request-body                 nullable                    added                        widens
request-body-became-optional                            request-body                 required                    removed                      widens
request-body-became-required                            request-body                 required                    added                        narrows
request-body-const-added                                request-body                 const                       added                        narrows
request-body-const-changed                              request-body                 const                       changed                      both
request-body-const-removed                              request-body                 const                       removed                      widens
request-body-contains-added                             request-body                 contains                    added                        narrows
request-body-contains-removed                           request-body                 contains                    removed                      widens
request-body-content-encoding-changed                   request-body                 content-encoding            changed                      both
request-body-content-media-type-changed                 request-body                 content-media-type          changed                      both
request-body-content-schema-added                       request-body                 content-schema              added                        narrows
request-body-content-schema-removed                     request-body                 content-schema              removed                      widens
request-body-default-value-added                        request-body                 default-value               added                        none
request-body-default-value-changed                      request-body                 default-value               changed                      none
request-body-default-value-removed                      request-body                 default-value               removed                      none
request-body-dependent-required-added                   request-body                 dependent-required          added                        narrows
request-body-dependent-required-changed                 request-body                 dependent-required          changed                      both
request-body-dependent-required-removed                 request-body                 dependent-required          removed                      widens
request-body-dependent-schema-added                     request-body                 dependent-schema            added                        narrows
request-body-dependent-schema-removed                   request-body                 dependent-schema            removed                      widens
request-body-discriminator-added                        request-body                 discriminator               added                        none
request-body-discriminator-mapping-added                request-body                 discriminator-mapping       added                        none
request-body-discriminator-mapping-changed              request-body                 discriminator-mapping       changed                      none
request-body-discriminator-mapping-deleted              request-body                 discriminator-mapping       deleted                      none
request-body-discriminator-property-name-changed        request-body                 discriminator-property-name changed                      none
request-body-discriminator-removed                      request-body                 discriminator               removed                      none
request-body-else-added                                 request-body                 else                        added                        narrows
request-body-else-removed                               request-body                 else                        removed                      widens
request-body-enum-value-removed                         request-body                 enum-value                  removed                      narrows
request-body-exclusive-max-decreased                    request-body                 exclusive-max               decreased                    narrows
request-body-exclusive-max-increased                    request-body                 exclusive-max               increased                    widens
request-body-exclusive-max-set                          request-body                 exclusive-max               set                          narrows oasdiff=WARN
request-body-exclusive-min-decreased                    request-body                 exclusive-min               decreased                    widens
request-body-exclusive-min-increased                    request-body                 exclusive-min               increased                    narrows
request-body-exclusive-min-set                          request-body                 exclusive-min               set                          narrows oasdiff=WARN
request-body-if-added                                   request-body                 if                          added                        narrows
request-body-if-removed                                 request-body                 if                          removed                      widens
request-body-list-of-types-narrowed                     request-body                 list-of-types               narrowed                     narrows
request-body-list-of-types-widened                      request-body                 list-of-types               widened                      widens
request-body-max-contains-decreased                     request-body                 max-contains                decreased                    narrows
request-body-max-contains-increased                     request-body                 max-contains                increased                    widens
request-body-max-decreased                              request-body                 max                         decreased                    narrows
request-body-max-increased                              request-body                 max                         increased                    widens
request-body-max-length-decreased                       request-body                 max-length                  decreased                    narrows
request-body-max-length-increased                       request-body                 max-length                  increased                    widens
request-body-max-length-set                             request-body                 max-length                  set                          narrows oasdiff=WARN
request-body-max-set                                    request-body                 max                         set                          narrows oasdiff=WARN
request-body-media-type-added                           request-body                 media-type                  added                        widens
request-body-media-type-removed                         request-body                 media-type                  removed                      narrows
request-body-media-type-schema-added                    request-body                 media-type-schema           added                        narrows
request-body-media-type-schema-removed                  request-body                 media-type-schema           removed                      widens
request-body-min-contains-decreased                     request-body                 min-contains                decreased                    widens
request-body-min-contains-increased                     request-body                 min-contains                increased                    narrows
request-body-min-decreased                              request-body                 min                         decreased                    widens
request-body-min-increased                              request-body                 min                         increased                    narrows
request-body-min-items-increased                        request-body                 min-items                   increased                    narrows
request-body-min-items-set                              request-body                 min-items                   set                          narrows oasdiff=WARN unreachable
request-body-min-length-decreased                       request-body                 min-length                  decreased                    widens
request-body-min-length-increased                       request-body                 min-length                  increased                    narrows
request-body-min-set                                    request-body                 min                         set                          narrows oasdiff=WARN
request-body-one-of-added                               request-body                 one-of                      added                        widens
request-body-one-of-removed                             request-body                 one-of                      removed                      narrows
request-body-pattern-property-added                     request-body                 pattern-property            added                        narrows
request-body-pattern-property-removed                   request-body                 pattern-property            removed                      widens
request-body-prefix-items-added                         request-body                 prefix-items                added                        widens
request-body-prefix-items-removed                       request-body                 prefix-items                removed                      narrows
request-body-property-names-added                       request-body                 property-names              added                        narrows
request-body-property-names-removed                     request-body                 property-names              removed                      widens
request-body-removed                                    request-body                 body                        removed                      narrows
request-body-then-added                                 request-body                 then                        added                        narrows
request-body-then-removed                               request-body                 then                        removed                      widens
request-body-type-changed                               request-body                 type                        changed                      both
request-body-type-compatible                            request-body                 type                        compatible                   none
request-body-type-generalized                           request-body                 type                        generalized                  widens
request-body-unevaluated-items-added                    request-body                 unevaluated-items           added                        narrows
request-body-unevaluated-items-removed                  request-body                 unevaluated-items           removed                      widens
request-body-unevaluated-properties-added               request-body                 unevaluated-properties      added                        narrows
request-body-unevaluated-properties-removed             request-body                 unevaluated-properties      removed                      widens
request-body-wrapped-in-one-of                          request-body                 one-of                      wrapped                      both
request-header-property-became-enum                     request-header-property      enum                        added                        narrows
request-header-property-became-required                 request-header-property      required                    added                        narrows
request-optional-property-became-not-read-only          request-optional-property    read-only                   removed                      none
request-optional-property-became-not-write-only         request-optional-property    write-only                  removed                      none
request-optional-property-became-read-only              request-optional-property    read-only                   added                        none
request-optional-property-became-write-only             request-optional-property    write-only                  added                        none
request-parameter-became-enum                           request-parameter            enum                        added                        narrows
request-parameter-became-not-nullable                   request-parameter            nullable                    removed                      narrows
request-parameter-became-nullable                       request-parameter            nullable                    added                        widens
request-parameter-became-optional                       request-parameter            required                    removed                      widens
request-parameter-became-required                       request-parameter            required                    added                        narrows
request-parameter-default-value-added                   request-parameter            default-value               added                        none oasdiff=ERR
request-parameter-default-value-changed                 request-parameter            default-value               changed                      none oasdiff=ERR
request-parameter-default-value-removed                 request-parameter            default-value               removed                      none oasdiff=ERR
request-parameter-deprecated                            request-parameter            deprecation                 added                        none
request-parameter-deprecated-sunset-missing             request-parameter            deprecation                 added-without-sunset         none oasdiff=ERR
request-parameter-description-changed                   request-parameter            description                 changed                      none ours
request-parameter-enum-value-added                      request-parameter            enum-value                  added                        widens
request-parameter-enum-value-removed                    request-parameter            enum-value                  removed                      narrows
request-parameter-exclusive-max-decreased               request-parameter            exclusive-max               decreased                    narrows
request-parameter-exclusive-max-increased               request-parameter            exclusive-max               increased                    widens
request-parameter-exclusive-max-set                     request-parameter            exclusive-max               set                          narrows oasdiff=WARN
request-parameter-exclusive-min-decreased               request-parameter            exclusive-min               decreased                    widens
request-parameter-exclusive-min-increased               request-parameter            exclusive-min               increased                    narrows
request-parameter-exclusive-min-set                     request-parameter            exclusive-min               set                          narrows oasdiff=WARN
request-parameter-list-of-types-narrowed                request-parameter            list-of-types               narrowed                     narrows
request-parameter-list-of-types-widened                 request-parameter            list-of-types               widened                      widens
request-parameter-max-decreased                         request-parameter            max                         decreased                    narrows
request-parameter-max-increased                         request-parameter            max                         increased                    widens
request-parameter-max-items-decreased                   request-parameter            max-items                   decreased                    narrows
request-parameter-max-items-increased                   request-parameter            max-items                   increased                    widens
request-parameter-max-length-decreased                  request-parameter            max-length                  decreased                    narrows
request-parameter-max-length-increased                  request-parameter            max-length                  increased                    widens
request-parameter-max-length-set                        request-parameter            max-length                  set                          narrows oasdiff=WARN
request-parameter-max-set                               request-parameter            max                         set                          narrows oasdiff=WARN
request-parameter-min-decreased                         request-parameter            min                         decreased                    widens
request-parameter-min-increased                         request-parameter            min                         increased                    narrows
request-parameter-min-items-decreased                   request-parameter            min-items                   decreased                    widens
request-parameter-min-items-increased                   request-parameter            min-items                   increased                    narrows
request-parameter-min-items-set                         request-parameter            min-items                   set                          narrows oasdiff=WARN unreachable
request-parameter-min-length-decreased                  request-parameter            min-length                  decreased                    widens
request-parameter-min-length-increased                  request-parameter            min-length                  increased                    narrows
request-parameter-min-set                               request-parameter            min                         set                          narrows oasdiff=WARN
request-parameter-pattern-added                         request-parameter            pattern                     added                        narrows
request-parameter-pattern-changed                       request-parameter            pattern                     changed                      both oasdiff=WARN
request-parameter-pattern-generalized                   request-parameter            pattern                     generalized                  widens
request-parameter-pattern-removed                       request-parameter            pattern                     removed                      widens
request-parameter-property-became-not-nullable          request-parameter-property   nullable                    removed                      narrows
request-parameter-property-became-nullable              request-parameter-property   nullable                    added                        widens
request-parameter-property-enum-value-added             request-parameter-property   enum-value                  added                        widens
request-parameter-property-enum-value-removed           request-parameter-property   enum-value                  removed                      narrows
request-parameter-property-list-of-types-narrowed       request-parameter-property   list-of-types               narrowed                     narrows
request-parameter-property-list-of-types-widened        request-parameter-property   list-of-types               widened                      widens
request-parameter-property-type-changed                 request-parameter-property   type                        changed                      both oasdiff=WARN
request-parameter-property-type-generalized             request-parameter-property   type                        generalized                  widens
request-parameter-property-type-specialized             request-parameter-property   type                        specialized                  narrows
request-parameter-reactivated                           request-parameter            deprecation                 removed                      none
request-parameter-removed                               request-parameter            parameter                   removed                      narrows oasdiff=WARN
request-parameter-removed-before-sunset                 request-parameter            parameter                   removed-before-sunset        narrows
request-parameter-removed-with-deprecation              request-parameter            parameter                   removed-with-deprecation     narrows oasdiff=INFO policy=ERR
request-parameter-sunset-date-changed-too-small         request-parameter            sunset                      moved-earlier                none oasdiff=ERR
request-parameter-sunset-date-too-small                 request-parameter            deprecation                 added-with-short-sunset      none oasdiff=ERR
request-parameter-sunset-deleted                        request-parameter            sunset                      removed                      none oasdiff=ERR
request-parameter-sunset-parse                          request-parameter            sunset                      unreadable                   none oasdiff=ERR
request-parameter-type-changed                          request-parameter            type                        changed                      both
request-parameter-type-generalized                      request-parameter            type                        generalized                  widens policy=ERR
request-parameter-x-extensible-enum-value-removed       request-parameter            x-extensible-enum-value     removed                      narrows
request-property-all-of-added                           request-property             all-of                      added                        narrows
request-property-all-of-added-annotation-only           request-property             all-of                      added-annotation-only        none
request-property-all-of-removed                         request-property             all-of                      removed                      widens oasdiff=WARN
request-property-all-of-removed-annotation-only         request-property             all-of                      removed-annotation-only      none
request-property-any-of-added                           request-property             any-of                      added                        widens
request-property-any-of-removed                         request-property             any-of                      removed                      narrows
request-property-became-enum                            request-property             enum                        added                        narrows
request-property-became-not-nullable                    request-property             nullable                    removed                      narrows
request-property-became-nullable                        request-property             nullable                    added                        widens
request-property-became-optional                        request-property             required                    removed                      widens
request-property-became-required                        request-property             required                    added                        narrows
request-property-became-required-with-default           request-property             required                    added-with-default           narrows
request-property-const-added                            request-property             const                       added                        narrows
request-property-const-changed                          request-property             const                       changed                      both
request-property-const-removed                          request-property             const                       removed                      widens
request-property-contains-added                         request-property             contains                    added                        narrows
request-property-contains-removed                       request-property             contains                    removed                      widens
request-property-content-encoding-changed               request-property             content-encoding            changed                      both
request-property-content-media-type-changed             request-property             content-media-type          changed                      both
request-property-content-schema-added                   request-property             content-schema              added                        narrows
request-property-content-schema-removed                 request-property             content-schema              removed                      widens
request-property-default-value-added                    request-property             default-value               added                        none
request-property-default-value-changed                  request-property             default-value               changed                      none
request-property-default-value-removed                  request-property             default-value               removed                      none
request-property-dependent-required-added               request-property             dependent-required          added                        narrows
request-property-dependent-required-changed             request-property             dependent-required          changed                      both
request-property-dependent-required-removed             request-property             dependent-required          removed                      widens
request-property-dependent-schema-added                 request-property             dependent-schema            added                        narrows
request-property-dependent-schema-removed               request-property             dependent-schema            removed                      widens
request-property-deprecated                             request-property             deprecation                 added                        none
request-property-deprecated-sunset-invalid              request-property             deprecation                 added-with-unreadable-sunset none oasdiff=ERR
request-property-deprecated-sunset-missing              request-property             deprecation                 added-without-sunset         none oasdiff=ERR
request-property-deprecated-with-sunset                 request-property             deprecation                 added-with-sunset            none
request-property-description-changed                    request-property             description                 changed                      none ours
request-property-discriminator-added                    request-property             discriminator               added                        none
request-property-discriminator-mapping-added            request-property             discriminator-mapping       added                        none
request-property-discriminator-mapping-changed          request-property             discriminator-mapping       changed                      none
request-property-discriminator-mapping-deleted          request-property             discriminator-mapping       deleted                      none
request-property-discriminator-property-name-changed    request-property             discriminator-property-name changed                      none
request-property-discriminator-removed                  request-property             discriminator               removed                      none
request-property-else-added                             request-property             else                        added                        narrows
request-property-else-removed                           request-property             else                        removed                      widens
request-property-enum-value-added                       request-property             enum-value                  added                        widens
request-property-enum-value-removed                     request-property             enum-value                  removed                      narrows
request-property-exclusive-max-decreased                request-property             exclusive-max               decreased                    narrows
request-property-exclusive-max-increased                request-property             exclusive-max               increased                    widens
request-property-exclusive-max-set                      request-property             exclusive-max               set                          narrows oasdiff=WARN
request-property-exclusive-min-decreased                request-property             exclusive-min               decreased                    widens
request-property-exclusive-min-increased                request-property             exclusive-min               increased                    narrows
request-property-exclusive-min-set                      request-property             exclusive-min               set                          narrows oasdiff=WARN
request-property-if-added                               request-property             if                          added                        narrows
request-property-if-removed                             request-property             if                          removed                      widens
request-property-list-of-types-narrowed                 request-property             list-of-types               narrowed                     narrows
request-property-list-of-types-widened                  request-property             list-of-types               widened                      widens
request-property-max-contains-decreased                 request-property             max-contains                decreased                    narrows
request-property-max-contains-increased                 request-property             max-contains                increased                    widens
request-property-max-decreased                          request-property             max                         decreased                    narrows
request-property-max-increased                          request-property             max                         increased                    widens
request-property-max-length-decreased                   request-property             max-length                  decreased                    narrows
request-property-max-length-increased                   request-property             max-length                  increased                    widens
request-property-max-length-set                         request-property             max-length                  set                          narrows oasdiff=WARN
request-property-max-set                                request-property             max                         set                          narrows oasdiff=WARN
request-property-min-contains-decreased                 request-property             min-contains                decreased                    widens
request-property-min-contains-increased                 request-property             min-contains                increased                    narrows
request-property-min-decreased                          request-property             min                         decreased                    widens
request-property-min-increased                          request-property             min                         increased                    narrows
request-property-min-items-increased                    request-property             min-items                   increased                    narrows
request-property-min-items-set                          request-property             min-items                   set                          narrows oasdiff=WARN unreachable
request-property-min-length-decreased                   request-property             min-length                  decreased                    widens
request-property-min-length-increased                   request-property             min-length                  increased                    narrows
request-property-min-set                                request-property             min                         set                          narrows oasdiff=WARN
request-property-one-of-added                           request-property             one-of                      added                        widens
request-property-one-of-removed                         request-property             one-of                      removed                      narrows
request-property-pattern-added                          request-property             pattern                     added                        narrows
request-property-pattern-changed                        request-property             pattern                     changed                      both oasdiff=WARN
request-property-pattern-generalized                    request-property             pattern                     generalized                  widens
request-property-pattern-property-added                 request-property             pattern-property            added                        narrows
request-property-pattern-property-removed               request-property             pattern-property            removed                      widens
request-property-pattern-removed                        request-property             pattern                     removed                      widens
request-property-prefix-items-added                     request-property             prefix-items                added                        widens
request-property-prefix-items-removed                   request-property             prefix-items                removed                      narrows
request-property-property-names-added                   request-property             property-names              added                        narrows
request-property-property-names-removed                 request-property             property-names              removed                      widens
request-property-reactivated                            request-property             deprecation                 removed                      none
request-property-removed                                request-property             property                    removed                      narrows oasdiff=WARN
request-property-stability-decreased                    request-property             stability                   decreased                    none oasdiff=ERR
request-property-stability-increased                    request-property             stability                   increased                    none
request-property-sunset-date-too-small                  request-property             deprecation                 added-with-short-sunset      none oasdiff=ERR
request-property-then-added                             request-property             then                        added                        narrows
request-property-then-removed                           request-property             then                        removed                      widens
request-property-type-changed                           request-property             type                        changed                      both
request-property-type-compatible                        request-property             type                        compatible                   none
request-property-type-generalized                       request-property             type                        generalized                  widens
request-property-unevaluated-items-added                request-property             unevaluated-items           added                        narrows
request-property-unevaluated-items-removed              request-property             unevaluated-items           removed                      widens
request-property-unevaluated-properties-added           request-property             unevaluated-properties      added                        narrows
request-property-unevaluated-properties-removed         request-property             unevaluated-properties      removed                      widens
request-property-x-extensible-enum-value-removed        request-property             x-extensible-enum-value     removed                      narrows
request-read-only-property-enum-value-removed           request-read-only-property   enum-value                  removed                      narrows oasdiff=INFO
request-read-only-property-exclusive-max-decreased      request-read-only-property   exclusive-max               decreased                    narrows oasdiff=INFO
request-read-only-property-exclusive-min-increased      request-read-only-property   exclusive-min               increased                    narrows oasdiff=INFO
request-read-only-property-max-decreased                request-read-only-property   max                         decreased                    narrows oasdiff=INFO
request-read-only-property-max-length-decreased         request-read-only-property   max-length                  decreased                    narrows oasdiff=INFO
request-read-only-property-min-increased                request-read-only-property   min                         increased                    narrows oasdiff=INFO
request-required-property-became-not-read-only          request-required-property    read-only                   removed                      none
request-required-property-became-not-write-only         request-required-property    write-only                  removed                      none
request-required-property-became-read-only              request-required-property    read-only                   added                        none
request-required-property-became-write-only             request-required-property    write-only                  added                        none
required-response-header-removed                        response-header              header                      removed-required             widens
response-body-all-of-added                              response-body                all-of                      added                        narrows
response-body-all-of-added-annotation-only              response-body                all-of                      added-annotation-only        none
response-body-all-of-removed                            response-body                all-of                      removed                      widens oasdiff=INFO
response-body-all-of-removed-annotation-only            response-body                all-of                      removed-annotation-only      none
response-body-any-of-added                              response-body                any-of                      added                        widens oasdiff=INFO
response-body-any-of-removed                            response-body                any-of                      removed                      narrows
response-body-became-not-nullable                       response-body                nullable                    removed                      narrows
response-body-became-nullable                           response-body                nullable                    added                        widens
response-body-const-added                               response-body                const                       added                        narrows
response-body-const-changed                             response-body                const                       changed                      both
response-body-const-removed                             response-body                const                       removed                      widens
response-body-contains-added                            response-body                contains                    added                        narrows
response-body-contains-removed                          response-body                contains                    removed                      widens
response-body-content-encoding-changed                  response-body                content-encoding            changed                      both
response-body-content-media-type-changed                response-body                content-media-type          changed                      both
response-body-content-schema-added                      response-body                content-schema              added                        narrows
response-body-content-schema-removed                    response-body                content-schema              removed                      widens
response-body-default-value-added                       response-body                default-value               added                        none
response-body-default-value-changed                     response-body                default-value               changed                      none
response-body-default-value-removed                     response-body                default-value               removed                      none
response-body-dependent-required-added                  response-body                dependent-required          added                        narrows
response-body-dependent-required-changed                response-body                dependent-required          changed                      both
response-body-dependent-required-removed                response-body                dependent-required          removed                      widens
response-body-dependent-schema-added                    response-body                dependent-schema            added                        narrows
response-body-dependent-schema-removed                  response-body                dependent-schema            removed                      widens
response-body-discriminator-added                       response-body                discriminator               added                        none
response-body-discriminator-mapping-added               response-body                discriminator-mapping       added                        none
response-body-discriminator-mapping-changed             response-body                discriminator-mapping       changed                      none
response-body-discriminator-mapping-deleted             response-body                discriminator-mapping       deleted                      none
response-body-discriminator-property-name-changed       response-body                discriminator-property-name changed                      none
response-body-discriminator-removed                     response-body                discriminator               removed                      none
response-body-else-added                                response-body                else                        added                        narrows
response-body-else-removed                              response-body                else                        removed                      widens
response-body-exclusive-max-increased                   response-body                exclusive-max               increased                    widens
response-body-exclusive-min-decreased                   response-body                exclusive-min               decreased                    widens
response-body-if-added                                  response-body                if                          added                        narrows
response-body-if-removed                                response-body                if                          removed                      widens
response-body-list-of-types-narrowed                    response-body                list-of-types               narrowed                     narrows
response-body-list-of-types-widened                     response-body                list-of-types               widened                      widens
response-body-max-contains-decreased                    response-body                max-contains                decreased                    narrows
response-body-max-contains-increased                    response-body                max-contains                increased                    widens
response-body-max-increased                             response-body                max                         increased                    widens
response-body-max-length-increased                      response-body                max-length                  increased                    widens
response-body-max-length-unset                          response-body                max-length                  unset                        widens
response-body-media-type-schema-added                   response-body                media-type-schema           added                        narrows
response-body-media-type-schema-removed                 response-body                media-type-schema           removed                      widens oasdiff=WARN
response-body-min-contains-decreased                    response-body                min-contains                decreased                    widens
response-body-min-contains-increased                    response-body                min-contains                increased                    narrows
response-body-min-decreased                             response-body                min                         decreased                    widens
response-body-min-items-decreased                       response-body                min-items                   decreased                    widens
response-body-min-items-unset                           response-body                min-items                   unset                        widens unreachable
response-body-min-length-decreased                      response-body                min-length                  decreased                    widens
response-body-one-of-added                              response-body                one-of                      added                        widens
response-body-one-of-removed                            response-body                one-of                      removed                      narrows
response-body-pattern-property-added                    response-body                pattern-property            added                        narrows
response-body-pattern-property-removed                  response-body                pattern-property            removed                      widens
response-body-prefix-items-added                        response-body                prefix-items                added                        widens
response-body-prefix-items-removed                      response-body                prefix-items                removed                      narrows
response-body-property-names-added                      response-body                property-names              added                        narrows
response-body-property-names-removed                    response-body                property-names              removed                      widens
response-body-then-added                                response-body                then                        added                        narrows
response-body-then-removed                              response-body                then                        removed                      widens
response-body-type-changed                              response-body                type                        changed                      both
response-body-type-compatible                           response-body                type                        compatible                   none
response-body-type-generalized                          response-body                type                        generalized                  widens
response-body-type-specialized                          response-body                type                        specialized                  narrows
response-body-unevaluated-items-added                   response-body                unevaluated-items           added                        narrows
response-body-unevaluated-items-removed                 response-body                unevaluated-items           removed                      widens
response-body-unevaluated-properties-added              response-body                unevaluated-properties      added                        narrows
response-body-unevaluated-properties-removed            response-body                unevaluated-properties      removed                      widens
response-body-wrapped-in-one-of                         response-body                one-of                      wrapped                      both
response-description-changed                            response                     description                 changed                      none ours
response-header-added                                   response-header              header                      added                        widens oasdiff=INFO
response-header-became-not-nullable                     response-header              nullable                    removed                      narrows
response-header-became-nullable                         response-header              nullable                    added                        widens
response-header-became-optional                         response-header              required                    removed                      widens
response-header-type-changed                            response-header              type                        changed                      both
response-header-type-compatible                         response-header              type                        compatible                   none
response-header-type-generalized                        response-header              type                        generalized                  widens
response-header-type-specialized                        response-header              type                        specialized                  narrows
response-media-type-added                               response-body                media-type                  added                        widens oasdiff=INFO
response-media-type-name-changed                        response-body                media-type-name             changed                      none
response-media-type-name-generalized                    response-body                media-type-name             generalized                  widens
response-media-type-name-specialized                    response-body                media-type-name             specialized                  narrows
response-media-type-removed                             response-body                media-type                  removed                      narrows oasdiff=ERR
response-mediatype-enum-value-removed                   response-body                enum-value                  removed                      narrows
response-non-success-status-added                       response                     non-success-status          added                        widens oasdiff=INFO
response-non-success-status-removed                     response                     non-success-status          removed                      narrows
response-optional-property-added                        response-property            property                    added-optional               widens oasdiff=INFO
response-optional-property-became-not-read-only         response-optional-property   read-only                   removed                      none
response-optional-property-became-not-write-only        response-optional-property   write-only                  removed                      none
response-optional-property-became-read-only             response-optional-property   read-only                   added                        none
response-optional-property-became-write-only            response-optional-property   write-only                  added                        none
response-optional-property-removed                      response-property            property                    removed-optional             widens oasdiff=WARN
response-optional-write-only-property-added             response-write-only-property property                    added-optional               widens oasdiff=INFO
response-optional-write-only-property-removed           response-write-only-property property                    removed-optional             widens oasdiff=INFO
response-property-all-of-added                          response-property            all-of                      added                        narrows
response-property-all-of-added-annotation-only          response-property            all-of                      added-annotation-only        none
response-property-all-of-removed                        response-property            all-of                      removed                      widens oasdiff=INFO
response-property-all-of-removed-annotation-only        response-property            all-of                      removed-annotation-only      none
response-property-any-of-added                          response-property            any-of                      added                        widens oasdiff=INFO
response-property-any-of-removed                        response-property            any-of                      removed                      narrows
response-property-became-not-nullable                   response-property            nullable                    removed                      narrows
response-property-became-nullable                       response-property            nullable                    added                        widens
response-property-became-optional                       response-property            required                    removed                      widens
response-property-became-required                       response-property            required                    added                        narrows
response-property-const-added                           response-property            const                       added                        narrows
response-property-const-changed                         response-property            const                       changed                      both
response-property-const-removed                         response-property            const                       removed                      widens
response-property-contains-added                        response-property            contains                    added                        narrows
response-property-contains-removed                      response-property            contains                    removed                      widens
response-property-content-encoding-changed              response-property            content-encoding            changed                      both
response-property-content-media-type-changed            response-property            content-media-type          changed                      both
response-property-content-schema-added                  response-property            content-schema              added                        narrows
response-property-content-schema-removed                response-property            content-schema              removed                      widens
response-property-default-value-added                   response-property            default-value               added                        none
response-property-default-value-changed                 response-property            default-value               changed                      none
response-property-default-value-removed                 response-property            default-value               removed                      none
response-property-dependent-required-added              response-property            dependent-required          added                        narrows
response-property-dependent-required-changed            response-property            dependent-required          changed                      both
response-property-dependent-required-removed            response-property            dependent-required          removed                      widens
response-property-dependent-schema-added                response-property            dependent-schema            added                        narrows
response-property-dependent-schema-removed              response-property            dependent-schema            removed                      widens
response-property-deprecated                            response-property            deprecation                 added                        none
response-property-deprecated-sunset-invalid             response-property            deprecation                 added-with-unreadable-sunset none oasdiff=ERR
response-property-deprecated-sunset-missing             response-property            deprecation                 added-without-sunset         none oasdiff=ERR
response-property-deprecated-with-sunset                response-property            deprecation                 added-with-sunset            none
response-property-description-changed                   response-property            description                 changed                      none ours
response-property-discriminator-added                   response-property            discriminator               added                        none
response-property-discriminator-mapping-added           response-property            discriminator-mapping       added                        none
response-property-discriminator-mapping-changed         response-property            discriminator-mapping       changed                      none
response-property-discriminator-mapping-deleted         response-property            discriminator-mapping       deleted                      none
response-property-discriminator-property-name-changed   response-property            discriminator-property-name changed                      none
response-property-discriminator-removed                 response-property            discriminator               removed                      none
response-property-else-added                            response-property            else                        added                        narrows
response-property-else-removed                          response-property            else                        removed                      widens
response-property-enum-value-added                      response-property            enum-value                  added                        widens oasdiff=WARN
response-property-enum-value-removed                    response-property            enum-value                  removed                      narrows
response-property-exclusive-max-increased               response-property            exclusive-max               increased                    widens
response-property-exclusive-min-decreased               response-property            exclusive-min               decreased                    widens
response-property-if-added                              response-property            if                          added                        narrows
response-property-if-removed                            response-property            if                          removed                      widens
response-property-list-of-types-narrowed                response-property            list-of-types               narrowed                     narrows
response-property-list-of-types-widened                 response-property            list-of-types               widened                      widens
response-property-max-contains-decreased                response-property            max-contains                decreased                    narrows
response-property-max-contains-increased                response-property            max-contains                increased                    widens
response-property-max-increased                         response-property            max                         increased                    widens
response-property-max-length-increased                  response-property            max-length                  increased                    widens
response-property-max-length-unset                      response-property            max-length                  unset                        widens
response-property-min-contains-decreased                response-property            min-contains                decreased                    widens
response-property-min-contains-increased                response-property            min-contains                increased                    narrows
response-property-min-decreased                         response-property            min                         decreased                    widens
response-property-min-items-decreased                   response-property            min-items                   decreased                    widens
response-property-min-items-unset                       response-property            min-items                   unset                        widens unreachable
response-property-min-length-decreased                  response-property            min-length                  decreased                    widens
response-property-one-of-added                          response-property            one-of                      added                        widens
response-property-one-of-removed                        response-property            one-of                      removed                      narrows
response-property-pattern-added                         response-property            pattern                     added                        narrows
response-property-pattern-changed                       response-property            pattern                     changed                      both oasdiff=INFO
response-property-pattern-property-added                response-property            pattern-property            added                        narrows
response-property-pattern-property-removed              response-property            pattern-property            removed                      widens
response-property-pattern-removed                       response-property            pattern                     removed                      widens oasdiff=INFO
response-property-prefix-items-added                    response-property            prefix-items                added                        widens
response-property-prefix-items-removed                  response-property            prefix-items                removed                      narrows
response-property-property-names-added                  response-property            property-names              added                        narrows
response-property-property-names-removed                response-property            property-names              removed                      widens
response-property-reactivated                           response-property            deprecation                 removed                      none
response-property-stability-decreased                   response-property            stability                   decreased                    none oasdiff=ERR
response-property-stability-increased                   response-property            stability                   increased                    none
response-property-sunset-date-too-small                 response-property            deprecation                 added-with-short-sunset      none oasdiff=ERR
response-property-then-added                            response-property            then                        added                        narrows
response-property-then-removed                          response-property            then                        removed                      widens
response-property-type-changed                          response-property            type                        changed                      both
response-property-type-compatible                       response-property            type                        compatible                   none
response-property-type-generalized                      response-property            type                        generalized                  widens
response-property-type-specialized                      response-property            type                        specialized                  narrows
response-property-unevaluated-items-added               response-property            unevaluated-items           added                        narrows
response-property-unevaluated-items-removed             response-property            unevaluated-items           removed                      widens
response-property-unevaluated-properties-added          response-property            unevaluated-properties      added                        narrows
response-property-unevaluated-properties-removed        response-property            unevaluated-properties      removed                      widens
response-required-property-added                        response-property            property                    added-required               widens oasdiff=INFO
response-required-property-became-not-read-only         response-required-property   read-only                   removed                      none
response-required-property-became-not-write-only        response-required-property   write-only                  removed                      none oasdiff=WARN
response-required-property-became-read-only             response-required-property   read-only                   added                        none
response-required-property-became-write-only            response-required-property   write-only                  added                        none
response-required-property-removed                      response-property            property                    removed-required             widens
response-required-write-only-property-added             response-write-only-property property                    added-required               widens oasdiff=INFO
response-required-write-only-property-removed           response-write-only-property property                    removed-required             widens oasdiff=INFO
response-success-status-added                           response                     success-status              added                        widens oasdiff=INFO
response-success-status-removed                         response                     success-status              removed                      narrows oasdiff=ERR
response-write-only-property-became-optional            response-write-only-property required                    removed                      widens oasdiff=INFO
response-write-only-property-became-required            response-write-only-property required                    added                        narrows
response-write-only-property-enum-value-added           response-write-only-property enum-value                  added                        widens oasdiff=INFO
sunset-deleted                                          api                          sunset                      removed                      none oasdiff=ERR
webhook-added                                           webhook                      operation                   added                        widens
webhook-removed                                         webhook                      operation                   removed                      narrows
"""


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the registry."""

    id: str
    where: str
    what: str
    how: str
    effect: Effect
    level: Level  # oasdiff's default level (ours for our own rules)
    policy: Level  # the level that fails a review
    kind: Kind
    ours: bool = False
    unreachable: bool = False

    @property
    def direction(self) -> Direction:
        return direction(self.where)


def direction(where: str) -> Direction:
    """Which way data flows at ``where``: a request's or a response's, or the API's own shape."""
    if where.startswith("request"):
        return "request"
    if where.startswith("response"):
        return "response"
    return "api"


def natural_level(effect: Effect, flow: Direction) -> Level:
    """The level a change's effect earns: less accepted from callers, or more returned to them, breaks."""
    breaking = ("narrows", "both") if flow != "response" else ("widens", "both")
    return "ERR" if effect in breaking else "INFO"


_EFFECTS = frozenset({"narrows", "widens", "both", "none"})
_LEVELS = frozenset({"ERR", "WARN", "INFO"})
_UNCHANGED_KINDS = frozenset(
    {"required", "nullable", "enum", "read-only", "write-only", "stability", "sunset"}
)


def _kind(what: str, how: str, ours: bool) -> Kind:
    if ours:
        return "docs"
    if what == "deprecation":
        return "deprecated" if how.startswith("added") else "changed"
    if what in _UNCHANGED_KINDS:
        return "changed"
    if how.startswith("added"):
        return "added"
    if how.startswith("removed") or how == "deleted":
        return "removed"
    return "changed"


def _parse(text: str) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for line in text.strip().splitlines():
        rule_id, where, what, how, effect, *notes = line.split()
        marks = dict(note.split("=", 1) for note in notes if "=" in note)
        if effect not in _EFFECTS or not {marks.get("oasdiff", "ERR"), marks.get("policy", "ERR")} <= _LEVELS:
            raise ValueError(f"rule registry: bad row {line!r}")
        natural = natural_level(effect, direction(where))  # type: ignore[arg-type]
        level = marks.get("oasdiff", natural)
        rules[rule_id] = Rule(
            rule_id,
            where,
            what,
            how,
            effect,  # type: ignore[arg-type]
            level,  # type: ignore[arg-type]
            marks.get("policy", level),  # type: ignore[arg-type]
            marks.get("kind", _kind(what, how, "ours" in notes)),  # type: ignore[arg-type]
            "ours" in notes,
            "unreachable" in notes,
        )
    return rules


#: every id, with its row
REGISTRY: dict[str, Rule] = _parse(_ROWS)
_BY_PLACE: dict[tuple[str, str, str], str] = {(r.where, r.what, r.how): r.id for r in REGISTRY.values()}

#: a qualified place reads as the plain place where it has no rule of its own: a property by
#: its flags, an object sent in a header as any parameter's property
_FALLBACK = {
    "request-read-only-property": "request-property",
    "response-write-only-property": "response-property",
    "request-header-property": "request-parameter-property",
}


def name(where: str, what: str, how: str) -> str | None:
    """The id of the rule for (where, what, how); None when no rule reports such a change."""
    found = _BY_PLACE.get((where, what, how))
    if found is None and where in _FALLBACK:
        found = _BY_PLACE.get((_FALLBACK[where], what, how))
    return found


#: oasdiff's rule ids with their default levels (the registry oasdiff publishes)
RULES: dict[str, Level] = {r.id: r.level for r in REGISTRY.values() if not r.ours}
#: our own rules for prose edits, which oasdiff does not have
DOCUMENTATION_RULES: dict[str, str] = {
    r.id: f"{r.where.replace('-', ' ')} {r.what} {r.how}" for r in REGISTRY.values() if r.ours
}
#: where our level is stricter than oasdiff's
POLICY: dict[str, Level] = {r.id: r.policy for r in REGISTRY.values() if r.policy != r.level}
#: rules about info.version that oasdiff's own tests switch off; our policy reports them
VERSIONING_RULES = frozenset(r.id for r in REGISTRY.values() if r.where == "info")

#: why each policy level is stricter than oasdiff's: the generated client breaks
POLICY_REASONS: dict[str, str] = {
    # the operationId names the generated function: a new id renames it for every caller
    "api-operation-id-removed": "the generated function is renamed",
    # deprecation warned the callers of a method; removing it still breaks their code
    "api-removed-with-deprecation": "a method leaves the client",
    "api-path-removed-with-deprecation": "a method leaves the client",
    "request-parameter-removed-with-deprecation": "a keyword argument leaves the signature",
    # callers without the new credentials get 401/403; the function may need an AuthenticatedClient
    "api-security-added": "callers need credentials they may not have",
    # ``limit: int`` becomes ``limit: str``: typed callers stop type-checking
    "request-parameter-type-generalized": "the keyword argument changes type",
}


def rule_id(where: str, what: str, how: str) -> str:
    """:func:`name` for a change every spec can have: a missing row is a bug in the walk."""
    found = name(where, what, how)
    if found is None:
        raise KeyError(f"no rule for {where} {what} {how}")
    return found
