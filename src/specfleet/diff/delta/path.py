"""Path templates reduced to their shape, so ``/person/{id}`` and ``/person/{name}`` compare equal."""

from __future__ import annotations


def normalize_templated_path(path: str) -> tuple[str, int, list[str]]:
    """The path with variable names removed, the number of variables, and the names in order.

    ``/person/{personName}`` -> ``("/person/{}", 1, ["personName"])``. Like oasdiff's version (and
    unlike kin-openapi's) a trailing ``*`` is not kept: only appended characters are remembered.
    """
    if "{" not in path:
        return path, 0, []
    template: list[str] = []
    variables: list[str] = []
    variable: list[str] = []
    previous = ""
    count = 0
    in_variable = False
    for i, char in enumerate(path):
        if in_variable:
            if char == "}":
                in_variable = False
                variables.append("".join(variable))
                variable = []
                if i > 0 and previous == "*":
                    template.append(previous)
            else:
                variable.append(char)
                continue
        elif char == "{":
            in_variable = True
            count += 1
        template.append(char)
        previous = char
    return "".join(template), count, variables
