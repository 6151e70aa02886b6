"""The names of the data file's tables, written once.

Each record type takes its ``TABLE`` from here; code that must not load the record types
(a quick command such as ``log mood``, the prompt nudge) names a table by these too.
"""

CHECKINS = "checkins"
JOURNAL = "journal"
GROUNDING = "grounding"
THOUGHTS = "thoughts"
SLEEP = "sleep"
MEALS = "meals"
ACTIVITIES = "activities"
ACTIVITY_LOG = "activity_log"
CONNECTIONS = "connections"
COPING = "coping"
SAFETY_PLAN = "safety_plan"
DRAFTS = "drafts"
SETTINGS = "settings"
