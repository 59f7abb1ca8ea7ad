"""The same 20 lines against the official openai SDK (see ours.py)."""

from typing import reveal_type

import openai
from openai.types.chat import ChatCompletionUserMessageParam


def main() -> None:
    client = openai.OpenAI(api_key="sk-test")
    with client:
        message: ChatCompletionUserMessageParam = {"content": "Say hi", "role": "user"}
        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[message],
        )
        reveal_type(completion)
        for model in client.models.list().data:
            print(model.id)
        print(client.models.retrieve("gpt-4o-mini").owned_by)
        print(client.files.list().data, client.with_options(timeout=5.0).embeddings)


main()
