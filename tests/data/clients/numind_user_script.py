"""What an app developer who knows the official SDKs writes against numind-client.

Run as ``python -X dev numind_user_script.py BASE_URL`` against a mock of the NuMind spec; it
must pass ``mypy --strict`` and leave no ResourceWarning.
"""

import sys

import numind_client
from numind_client.models import ApiKeyResponse, User


def main(base_url: str) -> None:
    with numind_client.with_api_key("nm-key", base_url=base_url) as client:
        keys: list[ApiKeyResponse] = client.api_keys.list()
        created: ApiKeyResponse = client.api_keys.create(name="ci")
        updated: ApiKeyResponse = client.api_keys.update(created.id, name="renamed")
        client.api_keys.delete(updated.id)
        me: User = client.me.retrieve()
        try:
            client.me.retrieve(extra_headers={"Prefer": "code=404"})
        except numind_client.NotFoundError as exc:
            missing = exc.status_code
        else:
            raise AssertionError("Prefer: code=404 did not raise NotFoundError")
        patient = client.with_options(timeout=20.0, max_retries=0)
        again: User = patient.me.retrieve(timeout=5.0)
        raw = client.api_keys.with_raw_response.list()
        parsed: list[ApiKeyResponse] = raw.parse()
        raw_me = client.with_raw_response.me.retrieve()
        print(len(keys), me.email == again.email, missing, raw.status_code, len(parsed), raw_me.parse().email)


if __name__ == "__main__":
    main(sys.argv[1])
