"""Cultural-fit screener: ``screen(text, locale) -> Verdict``.

    >>> from localekit.screen import screen
    >>> screen("Try the pulled pork sandwich!", "ar-SA")["action"]
    'revise'
"""

from localekit.screen.screener import FIELDS, Screener, Verdict, get_screener, screen, screen_many

__all__ = ["FIELDS", "Screener", "Verdict", "get_screener", "screen", "screen_many"]
