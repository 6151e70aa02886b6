"""Content as data: helplines, prompts, exercises and word lists. No logic, no Textual."""
