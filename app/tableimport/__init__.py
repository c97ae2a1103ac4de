"""Bring a town's old records in from Excel and CSV: consultation logs and the resident roster.

The steps, shared by the window's wizard and `madoguchi import-table`:
read the file (source) → stage the raw rows (staging) → find each sheet's header row and
guess the mapping (headers, profile) → preview every row with its problems (plan) → import
all or nothing through the same save methods as the window (apply), or update residents
from a roster (roster).
"""
