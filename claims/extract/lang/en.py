"""English resources for the extractor. Every language module defines the same names."""

# === Claims, speakers, cues (owned by the claim/speaker extractor) ===

# === end claims section ===

# === Dates, numbers, sources, names, negation (owned by the facts modules) ===

# === end facts section ===
