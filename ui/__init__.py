"""Madoguchi's Qt layer: windows, pages, dialogs and table models. No SQL here."""
