"""The dashboard (today at a glance) and its menu."""
