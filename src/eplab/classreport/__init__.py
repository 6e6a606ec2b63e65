"""The lecturer's view of a class: what the group chose in the role-plays, for the debrief.

`eplab klas BRON` reads every role-play log a class handed in (an nbgrader course directory, a
folder of LMS zips, or a folder of `*.rollenspel.jsonl` files), checks each log against its
scenario, and writes a self-contained HTML report plus CSV files of the aggregates.

Privacy by design: students appear only as keyed pseudonyms, every count of 1–4 students is shown
as "<5", the students' own words only per moment, shuffled and without names, and only where at
least five students wrote something. Nothing leaves the machine.

Layers: sources (where logs are) → logs (one log → a checked Play) → aggregate (counts) →
html/tables (output). Pure Python; no pandas or matplotlib needed.
"""
