"""Is the spec right: the OpenAPI schema, our lint rules and their accepted baseline, cached per provider."""
