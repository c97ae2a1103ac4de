"""全国地方公共団体コード (the national local government code): five digits that name the
prefecture and the municipality, and a sixth that checks them (JIS X 0401/0402 and the
MIC's rule: weights 6, 5, 4, 3, 2; the check digit is the last digit of 11 minus the sum's
remainder by 11)."""

from __future__ import annotations

from app.marks import QT_TRANSLATE_NOOP

NOT_SIX_DIGITS = QT_TRANSLATE_NOOP("validation", "A municipality code has six digits.")
BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "validation", "The last digit of this municipality code does not match the others.")
BAD_PREFECTURE = QT_TRANSLATE_NOOP(
    "validation", "A municipality code starts with a prefecture number from 01 to 47.")


def check_digit(first_five: str) -> int:
    total = sum(int(d) * w for d, w in zip(first_five, (6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10


def code_problem(code: str) -> str:
    """The validation message for a code that is not a valid six-digit one, else ""."""
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return NOT_SIX_DIGITS
    if not 1 <= int(code[:2]) <= 47:
        return BAD_PREFECTURE
    if check_digit(code[:5]) != int(code[5]):
        return BAD_CHECK_DIGIT
    return ""


def prefecture_of(code: str) -> int:
    return int(code[:2])
