"""Contains all the data models used in inputs/outputs"""

from .token_response_model import TokenResponseModel

__all__ = ("TokenResponseModel",)
