"""How path parameters were renamed between two matching path templates."""

from __future__ import annotations

from collections.abc import Sequence


class PathParamsMap(dict[str, str]):
    """Base parameter name -> revision name, e.g. ``/person/{personName}`` -> ``/person/{name}``.

    Empty when the paths matched exactly, in which case names must be equal.
    """

    def find(self, path_param1: str, path_param2: str) -> bool:
        """Whether base param ``path_param1`` corresponds to revision param ``path_param2``."""
        if len(self) == 0:
            return path_param1 == path_param2
        return self.get(path_param1, "") == path_param2


def new_path_params_map(path_params1: Sequence[str], path_params2: Sequence[str]) -> PathParamsMap | None:
    """Pair the names positionally; ``None`` when the counts differ."""
    if len(path_params1) != len(path_params2):
        return None
    return PathParamsMap(zip(path_params1, path_params2, strict=True))
