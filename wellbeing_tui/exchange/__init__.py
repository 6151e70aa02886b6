"""Export and import: a full JSON backup, CSV per table, a Markdown summary for a therapist
or doctor, and imports from our own JSON, jrnl and Daylio. No Textual here."""
