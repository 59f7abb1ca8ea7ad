"""openapi-python-client (opc) as a library: its parse of a spec, made faster, with its errors at spec lines."""
