"""The prefecture's roll-up of towns' annual data files (madoguchi rollup, the Prefecture
window). Needs no town database."""
