"""Settings that steer the structural diff (oasdiff's ``diff.Config``), with oasdiff's defaults."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

EXCLUDE_EXAMPLES_OPTION = "examples"
EXCLUDE_DESCRIPTION_OPTION = "description"
EXCLUDE_ENDPOINTS_OPTION = "endpoints"
EXCLUDE_TITLE_OPTION = "title"
EXCLUDE_SUMMARY_OPTION = "summary"
EXCLUDE_EXTENSIONS_OPTION = "extensions"

SUNSET_EXTENSION = "x-sunset"
X_STABILITY_LEVEL_EXTENSION = "x-stability-level"
X_EXTENSIBLE_ENUM_EXTENSION = "x-extensible-enum"


def get_exclude_diff_options() -> list[str]:
    """Every element name a user may leave out of the diff."""
    return [
        EXCLUDE_EXAMPLES_OPTION,
        EXCLUDE_DESCRIPTION_OPTION,
        EXCLUDE_ENDPOINTS_OPTION,
        EXCLUDE_TITLE_OPTION,
        EXCLUDE_SUMMARY_OPTION,
        EXCLUDE_EXTENSIONS_OPTION,
    ]


@dataclass(slots=True)
class Config:
    """What to compare and how; the defaults match oasdiff's ``NewConfig()``."""

    match_path: str = ""
    unmatch_path: str = ""
    filter_extension: str = ""
    path_prefix_base: str = ""
    path_prefix_revision: str = ""
    path_strip_prefix_base: str = ""
    path_strip_prefix_revision: str = ""
    exclude_elements: set[str] = field(default_factory=set)
    exclude_extensions: set[str] = field(default_factory=set)
    include_path_params: bool = False
    match_inline_refs: bool = True

    def is_exclude_examples(self) -> bool:
        return EXCLUDE_EXAMPLES_OPTION in self.exclude_elements

    def is_exclude_description(self) -> bool:
        return EXCLUDE_DESCRIPTION_OPTION in self.exclude_elements

    def is_exclude_endpoints(self) -> bool:
        return EXCLUDE_ENDPOINTS_OPTION in self.exclude_elements

    def is_exclude_title(self) -> bool:
        return EXCLUDE_TITLE_OPTION in self.exclude_elements

    def is_exclude_summary(self) -> bool:
        return EXCLUDE_SUMMARY_OPTION in self.exclude_elements

    def is_exclude_extensions(self) -> bool:
        return EXCLUDE_EXTENSIONS_OPTION in self.exclude_elements

    def is_excluded_extension(self, name: str) -> bool:
        """Whether one named extension is left out (only consulted when extensions are excluded)."""
        return name in self.exclude_extensions


Option = Callable[[Config], None]


def new_config(*opts: Option) -> Config:
    """The default configuration with ``opts`` applied in order."""
    config = Config()
    for opt in opts:
        opt(config)
    return config


def with_match_inline_refs(match_inline_refs: bool) -> Option:
    """Whether an inline subschema and an equivalent ``$ref`` under anyOf/oneOf count as one branch."""

    def apply(config: Config) -> None:
        config.match_inline_refs = match_inline_refs

    return apply


def with_exclude_elements(exclude_elements: Iterable[str]) -> Option:
    """Leave description/summary/endpoints/examples/extensions/title out of the diff."""

    def apply(config: Config) -> None:
        config.exclude_elements = set(exclude_elements)

    return apply


def with_exclude_extensions(exclude_extensions: Iterable[str]) -> Option:
    """Leave specific extension names out of the diff."""

    def apply(config: Config) -> None:
        config.exclude_extensions = set(exclude_extensions)

    return apply
