"""Extraction: `Article` → claims, speakers, dates, sources. Pure functions, no database."""
