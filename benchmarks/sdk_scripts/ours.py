"""A 20-line user script of the client generated from OpenAI's spec (see openai_sdk.py)."""

from typing import reveal_type

import openai_client
from openai_client.models import UserMessage, UserMessageRole


def main() -> None:
    client = openai_client.with_token("sk-test")
    with client:
        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[UserMessage(content="Say hi", role=UserMessageRole.USER)],
        )
        reveal_type(completion)
        for model in client.models.list().data:
            print(model.id)
        print(client.models.retrieve("gpt-4o-mini").owned_by)
        print(client.files.list().data, client.with_options(timeout=5.0).embeddings)


main()
